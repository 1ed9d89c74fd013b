// The family talk card and the portfolio page, as a family gets them: valid PDFs of the right
// size, the right number of pages, numbered pages, and the Spanish text intact.
#include "report/family_talk_card.hpp"
#include "report/portfolio_page.hpp"

#include "report_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

namespace {

std::string pdfText(const std::filesystem::path& pdf) {
    return runCommand("pdftotext " + quoted(pdf) + " -").output;
}

std::string pdfInfo(const std::filesystem::path& pdf) {
    return runCommand("pdfinfo " + quoted(pdf)).output;
}

} // namespace

TEST(FamilyTalkCard, EnglishAndSpanishShareOneSheet) {
    ScratchDir dir;
    FamilyTalkCard card;
    card.versions = {englishFamilyTalk(), spanishFamilyTalk()};
    ASSERT_TRUE(savePdf(familyTalkLayout(card), PrintOptions{}, dir / "talk.pdf").ok());
    const std::string info = pdfInfo(dir / "talk.pdf");
    EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
    const std::string text = pdfText(dir / "talk.pdf");
    EXPECT_NE(text.find("Pregúntale a un adulto sobre su trabajo"), std::string::npos) << text;
    EXPECT_NE(text.find("¿Qué le dirías a un niño o una niña"), std::string::npos);
    EXPECT_NE(text.find("What would you tell a kid who wants to do your job?"), std::string::npos);

    auto png = savePng(familyTalkLayout(card), PrintOptions{}, dir / "talk.png");
    ASSERT_TRUE(png.ok());
    EXPECT_EQ(png->size(), 1u);
}

TEST(FamilyTalkCard, ACardTooLongForHalfAPageGetsItsOwnPage) {
    ScratchDir dir;
    FamilyTalkCard card;
    FamilyTalkText longer = englishFamilyTalk();
    for (int i = 0; i < 4; ++i) {
        longer.intro += " " + longer.intro;
    }
    card.versions = {longer, spanishFamilyTalk()};
    PrintOptions options;
    options.paper = PaperSize::A4;
    ASSERT_TRUE(savePdf(familyTalkLayout(card), options, dir / "talk.pdf").ok());
    const std::string info = pdfInfo(dir / "talk.pdf");
    EXPECT_NE(info.find("Pages:           2"), std::string::npos) << info;
    EXPECT_NE(info.find("(A4)"), std::string::npos) << info;
}

TEST(FamilyTalkCard, NothingToPrintIsAnError) {
    auto pdf = renderPdf(familyTalkLayout(FamilyTalkCard{}), PrintOptions{});
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, "report.empty");
}

TEST(PortfolioPage, ALongPortfolioRunsOntoNumberedPagesInBothOutputs) {
    ScratchDir dir;
    const PortfolioPage portfolio = samplePortfolio();
    ASSERT_TRUE(savePdf(portfolioLayout(portfolio), PrintOptions{}, dir / "portfolio.pdf").ok());
    const std::string info = pdfInfo(dir / "portfolio.pdf");
    EXPECT_NE(info.find("Pages:           2"), std::string::npos) << info;
    EXPECT_NE(info.find("612 x 792 pts (letter)"), std::string::npos) << info;
    const std::string text = pdfText(dir / "portfolio.pdf");
    EXPECT_NE(text.find("Page 1 of 2"), std::string::npos) << text;
    EXPECT_NE(text.find("Page 2 of 2"), std::string::npos);
    EXPECT_NE(text.find("Entry 14:"), std::string::npos) << "nothing is cut off at the end";
    EXPECT_NE(text.find("Make a plan for getting there on Saturdays"), std::string::npos);

    auto pngs = savePng(portfolioLayout(portfolio), PrintOptions{}, dir / "portfolio.png");
    ASSERT_TRUE(pngs.ok());
    ASSERT_EQ(pngs->size(), 2u);
    EXPECT_EQ(pngs->at(1).filename(), "portfolio-2.png");
    EXPECT_TRUE(std::filesystem::exists(pngs->at(1)));
}

TEST(PortfolioPage, AShortPortfolioIsOnePage) {
    PortfolioPage portfolio = samplePortfolio();
    portfolio.sections.resize(2);
    auto images = renderImages(portfolioLayout(portfolio), PrintOptions{});
    ASSERT_TRUE(images.ok());
    EXPECT_EQ(images->size(), 1u);
}
