// UI strings (language fallback, {name} placeholders) and the Font Awesome icon table the UI
// draws quiz and cluster icons with: a wrong code point shows the wrong picture to a child.
#include "content/icons.hpp"
#include "content/strings.hpp"

#include "unit/content/content_fixture.hpp"

// The content's languages are en and es (strings/*.json, English first), so Spanish is the second.
constexpr pathlight::content::Lang kSpanish{1};

using namespace pathlight::content;

namespace {

Strings sampleStrings() {
    Strings strings;
    strings.addLanguage("en", {{"welcome.start", "Start"},
                               {"quiz.progress", "Question {n} of {total}"},
                               {"only.en", "English only"}});
    strings.addLanguage("es", {{"welcome.start", "Empezar"}, {"quiz.progress", "Pregunta {n} de {total}"}});
    return strings;
}

} // namespace

TEST(Strings, TheLanguageAskedThenEnglishThenTheKey) {
    const Strings strings = sampleStrings();
    EXPECT_EQ(strings.get(Lang::english(), "welcome.start"), "Start");
    EXPECT_EQ(strings.get(kSpanish, "welcome.start"), "Empezar");
    EXPECT_EQ(strings.get(kSpanish, "only.en"), "English only");
    EXPECT_EQ(strings.get(kSpanish, "no.such.key"), "no.such.key");
    EXPECT_TRUE(strings.has(Lang::english(), "only.en"));
    EXPECT_FALSE(strings.has(kSpanish, "only.en"));
}

TEST(Strings, MissingKeysStayValidWhenAnotherIsAsked) {
    const Strings strings = sampleStrings();
    const std::string& first = strings.get(Lang::english(), "missing.one");
    const std::string& second = strings.get(Lang::english(), "missing.two");
    EXPECT_EQ(first, "missing.one");
    EXPECT_EQ(second, "missing.two");
}

TEST(Strings, FormatFillsPlaceholders) {
    const Strings strings = sampleStrings();
    EXPECT_EQ(strings.format(Lang::english(), "quiz.progress", {{"n", "3"}, {"total", "36"}}), "Question 3 of 36");
    EXPECT_EQ(Text(strings, kSpanish).format("quiz.progress", {{"total", "36"}, {"n", "3"}}), "Pregunta 3 de 36");
}

TEST(Strings, FillPlaceholdersKeepsUnknownAndBrokenOnes) {
    EXPECT_EQ(fillPlaceholders("Hi {name}! {name}?", {{"name", "Ana"}}), "Hi Ana! Ana?");
    EXPECT_EQ(fillPlaceholders("Hi {nombre}", {{"name", "Ana"}}), "Hi {nombre}");
    EXPECT_EQ(fillPlaceholders("a { b {name", {{"name", "Ana"}}), "a { b {name");
    EXPECT_EQ(fillPlaceholders("{a}{b}", {{"a", "{b}"}, {"b", "x"}}), "{b}x"); // values are not re-scanned
    EXPECT_EQ(fillPlaceholders("", {}), "");
}

TEST(Strings, LanguagesAreFoundByCodeInTheOrderTheyWereAdded) {
    const Strings strings = sampleStrings();
    EXPECT_EQ(strings.code(Lang::english()), "en");
    EXPECT_EQ(strings.code(kSpanish), "es");
    EXPECT_EQ(strings.find("es"), kSpanish);
    EXPECT_FALSE(strings.find("fr").has_value());
    EXPECT_EQ(strings.languages().size(), 2u);
}

TEST(Strings, ALocalizedTextFallsBackToEnglishWhenALanguageHasNone) {
    Localized text;
    text.set(Lang::english(), "Robotics club");
    EXPECT_EQ(text.in(kSpanish), "Robotics club");
    text.set(kSpanish, "Club de robótica");
    EXPECT_EQ(text.in(kSpanish), "Club de robótica");
    EXPECT_EQ(text.in(Lang(7)), "Robotics club"); // a language the text was never given
}

TEST(RealContent, TheLanguagesAreTheStringsFilesWithEnglishFirst) {
    auto catalog = loadCatalog(PATHLIGHT_CONTENT_DIR);
    ASSERT_TRUE(catalog) << catalog.error().detail;
    ASSERT_EQ(catalog->strings.languageCount(), 2u);
    EXPECT_EQ(catalog->strings.code(Lang::english()), "en");
    EXPECT_EQ(catalog->strings.code(Lang(1)), "es");
}

TEST(Icons, KnownNamesHaveFontAwesomeCodepoints) {
    EXPECT_EQ(iconCodepoint("wrench"), 0xf0adu);
    EXPECT_EQ(iconCodepoint("heart"), 0xf004u);
    EXPECT_EQ(iconCodepoint("flask"), 0xf0c3u);
    EXPECT_EQ(iconCodepoint("paint-brush"), 0xf1fcu);
    EXPECT_EQ(iconCodepoint("users"), 0xf0c0u);
    EXPECT_EQ(iconCodepoint("briefcase"), 0xf0b1u);
    EXPECT_EQ(iconCodepoint("calculator"), 0xf1ecu);
    EXPECT_EQ(iconCodepoint("heartbeat"), 0xf21eu);
    EXPECT_FALSE(iconCodepoint("fa-wrench").has_value());
    EXPECT_FALSE(iconCodepoint("").has_value());
    EXPECT_FALSE(iconCodepoint("Wrench").has_value());
    EXPECT_GE(knownIcons().size(), 150u);
}

TEST(Icons, EveryNameIsFindableAndInTheBasicPlane) {
    for (const IconName& icon : knownIcons()) {
        EXPECT_EQ(iconCodepoint(icon.name), icon.codepoint) << icon.name;
        // Debian's ImGui has 16-bit ImWchar: code points above U+FFFF can't be drawn.
        EXPECT_GE(icon.codepoint, 0xf000u) << icon.name;
        EXPECT_LE(icon.codepoint, 0xf2ffu) << icon.name;
    }
}

// The installed Font Awesome stylesheet is the authority for name -> code point.
TEST(Icons, MatchTheInstalledFontAwesomeStylesheet) {
    const std::filesystem::path css = "/usr/share/fonts-font-awesome/css/font-awesome.css";
    if (!std::filesystem::exists(css)) {
        GTEST_SKIP() << "fonts-font-awesome is not installed";
    }
    const std::string text = pathlight::content::testing::readText(css);
    for (const IconName& icon : knownIcons()) {
        // The name appears in a selector list that ends in "{ content: "\fXXX"; }".
        const std::string selector = ".fa-" + std::string(icon.name) + ":before";
        const std::size_t at = text.find(selector + ",");
        const std::size_t at2 = text.find(selector + " {");
        const std::size_t pos = std::min(at, at2);
        ASSERT_NE(pos, std::string::npos) << icon.name << " is not in font-awesome.css";
        const std::size_t content = text.find("content: \"\\", pos);
        ASSERT_NE(content, std::string::npos);
        const unsigned cp = static_cast<unsigned>(std::stoul(text.substr(content + 11, 4), nullptr, 16));
        EXPECT_EQ(cp, icon.codepoint) << icon.name;
    }
}
