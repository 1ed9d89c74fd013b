// Class reports (issue 13), computed from a plain ClassData: the interest code distribution, the
// cluster coverage heatmap, participation per week and milestone progress by grade. Each is given
// for all students and split by grade, by class and by every demographic field, with small groups
// suppressed by the rule in suppression.hpp: a hidden group keeps no numbers at all.
// Pure computation; csv_export.hpp and report_pages.hpp turn results into files.
#pragma once

#include "core/result.hpp"
#include "report/class_data.hpp"
#include "report/report_labels.hpp"
#include "report/suppression.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pathlight::report {

struct GroupResult {
    std::string label;
    int students = 0;    // 0 when hidden: a hidden group's size is never kept
    bool hidden = false; // print "*" instead of any number
};

template <class Values> struct GroupRow {
    GroupResult group;
    Values values{}; // all zero when the group is hidden
};

template <class Values> struct SplitRows {
    std::string label; // "Grade", "Class", "Sex"
    std::vector<GroupRow<Values>> rows;
};

template <class Values> struct Breakdown {
    GroupRow<Values> all;
    std::vector<SplitRows<Values>> splits;
};

constexpr int kNoCodeColumn = kInterestAreas; // the 7th column: no code yet
struct InterestValues {
    std::array<int, kInterestAreas + 1> firstLetter{}; // R I A S E C, then no code yet
    std::map<std::string, int> codes;                  // whole codes, e.g. "SA" -> 4
};

struct InterestReport {
    std::array<std::string, kInterestAreas + 1> columns; // "R Doer" ... "No code yet"
    Breakdown<InterestValues> data;
};

struct CoverageValues {
    std::array<int, kClusterCount> explored{}; // students who explored each cluster
    std::vector<int> neverGrouping;            // per grouping: students who explored none of its clusters
    double meanExplored = 0;                   // clusters explored per student
};

// One row of the students x clusters heatmap (teacher-facing, so names are printed).
struct StudentCoverage {
    std::string id;
    std::string name;
    int grade = 0;
    std::bitset<kClusterCount> explored;
    std::vector<std::string> neverGroupings; // names of the groupings with no explored cluster
};

struct CoverageReport {
    std::vector<std::string> clusters;  // 14 names, heatmap column order
    std::vector<std::string> groupings; // names, neverGrouping order
    Breakdown<CoverageValues> data;
    std::vector<StudentCoverage> students; // by grade, then name
};

struct ParticipationValues {
    std::vector<int> activePerWeek; // students with any activity that week
    int activeAny = 0;              // students active in at least one of the weeks
};

struct ParticipationReport {
    std::vector<int> weekStarts; // Mondays, as days since 1970-01-01, oldest first
    Breakdown<ParticipationValues> data;
};

struct MilestoneValues {
    std::vector<int> met; // per milestone of the grade: students who reached it
    int allMet = 0;       // students who reached every milestone of their grade
};

// Each grade is its own population: its students against its own milestones, split by class and
// demographics within the grade.
struct GradeMilestones {
    int grade = 0;
    std::string label; // "Grade 6"
    std::vector<Milestone> milestones;
    Breakdown<MilestoneValues> data;
};

struct MilestoneReport {
    std::vector<GradeMilestones> grades; // grades that have milestones, ascending
};

struct ReportOptions {
    int threshold = kDefaultSuppressionThreshold; // 1 shows every non-empty group
    int lastDay = -1; // participation's last day (days since 1970-01-01); -1: the latest activity
    int weeks = 12;   // participation: the weeks up to and including lastDay's week (1-520)
    std::vector<Milestone> milestones;
};

struct ClassReports {
    std::string title;
    int threshold = kDefaultSuppressionThreshold;
    InterestReport interests;
    CoverageReport coverage;
    ParticipationReport participation;
    MilestoneReport milestones;
};

// Fails with code "report.bad_input" when the data cannot make a fair report (not 14 clusters,
// a cluster in an unknown grouping, threshold below 1, weeks outside 1-520).
core::Result<ClassReports> computeClassReports(const ClassData& data, const ReportOptions& options,
                                               const ReportLabels& labels);

// The Monday that starts the week of `day` (days since 1970-01-01).
int weekStart(int day);

// A student's value for a milestone measure (see Milestone).
int measureValue(const StudentRow& student, const std::string& measure);

} // namespace pathlight::report
