// How translated text reaches this layer. The report layer never reads content/strings itself:
// the app passes a lookup (key -> text in the learner's or teacher's language), and each
// printout's labels struct fills itself from it with `fromStrings`. printStringKeys() lists every
// key those read, so a content check can make sure each strings file has them all.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::report {

using Translate = std::function<std::string(std::string_view key)>;

// Every key CareerCardLabels, FamilyTalkText and ReportLabels read, in the order they read them.
std::vector<std::string> printStringKeys();

} // namespace pathlight::report
