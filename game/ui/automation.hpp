// Automation: runs a `--script` file against the real window (or a headless test) by feeding ImGui
// the same mouse, keyboard and text input a person would. Steps:
//   click "label"   drag "from" "to"   type "text"   key NAME   wait MS   expect "text"
//   expect-not "text"   screenshot PATH   quit
// `drag` presses on the clickable item "from", moves the pointer over several frames onto the item
// "to" (clickable or any text on screen) and lets go there, as a mouse or a finger would.
// Lines starting with # are comments. A step that cannot be done (label not found, text not on
// screen within 5 s) fails the run with the script line and what was on screen.
#pragma once

#include "core/result.hpp"
#include "ui/item_log.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace pathlight::ui {

struct ScriptStep {
    enum class Op { Click, Drag, Type, Key, Wait, Expect, ExpectNot, Screenshot, Quit };
    Op op = Op::Wait;
    std::string arg;
    std::string arg2; // drag: where to let go
    int ms = 0;
    int line = 0;
};

core::Result<std::vector<ScriptStep>> parseScript(const std::string& text, const std::string& fileName);

class Automation {
public:
    explicit Automation(std::vector<ScriptStep> steps, std::string fileName = "script");

    // After the platform backend's NewFrame and before ImGui::NewFrame(): inject input.
    void beforeFrame(ImGuiIO& io, double now);
    // After the frame was drawn: look at what is on screen, advance or fail.
    void afterFrame(ItemLog& log, double now);

    // A screenshot step is due: take it after rendering, then call screenshotTaken().
    bool screenshotDue(std::string& path) const;
    void screenshotTaken(bool ok, const std::string& detail);

    bool done() const { return m_index >= m_steps.size() || m_failed || m_quit; }
    bool failed() const { return m_failed; }
    bool quitRequested() const { return m_quit; }
    const std::string& failure() const { return m_failure; }
    std::size_t stepsDone() const { return m_index; }

    static constexpr double kTimeoutSeconds = 5.0;
    static constexpr int kDragFrames = 8; // frames a drag takes to move from "from" to "to"

private:
    enum class Phase { Start, Hover, Press, Move, Release, Settle, Running };
    void fail(const std::string& why, const ItemLog* log = nullptr);
    void next();

    std::vector<ScriptStep> m_steps;
    std::string m_fileName;
    std::size_t m_index = 0;
    Phase m_phase = Phase::Start;
    double m_stepStart = -1;
    ImVec2 m_target{0, 0};
    ImVec2 m_dragTo{0, 0};
    int m_dragFrame = 0;
    int m_keyIndex = -1;
    bool m_keyReleasePending = false;
    bool m_failed = false;
    bool m_quit = false;
    std::string m_failure;
};

} // namespace pathlight::ui
