// Headless UI: "What matters to me" (the work values card sort) by mouse drag, by a finger's tap
// then tap, and by keyboard; "My strengths" rated to the end; both results on Results and Home; a
// restart in the middle of the sort resumes at the same card.
#include "ui_harness.hpp"

#include "store/self_check_repo.hpp"

#include <gtest/gtest.h>

using namespace pathlight;
using pathlight::test::TempDir;
using pathlight::test::UiHarness;

namespace {

const char* kJoinMia = R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Mia"
click "Grade 7"
click "Owl"
click "Let's go!"
expect "Hi, Mia!"
)";

constexpr int kCards = 31;

std::optional<core::SelfCheck> current(UiHarness& ui, core::SelfCheckKind kind) {
    const auto& learner = ui.services().session.learner();
    if (!learner) {
        return std::nullopt;
    }
    return ui.services().selfChecks.current(kind);
}

std::optional<core::SelfCheck> values(UiHarness& ui) {
    return current(ui, core::SelfCheckKind::Values);
}

// The id of the card on top of the deck.
std::string topCard(UiHarness& ui) {
    const auto check = values(ui);
    return check && check->position < static_cast<int>(check->items.size())
               ? check->items[static_cast<std::size_t>(check->position)].id
               : std::string();
}

// The value (index into work_values.csv) the card on top counts for.
int topValue(UiHarness& ui) {
    const auto check = values(ui);
    return check ? check->items[static_cast<std::size_t>(check->position)].group : -1;
}

// Sorts every card left with the keys: achievement and support "Very important" (1),
// relationships "Somewhat" (2), everything else "Not for me" (3).
void sortRestByValue(UiHarness& ui) {
    for (int guard = 0; guard < kCards && values(ui) && !values(ui)->finished(); ++guard) {
        const int value = topValue(ui);
        const char* key = value == 0 || value == 4 ? "key 1" : value == 3 ? "key 2" : "key 3";
        ASSERT_EQ(ui.run(key), "");
    }
}

float top(const UiHarness& ui, const std::string& text) {
    const ui::LoggedItem* item = ui.item(text);
    return item ? item->min.y : -1.0f;
}

} // namespace

TEST(CardSort, DraggingTheCardOntoAPileWithTheMousePutsItThere) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\"\nexpect \"Card 1 of 31\"\nexpect \"How much do you want this "
                     "in a job?\""),
              "");
    const std::string first = topCard(ui);
    ASSERT_EQ(ui.run("drag \"Drag me\" \"Very important\"\nexpect \"Card 2 of 31\"\nexpect \"1 card\""), "");
    const std::string second = topCard(ui);
    ASSERT_EQ(ui.run("drag \"Drag me\" \"Not for me\"\nexpect \"Card 3 of 31\""), "");
    auto check = values(ui);
    ASSERT_TRUE(check.has_value());
    EXPECT_EQ(check->answers, (std::map<std::string, int>{{first, 0}, {second, 2}}));

    // Let go somewhere that is not a pile: the card goes back on the deck.
    ASSERT_EQ(ui.run("drag \"Drag me\" \"How much do you want this in a job?\"\nexpect \"Card 3 of 31\""),
              "");
    EXPECT_EQ(values(ui)->answered(), 2);
    EXPECT_EQ(ui.screenName(), "values");
}

TEST(CardSort, TapTheCardThenTapAPileLikeAFinger) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\"\nexpect \"Drag me to a pile, or tap me.\""), "");
    const std::string first = topCard(ui);
    ASSERT_EQ(ui.run("click \"Drag me\"\nexpect \"Now tap a pile.\"\nexpect \"Card 1 of 31\""), "");
    ASSERT_EQ(ui.run("click \"Somewhat\"\nexpect \"Card 2 of 31\"\nexpect-not \"Now tap a pile.\""), "");
    EXPECT_EQ(values(ui)->answers.at(first), 1);

    // A second tap on a picked-up card puts it down again without sorting it.
    ASSERT_EQ(ui.run("click \"Drag me\"\nexpect \"Now tap a pile.\"\nclick \"Now tap a pile.\"\n"
                     "expect \"Drag me to a pile, or tap me.\"\nexpect \"Card 2 of 31\""),
              "");
    EXPECT_EQ(values(ui)->answered(), 1);
}

TEST(CardSort, KeysOneTwoThreeOrArrowsAndEnterSortAndBackspaceUndoes) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\"\nexpect \"Card 1 of 31\""), "");
    const std::string a = topCard(ui);
    ASSERT_EQ(ui.run("key 1\nexpect \"Card 2 of 31\""), "");
    const std::string b = topCard(ui);
    ASSERT_EQ(ui.run("key 3\nexpect \"Card 3 of 31\""), "");
    const std::string c = topCard(ui);
    ASSERT_EQ(ui.run("key Right\nkey Right\nkey Enter\nexpect \"Card 4 of 31\""), "");
    EXPECT_EQ(values(ui)->answers, (std::map<std::string, int>{{a, 0}, {b, 2}, {c, 1}}));

    // Backspace takes the last card back: it is on top again and out of its pile.
    ASSERT_EQ(ui.run("key Backspace\nexpect \"Card 3 of 31\""), "");
    EXPECT_EQ(topCard(ui), c);
    EXPECT_EQ(values(ui)->answers.count(c), 0u);
    // So does the Undo button.
    ASSERT_EQ(ui.run("click \"Undo\"\nexpect \"Card 2 of 31\""), "");
    EXPECT_EQ(topCard(ui), b);
    EXPECT_EQ(values(ui)->answered(), 1);
}

TEST(CardSort, TheWholeDeckEndsWithTheTopValuesInKidWords) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\""), "");
    sortRestByValue(ui);
    ASSERT_EQ(ui.run("expect \"What matters most to you\"\nexpect \"You want to use what you are good at\"\n"
                     "expect-not \"Card 1 of 31\""),
              "");
    // The three values in rank order: the two all-"Very important" values (file order), then the
    // "Somewhat" one; none of the "Not for me" ones.
    const float first = top(ui, "Doing my best work");
    const float second = top(ui, "Having a team that backs me up");
    const float third = top(ui, "Helping and getting along");
    EXPECT_GT(first, 0);
    EXPECT_LT(first, second);
    EXPECT_LT(second, third);
    EXPECT_FALSE(ui.shell().log().showsText("A safe, steady job"));

    ASSERT_EQ(
        ui.run("click \"Done\"\nexpect \"Done! What matters most to you: Doing my best work · Having a team "
               "that backs me up · Helping and getting along\"\nexpect \"See what matters to me\""),
        "");
}

TEST(CardSort, EverythingInNotForMeIsSaidKindlyAndSortAgainStartsOver) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\""), "");
    std::string keys;
    for (int i = 0; i < kCards; ++i) {
        keys += "key 3\n";
    }
    ASSERT_EQ(ui.run(keys + "expect \"You put every card in \\\"Not for me\\\". That's OK!\""), "");
    const std::string round = values(ui)->round;
    ASSERT_EQ(ui.run("click \"Sort again\"\nexpect \"Card 1 of 31\"\nexpect \"0 cards\""), "");
    EXPECT_NE(values(ui)->round, round);
}

TEST(CardSort, DraggingACardDownAPageThatScrollsDoesNotScrollIt) {
    TempDir dir;
    // A narrow window: the card sits above the piles and the page is taller than the window.
    UiHarness ui(dir.path() / "pathlight", "en", 1.0f, ImVec2(520, 565));
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Sort the cards\"\nexpect \"Card 1 of 31\""), "");
    const ui::LoggedItem* keys =
        ui.item("Keys: 1, 2, 3, or the arrows and Enter. Backspace takes a card back.");
    ASSERT_NE(keys, nullptr);
    ASSERT_FALSE(keys->visible) << "the page should be taller than the window for this test";
    const float pileTop = top(ui, "Somewhat");
    const std::string first = topCard(ui);
    // Straight down from the card to the middle pile: the way a finger scrolls a page.
    ASSERT_EQ(ui.run("drag \"Drag me\" \"Somewhat\"\nexpect \"Card 2 of 31\""), "");
    EXPECT_EQ(values(ui)->answers.at(first), 1);
    EXPECT_FLOAT_EQ(top(ui, "Somewhat"), pileTop); // the page did not move under the card
}

TEST(CardSort, SpanishCardsAreDraggedOntoSpanishPiles) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight", "es");
    ASSERT_EQ(ui.run(R"(
click "Empezar"
click "Es mi primera vez"
click "Tu nombre o un apodo"
type "Mia"
click "Grado 7"
click "Búho"
click "¡Vamos!"
click "Ordenar las tarjetas"
expect "Tarjeta 1 de 31"
drag "Arrástrame" "Muy importante"
expect "Tarjeta 2 de 31"
expect "1 tarjeta"
)"),
              "");
}

TEST(CardSort, AfterARestartTheSortResumesAtTheSameCard) {
    TempDir dir;
    std::string sixth;
    std::map<std::string, int> sorted;
    {
        UiHarness ui(dir.path() / "pathlight");
        ASSERT_EQ(ui.run(kJoinMia), "");
        ASSERT_EQ(
            ui.run("click \"Sort the cards\"\nkey 1\nkey 1\nkey 2\nkey 3\nkey 3\nexpect \"Card 6 of 31\""),
            "");
        sixth = topCard(ui);
        sorted = values(ui)->answers;
        ASSERT_EQ(ui.run("click \"Stop for now\"\nexpect \"Keep going (card 6 of 31)\""), "");
    } // the app quits
    UiHarness again(dir.path() / "pathlight");
    ASSERT_EQ(
        again.run(
            "click \"Start\"\nclick \"Mia\"\nclick \"Keep going (card 6 of 31)\"\nexpect \"Card 6 of 31\"\n"
            "expect \"2 cards\"\nexpect \"1 card\""),
        "");
    EXPECT_EQ(topCard(again), sixth);
    EXPECT_EQ(values(again)->answers, sorted);
}

TEST(Strengths, RatingEverySkillShowsStrengthsAndGrowing) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("click \"Start the check\"\nexpect \"Skill 1 of 8\"\nexpect \"Communication\"\n"
                     "expect \"When I explain something, people understand what I mean.\"\n"
                     "expect \"At work: A 911 dispatcher\""),
              "");
    // Back keeps the rating.
    ASSERT_EQ(
        ui.run(
            "click \"I'm great at this\"\nexpect \"Skill 2 of 8\"\nclick \"Back\"\nexpect \"Skill 1 of 8\""),
        "");
    EXPECT_EQ(current(ui, core::SelfCheckKind::Strengths)->answers.at("communication"), 4);
    // communication 4, teamwork 3, problem solving 1, creativity 4, change 2, leadership 1,
    // always learning 3 (by key), tech 2
    ASSERT_EQ(ui.run(R"(
click "I'm great at this"
click "I'm good at this"
click "I'm still learning this"
click "I'm great at this"
click "I'm getting there"
click "I'm still learning this"
key 3
expect "Skill 8 of 8"
click "I'm getting there"
expect "Your strengths"
expect "Growing"
)"),
              "");
    const core::AboutMe me = ui.services().selfChecks.aboutMe();
    EXPECT_EQ(me.strongSkills,
              (std::vector<std::string>{"communication", "creativity", "collaboration", "learners-mindset"}));
    EXPECT_EQ(me.growingSkills,
              (std::vector<std::string>{"problem-solving", "leadership", "adaptability", "digital-skills"}));
    ASSERT_EQ(ui.run("click \"Done\"\nexpect \"Done! Your strengths: Communication · Creativity · Teamwork · "
                     "Always learning\""),
              "");
}

TEST(AboutMe, ResultsShowTopValuesAndStrengthsAndOpenWhatIsNotDone) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinMia), "");
    ASSERT_EQ(ui.run("expect \"Finish the quiz to see your results.\""), ""); // nothing done: Results is off
    ASSERT_EQ(ui.run("click \"Sort the cards\""), "");
    sortRestByValue(ui);
    ASSERT_EQ(ui.run("click \"Done\"\nclick \"See my results\"\nexpect \"What matters to me\"\n"
                     "expect \"Doing my best work\"\nexpect \"Helping and getting along\"\n"
                     "expect \"Finish the quiz to see your results.\""),
              "");
    EXPECT_EQ(ui.screenName(), "results");
    // Strengths not done yet: Results offers it, and coming back shows what was found.
    ASSERT_EQ(ui.run("click \"Check my strengths\"\nexpect \"Skill 1 of 8\""), "");
    std::string keys;
    for (int rating : {4, 3, 1, 4, 2, 1, 3, 2}) {
        keys += "key " + std::to_string(rating) + "\n";
    }
    ASSERT_EQ(ui.run(keys +
                     "expect \"Your strengths\"\nclick \"Done\"\nexpect \"My results\"\n"
                     "expect \"Strong: Communication · Creativity · Teamwork · Always learning\"\n"
                     "expect \"Growing: Problem solving · Leadership · Handling change · Tech skills\"\n"
                     "expect \"Doing my best work\""),
              "");
    EXPECT_EQ(ui.screenName(), "results");
}
