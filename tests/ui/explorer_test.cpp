// Headless UI: the careers explorer as a student uses it — search as you type in English and
// Spanish (with typos), filters that combine, a card that opens from the list, and a saved career
// that is still saved after the app restarts.
#include "ui_harness.hpp"

#include "content/career_explorer.hpp"

#include <gmock/gmock.h>

using namespace pathlight;
using pathlight::test::TempDir;
using pathlight::test::UiHarness;
using ::testing::HasSubstr;

namespace {

const char* kJoinAna = R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Ana"
click "Grade 7"
click "Owl"
click "Let's go!"
expect "Hi, Ana!"
click "Explore careers"
expect "923 of 923 careers"
)";

const char* kJoinAnaEs = R"(
click "Empezar"
click "Es mi primera vez"
click "Tu nombre o un apodo"
type "Ana"
click "Grado 7"
click "Búho"
click "¡Vamos!"
click "Explorar trabajos"
expect "923 de 923 trabajos"
)";

// The career titles listed right now (on screen or scrolled away), in order.
std::vector<std::string> listed(UiHarness& ui) {
    std::vector<std::string> titles;
    const auto& occupations = ui.catalog().occupations;
    for (const auto& item : ui.shell().log().items()) {
        if (!item.clickable) {
            continue;
        }
        for (const auto& occ : occupations) {
            if (std::find(occ.title.byLang.begin(), occ.title.byLang.end(), item.text) != occ.title.byLang.end()) {
                titles.push_back(item.text);
                break;
            }
        }
    }
    return titles;
}

bool lists(UiHarness& ui, const std::string& title) {
    const auto titles = listed(ui);
    return std::find(titles.begin(), titles.end(), title) != titles.end();
}

} // namespace

TEST(Explorer, SearchFindsNursesFromAPrefixOrATypoAsYouType) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinAna), "");
    ASSERT_EQ(ui.run("click \"Search for a job\"\ntype \"nurs\""), "");
    EXPECT_TRUE(lists(ui, "Registered Nurses")) << ui.shell().log().dump();
    EXPECT_FALSE(lists(ui, "Software Developers"));
    // Fix the word and type it again with a typo.
    ASSERT_EQ(ui.run("key Backspace\nkey Backspace\nkey Backspace\nkey Backspace\ntype \"nures\""), "");
    EXPECT_TRUE(lists(ui, "Registered Nurses")) << ui.shell().log().dump();
    EXPECT_EQ(ui.run("expect-not \"923 of 923 careers\""), "");
}

TEST(Explorer, SpanishSearchFindsTheNurseFromEnfermera) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight", "es");
    ASSERT_EQ(ui.run(kJoinAnaEs), "");
    ASSERT_EQ(ui.run("click \"Busca un trabajo\"\ntype \"enfermera\""), "");
    EXPECT_TRUE(lists(ui, "Enfermero/a titulado/a"));
    EXPECT_FALSE(lists(ui, "Registered Nurses")); // titles show in Spanish
    ASSERT_EQ(ui.run("click \"Enfermero/a titulado/a\"\nexpect \"Un día en este trabajo\""), "");
    EXPECT_EQ(ui.screenName(), "career_card");
}

TEST(Explorer, FiltersCombine) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinAna), "");
    ASSERT_EQ(ui.run("click \"Filters\"\nclick \"Healthcare & Human Services\""), "");
    const std::size_t health = listed(ui).size();
    ASSERT_EQ(ui.run("click \"4-year college\""), "");
    const std::size_t healthCollege = listed(ui).size();
    ASSERT_EQ(ui.run("click \"$80,000 to $100,000\""), "");
    const std::vector<std::string> all3 = listed(ui);
    EXPECT_GT(health, healthCollege);
    EXPECT_GT(healthCollege, all3.size());
    ASSERT_FALSE(all3.empty());
    const auto& catalog = ui.catalog();
    const int cluster = static_cast<int>(*catalog.findCluster("healthcare-human-services"));
    for (const std::string& title : all3) {
        const auto it = std::find_if(catalog.occupations.begin(), catalog.occupations.end(),
                                     [&](const content::Occupation& occ) { return occ.title.english() == title; });
        ASSERT_NE(it, catalog.occupations.end());
        EXPECT_NE(std::find(it->clusters.begin(), it->clusters.end(), cluster), it->clusters.end()) << title;
        EXPECT_EQ(it->jobZone, 4) << title;
        const double pay = content::CareerExplorer::yearlyPay(*it).value_or(0);
        EXPECT_TRUE(pay >= 80000 && pay < 100000) << title << " " << pay;
    }
    ASSERT_EQ(ui.run("click \"Hide filters\"\nexpect \"Filters (3)\""), "");
    // Clearing brings every career back.
    ASSERT_EQ(ui.run("click \"Clear filters\"\nexpect \"923 of 923 careers\""), "");
}

TEST(Explorer, ASavedCareerIsStillSavedAfterARestart) {
    TempDir dir;
    {
        UiHarness ui(dir.path() / "pathlight");
        ASSERT_EQ(ui.run(kJoinAna), "");
        ASSERT_EQ(ui.run("click \"Save Registered Nurses\"\nexpect \"Saved!\""), "");
        ASSERT_EQ(ui.run("expect \"Take Registered Nurses off my saved list\""), "");
    }
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run("click \"Start\"\nclick \"Ana\"\nexpect \"Hi, Ana!\"\nexpect \"You saved 1 so far\""), "");
    ASSERT_EQ(ui.run("click \"Explore careers\"\nclick \"Filters\"\nclick \"Only my saved careers\""), "");
    EXPECT_EQ(listed(ui), std::vector<std::string>{"Registered Nurses"});
    ASSERT_EQ(ui.run("expect \"1 of 923 careers\""), "");
    // The card knows too, and taking the heart off there empties the list.
    ASSERT_EQ(ui.run("click \"Registered Nurses\"\nexpect \"Saved\"\nclick \"Saved\"\nexpect \"Save this job\"\nclick \"Back\""),
              "");
    EXPECT_TRUE(listed(ui).empty());
    EXPECT_EQ(ui.run("expect \"0 of 923 careers\""), "");
}

TEST(Explorer, ACardShowsSchoolPayAndGrowthInPlainWords) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinAna), "");
    ASSERT_EQ(ui.run("click \"Search for a job\"\ntype \"oral surgeon\"\nclick \"Oral and Maxillofacial Surgeons\""), "");
    EXPECT_EQ(ui.run("expect \"more than $239,200 a year\"\nexpect \"A 4-year college degree and 3 or more years\"\n"
                     "expect \"All jobs: +3.1%.\"\nexpect \"Careers like this one\""),
              "");
}
