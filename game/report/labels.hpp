// How translated text reaches this layer. The report layer never reads content/strings itself:
// the app passes a lookup (key -> text in the learner's or teacher's language), and each
// printout's labels struct fills itself from it with `fromStrings`. Keys missing from the
// strings file come back as whatever the lookup returns for them (the app shows the key).
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace pathlight::report {

using Translate = std::function<std::string(std::string_view key)>;

} // namespace pathlight::report
