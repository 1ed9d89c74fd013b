// The app layer's promises, tried as a kid and a grown-up would (issue 8): a PIN pad's rest can't be
// skipped by Back, another screen or a restart; a learner's language travels in their portfolio and
// the next child starts in the device's default; Settings, PIN resets and removing a learner are
// behind the grown-up gate in the app itself, not only in a screen; the file browser never climbs
// above the place it opened.
#include "ui_harness.hpp"

#include "store/lockout_repo.hpp"

#include <gtest/gtest.h>

#include <fstream>

using namespace pathlight;
using pathlight::test::HarnessOptions;
using pathlight::test::ManualClock;
using pathlight::test::TempDir;
using pathlight::test::UiHarness;

namespace {

const char* kJoinAnaWithPin = R"(
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
)";

std::string wrongTries(int n) {
    std::string script;
    for (int i = 0; i < n; ++i) {
        script += "click \"1\"\nclick \"1\"\nclick \"1\"\nclick \"1\"\n";
    }
    return script;
}

HarnessOptions withClock(const ManualClock& clock) {
    HarnessOptions options;
    options.lang = "en";
    options.clock = clock.fn();
    return options;
}

} // namespace

TEST(Lockout, TheRestSurvivesBackAnotherPadAndARestart) {
    TempDir dir;
    ManualClock clock;
    {
        UiHarness ui(dir.path() / "kiosk", withClock(clock));
        ASSERT_EQ(ui.run(kJoinAnaWithPin), "");
        ASSERT_EQ(ui.run("click \"Start\"\nclick \"Ana\"\n" + wrongTries(5) + "expect \"Too many tries\""), "");
        // Back, then the same picture again: the pad is still resting, with no keys to guess on.
        ASSERT_EQ(ui.run("click \"Back\"\nclick \"Ana\"\nexpect \"Too many tries\"\nexpect-not \"Clear\""), "");
    }
    UiHarness again(dir.path() / "kiosk", withClock(clock)); // a restart
    EXPECT_EQ(again.run("click \"Start\"\nclick \"Ana\"\nexpect \"Too many tries\"\nexpect-not \"Clear\""), "");
    clock.advanceMs(31'000);
    EXPECT_EQ(again.run("expect \"Clear\"\nclick \"2\"\nclick \"4\"\nclick \"6\"\nclick \"8\"\nexpect \"Hi, Ana!\""), "");
}

TEST(Lockout, TheRestGrowsAfterEachFurtherWrongTry) {
    TempDir dir;
    ManualClock clock;
    UiHarness ui(dir.path() / "kiosk", withClock(clock));
    ASSERT_EQ(ui.run(kJoinAnaWithPin), "");
    const std::string ana = ui.services().learners.list().at(0).id;
    app::Session& session = ui.services().session;
    std::int64_t lastRest = 0;
    for (int wrong = 1; wrong <= 8; ++wrong) {
        clock.advanceMs(session.pinRestMs(ana)); // wait out any rest, then guess wrong again
        const app::SecretTry tried = session.checkPin(ana, "0000");
        EXPECT_FALSE(tried.right());
        const std::int64_t rest = session.pinRestMs(ana);
        if (wrong < 5) {
            EXPECT_EQ(rest, 0) << "wrong try " << wrong;
        } else {
            EXPECT_GT(rest, lastRest) << "wrong try " << wrong;
        }
        lastRest = rest;
    }
}

TEST(Lockout, NoSignInWithoutTheRightPinWhateverTheScreen) {
    TempDir dir;
    UiHarness ui(dir.path() / "kiosk");
    ASSERT_EQ(ui.run(kJoinAnaWithPin), "");
    const std::string ana = ui.services().learners.list().at(0).id;
    auto refused = ui.services().session.signIn(ana);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, app::kErrPinFirst);
    EXPECT_FALSE(ui.services().session.signedIn());
    EXPECT_FALSE(ui.services().session.checkPin(ana, "1357").right());
    EXPECT_FALSE(ui.services().session.signIn(ana).ok()); // a wrong PIN proves nothing
    EXPECT_TRUE(ui.services().session.checkPin(ana, "2468").right());
    EXPECT_TRUE(ui.services().session.signIn(ana).ok());
}

TEST(Language, ALearnersLanguageTravelsInTheirPortfolioAndTheNextChildStartsInTheDefault) {
    TempDir dir;
    HarnessOptions options;
    options.lang = "en";
    options.portfolioDir = dir.path() / "class";
    std::filesystem::create_directories(options.portfolioDir);
    {
        UiHarness pc(dir.path() / "pc", options);
        ASSERT_EQ(pc.run(R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Sam"
click "Grade 6"
click "Fox"
click "Let's go!"
click "My settings"
click "Español"
expect "Mis ajustes"
click "Inicio"
expect "¡Hola, Sam!"
click "Salir"
expect "Start"
expect-not "Empezar"
)"),
                  "");
    }
    // A second device with the same class folder: Sam comes in through "Bring my portfolio".
    UiHarness kiosk(dir.path() / "kiosk", options);
    ASSERT_EQ(kiosk.run("click \"Start\"\nclick \"Bring my portfolio\"\nclick \"Class folder\"\nclick \"Sam\"\n"
                        "expect \"¡Hola, Sam!\""),
              "");
    // The next child on this kiosk starts in the device's default language.
    EXPECT_EQ(kiosk.run("click \"Salir\"\nexpect \"Start\"\nclick \"Start\"\nclick \"Just visiting\"\n"
                        "expect \"Hi, Visitor!\""),
              "");
}

TEST(GrownUpGate, SettingsOpenOnlyBehindTheGate) {
    TempDir dir;
    UiHarness ui(dir.path() / "kiosk");
    // The first time, a grown-up is asked to set the secret; Settings are not shown before that.
    ASSERT_EQ(ui.run("click \"Settings\"\nexpect \"First, choose a grown-up passphrase\"\nexpect-not \"Portfolio folder\""), "");
    ASSERT_EQ(ui.run("click \"New passphrase or PIN\"\ntype \"12345\"\nclick \"Type it again\"\ntype \"12345\"\n"
                     "click \"Save and open\"\nexpect \"at least 6 numbers\"\nexpect-not \"Portfolio folder\""),
              "");
    ASSERT_EQ(ui.run("click \"New passphrase or PIN\"\ntype \"123459\"\nclick \"Type it again\"\ntype \"123459\"\n"
                     "click \"Save and open\"\nexpect \"Portfolio folder\""),
              "");
    // Back on Welcome the gate is shut again: the next person must type it.
    ASSERT_EQ(ui.run("click \"Back\"\nclick \"Settings\"\nexpect \"Type this computer's grown-up passphrase\"\n"
                     "click \"Passphrase or PIN\"\ntype \"000000\"\nclick \"Open\"\nexpect \"That is not right.\"\n"
                     "expect-not \"Portfolio folder\"\nclick \"Passphrase or PIN\"\ntype \"123459\"\nclick \"Open\"\n"
                     "expect \"Portfolio folder\""),
              "");
}

TEST(GrownUpGate, TheAppRefusesGatedChangesWhileTheGateIsShut) {
    TempDir dir;
    UiHarness ui(dir.path() / "kiosk");
    ASSERT_EQ(ui.run(kJoinAnaWithPin), "");
    app::Services& app = ui.services();
    const std::string ana = app.learners.list().at(0).id;
    for (const core::Status& refused : {app.learners.remove(ana), app.learners.resetPin(ana, ""),
                                        app.device.setPortfolioFolder(dir.path()), app.device.setDefaultLanguage("es")}) {
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, app::kErrGrownUpNeeded);
    }
    EXPECT_EQ(app.learners.list().size(), 1u);
    EXPECT_TRUE(app.device.portfolioFolder().empty());

    ASSERT_TRUE(app.gate.setSecret("246810").ok());
    EXPECT_TRUE(app.learners.resetPin(ana, "").ok());
    EXPECT_FALSE(app.learners.find(ana)->hasPin);
    EXPECT_TRUE(app.learners.remove(ana).ok());
    EXPECT_TRUE(app.learners.list().empty());
    app.gate.close();
    EXPECT_FALSE(app.gate.setSecret("99999999").ok()); // changing the secret needs the gate open too
}

TEST(GrownUpGate, WrongTriesRestAndTheRestSurvivesARestart) {
    TempDir dir;
    ManualClock clock;
    {
        UiHarness ui(dir.path() / "kiosk", withClock(clock));
        ASSERT_TRUE(ui.services().gate.setSecret("135790").ok());
        ui.services().gate.close();
        for (int i = 0; i < 5; ++i) {
            EXPECT_FALSE(ui.services().gate.unlock("000000").right());
        }
        EXPECT_GT(ui.services().gate.restMs(), 0);
    }
    UiHarness again(dir.path() / "kiosk", withClock(clock));
    const app::SecretTry resting = again.services().gate.unlock("135790");
    EXPECT_EQ(resting.outcome, app::SecretTry::Outcome::Resting) << "the right secret is not taken while resting";
    clock.advanceMs(again.services().gate.restMs());
    EXPECT_TRUE(again.services().gate.unlock("135790").right());
    EXPECT_TRUE(again.services().gate.isOpen());
    clock.advanceMs(app::GrownUpGate::kOpenMs + 1);
    EXPECT_FALSE(again.services().gate.isOpen()) << "an open gate shuts itself when left alone";
}

TEST(FolderBrowser, NeverClimbsAboveThePlaceItOpened) {
    TempDir dir;
    const std::filesystem::path home = dir.path() / "home";
    std::filesystem::create_directories(home / "school" / "class6");
    std::filesystem::create_directories(dir.path() / "secret");
    std::filesystem::create_symlink(dir.path() / "secret", home / "escape");
    app::PlaceSearch search;
    search.media = {};
    search.home = home;
    app::FolderBrowser browser(search);
    ASSERT_EQ(browser.refresh({}).size(), 1u);
    ASSERT_TRUE(browser.openPlace(0).ok());
    EXPECT_FALSE(browser.canGoUp());
    EXPECT_FALSE(browser.up().ok());
    ASSERT_TRUE(browser.enter("school").ok());
    ASSERT_TRUE(browser.enter("class6").ok());
    EXPECT_TRUE(browser.up().ok());
    EXPECT_TRUE(browser.up().ok());
    EXPECT_EQ(browser.current(), std::filesystem::canonical(home));
    EXPECT_FALSE(browser.up().ok()) << "the top of the place is as far as Up goes";
    for (const char* name : {"..", ".", "/", "school/../..", "escape"}) {
        const core::Status refused = browser.enter(name);
        EXPECT_FALSE(refused.ok()) << name;
        EXPECT_EQ(browser.current(), std::filesystem::canonical(home)) << name;
    }
    EXPECT_FALSE(browser.file("../secret.pathlight").ok());
}

TEST(FolderBrowser, TheScreensUpButtonIsOffAtTheTopOfAPlace) {
    TempDir dir;
    HarnessOptions options;
    options.lang = "en";
    options.home = dir.path() / "home";
    std::filesystem::create_directories(options.home / "stuff");
    UiHarness ui(dir.path() / "kiosk", options);
    ASSERT_EQ(ui.run("click \"Start\"\nclick \"Bring my portfolio\"\nclick \"Home folder\""), "");
    const ui::LoggedItem* up = ui.item("Up");
    ASSERT_NE(up, nullptr) << ui.shell().log().dump();
    EXPECT_FALSE(up->enabled);
    ASSERT_EQ(ui.run("click \"stuff\""), "");
    up = ui.item("Up");
    ASSERT_NE(up, nullptr);
    EXPECT_TRUE(up->enabled);
}
