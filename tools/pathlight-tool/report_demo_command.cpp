// `pathlight-tool report-demo`: renders every printout of the report layer from built-in sample
// data (the test fixtures in tests/unit/report/), so a developer can open and look at them. It is
// for visual checks only; `card --learner ID` and `report NAME --class ID` on real data are wired
// by the app layer.
#include "commands.hpp"

#include "report/csv_export.hpp"
#include "report/report_pages.hpp"

#include "../../tests/unit/report/class_fixtures.hpp"
#include "../../tests/unit/report/print_fixtures.hpp"

#include <filesystem>
#include <string>

namespace pathlight::tool {

namespace {

constexpr const char* kUsage =
    R"(Usage: pathlight-tool report-demo [-o DIR] [--paper letter|a4] [--lang en|es]
                                 [--students N] [--dpi N]
  Renders sample printouts into DIR (default: report-demo): the career card (PDF and PNG), the
  family talk card, a two-page portfolio, and every class report (PDF and CSV) for N generated
  students (default 60). Sample data only, for looking at layouts.
)";

int fail(const core::Error& error) {
    std::fprintf(stderr, "pathlight-tool: %s\n  %s\n", error.message.c_str(), error.detail.c_str());
    return kExitFailure;
}

} // namespace

int runReportDemo(const Args& args) {
    namespace fs = std::filesystem;
    using namespace pathlight::report;
    fs::path out = "report-demo";
    PrintOptions options;
    bool spanish = false;
    int students = 60;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (isHelpFlag(arg)) {
            std::fputs(kUsage, stdout);
            return kExitOk;
        }
        const auto value = flagValue(args, i);
        if (!value) {
            return usageError("'" + std::string(arg) + "' needs a value or is not an option", "report-demo ");
        }
        if (arg == "-o") {
            out = std::string(*value);
        } else if (arg == "--paper" && (*value == "letter" || *value == "a4")) {
            options.paper = *value == "a4" ? PaperSize::A4 : PaperSize::Letter;
        } else if (arg == "--lang" && (*value == "en" || *value == "es")) {
            spanish = *value == "es";
        } else if (arg == "--students") {
            students = std::atoi(std::string(*value).c_str());
            if (students < 1 || students > 5000) {
                return usageError("--students takes 1-5000", "report-demo ");
            }
        } else if (arg == "--dpi") {
            options.dpi = std::atoi(std::string(*value).c_str());
        } else {
            return usageError("unknown option or value '" + std::string(arg) + " " + std::string(*value) +
                                  "'",
                              "report-demo ");
        }
    }
    std::error_code made;
    fs::create_directories(out, made);
    if (made) {
        return fail(core::makeError("The folder could not be made.", out.string() + ": " + made.message()));
    }

    const CareerCard card = spanish ? fixtures::spanishCard() : fixtures::englishCard();
    FamilyTalkCard talk;
    talk.versions = {fixtures::englishFamilyTalk(), fixtures::spanishFamilyTalk()};
    if (spanish) {
        std::swap(talk.versions[0], talk.versions[1]);
    }
    const struct {
        std::string name;
        PageLayout layout;
    } printouts[] = {{"card", careerCardLayout(card)},
                     {"family-talk", familyTalkLayout(talk)},
                     {"portfolio", portfolioLayout(fixtures::samplePortfolio())}};
    for (const auto& printout : printouts) {
        if (const auto saved = savePdf(printout.layout, options, out / (printout.name + ".pdf")); !saved) {
            return fail(saved.error());
        }
        const auto pngs = savePng(printout.layout, options, out / (printout.name + ".png"));
        if (!pngs) {
            return fail(pngs.error());
        }
    }

    ReportOptions reportOptions;
    reportOptions.milestones = fixtures::sampleMilestones();
    const ReportLabels labels = fixtures::englishReportLabels();
    const auto reports = computeClassReports(fixtures::generatedClass(students), reportOptions, labels);
    if (!reports) {
        return fail(reports.error());
    }
    for (const ReportKind kind :
         {ReportKind::Interests, ReportKind::Coverage, ReportKind::Participation, ReportKind::Milestones}) {
        const std::string name = "report-" + std::string(reportKindName(kind));
        if (const auto saved = savePdf(reportLayout(reports.value(), kind, labels, "March 3, 2026"), options,
                                       out / (name + ".pdf"));
            !saved) {
            return fail(saved.error());
        }
        for (const CsvTable& table : reportTables(reports.value(), kind, labels)) {
            if (const auto saved = saveCsv(table, out / ("report-" + table.name + ".csv")); !saved) {
                return fail(saved.error());
            }
        }
    }
    std::printf("Sample printouts written to %s\n", out.string().c_str());
    std::printf("QR text: %s\n", cardQrPayload(card).c_str());
    return kExitOk;
}

} // namespace pathlight::tool
