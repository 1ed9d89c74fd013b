// ScreenStack: push/pop/replace are queued and applied between frames, so a screen can ask to be
// replaced while it is drawing itself.
#pragma once

#include "ui/screen.hpp"

#include <functional>
#include <memory>
#include <vector>

namespace pathlight::ui {

class ScreenStack {
public:
    void push(std::unique_ptr<Screen> screen);
    void pop();
    // Pops everything and shows `screen` alone (e.g. sign-out goes back to Welcome).
    void resetTo(std::unique_ptr<Screen> screen);
    // Pops the top screen and pushes `screen` in its place.
    void replaceTop(std::unique_ptr<Screen> screen);

    // Applies queued changes: onLeave on the old top first, onEnter on the top afterwards. Returns
    // true if the top changed.
    bool apply(Context& ctx);
    Screen* top() const { return m_stack.empty() ? nullptr : m_stack.back().get(); }
    std::size_t depth() const { return m_stack.size(); }
    bool hasPending() const { return !m_pending.empty(); }

private:
    std::vector<std::unique_ptr<Screen>> m_stack;
    std::vector<std::function<void()>> m_pending;
};

} // namespace pathlight::ui
