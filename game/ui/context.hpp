// Context: the UI framework a screen draws with — the screen stack, the theme, the item log, the
// clock, the notice banner, and whether a menu or a drag owns the pointer this frame. Nothing about
// learners, content or data: screens get those from the app's services (app/services.hpp), widgets
// only from what they are handed. Owned by the Shell; nothing here is a global.
#pragma once

#include "ui/item_log.hpp"
#include "ui/screen_stack.hpp"
#include "ui/theme.hpp"

#include <cstdint>
#include <string>

namespace pathlight::ui {

struct Context {
    ScreenStack& screens;
    Theme& theme;
    ItemLog& log;
    bool quitRequested = false;
    // A short message shown in a banner over every screen until `noticeUntil` (seconds).
    std::string notice;
    bool noticeIsError = false;
    double noticeUntil = 0.0;
    double now = 0.0; // seconds since start, set each frame
    bool popupWasOpen = false; // a menu was open at the end of the last frame (Escape closes it, not the screen)
    // Set during a frame by a widget that is being dragged (a card of a card sort), so the Shell
    // doesn't take the same finger movement as drag-to-scroll. Cleared at the start of each frame.
    bool dragOwned = false;

    Context(ScreenStack& s, Theme& t, ItemLog& l) : screens(s), theme(t), log(l) {}

    void showNotice(std::string text, bool isError, double seconds = 4.0) {
        notice = std::move(text);
        noticeIsError = isError;
        noticeUntil = now + seconds;
    }
    // The app's steady clock in milliseconds, for debouncing.
    std::int64_t nowMs() const { return static_cast<std::int64_t>(now * 1000.0); }
};

} // namespace pathlight::ui
