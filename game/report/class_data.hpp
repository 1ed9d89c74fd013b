// The plain input of class reports (issue 13): one row per student, filled by the app layer from
// the store and roster, plus the names to print. No database, content or UI types: tests and
// benchmarks build a ClassData by hand.
#pragma once

#include <array>
#include <bitset>
#include <map>
#include <string>
#include <vector>

namespace pathlight::report {

constexpr int kClusterCount = 14;
constexpr int kInterestAreas = 6; // R I A S E C

struct StudentRow {
    std::string id;
    std::string name; // printed only in the coverage heatmap, which a teacher sees
    int grade = 0;
    std::vector<std::string> classIds; // a student may be in several classes
    // Roster demographics, e.g. {"sex", "female"}, {"hispanicOrLatinoEthnicity", "true"}.
    std::map<std::string, std::string> demographics;
    std::string interestCode;                        // "SA"; empty before the quiz or with no clear pattern
    std::array<double, kInterestAreas> areaScores{}; // 0-100, R I A S E C
    std::bitset<kClusterCount> clustersExplored;     // in ClassData::clusters order
    bool quizDone = false;
    int gamesPlayed = 0;
    int journalEntries = 0;
    int experiences = 0;
    int goals = 0;
    int goalsDone = 0;
    std::vector<int> activityDays;       // days since 1970-01-01 with any activity (any order, repeats ok)
    std::map<std::string, int> progress; // further milestone measures, by the milestone's measure key
};

struct ClassInfo {
    std::string id;
    std::string name;
};

struct ClusterInfo {
    std::string id;
    std::string name;     // printed
    std::string grouping; // GroupingInfo::id
};

struct GroupingInfo {
    std::string id;
    std::string name; // printed
};

// A roster field to split reports by, with printable names for its values.
struct DemographicField {
    std::string key;                                // as in StudentRow::demographics
    std::string label;                              // "Sex"
    std::map<std::string, std::string> valueLabels; // {"female", "Female"}; missing values print as is
};

// One line of content/school/milestones.csv: what students of `grade` should reach this year.
// `measure` is one of quiz, games, journal, experiences, goals, goals_done, clusters, or any key of
// StudentRow::progress. A student meets it when their value is at least `target`.
struct Milestone {
    std::string id;
    int grade = 0;
    std::string measure;
    int target = 1;
    std::string label; // "Finish the interest quiz"
};

struct ClassData {
    std::string title; // "Room 12 · Ms. Rivera", printed at the top
    std::vector<StudentRow> students;
    std::vector<ClassInfo> classes;                    // names for classIds, in the order to print
    std::vector<ClusterInfo> clusters;                 // exactly 14
    std::vector<GroupingInfo> groupings;               // the cluster groupings, in the order to print
    std::array<std::string, kInterestAreas> areaNames; // "Doer", "Thinker", ... in R I A S E C order
    // Fields to split by. Empty: every field any student has, by its key.
    std::vector<DemographicField> demographicFields;
};

} // namespace pathlight::report
