// Headless UI: a learner's work follows them — "Save my portfolio" onto a stick (here, the home
// folder), "Bring my portfolio" on another computer, the class folder that syncs at sign-in and
// sign-out, a PIN that still protects them, and a broken file that gets a message and changes
// nothing.
#include "ui_harness.hpp"

#include <gmock/gmock.h>

#include <cstdlib>
#include <fstream>

using namespace pathlight;
using pathlight::test::TempDir;
using pathlight::test::UiHarness;
using ::testing::HasSubstr;

namespace {

const char* kJoinRosa = R"(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Rosa"
click "Grade 7"
click "Panda"
click "Let's go!"
expect "Hi, Rosa!"
)";

const char* kJoinSamWithPin = R"script(
click "Start"
click "I'm new"
click "Your first name or a nickname"
type "Sam"
click "Grade 6"
click "Fox"
click "Secret PIN (4 numbers, you can skip this)"
type "4321"
click "Let's go!"
expect "Hi, Sam!"
click "Save my portfolio"
click "Home folder"
click "Save here"
expect "Saved!"
)script";

// The browser's "Home folder" is $HOME: point it at a folder of the test's own.
class HomeScope {
public:
    explicit HomeScope(const std::filesystem::path& home) {
        if (const char* old = std::getenv("HOME")) {
            m_old = old;
        }
        std::filesystem::create_directories(home);
        ::setenv("HOME", home.c_str(), 1);
    }
    ~HomeScope() { ::setenv("HOME", m_old.c_str(), 1); }

private:
    std::string m_old;
};

std::vector<std::filesystem::path> pathlightFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".pathlight") {
            files.push_back(entry.path());
        }
    }
    return files;
}

} // namespace

TEST(PortfolioFlow, SaveMyPortfolioThenBringItToAnotherComputer) {
    TempDir dir;
    const HomeScope home(dir.path() / "stick");
    {
        UiHarness classroom(dir.path() / "classroom");
        ASSERT_EQ(classroom.run(kJoinRosa), "");
        ASSERT_EQ(classroom.run("click \"Explore careers\"\nclick \"Save Registered Nurses\"\nclick \"Home\""), "");
        ASSERT_EQ(classroom.run("click \"Save my portfolio\"\nclick \"Home folder\"\nclick \"Save here\"\nexpect \"Saved!\""), "");
        EXPECT_EQ(pathlightFiles(dir.path() / "stick").size(), 1u);
    }
    UiHarness kiosk(dir.path() / "kiosk");
    ASSERT_EQ(kiosk.run("click \"Start\"\nexpect \"No one has joined\"\nclick \"Bring my portfolio\"\nclick \"Home folder\""), "");
    ASSERT_EQ(kiosk.run("click \"Rosa\"\nexpect \"Hi, Rosa!\"\nexpect \"Welcome, Rosa!\"\nexpect \"You saved 1 so far\""), "");
    EXPECT_EQ(kiosk.services().learners.list().size(), 1u);
}

TEST(PortfolioFlow, TheClassFolderBringsWorkInAtSignInAndSavesItAtSignOut) {
    TempDir dir;
    const HomeScope home(dir.path() / "home");
    const auto folder = dir.path() / "class";
    std::filesystem::create_directories(folder);
    {
        UiHarness pc(dir.path() / "pc");
        pc.services().portfolio.setFolder(folder);
        ASSERT_EQ(pc.run(kJoinRosa), "");
        ASSERT_EQ(pc.run("click \"Explore careers\"\nclick \"Save Registered Nurses\"\nclick \"Home\"\nclick \"Sign out\""), "");
        ASSERT_EQ(pathlightFiles(folder).size(), 1u);
    }
    {
        // The kiosk brings Rosa in from the class folder and saves another career there.
        UiHarness kiosk(dir.path() / "kiosk");
        kiosk.services().portfolio.setFolder(folder);
        ASSERT_EQ(kiosk.run("click \"Start\"\nclick \"Bring my portfolio\"\nclick \"Class folder\"\nclick \"Rosa\""), "");
        ASSERT_EQ(kiosk.run("expect \"You saved 1 so far\"\nclick \"Explore careers\"\nclick \"Save Software Developers\""), "");
        ASSERT_EQ(kiosk.run("click \"Home\"\nclick \"Sign out\""), "");
    }
    // Back on the classroom PC, signing in merges the kiosk's work.
    UiHarness pc(dir.path() / "pc");
    pc.services().portfolio.setFolder(folder);
    ASSERT_EQ(pc.run("click \"Start\"\nclick \"Rosa\"\nexpect \"Hi, Rosa!\"\nexpect \"You saved 2 so far\""), "");
}

TEST(PortfolioFlow, AChangeIsWrittenToTheClassFolderSoonWithoutSigningOut) {
    TempDir dir;
    const HomeScope home(dir.path() / "home");
    const auto folder = dir.path() / "class";
    std::filesystem::create_directories(folder);
    UiHarness pc(dir.path() / "pc");
    pc.services().portfolio.setFolder(folder);
    ASSERT_EQ(pc.run(kJoinRosa), "");
    const auto file = pathlightFiles(folder).at(0);
    const auto before = std::filesystem::file_size(file);
    ASSERT_EQ(pc.run("click \"Explore careers\"\nclick \"Save Registered Nurses\""), "");
    pc.frames(60 * 8); // eight seconds of the app's clock: past the debounce
    EXPECT_GT(std::filesystem::file_size(file), before);
}

TEST(PortfolioFlow, APinStillProtectsALearnerBroughtFromAFile) {
    TempDir dir;
    const HomeScope home(dir.path() / "stick");
    {
        UiHarness classroom(dir.path() / "classroom");
        ASSERT_EQ(classroom.run(kJoinSamWithPin), "");
    }
    UiHarness kiosk(dir.path() / "kiosk");
    ASSERT_EQ(kiosk.run("click \"Start\"\nclick \"Bring my portfolio\"\nclick \"Home folder\"\nclick \"Sam\""), "");
    EXPECT_EQ(kiosk.screenName(), "pin"); // brought in, but not signed in without the PIN
    ASSERT_EQ(kiosk.run("type \"1111\"\nexpect \"That PIN is not right\""), "");
    ASSERT_EQ(kiosk.run("type \"4321\"\nexpect \"Hi, Sam!\""), "");
}

TEST(PortfolioFlow, ABrokenFileGetsAMessageAndBringsNothingIn) {
    TempDir dir;
    const HomeScope home(dir.path() / "stick");
    std::ofstream(dir.path() / "stick" / "Rosa-b10da040.pathlight") << R"({"format":"pathlight-portfolio","ver)";
    UiHarness kiosk(dir.path() / "kiosk");
    ASSERT_EQ(kiosk.run("click \"Start\"\nclick \"Bring my portfolio\"\nclick \"Home folder\"\nclick \"Rosa\""), "");
    EXPECT_EQ(kiosk.run("expect \"This portfolio file is\"\nexpect \"For a grown-up:\""), "");
    EXPECT_EQ(kiosk.screenName(), "file_browser");
    EXPECT_TRUE(kiosk.services().learners.list().empty());
}
