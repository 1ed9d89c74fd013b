// The shared layout helpers: lines never run past their width, no word is lost or split when it
// fits, long words and names are cut cleanly, and text always measures the same in both outputs.
#include "report/page_layout.hpp"
#include "report/utf8.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace pathlight::report;

namespace {

const FontSet& fonts() {
    static const FontSet set = FontSet::load(defaultFontFiles()).value();
    return set;
}

std::string joinedWithoutSpaces(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) {
        for (const char c : line) {
            if (c != ' ') {
                out += c;
            }
        }
    }
    return out;
}

} // namespace

TEST(WrapText, NoLineIsWiderThanAskedAndNoLetterIsLost) {
    std::mt19937 random(7);
    const std::vector<std::string> words = {
        "la", "niña", "educación", "Pathlight", "a", "supercalifragilistic", "ñandú", "W", "—", "counselor"};
    const TextStyle style{12, false, colors::kInk};
    for (int round = 0; round < 200; ++round) {
        std::string text;
        const int count = static_cast<int>(random() % 30);
        for (int i = 0; i < count; ++i) {
            text += (i > 0 ? " " : "") + words[random() % words.size()];
        }
        const double width = 20.0 + static_cast<double>(random() % 300);
        const std::vector<std::string> lines = wrapText(fonts(), text, style, width);
        ASSERT_FALSE(lines.empty());
        for (const std::string& line : lines) {
            EXPECT_LE(fonts().measure(line, style.size), width + 1e-6) << "'" << line << "' in " << width;
            // Every line is whole UTF-8: a cut never falls inside "ñ".
            EXPECT_EQ(decodeUtf8(line).size(), decodeUtf8(std::string(utf8Prefix(line, line.size()))).size());
        }
        EXPECT_EQ(joinedWithoutSpaces(lines), joinedWithoutSpaces({text})) << text;
    }
}

TEST(WrapText, KeepsWordsWholeWhenTheyFitAndHonoursLineBreaks) {
    const TextStyle style{12, false, colors::kInk};
    const double width = fonts().measure("What is your job?", 12) + 1;
    EXPECT_EQ(wrapText(fonts(), "What is your job? What do you do?", style, width),
              (std::vector<std::string>{"What is your job?", "What do you do?"}));
    EXPECT_EQ(wrapText(fonts(), "one\ntwo", style, 500), (std::vector<std::string>{"one", "two"}));
}

TEST(Ellipsize, ShortensWithAnEllipsisOnlyWhenNeeded) {
    const TextStyle style{14, true, colors::kInk};
    EXPECT_EQ(ellipsize(fonts(), "Nurse", style, 200), "Nurse");
    const std::string cut =
        ellipsize(fonts(), "Educational, Guidance, and Career Counselors and Advisors", style, 150);
    EXPECT_LE(fonts().measure(cut, 14, true), 150);
    EXPECT_EQ(cut.substr(cut.size() - 3), "\u2026");
    EXPECT_EQ(cut.rfind("Educational", 0), 0u);
}

TEST(Utf8, BadBytesBecomeReplacementCharactersAndPrefixesStayWhole) {
    EXPECT_EQ(decodeUtf8("a\xC3\xB1"), (std::vector<char32_t>{U'a', U'\u00F1'}));
    EXPECT_EQ(decodeUtf8("\xFF"
                         "a"),
              (std::vector<char32_t>{U'\uFFFD', U'a'}));
    EXPECT_EQ(decodeUtf8("\xC3"), (std::vector<char32_t>{U'\uFFFD'})); // cut short
    EXPECT_EQ(decodeUtf8("\xE0\x80\x80"),
              (std::vector<char32_t>{U'\uFFFD', U'\uFFFD', U'\uFFFD'})); // overlong
    EXPECT_EQ(utf8Prefix("añb", 2), "a");
    EXPECT_EQ(utf8Prefix("añb", 3), "añ");
    EXPECT_EQ(fillTemplate("Page {page} of {pages}", "page", "2"), "Page 2 of {pages}");
}
