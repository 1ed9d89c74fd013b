// The words class reports print (teacher-facing, in the teacher's language), filled by the app
// from content/strings through `fromStrings`. Templates use {name} placeholders.
#pragma once

#include "report/labels.hpp"

#include <array>
#include <string>

namespace pathlight::report {

struct ReportLabels {
    // Groups and splits.
    std::string allStudents;  // "All students"
    std::string byGrade;      // "Grade" (the split's name)
    std::string gradeValue;   // "Grade {grade}"
    std::string byClass;      // "Class"
    std::string notGiven;     // "Not given"
    std::string split;        // "Split" (CSV column)
    std::string group;        // "Group" (CSV column)
    std::string students;     // "Students"
    std::string note;         // "Note" (CSV column)
    std::string hiddenNote;   // "Hidden: fewer than {threshold} students, or it would reveal a small group"
    std::string hiddenLegend; // "* Hidden to protect privacy: ..." (PDF footnote; {threshold})
    std::string percentOf;    // "{column} %" (CSV header of a percentage column)
    std::string printedOn;    // "Printed {date}"
    std::string pageFooter;   // "Page {page} of {pages}"

    // Interest codes.
    std::string interestTitle;      // "Interest codes"
    std::string interestIntro;      // what the chart shows, one or two sentences
    std::string noCode;             // "No code yet"
    std::string firstLetterHeading; // "First letter of the code"
    std::string topCodesHeading;    // "Most common codes"
    std::string code;               // "Code"
    std::string codeCount;          // "Students with this code"

    // Cluster coverage.
    std::string coverageTitle; // "Career cluster coverage"
    std::string coverageIntro;
    std::string cluster;          // "Cluster" (legend heading)
    std::string clustersExplored; // "Clusters explored"
    std::string meanExplored;     // "Mean clusters explored"
    std::string neverExplored;    // "Never explored {grouping}"
    std::string neverHeading;     // "Who has not explored a grouping yet"
    std::string studentsHeading;  // "Each student"
    std::string student;          // "Student"
    std::string explored;         // "Explored" (legend for the drawn tick)
    std::string yes;              // "yes" (CSV heatmap cell)
    std::string nobody;           // "Everyone has explored it."

    // Participation.
    std::string participationTitle;     // "Participation over time"
    std::string participationIntro;     // "Students active each week..."
    std::string activeAnyWeek;          // "Active at least once"
    std::string weekOf;                 // "Week of {date}"
    std::string dayMonth;               // "{month} {day}" or "{day} {month}"
    std::array<std::string, 12> months; // "Jan" ... "Dec"

    // Milestones.
    std::string milestonesTitle; // "This year's path"
    std::string milestonesIntro;
    std::string milestone;    // "Milestone"
    std::string met;          // "Met"
    std::string allMet;       // "All met"
    std::string metOf;        // "{met} of {students}"
    std::string noMilestones; // "No milestones are set for this grade."

    // Keys: report.<field name in snake_case>, e.g. report.all_students, report.grade_value,
    // report.interest_title; months are report.month1 ... report.month12.
    static ReportLabels fromStrings(const Translate& t);
};

} // namespace pathlight::report
