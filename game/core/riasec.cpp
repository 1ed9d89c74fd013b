// RIASEC scoring: mean answer per area, scaled to 0–100 (DESIGN.md §7).
#include "core/riasec.hpp"

#include <algorithm>

namespace pathlight::core {

namespace {
constexpr char kLetters[kAreaCount] = {'R', 'I', 'A', 'S', 'E', 'C'};
constexpr std::string_view kKeys[kAreaCount] = {"R", "I", "A", "S", "E", "C"};
} // namespace

char areaLetter(Area area) { return kLetters[index(area)]; }

std::optional<Area> areaFromLetter(char letter) {
    for (int i = 0; i < kAreaCount; ++i) {
        if (kLetters[i] == letter || kLetters[i] == letter - ('a' - 'A')) {
            return static_cast<Area>(i);
        }
    }
    return std::nullopt;
}

std::string_view areaKey(Area area) { return kKeys[index(area)]; }

AreaScores scoreAnswers(const std::vector<AreaAnswer>& answers) {
    AreaScores sum{};
    std::array<int, kAreaCount> count{};
    for (const AreaAnswer& answer : answers) {
        const int value = std::clamp(answer.value, kAnswerMin, kAnswerMax);
        sum[index(answer.area)] += value;
        ++count[index(answer.area)];
    }
    AreaScores scores{};
    for (int i = 0; i < kAreaCount; ++i) {
        if (count[i] > 0) {
            scores[i] = sum[i] / count[i] * (100.0 / kAnswerMax);
        }
    }
    return scores;
}

std::array<Area, kAreaCount> rankAreas(const AreaScores& scores) {
    std::array<Area, kAreaCount> order = kAllAreas;
    std::stable_sort(order.begin(), order.end(),
                     [&](Area a, Area b) { return scores[index(a)] > scores[index(b)]; });
    return order;
}

std::string hollandCode(const AreaScores& scores) {
    const auto order = rankAreas(scores);
    return {areaLetter(order[0]), areaLetter(order[1]), areaLetter(order[2])};
}

bool hasClearPattern(const AreaScores& scores) {
    const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    return *hi - *lo >= kFlatSpread;
}

} // namespace pathlight::core
