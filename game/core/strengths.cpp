// See strengths.hpp for the rule.
#include "core/strengths.hpp"

#include <algorithm>

namespace pathlight::core {

StrengthsSummary summarizeStrengths(const std::vector<int>& ratings) {
    StrengthsSummary summary;
    for (int i = 0; i < static_cast<int>(ratings.size()); ++i) {
        const int rating = ratings[static_cast<std::size_t>(i)];
        if (rating < kRatingMin || rating > kRatingMax) {
            continue;
        }
        (rating >= kStrongRating ? summary.strong : summary.growing).push_back(i);
    }
    auto rating = [&](int skill) { return ratings[static_cast<std::size_t>(skill)]; };
    std::stable_sort(summary.strong.begin(), summary.strong.end(),
                     [&](int a, int b) { return rating(a) > rating(b); });
    std::stable_sort(summary.growing.begin(), summary.growing.end(),
                     [&](int a, int b) { return rating(a) < rating(b); });
    return summary;
}

} // namespace pathlight::core
