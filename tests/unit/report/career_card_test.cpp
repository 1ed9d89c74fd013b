// The printable career card: its QR text, and the PDF and PNG a family holds, checked from the
// outside with Debian's own readers (zbarimg, pdftoppm, pdfinfo).
#include "report/career_card.hpp"

#include "report_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

TEST(CardPayload, IsTheCompactSummaryWithNoPersonalDataBeyondTheNickname) {
    const CareerCard card = englishCard();
    const std::string payload = cardQrPayload(card);
    EXPECT_EQ(payload,
              "Pathlight \u00B7 Sam \u00B7 Code SE (Helper, Persuader) \u00B7 Clusters: Healthcare & Human "
              "Services, Education, Marketing & Sales \u00B7 Careers: 29-1141.00 Registered Nurses; "
              "21-1012.00 Educational, Guidance, and Career Counselors and Advisors; 11-2021.00 Marketing "
              "Managers");
    EXPECT_LE(payload.size(), kCardPayloadLimit);
    EXPECT_EQ(payload.find("animal shelter"), std::string::npos) << "the goal never leaves the card";
    EXPECT_EQ(payload.find("2026"), std::string::npos) << "nor the date";
}

TEST(CardPayload, CareerTitlesThatDoNotFitAreLeftOutButTheirCodesStay) {
    CareerCard card = englishCard();
    const std::string longTitle(120, 'x');
    card.careers = {{"29-1141.00", longTitle}, {"21-1012.00", longTitle}, {"11-2021.00", longTitle}};
    const std::string payload = cardQrPayload(card);
    EXPECT_LE(payload.size(), kCardPayloadLimit);
    EXPECT_NE(payload.find("Careers: 29-1141.00 " + longTitle), std::string::npos) << payload;
    EXPECT_NE(payload.find("; 21-1012.00; 11-2021.00"), std::string::npos) << payload;
}

// Any mix of long names keeps the payload under the limit, valid, and honest: every one of the
// three careers is either listed by its code or counted in "+N more".
TEST(CardPayload, StaysUnderTheLimitAndAccountsForEveryCareerWhateverTheLengths) {
    std::mt19937 random(12);
    const auto text = [&](std::size_t maxLength) {
        const std::vector<std::string> pieces = {"a", "ñ", "é", " ", "Z", "·", "x"};
        std::string out;
        const std::size_t n = random() % (maxLength + 1);
        for (std::size_t i = 0; i < n; ++i) {
            out += pieces[random() % pieces.size()];
        }
        return out;
    };
    for (int round = 0; round < 200; ++round) {
        CareerCard card = spanishCard();
        card.nickname = text(80);
        card.codeWords = {text(40), text(40), text(40)};
        card.topClusters = {text(90), text(90), text(90)};
        card.careers = {{"29-1141.00", text(150)}, {"21-1012.00", text(150)}, {"11-2021.00", text(150)}};
        const std::string payload = cardQrPayload(card);
        ASSERT_LE(payload.size(), kCardPayloadLimit);
        ASSERT_EQ(payload.rfind("Pathlight", 0), 0u);
        ASSERT_TRUE(encodeQr(payload).ok());
        int listed = 0;
        for (const SavedCareer& career : card.careers) {
            listed += payload.find(career.code) != std::string::npos ? 1 : 0;
        }
        if (listed < 3) {
            EXPECT_NE(payload.find("+" + std::to_string(3 - listed) + " más"), std::string::npos) << payload;
        }
    }
}

// Career codes come before clusters and titles; when even codes run out of room, the rest are
// counted rather than silently lost.
TEST(CardPayload, CareersThatCannotFitAreCountedNotLost) {
    CareerCard card = englishCard();
    card.nickname = std::string(60, 'n');                          // cut to 40 bytes
    card.codeWords = {std::string(50, 'w'), std::string(50, 'v')}; // the code part is cut to 80 bytes
    card.labels.payloadCareers = std::string(130, 'L');            // a translation far longer than usual
    const std::string payload = cardQrPayload(card);
    EXPECT_LE(payload.size(), kCardPayloadLimit);
    EXPECT_NE(payload.find(std::string(130, 'L') + ": 29-1141.00; +2 more"), std::string::npos) << payload;
    EXPECT_EQ(payload.find("Clusters"), std::string::npos) << "clusters give way to career codes";
}

TEST(CardPayload, NeverCutsAnAccentedLetterInHalf) {
    CareerCard card = spanishCard();
    card.nickname = std::string(39, 'a') + "ñandú"; // the 40-byte cut falls inside "ñ"
    const std::string payload = cardQrPayload(card);
    EXPECT_NE(payload.find(std::string(39, 'a') + " \u00B7"), std::string::npos) << payload;
}

TEST(CardPayload, BeforeTheQuizThereIsNoCodePart) {
    CareerCard card = englishCard();
    card.code.clear();
    card.codeWords.clear();
    card.topClusters.clear();
    card.careers.clear();
    EXPECT_EQ(cardQrPayload(card), "Pathlight \u00B7 Sam");
}

TEST(QrCode, UsesByteModeAtLevelMAndTheSmallestVersion) {
    auto small = encodeQr("Pathlight");
    ASSERT_TRUE(small.ok());
    EXPECT_EQ(small->version, 1);
    EXPECT_EQ(small->size, 21);
    auto full = encodeQr(std::string(kCardPayloadLimit, 'a'));
    ASSERT_TRUE(full.ok());
    EXPECT_LE(full->version, 13); // 331 bytes fit version 13 at level M
    auto tooLong = encodeQr(std::string(3000, 'a'));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, "report.qr_too_long");
}

TEST(QrCode, AStandaloneImageDecodesWithItsQuietZone) {
    ScratchDir dir;
    const std::string text = "Pathlight \u00B7 Begoña \u00B7 Código SE";
    auto qr = encodeQr(text);
    ASSERT_TRUE(qr.ok());
    const RasterImage image = rasterizeQr(qr.value(), 6);
    EXPECT_EQ(image.width, (qr->size + 2 * kQrQuietZone) * 6);
    ASSERT_TRUE(writePng(image, dir / "qr.png").ok());
    EXPECT_EQ(decodeQr(dir / "qr.png"), text);
}

class CardOutput : public ::testing::TestWithParam<std::tuple<bool, PaperSize>> {};

TEST_P(CardOutput, PngHasThePageSizeAndItsQrReadsBackExactly) {
    const auto [spanish, paper] = GetParam();
    const CareerCard card = spanish ? spanishCard() : englishCard();
    ScratchDir dir;
    PrintOptions options;
    options.paper = paper;
    auto written = savePng(careerCardLayout(card), options, dir / "card.png");
    ASSERT_TRUE(written.ok()) << written.error().detail;
    ASSERT_EQ(written->size(), 1u) << "the card is one page";
    // 150 dpi: Letter 8.5 x 11 in = 1275 x 1650 px; A4 210 x 297 mm = 1240 x 1754 px.
    const auto [width, height] = pngSize(dir / "card.png");
    EXPECT_EQ(width, paper == PaperSize::Letter ? 1275u : 1240u);
    EXPECT_EQ(height, paper == PaperSize::Letter ? 1650u : 1754u);
    EXPECT_EQ(decodeQr(dir / "card.png"), cardQrPayload(card));
}

TEST_P(CardOutput, PdfIsValidHasThePaperSizeAndItsQrReadsBackExactly) {
    const auto [spanish, paper] = GetParam();
    const CareerCard card = spanish ? spanishCard() : englishCard();
    ScratchDir dir;
    PrintOptions options;
    options.paper = paper;
    ASSERT_TRUE(savePdf(careerCardLayout(card), options, dir / "card.pdf").ok());
    EXPECT_EQ(readFile(dir / "card.pdf").substr(0, 5), "%PDF-");
    const CommandResult info = runCommand("pdfinfo " + quoted(dir / "card.pdf"));
    ASSERT_EQ(info.exitCode, 0);
    EXPECT_NE(info.output.find("Pages:           1"), std::string::npos) << info.output;
    EXPECT_NE(info.output.find(paper == PaperSize::Letter ? "612 x 792 pts (letter)" : "(A4)"),
              std::string::npos)
        << info.output;
    ASSERT_EQ(
        runCommand("pdftoppm -r 150 -png " + quoted(dir / "card.pdf") + " " + quoted(dir / "page")).exitCode,
        0);
    EXPECT_EQ(decodeQr(dir / "page-1.png"), cardQrPayload(card));
    // The text layer carries the accents, so a screen reader or a search finds them.
    const CommandResult text = runCommand("pdftotext " + quoted(dir / "card.pdf") + " -");
    EXPECT_NE(text.output.find(card.nickname), std::string::npos) << text.output;
    EXPECT_NE(text.output.find(card.labels.goalHeading), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(EnglishAndSpanish, CardOutput,
                         ::testing::Combine(::testing::Bool(),
                                            ::testing::Values(PaperSize::Letter, PaperSize::A4)),
                         [](const auto& p) {
                             return std::string(std::get<0>(p.param) ? "Spanish" : "English") +
                                    (std::get<1>(p.param) == PaperSize::Letter ? "Letter" : "A4");
                         });

TEST(CardOutput, AMissingFontIsAPlainError) {
    PrintOptions options;
    options.fonts = FontFiles{"/nonexistent/font.ttf", ""};
    auto pdf = renderPdf(careerCardLayout(englishCard()), options);
    ASSERT_FALSE(pdf.ok());
    EXPECT_EQ(pdf.error().code, "report.font_missing");
    EXPECT_NE(pdf.error().detail.find("/nonexistent/font.ttf"), std::string::npos);
}

TEST(CardOutput, EmptyAndCrowdedCardsStayOnOnePageAndStillScan) {
    CareerCard empty = spanishCard();
    empty.code.clear();
    empty.codeWords.clear();
    empty.topClusters.clear();
    empty.careers.clear();
    empty.goal.clear();
    CareerCard crowded = spanishCard();
    crowded.nickname = "Maximiliana Guadalupe de los Ángeles Fernández-Ñúñez";
    crowded.code = "SEA";
    crowded.codeWords = {"Ayudante", "Persuasor", "Creador"};
    crowded.careers[1].title =
        "Consejeros/as educativos, de orientación vocacional y de carreras profesionales";
    crowded.goal = std::string(40, 'x') + " " + crowded.goal + " " + crowded.goal + " " + crowded.goal;
    ScratchDir dir;
    for (const CareerCard* card : {&empty, &crowded}) {
        auto written = savePng(careerCardLayout(*card), PrintOptions{}, dir / "card.png");
        ASSERT_TRUE(written.ok());
        EXPECT_EQ(written->size(), 1u);
        EXPECT_EQ(decodeQr(dir / "card.png"), cardQrPayload(*card));
    }
    EXPECT_EQ(cardQrPayload(empty), "Pathlight \u00B7 Ñandú Begoña");
}
