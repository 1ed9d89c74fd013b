// Screen: one class per screen (one file each in game/screens/). The ScreenStack tells a screen
// when it becomes the top (onEnter) and when it stops being the top (onLeave); the Shell calls
// update(dt) and then draw() once per frame, for the top screen only. Screens read and write data
// through the app's services, never through SQL.
#pragma once

#include <string_view>

namespace pathlight::ui {

struct Context;

class Screen {
public:
    virtual ~Screen() = default;
    // A stable name for logs and tests, e.g. "quiz".
    virtual std::string_view name() const = 0;
    // Called when the screen becomes the top of the stack (again).
    virtual void onEnter(Context&) {}
    // Called when another screen covers it or it is taken off the stack.
    virtual void onLeave(Context&) {}
    // Time moves on by `dt` seconds (a game's rules advance here); before draw() each frame.
    virtual void update(Context&, double /*dt*/) {}
    // Draws the whole screen (inside the root window) and handles its input.
    virtual void draw(Context& ctx) = 0;
    // True while something moves, so the loop keeps drawing frames instead of sleeping.
    virtual bool animating() const { return false; }
};

} // namespace pathlight::ui
