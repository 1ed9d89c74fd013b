// See screen_stack.hpp.
#include "ui/screen_stack.hpp"

#include <memory>

namespace pathlight::ui {

void ScreenStack::push(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    m_pending.push_back([this, shared] { m_stack.push_back(std::move(*shared)); });
}

void ScreenStack::pop() {
    m_pending.push_back([this] {
        if (m_stack.size() > 1) {
            m_stack.pop_back();
        }
    });
}

void ScreenStack::resetTo(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    m_pending.push_back([this, shared] {
        m_stack.clear();
        m_stack.push_back(std::move(*shared));
    });
}

void ScreenStack::replaceTop(std::unique_ptr<Screen> screen) {
    auto shared = std::make_shared<std::unique_ptr<Screen>>(std::move(screen));
    m_pending.push_back([this, shared] {
        if (!m_stack.empty()) {
            m_stack.pop_back();
        }
        m_stack.push_back(std::move(*shared));
    });
}

bool ScreenStack::apply(Context& ctx) {
    if (m_pending.empty()) {
        return false;
    }
    Screen* before = top();
    if (before) {
        // Tell the top screen it is leaving while it still exists (a pop destroys it below).
        before->onLeave(ctx);
    }
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto& change : pending) {
        change();
    }
    // The top after the changes enters, even when it is the same screen as before (a push popped at
    // once): it was told it left, so it is told it is back.
    Screen* after = top();
    if (after) {
        after->onEnter(ctx);
    }
    return after != before;
}

} // namespace pathlight::ui
