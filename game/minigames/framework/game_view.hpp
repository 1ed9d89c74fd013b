// The view side of a mini-game: draws a game's state into a rectangle with ImDrawList and turns
// mouse, touch, keys and gamepad into the game's Actions. A view reads its rules (never changes
// them: the game screen passes the actions to update()) and sees the app only through ViewHost:
// no services, no store, no screen stack.
#pragma once

#include "minigames/framework/game_rules.hpp"

#include <imgui.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathlight::minigames {

// The colours a game may use besides its own: the app theme's, so high contrast works everywhere.
struct ViewPalette {
    ImU32 background, panel, text, mutedText, primary, onPrimary, accent, focus, danger, success, disabled;
    ImU32 area[6]; // one per RIASEC area, R I A S E C
};

enum class ViewFont { Small, Body, Large, Title, Icons };
enum class Sound { Tap, Good, Bad, Win, Lose };

class ViewHost {
public:
    virtual ~ViewHost() = default;
    // Text of a key in the learner's language (game keys are "game.<id>.…").
    virtual const std::string& text(std::string_view key) const = 0;
    virtual std::string format(std::string_view key,
                               std::initializer_list<std::pair<std::string_view, std::string>> args) const = 0;
    virtual const ViewPalette& palette() const = 0;
    virtual ImFont* font(ViewFont which) const = 0;
    // UTF-8 of a Font Awesome 4.7 icon by name ("heartbeat"), "" when unknown. Draw it with
    // font(ViewFont::Icons) for a picture, or inside any text font when the UI already uses it.
    virtual std::string icon(std::string_view name) const = 0;
    virtual float scale() const = 0; // 1.0-2.0: multiply every size by it (px())
    float px(float v) const { return v * scale(); }
    virtual double now() const = 0;  // seconds, for animation only (never for rules)
    virtual bool reducedMotion() const = 0; // no shaking, no flying particles, no flashing
    virtual void sound(Sound) = 0;
    // Records a tappable thing drawn with ImDrawList, so scripts and tests can `click "label"` it
    // and a screen reader can name it.
    virtual void item(std::string_view label, ImVec2 min, ImVec2 max) = 0;
};

class GameView {
public:
    virtual ~GameView() = default;
    // The one-screen "how to play": a drawn picture and at most three short lines of text.
    virtual void drawHowTo(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max) = 0;
    // Draws the round and appends what the player did this frame to `actions`. Called every frame
    // while the round runs; rules.update() follows with those actions.
    virtual void draw(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max,
                      std::vector<Action>& actions) = 0;
};

// One line per game in view_registry.cpp, sorted by id, the same ids as registry.cpp.
struct ViewEntry {
    std::string_view id;
    std::unique_ptr<GameView> (*makeView)();
};
std::unique_ptr<GameView> makeView(std::string_view id);

} // namespace pathlight::minigames
