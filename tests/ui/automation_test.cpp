// The --script language as a person writing a review script meets it: the drag step takes what to
// drag and where to let go, and a mistake names the line.
#include "ui/automation.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

using namespace pathlight;

TEST(Script, DragTakesWhatToDragAndWhereToLetGo) {
    auto steps =
        ui::parseScript("click \"Start\"\ndrag \"Drag me\"  \"Very \\\"big\\\" pile\"\n", "s.plscript");
    ASSERT_TRUE(steps.ok()) << steps.error().detail;
    ASSERT_EQ(steps->size(), 2u);
    EXPECT_EQ((*steps)[1].op, ui::ScriptStep::Op::Drag);
    EXPECT_EQ((*steps)[1].arg, "Drag me");
    EXPECT_EQ((*steps)[1].arg2, "Very \"big\" pile");
    EXPECT_EQ((*steps)[1].line, 2);
}

TEST(Script, ADragWithoutAPlaceToLetGoIsAMistakeOnItsLine) {
    for (const char* bad :
         {"drag \"Drag me\"", "drag \"Drag me\" Somewhere", "drag \"a\" \"b\" \"c\"", "drag"}) {
        auto steps = ui::parseScript(std::string("# a comment\n") + bad + "\n", "s.plscript");
        ASSERT_FALSE(steps.ok()) << bad;
        EXPECT_NE(steps.error().detail.find("s.plscript:2: drag needs two"), std::string::npos)
            << steps.error().detail;
    }
}

TEST(Script, OneArgumentStepsStillRefuseASecondOne) {
    EXPECT_FALSE(ui::parseScript("click \"a\" \"b\"\n", "s").ok());
    EXPECT_TRUE(ui::parseScript("click \"a\"  \n", "s").ok());
}

// A wait right after a screenshot waits its full time, whatever the clock reads (the app's clock
// counts from when the computer started), so `screenshot` then `wait` keeps the window open.
TEST(Script, AWaitAfterAScreenshotWaitsItsFullTime) {
    ImGuiContext* imgui = ImGui::CreateContext();
    auto steps = ui::parseScript("screenshot \"shot.png\"\nwait 1000\n", "s");
    ASSERT_TRUE(steps.ok());
    ui::Automation automation(std::move(steps.value()));
    ui::ItemLog log;
    const double boot = 4000.0; // seconds since the computer started
    automation.beforeFrame(ImGui::GetIO(), boot);
    std::string path;
    ASSERT_TRUE(automation.screenshotDue(path));
    automation.screenshotTaken(true, "");
    automation.afterFrame(log, boot);
    EXPECT_FALSE(automation.done());
    automation.beforeFrame(ImGui::GetIO(), boot + 0.5);
    automation.afterFrame(log, boot + 0.5);
    EXPECT_FALSE(automation.done());
    automation.beforeFrame(ImGui::GetIO(), boot + 1.01);
    automation.afterFrame(log, boot + 1.01);
    EXPECT_TRUE(automation.done());
    EXPECT_FALSE(automation.failed());
    ImGui::DestroyContext(imgui);
}
