// Small-group suppression: across every mix of group sizes 0-12 and several thresholds, no group
// under the threshold is ever shown, and the totals never let a reader subtract their way to a
// group smaller than the threshold. Checked on the rule itself and on the exported CSV.
#include "report/csv_export.hpp"
#include "report/suppression.hpp"

#include "class_fixtures.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <set>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

namespace {

// Groups of the given sizes as a partition of 0..N-1.
std::vector<std::vector<int>> partition(const std::vector<int>& sizes) {
    std::vector<std::vector<int>> groups;
    int next = 0;
    for (const int size : sizes) {
        std::vector<int>& group = groups.emplace_back();
        for (int i = 0; i < size; ++i) {
            group.push_back(next++);
        }
    }
    return groups;
}

// Students in no shown group: what "total minus the shown groups" reveals.
int rest(const std::vector<std::vector<int>>& groups, const SuppressionPlan& plan, int population) {
    std::set<int> covered;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (plan.groupShown[g]) {
            covered.insert(groups[g].begin(), groups[g].end());
        }
    }
    return population - static_cast<int>(covered.size());
}

} // namespace

TEST(Suppression, EveryMixOfGroupSizesAndThresholdsIsSafe) {
    int hiddenByComplement = 0;
    for (const int threshold : {1, 2, 3, 5, 10}) {
        for (int a = 0; a <= 12; ++a) {
            for (int b = 0; b <= 12; ++b) {
                for (int c = 0; c <= 12; ++c) {
                    const std::vector<int> sizes{a, b, c};
                    const auto groups = partition(sizes);
                    const int n = a + b + c;
                    const SuppressionPlan plan = planSuppression(groups, n, threshold);
                    SCOPED_TRACE(testing::Message()
                                 << "T=" << threshold << " sizes " << a << "," << b << "," << c);
                    ASSERT_EQ(plan.totalShown, n >= threshold);
                    for (std::size_t g = 0; g < groups.size(); ++g) {
                        if (plan.groupShown[g]) {
                            ASSERT_GE(sizes[g], threshold);
                            ASSERT_TRUE(plan.totalShown);
                        } else if (sizes[g] >= threshold && plan.totalShown) {
                            ++hiddenByComplement;
                        }
                    }
                    if (plan.totalShown) {
                        const int left = rest(groups, plan, n);
                        ASSERT_TRUE(left == 0 || left >= threshold) << "total - shown reveals " << left;
                    }
                }
            }
        }
    }
    EXPECT_GT(hiddenByComplement, 0) << "the subtraction rule never had to act; the table proves nothing";
}

TEST(Suppression, OverlappingGroupsCountStudentsNotSeats) {
    // Two classes share students 3-5; a student in a one-person class is also in neither.
    const std::vector<std::vector<int>> classes{{0, 1, 2, 3, 4, 5}, {3, 4, 5, 6, 7, 8}, {9}};
    const SuppressionPlan plan = planSuppression(classes, 10, 3);
    EXPECT_TRUE(plan.totalShown);
    EXPECT_FALSE(plan.groupShown[2]);
    // Hiding the last class alone leaves student 9 as "the rest": one shared class must go too.
    EXPECT_NE(plan.groupShown[0], plan.groupShown[1]);
    EXPECT_GE(rest(classes, plan, 10), 3);
}

// The same guarantee on what a teacher exports: a class split by grade with every size mix.
TEST(Suppression, TheExportedCsvNeverPrintsASmallGroupOrLetsOneBeSubtracted) {
    for (const int threshold : {3, 5}) {
        for (int a = 0; a <= 12; ++a) {
            for (int b = 0; b <= 12; b += 3) {
                ClassData data;
                data.title = "t";
                addClusters(data);
                const std::vector<int> sizes{a, b, 4};
                for (std::size_t g = 0; g < sizes.size(); ++g) {
                    for (int i = 0; i < sizes[g]; ++i) {
                        StudentRow s;
                        s.grade = 6 + static_cast<int>(g);
                        s.quizDone = true;
                        s.interestCode = i % 2 ? "SA" : "RI";
                        data.students.push_back(s);
                    }
                }
                ReportOptions options;
                options.threshold = threshold;
                auto reports = computeClassReports(data, options, englishReportLabels());
                ASSERT_TRUE(reports.ok());
                const CsvTable table =
                    reportTables(reports.value(), ReportKind::Interests, englishReportLabels())[0];
                int total = -1;
                int shownSum = 0;
                for (const auto& line : table.rows) {
                    const std::string& students = line[2];
                    if (students == "*") {
                        for (std::size_t c = 3; c + 1 < line.size(); ++c) {
                            ASSERT_EQ(line[c], "*") << "a hidden group printed a number";
                        }
                        continue;
                    }
                    const int n = std::stoi(students);
                    ASSERT_GE(n, threshold) << line[1] << " printed with " << n << " students";
                    if (line[0] == "All students") {
                        total = n;
                    } else if (line[0] == "Grade") {
                        shownSum += n;
                    }
                }
                const int all = a + b + 4;
                if (all < threshold) {
                    ASSERT_EQ(total, -1);
                    continue;
                }
                ASSERT_EQ(total, all);
                const int left = total - shownSum;
                ASSERT_TRUE(left == 0 || left >= threshold)
                    << "T=" << threshold << " sizes " << a << "," << b;
            }
        }
    }
}
