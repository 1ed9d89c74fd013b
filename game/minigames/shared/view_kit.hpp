// Small drawing and input helpers shared by the budget, farm and launch views: a board that fits
// any rectangle, text and buttons drawn with ImDrawList, a keyboard/gamepad focus that moves
// between the things a view declares, and a few particles. View code only (ImGui); no rules, no
// game state, no wall clock beyond the animation time a view passes in.
#pragma once

#include "minigames/framework/game_view.hpp"
#include "minigames/framework/view_input.hpp"

#include <imgui.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pathlight::minigames::board {

// A board designed at a fixed size in "units", scaled (and centred) to fill the view's rectangle.
// Everything a view draws goes through at()/s(), so it fits from 1000x480 to 1900x950 pixels.
struct Board {
    ImVec2 origin{};
    float unit = 1.0f; // pixels per design unit
    ImVec2 at(float x, float y) const { return ImVec2(origin.x + x * unit, origin.y + y * unit); }
    float s(float v) const { return v * unit; }
};
Board fitBoard(ImVec2 min, ImVec2 max, ImVec2 design);

// Text helpers; `size` is in pixels. Centre/wrap variants keep labels inside their boxes.
ImVec2 textSize(ImFont* font, float size, std::string_view text, float wrap = 0.0f);
void text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color, std::string_view text,
          float wrap = 0.0f);
void textCentered(ImDrawList* dl, ImFont* font, float size, ImVec2 center, ImU32 color, std::string_view text,
                  float wrap = 0.0f);
// Shrinks `size` until `text` fits `width` on one line (never below 60 %).
float fitSize(ImFont* font, float size, std::string_view text, float width);

ImU32 mix(ImU32 a, ImU32 b, float t);
ImU32 withAlpha(ImU32 c, float alpha);

// The keyboard and gamepad focus of one view: the view declares its tappable things every frame
// (which also records them with host.item()); arrows move the focus to the nearest thing in that
// direction and Enter/Space/A activates it. A mouse or finger tap activates what it hits.
class Focus {
  public:
    // Call once at the start of a frame.
    void begin(const NavPress& nav);
    // Declares a tappable thing; true when it is activated this frame. A disabled thing can be
    // focused (so it can be read) but never activates. `preferred`: where the focus goes when
    // nothing focused is on screen.
    bool item(ViewHost& host, int id, std::string_view label, ImVec2 min, ImVec2 max, bool enabled = true,
              bool preferred = false);
    bool focused(int id) const { return m_focus == id; }
    // Call once at the end of a frame: moves the focus and draws its ring on top.
    void end(ViewHost& host, ImDrawList* dl, float unit);
    const NavPress& nav() const { return m_nav; }

  private:
    struct Entry {
        int id;
        ImVec2 min, max;
        bool preferred;
    };
    NavPress m_nav;
    int m_focus = -1;
    std::vector<Entry> m_entries;
};

struct ButtonLook {
    ButtonLook(ImU32 fillColor, ImU32 ink, std::string iconName = {}, bool isSelected = false)
        : fill(fillColor), textColor(ink), icon(std::move(iconName)), selected(isSelected) {}
    ImU32 fill;
    ImU32 textColor;
    std::string icon;      // Font Awesome 4.7 name, or ""
    bool selected = false; // drawn with a thick outline (a chosen option)
    bool showLabel = true; // false: the caller draws the button's content itself
    std::string itemLabel; // the name for scripts and screen readers when it differs from the label
};

// A rounded button with an optional icon above or before its label. Returns true when activated.
bool button(ViewHost& host, Focus& focus, ImDrawList* dl, const Board& b, int id, std::string_view label,
            ImVec2 min, ImVec2 max, const ButtonLook& look, bool enabled = true, bool preferred = false);

// Draws an icon glyph centred at `center`, `size` pixels tall.
void icon(ViewHost& host, ImDrawList* dl, std::string_view name, ImVec2 center, float size, ImU32 color);

// An ellipse (ImGui 1.86 has none): filled when thickness is 0, else outlined.
void ellipse(ImDrawList* dl, ImVec2 center, ImVec2 radii, ImU32 color, float thickness = 0.0f);

// A ring timer: the part still left of `fraction` (0..1) as an arc around `center`.
void ringTimer(ImDrawList* dl, ImVec2 center, float radius, float fraction, ImU32 track, ImU32 fill,
               float thickness);

// A friendly little person standing on `feet`, `height` pixels tall. `look` (any int) picks skin
// tone, hair and clothes so crowds are of every kind; `step` (seconds of walking, or 0) swings legs.
void person(ImDrawList* dl, ImVec2 feet, float height, int look, float step = 0.0f, ImU32 shirtOverride = 0);

// Fixed-size particle pool for coins, sparkles and confetti (view only; no allocation per frame).
class Particles {
  public:
    void burst(ImVec2 at, int count, ImU32 color, float speed, double now, unsigned seed);
    // A rising label ("+$4") that fades out.
    void floatText(ImVec2 at, std::string text, ImU32 color, double now);
    // With reduced motion, dots are not drawn and labels stay where they appeared.
    void draw(ImDrawList* dl, ImFont* font, float textSize, double now, bool reducedMotion);

  private:
    struct Dot {
        ImVec2 pos{}, vel{};
        ImU32 color = 0;
        double born = -100.0;
    };
    struct Label {
        ImVec2 pos{};
        std::string text;
        ImU32 color = 0;
        double born = -100.0;
    };
    std::array<Dot, 96> m_dots{};
    std::array<Label, 8> m_labels{};
    std::size_t m_nextDot = 0;
    std::size_t m_nextLabel = 0;
};

} // namespace pathlight::minigames::board
