// Benchmarks for class reports (issue 13 target, printed, never asserted):
//   compute every class report for 1,500 learners x 200 revisions  <= 50 ms
// A learner's 200 revisions become what the report reads: a quiz, games, journal entries,
// clusters explored and about 120 active days over a school year (52 weeks of participation).
// Exporting CSV and laying out the printable pages are measured too, to show where time goes.
#include "report/csv_export.hpp"
#include "report/page_layout.hpp"
#include "report/report_pages.hpp"

#include "../unit/report/class_fixtures.hpp"

#include <benchmark/benchmark.h>

using namespace pathlight::report;

namespace {

constexpr int kLearners = 1500;

ClassData schoolOf1500() {
    ClassData data = fixtures::generatedClass(kLearners, 42);
    std::mt19937 random(7);
    for (StudentRow& s : data.students) {
        // A school year of activity: ~120 days with something done (several revisions a day).
        s.activityDays.clear();
        for (int d = 0; d < 120; ++d) {
            s.activityDays.push_back(20514 - static_cast<int>(random() % 364));
        }
    }
    return data;
}

ReportOptions yearOptions() {
    ReportOptions options;
    options.weeks = 52;
    options.milestones = fixtures::sampleMilestones();
    return options;
}

void BM_ComputeClassReports1500(benchmark::State& state) {
    const ClassData data = schoolOf1500();
    const ReportOptions options = yearOptions();
    const ReportLabels labels = fixtures::englishReportLabels();
    for (auto _ : state) {
        auto reports = computeClassReports(data, options, labels);
        benchmark::DoNotOptimize(reports);
    }
    state.counters["learners"] = kLearners;
}
BENCHMARK(BM_ComputeClassReports1500)->Unit(benchmark::kMillisecond);

void BM_ExportEveryReportCsv1500(benchmark::State& state) {
    const ReportLabels labels = fixtures::englishReportLabels();
    const ClassReports reports = computeClassReports(schoolOf1500(), yearOptions(), labels).value();
    for (auto _ : state) {
        std::size_t bytes = 0;
        for (const ReportKind kind : {ReportKind::Interests, ReportKind::Coverage, ReportKind::Participation,
                                      ReportKind::Milestones}) {
            for (const CsvTable& table : reportTables(reports, kind, labels)) {
                bytes += csvText(table).size();
            }
        }
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(BM_ExportEveryReportCsv1500)->Unit(benchmark::kMillisecond);

// Laying out the coverage report (its heatmap has a row per learner) without drawing.
void BM_LayOutCoverageReport1500(benchmark::State& state) {
    const ReportLabels labels = fixtures::englishReportLabels();
    const ClassReports reports = computeClassReports(schoolOf1500(), yearOptions(), labels).value();
    const FontSet fonts = FontSet::load(defaultFontFiles()).value();
    const PageGeometry page = pageGeometry(PaperSize::Letter);
    for (auto _ : state) {
        CountingSink sink(fonts, page);
        const auto status = reportLayout(reports, ReportKind::Coverage, labels, "today")(sink, fonts, page);
        benchmark::DoNotOptimize(status);
        state.counters["pages"] = sink.pages();
    }
}
BENCHMARK(BM_LayOutCoverageReport1500)->Unit(benchmark::kMillisecond);

} // namespace
