// Small-group suppression for class reports, the rule every report and export goes through.
//
// THE RULE (threshold T, default 5), applied to one split of one population (e.g. "by class" over
// all students, or "by sex" over the grade 7 students of the milestone report):
//   1. The whole population is shown only if it has at least T students; otherwise everything,
//      its total included, is hidden.
//   2. A group is shown only if it has at least T students. (Reports leave out groups with no
//      students in the population: an empty class says nothing about anyone.)
//   3. Subtraction: the students in no shown group ("the rest") are what a reader can work out
//      as total minus the shown groups. If the rest holds 1 to T-1 students, the smallest shown
//      group is hidden as well, and again, until the rest is empty or at least T students. So
//      no group, and no sum of hidden groups a reader can isolate, is smaller than T.
//   4. A hidden group's size and every value in it are never stored in a result, so no chart,
//      table or CSV can print them. Hidden groups print as "*".
// Limits: each split is protected on its own. Reports never cross two splits (e.g. class x sex),
// but a reader comparing different splits of the same students, or the same split over different
// populations, can learn how many students of a hidden group there are (not their results).
// Percentages of a shown group can still reveal that all of its students share a result.
#pragma once

#include <vector>

namespace pathlight::report {

constexpr int kDefaultSuppressionThreshold = 5;

struct SuppressionPlan {
    bool totalShown = false;
    std::vector<bool> groupShown; // one per group, in the order given
};

// `groups` holds each group's members as indices into the population's students (a student may
// be in several groups, or in none); `populationSize` is the number of students in the population.
SuppressionPlan planSuppression(const std::vector<std::vector<int>>& groups, int populationSize,
                                int threshold);

} // namespace pathlight::report
