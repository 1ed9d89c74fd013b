// The list of string keys the printouts read; see labels.hpp.
#include "report/labels.hpp"

#include "report/career_card.hpp"
#include "report/family_talk_card.hpp"
#include "report/report_labels.hpp"

namespace pathlight::report {

std::vector<std::string> printStringKeys() {
    // Ask each labels struct to fill itself, and write down what it asks for.
    std::vector<std::string> keys;
    const Translate record = [&keys](std::string_view key) {
        keys.emplace_back(key);
        return std::string(key);
    };
    (void)CareerCardLabels::fromStrings(record);
    (void)FamilyTalkText::fromStrings(record);
    (void)ReportLabels::fromStrings(record);
    return keys;
}

} // namespace pathlight::report
