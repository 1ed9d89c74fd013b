// Class-report fixtures shared by tests, the benchmark and `pathlight-tool report-demo`: English report
// labels, the 14 clusters and their groupings as content/clusters/clusters.csv lists them, and a generated
// class.
#pragma once

#include "report/class_reports.hpp"

#include <random>
#include <string>

namespace pathlight::report::fixtures {

inline ReportLabels englishReportLabels() {
    ReportLabels l;
    l.allStudents = "All students";
    l.byGrade = "Grade";
    l.gradeValue = "Grade {grade}";
    l.byClass = "Class";
    l.notGiven = "Not given";
    l.split = "Split";
    l.group = "Group";
    l.students = "Students";
    l.note = "Note";
    l.hiddenNote = "Hidden: fewer than {threshold} students, or it would reveal a small group";
    l.hiddenLegend =
        "* Hidden to protect student privacy: groups of fewer than {threshold} students, and any "
        "group that would let someone work out a small group from the totals.";
    l.percentOf = "{column} %";
    l.printedOn = "Printed {date}";
    l.pageFooter = "Page {page} of {pages}";
    l.interestTitle = "Interest codes";
    l.interestIntro = "The first letter of each student's interest code: the area they like most. Students "
                      "who have not finished the quiz, or have no clear pattern yet, have no code.";
    l.noCode = "No code yet";
    l.firstLetterHeading = "First letter of the code";
    l.topCodesHeading = "Most common codes";
    l.code = "Code";
    l.codeCount = "Students with this code";
    l.coverageTitle = "Career cluster coverage";
    l.coverageIntro = "Which of the 14 career clusters students have explored (a career card, a game or an "
                      "experience), and who has not yet explored a whole grouping.";
    l.cluster = "Clusters";
    l.clustersExplored = "Clusters explored";
    l.meanExplored = "Mean clusters explored";
    l.neverExplored = "Never explored {grouping}";
    l.neverHeading = "Who has not explored a grouping yet";
    l.studentsHeading = "Each student";
    l.student = "Student";
    l.explored = "Explored";
    l.yes = "yes";
    l.nobody = "Everyone has explored it.";
    l.participationTitle = "Participation over time";
    l.participationIntro =
        "Students active each week: a quiz answer, a game, a journal entry or an experience.";
    l.activeAnyWeek = "Any week";
    l.weekOf = "Week of {date}";
    l.dayMonth = "{month} {day}";
    l.months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    l.milestonesTitle = "This year's path";
    l.milestonesIntro =
        "How many students in each grade have reached the milestones the school set for them.";
    l.milestone = "Milestone";
    l.met = "Met";
    l.allMet = "All met";
    l.metOf = "{met} of {students}";
    l.noMilestones = "No milestones are set.";
    return l;
}

// The 14 clusters and their groupings, in content/clusters/clusters.csv order.
inline void addClusters(ClassData& data) {
    data.groupings = {{"building-moving", "Building & Moving"},
                      {"caring-communities", "Caring for Communities"},
                      {"creating-experiencing", "Creating & Experiencing"},
                      {"cultivating-resources", "Cultivating Resources"},
                      {"investing-future", "Investing in the Future"},
                      {"cross-cutting", "Cross-cutting"}};
    data.clusters = {
        {"advanced-manufacturing", "Advanced Manufacturing", "building-moving"},
        {"agriculture", "Agriculture", "cultivating-resources"},
        {"arts-entertainment-design", "Arts, Entertainment, & Design", "creating-experiencing"},
        {"construction", "Construction", "building-moving"},
        {"digital-technology", "Digital Technology", "cross-cutting"},
        {"education", "Education", "caring-communities"},
        {"energy-natural-resources", "Energy & Natural Resources", "cultivating-resources"},
        {"financial-services", "Financial Services", "investing-future"},
        {"healthcare-human-services", "Healthcare & Human Services", "caring-communities"},
        {"hospitality-events-tourism", "Hospitality, Events, & Tourism", "creating-experiencing"},
        {"management-entrepreneurship", "Management & Entrepreneurship", "cross-cutting"},
        {"marketing-sales", "Marketing & Sales", "cross-cutting"},
        {"public-service-safety", "Public Service & Safety", "caring-communities"},
        {"supply-chain-transportation", "Supply Chain & Transportation", "building-moving"}};
    data.areaNames = {"Doer", "Thinker", "Creator", "Helper", "Persuader", "Organizer"};
}

inline std::vector<Milestone> sampleMilestones() {
    return {{"g6-quiz", 6, "quiz", 1, "Finish the interest quiz"},
            {"g6-games", 6, "games", 3, "Play 3 career games"},
            {"g6-journal", 6, "journal", 2, "Write 2 journal entries"},
            {"g7-clusters", 7, "clusters", 5, "Explore 5 clusters"},
            {"g7-journal", 7, "journal", 4, "Write 4 journal entries"},
            {"g8-experience", 8, "experiences", 1, "Log a real-world experience"},
            {"g8-goal", 8, "goals", 1, "Set a goal"}};
}

// `count` students in grades 6-8 and six classes, with demographics, codes, clusters and activity
// over 14 weeks ending on `lastDay`. Deterministic for a seed.
inline ClassData generatedClass(int count, unsigned seed = 1, int lastDay = 20514 /* Monday 2026-03-02 */) {
    std::mt19937 random(seed);
    ClassData data;
    data.title = "Lincoln Middle School \u00B7 Grades 6\u20138";
    addClusters(data);
    data.classes = {{"6a", "6A \u00B7 Ms. Rivera"}, {"6b", "6B \u00B7 Mr. Okafor"},
                    {"7a", "7A \u00B7 Ms. Chen"},   {"7b", "7B \u00B7 Mr. García"},
                    {"8a", "8A \u00B7 Ms. Novak"},  {"adv", "Advisory club"}};
    data.demographicFields = {
        {"sex", "Sex", {{"female", "Female"}, {"male", "Male"}, {"other", "Another"}}},
        {"hispanicOrLatinoEthnicity", "Hispanic or Latino", {{"true", "Yes"}, {"false", "No"}}}};
    const std::vector<std::string> first = {"Ana",  "Ben",   "Chloé", "Dev",  "Emma",  "Farid", "Grace",
                                            "Hugo", "Isha",  "Jonah", "Kai",  "Lucía", "Mateo", "Nia",
                                            "Omar", "Priya", "Quinn", "Rosa", "Sam",   "Tomás", "Uma",
                                            "Vik",  "Wren",  "Yara",  "Zoe"};
    const std::string letters = "RIASEC";
    for (int i = 0; i < count; ++i) {
        StudentRow s;
        s.id = "s" + std::to_string(i);
        s.name = first[static_cast<std::size_t>(i) % first.size()] + " " +
                 std::string(1, static_cast<char>('A' + (i / 25) % 26)) + ".";
        s.grade = 6 + static_cast<int>(random() % 3);
        s.classIds.push_back(std::string(1, static_cast<char>('0' + s.grade)) +
                             (s.grade == 8 || random() % 2 ? "a" : "b"));
        if (random() % 5 == 0) {
            s.classIds.push_back("adv");
        }
        const int sex = static_cast<int>(random() % 20);
        if (sex < 9) {
            s.demographics["sex"] = "female";
        } else if (sex < 18) {
            s.demographics["sex"] = "male";
        } else if (sex == 18) {
            s.demographics["sex"] = "other";
        }
        s.demographics["hispanicOrLatinoEthnicity"] = random() % 3 == 0 ? "true" : "false";
        s.quizDone = random() % 6 != 0;
        if (s.quizDone) {
            const char a = letters[random() % 6];
            char b = letters[random() % 6];
            while (b == a) {
                b = letters[random() % 6];
            }
            s.interestCode = std::string(1, a) + (random() % 3 ? std::string(1, b) : "");
        }
        for (std::size_t a = 0; a < 6; ++a) {
            s.areaScores[a] = static_cast<double>(random() % 101);
        }
        for (int c = 0; c < kClusterCount; ++c) {
            if (random() % 3 == 0) {
                s.clustersExplored.set(static_cast<std::size_t>(c));
            }
        }
        s.gamesPlayed = static_cast<int>(random() % 6);
        s.journalEntries = static_cast<int>(random() % 6);
        s.experiences = static_cast<int>(random() % 3);
        s.goals = static_cast<int>(random() % 3);
        s.goalsDone = s.goals > 0 ? static_cast<int>(random() % static_cast<unsigned>(s.goals + 1)) : 0;
        const int activeDays = static_cast<int>(random() % 40);
        for (int d = 0; d < activeDays; ++d) {
            s.activityDays.push_back(lastDay - static_cast<int>(random() % 98));
        }
        data.students.push_back(std::move(s));
    }
    return data;
}

} // namespace pathlight::report::fixtures
