// Filling report labels from the app's strings; see report_labels.hpp.
#include "report/report_labels.hpp"

namespace pathlight::report {

ReportLabels ReportLabels::fromStrings(const Translate& t) {
    ReportLabels l;
    l.allStudents = t("report.all_students");
    l.byGrade = t("report.by_grade");
    l.gradeValue = t("report.grade_value");
    l.byClass = t("report.by_class");
    l.notGiven = t("report.not_given");
    l.split = t("report.split");
    l.group = t("report.group");
    l.students = t("report.students");
    l.note = t("report.note");
    l.hiddenNote = t("report.hidden_note");
    l.hiddenLegend = t("report.hidden_legend");
    l.percentOf = t("report.percent_of");
    l.printedOn = t("report.printed_on");
    l.pageFooter = t("report.page_footer");
    l.interestTitle = t("report.interest_title");
    l.interestIntro = t("report.interest_intro");
    l.noCode = t("report.no_code");
    l.firstLetterHeading = t("report.first_letter_heading");
    l.topCodesHeading = t("report.top_codes_heading");
    l.code = t("report.code");
    l.codeCount = t("report.code_count");
    l.coverageTitle = t("report.coverage_title");
    l.coverageIntro = t("report.coverage_intro");
    l.cluster = t("report.cluster");
    l.clustersExplored = t("report.clusters_explored");
    l.meanExplored = t("report.mean_explored");
    l.neverExplored = t("report.never_explored");
    l.neverHeading = t("report.never_heading");
    l.studentsHeading = t("report.students_heading");
    l.student = t("report.student");
    l.explored = t("report.explored");
    l.yes = t("report.yes");
    l.nobody = t("report.nobody");
    l.participationTitle = t("report.participation_title");
    l.participationIntro = t("report.participation_intro");
    l.activeAnyWeek = t("report.active_any_week");
    l.weekOf = t("report.week_of");
    l.dayMonth = t("report.day_month");
    for (std::size_t i = 0; i < l.months.size(); ++i) {
        l.months[i] = t("report.month" + std::to_string(i + 1));
    }
    l.milestonesTitle = t("report.milestones_title");
    l.milestonesIntro = t("report.milestones_intro");
    l.milestone = t("report.milestone");
    l.met = t("report.met");
    l.allMet = t("report.all_met");
    l.metOf = t("report.met_of");
    l.noMilestones = t("report.no_milestones");
    return l;
}

} // namespace pathlight::report
