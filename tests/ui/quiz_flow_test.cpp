// Headless UI: what a student does with the foundation slice — join, take the whole quiz, see the
// code; stop and resume; guests leave nothing behind; PINs protect a player.
#include "ui_harness.hpp"

#include "core/riasec.hpp"
#include "store/quiz_repo.hpp"

#include <gtest/gtest.h>

using namespace pathlight;
using pathlight::test::TempDir;
using pathlight::test::UiHarness;

namespace {

const char* kJoinSam = R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Sam"
click "Grade 6"
click "Fox"
click "Let's go!"
expect "Hi, Sam!"
)";

const char* kFaces[5] = {"Not for me", "Not really", "Not sure", "I like it", "Love it!"};

// Answers the item on screen with the face chosen for its area.
void answerCurrent(UiHarness& ui, const std::array<int, 6>& byArea) {
    const auto& learner = ui.services().session.learner();
    ASSERT_TRUE(learner.has_value());
    auto attempt = ui.services().quiz.unfinished();
    ASSERT_TRUE(attempt.has_value());
    const auto& item = ui.catalog().interestItems.at(static_cast<std::size_t>(attempt->position));
    const int face = byArea[core::index(item.area)];
    ASSERT_EQ(ui.run(std::string("click \"") + kFaces[face] + "\""), "");
}

} // namespace

TEST(QuizFlow, NewLearnerAnswersEveryItemAndSeesTheirCode) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinSam), "");
    ASSERT_EQ(ui.run("click \"Start the quiz\"\nexpect \"Question 1 of 36\""), "");
    const std::array<int, 6> byArea{0, 3, 2, 4, 1, 0}; // Helper, then Thinker, then Creator
    for (int i = 0; i < 36; ++i) {
        answerCurrent(ui, byArea);
    }
    EXPECT_EQ(ui.screenName(), "results");
    EXPECT_EQ(ui.run("expect \"Your code: SIA\"\nexpect \"Helper · Thinker · Creator\"\nexpect \"Jobs that fit you\""), "");
    // Ten careers, each with a reason.
    std::size_t reasons = 0;
    for (const auto& item : ui.shell().log().items()) {
        const bool reason = item.text.find(" do both.") != std::string::npos ||
                            item.text.find(" do a lot of that.") != std::string::npos ||
                            item.text.find(" match your mix of likes.") != std::string::npos;
        reasons += reason ? 1 : 0;
    }
    EXPECT_EQ(reasons, 10u);
}

TEST(QuizFlow, FlatAnswersSayNoStrongPatternInsteadOfRandomCareers) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinSam), "");
    ASSERT_EQ(ui.run("click \"Start the quiz\""), "");
    for (int i = 0; i < 36; ++i) {
        answerCurrent(ui, {2, 2, 2, 2, 2, 2});
    }
    EXPECT_EQ(ui.run("expect \"No strong pattern yet\"\nexpect-not \"Jobs that fit you\""), "");
}

TEST(QuizFlow, StoppingAndComingBackResumesAtTheSameItem) {
    TempDir dir;
    {
        UiHarness ui(dir.path() / "pathlight");
        ASSERT_EQ(ui.run(kJoinSam), "");
        ASSERT_EQ(ui.run("click \"Start the quiz\""), "");
        for (int i = 0; i < 7; ++i) {
            answerCurrent(ui, {4, 0, 0, 0, 0, 0});
        }
        ASSERT_EQ(ui.run("expect \"Question 8 of 36\"\nclick \"Stop for now\"\nexpect \"Keep going (question 8 of 36)\""),
                  "");
    }
    UiHarness again(dir.path() / "pathlight"); // a restart
    EXPECT_EQ(again.run("click \"Start\"\nclick \"Sam\"\nclick \"Keep going\"\nexpect \"Question 8 of 36\""), "");
}

TEST(QuizFlow, BackShowsThePreviousItemAndKeepsItsAnswer) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinSam), "");
    ASSERT_EQ(ui.run("click \"Start the quiz\"\nclick \"Love it!\"\nclick \"Not sure\"\nexpect \"Question 3 of 36\""), "");
    ASSERT_EQ(ui.run("click \"Back\"\nexpect \"Question 2 of 36\""), "");
    const auto attempt = ui.services().quiz.unfinished();
    ASSERT_TRUE(attempt.has_value());
    EXPECT_EQ(attempt->answers.size(), 2u);
    EXPECT_EQ(attempt->position, 1);
}

TEST(QuizFlow, KeyboardDigitsAnswerToo) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinSam), "");
    ASSERT_EQ(ui.run("click \"Start the quiz\"\nkey 5\nkey 1\nexpect \"Question 3 of 36\""), "");
}

TEST(SignIn, GuestLeavesNothingBehindAfterSignOut) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run("click \"Start\"\nclick \"Just visiting\"\nexpect \"Nothing is kept\"\nclick \"Start the quiz\"\n"
                     "click \"Love it!\"\nclick \"Stop for now\""),
              "");
    const std::string guestId = ui.services().session.learnerId();
    ASSERT_EQ(ui.run("click \"Sign out\"\nexpect \"Start\""), "");
    EXPECT_FALSE(ui.services().learners.find(guestId).has_value());
    auto db = ui.openDatabase();
    ASSERT_TRUE(db);
    EXPECT_FALSE(store::QuizRepo(*db).unfinishedAttempt(guestId, "interest").has_value());
    EXPECT_TRUE(ui.services().learners.list().empty());
}

TEST(SignIn, APinKeepsOthersOut) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Ana"
click "Grade 8"
click "Owl"
click "Secret PIN"
type "2468"
click "Let's go!"
expect "Hi, Ana!"
click "Sign out"
click "Start"
click "Ana"
expect "Type your 4 secret numbers."
click "1"
click "1"
click "1"
click "1"
expect "That PIN is not right"
expect-not "Hi, Ana!"
click "2"
click "4"
click "6"
click "8"
expect "Hi, Ana!"
)"),
              "");
}

TEST(SignIn, NewLearnerMustPickAGrade) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    EXPECT_EQ(ui.run("click \"Start\"\nclick \"I'm new\"\nclick \"Your first name or a nickname\"\ntype \"Lee\"\n"
                     "click \"Let's go!\"\nexpect \"Pick your grade.\""),
              "");
    EXPECT_TRUE(ui.services().learners.list().empty());
}

TEST(Results, SchoolFilterKeepsOnlyCareersWithThatMuchSchool) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight");
    ASSERT_EQ(ui.run(kJoinSam), "");
    ASSERT_EQ(ui.run("click \"Start the quiz\""), "");
    for (int i = 0; i < 36; ++i) {
        answerCurrent(ui, {4, 3, 0, 1, 0, 2});
    }
    ASSERT_EQ(ui.run("expect \"Jobs that fit you\""), "");
    ASSERT_EQ(ui.run("click \"High school is enough\"\nwait 50"), "");
    EXPECT_EQ(ui.run("expect \"School: \"\nexpect-not \"School: 4-year college\"\nexpect-not \"School: More than 4 years\"\n"
                     "expect-not \"School: Training or 2-year college\""),
              "");
}

TEST(Language, SpanishShowsSpanishScreens) {
    TempDir dir;
    UiHarness ui(dir.path() / "pathlight", "es");
    EXPECT_EQ(ui.run("expect \"Empezar\"\nclick \"Empezar\"\nexpect \"¿Quién eres?\"\nclick \"Es mi primera vez\"\n"
                     "expect \"Crea tu jugador\""),
              "");
}

TEST(Language, TheSwitchOnWelcomeIsForThisVisitOnly) {
    TempDir dir;
    {
        UiHarness ui(dir.path() / "pathlight");
        ASSERT_EQ(ui.run("click \"Español\"\nexpect \"Empezar\""), "");
    }
    UiHarness again(dir.path() / "pathlight"); // the next person starts in the device's language
    EXPECT_EQ(again.run("expect \"Start\"\nexpect-not \"Empezar\""), "");
}
