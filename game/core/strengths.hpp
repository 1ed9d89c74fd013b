// "My strengths": sums up a self-check of durable skills. Each skill is rated on a 4-step scale from
// "I'm still learning this" (1) to "I'm great at this" (4). Pure C++: no UI, no storage.
//
// The rule (tested in tests/unit/core/strengths_test.cpp):
//   - strengths are the skills rated 3 ("I'm good at this") or 4, the 4s first;
//   - growing skills are the ones rated 1 or 2, the 1s first;
//   - within the same rating, skills keep the order of content/quizzes/strengths.csv;
//   - a skill that is not rated yet is in neither list.
#pragma once

#include <vector>

namespace pathlight::core {

inline constexpr int kRatingMin = 1;    // "I'm still learning this"
inline constexpr int kRatingMax = 4;    // "I'm great at this"
inline constexpr int kStrongRating = 3; // "I'm good at this" and up count as a strength
inline constexpr int kRatingCount = kRatingMax - kRatingMin + 1;

struct StrengthsSummary {
    std::vector<int> strong;  // skill indexes, strongest first
    std::vector<int> growing; // skill indexes, the ones with the most room to grow first
};

// `ratings[i]` is skill i's rating, or 0 when it isn't rated. Ratings outside 1–4 count as not rated.
StrengthsSummary summarizeStrengths(const std::vector<int>& ratings);

} // namespace pathlight::core
