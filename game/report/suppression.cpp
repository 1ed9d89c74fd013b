// The small-group suppression rule; documented in suppression.hpp.
#include "report/suppression.hpp"

#include <algorithm>

namespace pathlight::report {

SuppressionPlan planSuppression(const std::vector<std::vector<int>>& groups, int populationSize,
                                int threshold) {
    SuppressionPlan plan;
    plan.groupShown.assign(groups.size(), false);
    plan.totalShown = populationSize >= threshold;
    if (!plan.totalShown) {
        return plan; // rule 1
    }
    for (std::size_t g = 0; g < groups.size(); ++g) {
        plan.groupShown[g] = static_cast<int>(groups[g].size()) >= threshold; // rule 2
    }
    // Rule 3: hide the smallest shown group until "the rest" is empty or at least `threshold`.
    std::vector<int> coveredBy(static_cast<std::size_t>(populationSize), 0);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (plan.groupShown[g]) {
            for (const int student : groups[g]) {
                ++coveredBy[static_cast<std::size_t>(student)];
            }
        }
    }
    for (;;) {
        const auto rest = static_cast<int>(std::count(coveredBy.begin(), coveredBy.end(), 0));
        if (rest == 0 || rest >= threshold) {
            return plan;
        }
        std::size_t smallest = groups.size();
        for (std::size_t g = 0; g < groups.size(); ++g) {
            if (plan.groupShown[g] &&
                (smallest == groups.size() || groups[g].size() <= groups[smallest].size())) {
                smallest = g;
            }
        }
        if (smallest == groups.size()) {
            return plan; // nothing left to hide; the rest is then the whole population (>= threshold)
        }
        plan.groupShown[smallest] = false;
        for (const int student : groups[smallest]) {
            --coveredBy[static_cast<std::size_t>(student)];
        }
    }
}

} // namespace pathlight::report
