// Printable class reports (issue 13): each report as numbered pages with its charts and tables.
// Charts never rely on colour alone: every bar has its number printed, the heatmap marks explored
// clusters with a drawn tick, and hidden (suppressed) groups are hatched and marked "*".
#pragma once

#include "report/class_reports.hpp"
#include "report/csv_export.hpp"
#include "report/printing.hpp"

#include <string>

namespace pathlight::report {

// `printedOn` is the date already formatted for the teacher's language.
PageLayout reportLayout(const ClassReports& reports, ReportKind kind, const ReportLabels& labels,
                        const std::string& printedOn);

} // namespace pathlight::report
