// Class report numbers on a small class worked out by hand (threshold 3, so a few groups show),
// and the input a report refuses.
#include "report/class_reports.hpp"

#include "class_fixtures.hpp"

#include <gtest/gtest.h>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

namespace {

constexpr int kMonday = 20514; // 2026-03-02

// Twelve students: grade 6 = s1-s6, grade 7 = s7-s10, grade 8 = s11-s12.
// Class A = s1-s5, s7; B = s6, s8-s10; C = s11, s12. Female = s1-s3, s7, s8, s11; male = s4-s6,
// s9, s10; s12 gave no sex.
ClassData handClass() {
    ClassData data;
    data.title = "Hand-checked class";
    addClusters(data);
    data.classes = {{"A", "Class A"}, {"B", "Class B"}, {"C", "Class C"}};
    data.demographicFields = {{"sex", "Sex", {{"F", "Female"}, {"M", "Male"}}}};
    const std::vector<std::string> codes = {"SA", "SE", "RI", "", "SA", "CI",
                                            "AS", "SA", "EC", "", "IR", "SA"};
    const std::vector<std::string> classes = {"A", "A", "A", "A", "A", "B", "A", "B", "B", "B", "C", "C"};
    const std::vector<std::string> sexes = {"F", "F", "F", "M", "M", "M", "F", "F", "M", "M", "F", ""};
    const std::vector<int> games = {3, 1, 2, 5, 0, 2, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 12; ++i) {
        StudentRow s;
        s.id = "s" + std::to_string(i + 1);
        s.name = "Student " + std::to_string(i + 1);
        s.grade = i < 6 ? 6 : (i < 10 ? 7 : 8);
        s.classIds = {classes[static_cast<std::size_t>(i)]};
        if (!sexes[static_cast<std::size_t>(i)].empty()) {
            s.demographics["sex"] = sexes[static_cast<std::size_t>(i)];
        }
        s.quizDone = i != 3; // s4 has not finished; s10 finished with no clear pattern (no code)
        s.interestCode = codes[static_cast<std::size_t>(i)];
        s.gamesPlayed = games[static_cast<std::size_t>(i)];
        data.students.push_back(s);
    }
    // Clusters: s1 explored Advanced Manufacturing (0) and Education (5); s2 Education; s4
    // Agriculture (1); s12 every cluster.
    data.students[0].clustersExplored.set(0).set(5);
    data.students[1].clustersExplored.set(5);
    data.students[3].clustersExplored.set(1);
    data.students[11].clustersExplored.set();
    // Activity over the weeks of Feb 16, Feb 23 and Mar 2 (Monday = kMonday).
    data.students[0].activityDays = {kMonday - 14, kMonday - 13, kMonday};
    data.students[1].activityDays = {kMonday - 7};
    data.students[2].activityDays = {kMonday - 15}; // the Sunday before the first week: not counted
    data.students[3].activityDays = {kMonday + 6};  // Sunday of the last week
    data.students[5].activityDays = {kMonday - 6};
    data.students[11].activityDays = {kMonday - 13};
    return data;
}

ReportOptions handOptions() {
    ReportOptions options;
    options.threshold = 3;
    options.lastDay = kMonday + 6;
    options.weeks = 3;
    options.milestones = {{"q", 6, "quiz", 1, "Finish the quiz"},
                          {"g", 6, "games", 2, "Play 2 games"},
                          {"x", 8, "experiences", 1, "Log an experience"}};
    return options;
}

ClassReports handReports() {
    auto reports = computeClassReports(handClass(), handOptions(), englishReportLabels());
    EXPECT_TRUE(reports.ok());
    return reports.value();
}

template <class Values>
const GroupRow<Values>& row(const Breakdown<Values>& data, const std::string& split,
                            const std::string& label) {
    for (const SplitRows<Values>& s : data.splits) {
        if (s.label != split) {
            continue;
        }
        for (const GroupRow<Values>& r : s.rows) {
            if (r.group.label == label) {
                return r;
            }
        }
    }
    ADD_FAILURE() << "no row " << split << " / " << label;
    return data.all;
}

using Letters = std::array<int, kInterestAreas + 1>; // R I A S E C, no code

} // namespace

TEST(InterestReport, CountsFirstLettersAndWholeCodes) {
    const ClassReports reports = handReports();
    const auto& all = reports.interests.data.all;
    EXPECT_EQ(all.group.label, "All students");
    EXPECT_EQ(all.group.students, 12);
    EXPECT_EQ(all.values.firstLetter, (Letters{1, 1, 1, 5, 1, 1, 2}));
    EXPECT_EQ(all.values.codes,
              (std::map<std::string, int>{
                  {"SA", 4}, {"SE", 1}, {"RI", 1}, {"CI", 1}, {"AS", 1}, {"EC", 1}, {"IR", 1}}));
    EXPECT_EQ(reports.interests.columns[3], "S Helper");
    EXPECT_EQ(reports.interests.columns[6], "No code yet");
}

TEST(InterestReport, SplitsHideSmallGroupsAndTheOneThatWouldRevealThem) {
    const ClassReports reports = handReports();
    const auto& data = reports.interests.data;
    // Grade 8 has 2 (< 3): hidden; grade 7 (4) is hidden too, or 12 - 6 - 4 would give grade 8.
    EXPECT_EQ(row(data, "Grade", "Grade 6").values.firstLetter, (Letters{1, 0, 0, 3, 0, 1, 1}));
    EXPECT_TRUE(row(data, "Grade", "Grade 7").group.hidden);
    EXPECT_TRUE(row(data, "Grade", "Grade 8").group.hidden);
    // Class C (2) hidden, so class B (4) as well.
    EXPECT_EQ(row(data, "Class", "Class A").group.students, 6);
    EXPECT_EQ(row(data, "Class", "Class A").values.firstLetter, (Letters{1, 0, 1, 3, 0, 0, 1}));
    EXPECT_TRUE(row(data, "Class", "Class B").group.hidden);
    EXPECT_TRUE(row(data, "Class", "Class C").group.hidden);
    // One student gave no sex: hidden, and male (5) with it.
    EXPECT_EQ(row(data, "Sex", "Female").values.firstLetter, (Letters{1, 1, 1, 3, 0, 0, 0}));
    EXPECT_TRUE(row(data, "Sex", "Male").group.hidden);
    EXPECT_TRUE(row(data, "Sex", "Not given").group.hidden);
    // A hidden group keeps no numbers at all.
    const auto& hidden = row(data, "Sex", "Male");
    EXPECT_EQ(hidden.group.students, 0);
    EXPECT_EQ(hidden.values.firstLetter, Letters{});
    EXPECT_TRUE(hidden.values.codes.empty());
}

TEST(CoverageReport, CountsClustersGroupingsNeverExploredAndTheMean) {
    const ClassReports reports = handReports();
    const auto& all = reports.coverage.data.all.values;
    std::array<int, kClusterCount> expected;
    expected.fill(1); // s12 explored everything
    expected[0] = 2;  // + s1
    expected[1] = 2;  // + s4
    expected[5] = 3;  // + s1, s2
    EXPECT_EQ(all.explored, expected);
    // Groupings in fixture order: building-moving, caring, creating, cultivating, investing, cross-cutting.
    EXPECT_EQ(all.neverGrouping, (std::vector<int>{10, 9, 11, 10, 11, 11}));
    EXPECT_DOUBLE_EQ(all.meanExplored, 18.0 / 12.0);
    ASSERT_EQ(reports.coverage.students.size(), 12u);
    const StudentCoverage& s3 = reports.coverage.students[2]; // grade 6, "Student 3"
    EXPECT_EQ(s3.name, "Student 3");
    EXPECT_EQ(s3.neverGroupings.size(), 6u);
    EXPECT_EQ(reports.coverage.students[11].name, "Student 12");
    EXPECT_TRUE(reports.coverage.students[11].neverGroupings.empty());
}

TEST(ParticipationReport, CountsActiveStudentsPerMondayToSundayWeek) {
    const ClassReports reports = handReports();
    EXPECT_EQ(reports.participation.weekStarts, (std::vector<int>{kMonday - 14, kMonday - 7, kMonday}));
    const auto& all = reports.participation.data.all.values;
    EXPECT_EQ(all.activePerWeek, (std::vector<int>{2, 2, 2}));
    EXPECT_EQ(all.activeAny, 5);
    const auto& grade6 = row(reports.participation.data, "Grade", "Grade 6").values;
    EXPECT_EQ(grade6.activePerWeek, (std::vector<int>{1, 2, 2}));
    EXPECT_EQ(grade6.activeAny, 4);
}

TEST(MilestoneReport, JudgesEachGradeAgainstItsOwnMilestones) {
    const ClassReports reports = handReports();
    ASSERT_EQ(reports.milestones.grades.size(), 2u); // grades 6 and 8 have milestones
    const GradeMilestones& six = reports.milestones.grades[0];
    EXPECT_EQ(six.label, "Grade 6");
    EXPECT_EQ(six.data.all.group.students, 6);
    EXPECT_EQ(six.data.all.values.met, (std::vector<int>{5, 4}));
    EXPECT_EQ(six.data.all.values.allMet, 3);
    // Within grade 6: class A has 5, class B 1 -> both hidden (B is small, A would reveal it).
    EXPECT_TRUE(row(six.data, "Class", "Class A").group.hidden);
    EXPECT_TRUE(row(six.data, "Class", "Class B").group.hidden);
    const auto& female = row(six.data, "Sex", "Female");
    EXPECT_EQ(female.group.students, 3);
    EXPECT_EQ(female.values.met, (std::vector<int>{3, 2}));
    EXPECT_EQ(female.values.allMet, 2);
    const auto& male = row(six.data, "Sex", "Male");
    EXPECT_EQ(male.values.met, (std::vector<int>{2, 2}));
    EXPECT_EQ(male.values.allMet, 1);
    // Grade 8 has two students: everything, its total included, is hidden.
    const GradeMilestones& eight = reports.milestones.grades[1];
    EXPECT_TRUE(eight.data.all.group.hidden);
    for (const auto& split : eight.data.splits) {
        for (const auto& r : split.rows) {
            EXPECT_TRUE(r.group.hidden) << r.group.label;
        }
    }
}

TEST(ClassReports, RefuseDataThatCannotMakeAFairReport) {
    ClassData data = handClass();
    data.clusters.pop_back();
    auto missingCluster = computeClassReports(data, handOptions(), englishReportLabels());
    ASSERT_FALSE(missingCluster.ok());
    EXPECT_EQ(missingCluster.error().code, "report.bad_input");

    ReportOptions options = handOptions();
    options.threshold = 0;
    EXPECT_FALSE(computeClassReports(handClass(), options, englishReportLabels()).ok());
    options = handOptions();
    options.weeks = 0;
    EXPECT_FALSE(computeClassReports(handClass(), options, englishReportLabels()).ok());

    data = handClass();
    data.clusters[3].grouping = "nowhere";
    auto unknown = computeClassReports(data, handOptions(), englishReportLabels());
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().detail.find("nowhere"), std::string::npos);
}

TEST(ClassReports, WeeksStartOnMondayAndMeasuresReadTheirFields) {
    EXPECT_EQ(weekStart(kMonday), kMonday);
    EXPECT_EQ(weekStart(kMonday + 6), kMonday);
    EXPECT_EQ(weekStart(kMonday - 1), kMonday - 7);
    EXPECT_EQ(weekStart(0), -3); // 1970-01-01 was a Thursday
    StudentRow s;
    s.quizDone = true;
    s.journalEntries = 4;
    s.clustersExplored.set(2).set(7);
    s.progress["portrait_communication"] = 2;
    EXPECT_EQ(measureValue(s, "quiz"), 1);
    EXPECT_EQ(measureValue(s, "journal"), 4);
    EXPECT_EQ(measureValue(s, "clusters"), 2);
    EXPECT_EQ(measureValue(s, "portrait_communication"), 2);
    EXPECT_EQ(measureValue(s, "not_recorded"), 0);
}
