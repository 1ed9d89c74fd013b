// Shell: the UI root. Owns the screen stack, the item log and the Context, and draws one frame of
// the top screen inside a full-window ImGui window, plus the notice banner. Knows nothing about
// SDL, GL or the app's data, so the headless tests run the very same Shell as the app.
#pragma once

#include "ui/context.hpp"
#include "ui/item_log.hpp"
#include "ui/screen_stack.hpp"
#include "ui/theme.hpp"

#include <memory>

namespace pathlight::ui {

class Shell {
public:
    explicit Shell(Theme& theme);

    void start(std::unique_ptr<Screen> first);
    // Draws one frame; call between ImGui::NewFrame() and ImGui::Render(). Moves time on for the
    // top screen (Screen::update) by the time since the last frame first.
    void drawFrame(double now);
    // True while a screen animates or a notice is showing, so the loop keeps drawing.
    bool wantsFrames() const;

    Context& context() { return m_context; }
    ItemLog& log() { return m_log; }
    const ItemLog& log() const { return m_log; }
    ScreenStack& screens() { return m_screens; }
    const ScreenStack& screens() const { return m_screens; }

private:
    void drawNotice();
    void dragToScroll();

    ScreenStack m_screens;
    ItemLog m_log;
    Context m_context;
    bool m_dragScrolling = false;
    double m_lastFrame = -1.0;
};

} // namespace pathlight::ui
