// Printable class reports: valid PDFs on the paper asked for, every report renders, and what a
// reader sees (the text layer) names the groups and marks hidden ones with "*".
#include "report/report_pages.hpp"

#include "class_fixtures.hpp"
#include "report_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

TEST(ReportPages, EveryReportPrintsAsAValidPdfAndRendersToPng) {
    ScratchDir dir;
    ReportOptions options;
    options.milestones = sampleMilestones();
    const ReportLabels labels = englishReportLabels();
    auto reports = computeClassReports(generatedClass(60), options, labels);
    ASSERT_TRUE(reports.ok());
    for (const ReportKind kind :
         {ReportKind::Interests, ReportKind::Coverage, ReportKind::Participation, ReportKind::Milestones}) {
        const std::string name(reportKindName(kind));
        PrintOptions print;
        print.paper = kind == ReportKind::Coverage ? PaperSize::A4 : PaperSize::Letter;
        const auto pdf = dir / (name + ".pdf");
        ASSERT_TRUE(savePdf(reportLayout(reports.value(), kind, labels, "March 3, 2026"), print, pdf).ok())
            << name;
        EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
        const CommandResult info = runCommand("pdfinfo " + quoted(pdf));
        EXPECT_NE(info.output.find(kind == ReportKind::Coverage ? "(A4)" : "(letter)"), std::string::npos)
            << info.output;
        ASSERT_EQ(
            runCommand("pdftoppm -r 50 -png -f 1 -l 1 " + quoted(pdf) + " " + quoted(dir / name)).exitCode,
            0);
        const std::string text = runCommand("pdftotext " + quoted(pdf) + " -").output;
        EXPECT_NE(text.find("Lincoln Middle School"), std::string::npos) << name;
        EXPECT_NE(text.find("Page 1 of"), std::string::npos) << name;
        EXPECT_NE(text.find("*"), std::string::npos) << name << ": the sample class has hidden groups";
    }
    const std::string interests = runCommand("pdftotext " + quoted(dir / "interests.pdf") + " -").output;
    EXPECT_NE(interests.find("All students (60)"), std::string::npos) << interests;
}

TEST(ReportPages, AClassSmallerThanTheThresholdPrintsNoNumbers) {
    ScratchDir dir;
    ReportOptions options;
    options.milestones = sampleMilestones();
    const ReportLabels labels = englishReportLabels();
    auto reports = computeClassReports(generatedClass(4), options, labels);
    ASSERT_TRUE(reports.ok());
    EXPECT_TRUE(reports->interests.data.all.group.hidden);
    ASSERT_TRUE(savePdf(reportLayout(reports.value(), ReportKind::Interests, labels, "today"), PrintOptions{},
                        dir / "small.pdf")
                    .ok());
    const std::string text = runCommand("pdftotext " + quoted(dir / "small.pdf") + " -").output;
    EXPECT_EQ(text.find("All students ("), std::string::npos) << text;
    EXPECT_EQ(text.find("%"), std::string::npos) << "no percentage of a hidden class: " << text;
}
