// Widgets: the few building blocks every screen is made of — big buttons, text, avatar and face
// buttons, a progress bar, a top bar. Each one logs its label and rectangle in the ItemLog so
// `--script` and the headless tests can click it by label and check what is on screen.
#pragma once

#include "ui/context.hpp"

#include <imgui.h>

#include <string>
#include <string_view>

namespace pathlight::ui {

enum class ButtonKind { Primary, Secondary, Danger, Ghost };

struct ButtonOptions {
    const char* icon = nullptr; // UTF-8 Font Awesome glyph drawn before the label
    ImVec2 size{0, 0};          // 0 = fit the label (at least the minimum touch size)
    ButtonKind kind = ButtonKind::Secondary;
    bool enabled = true;
    bool selected = false;      // shows a check-style outline (choice chips)
    ImFont* font = nullptr;     // default: the body font
    const char* id = nullptr;   // ImGui id when two buttons share a label
};

bool button(Context& ctx, std::string_view label, const ButtonOptions& options = {});
ImVec2 buttonSize(Context& ctx, std::string_view label, const ButtonOptions& options = {});

struct TextOptions {
    ImFont* font = nullptr;
    ImU32 color = 0;       // 0 = theme text color
    float wrapWidth = -1;  // -1 = up to the right edge of the content region; 0 = no wrap
    bool center = false;   // centre each line in the available width
    float size = 0;        // 0 = the font's own size; else draw the font at this pixel size
};
void text(Context& ctx, std::string_view text, const TextOptions& options = {});
void heading(Context& ctx, std::string_view text);

// A big round avatar with its name underneath; returns true when tapped.
bool avatarButton(Context& ctx, int avatar, std::string_view label, float diameter, bool selected,
                  const char* id = nullptr);
// One face of the 5-point answer scale with its words underneath.
// `slotWidth` (0 = 1.25 × diameter) is the width the words may use.
bool faceButton(Context& ctx, int level, std::string_view label, float diameter, bool selected, float slotWidth = 0);

// A rounded bar; `width` 0 = the rest of the line.
void progressBar(Context& ctx, float fraction, std::string_view label, ImU32 color = 0, float height = 0,
                 float width = 0);
// "Question 3 of 36" and a progress bar on one row, so the question below gets the room.
void progressRow(Context& ctx, std::string_view label, float fraction);

// Something the student can drag with a mouse or a finger, or tap: a card of a card sort. The
// screen draws it (moved by `offset` while dragging) and decides what a drop means. While it is
// held the page does not scroll under it (Context::dragOwned). Logs `label` as clickable, and
// `alias` too when given (a stable name for scripts, e.g. the hint drawn on the card).
struct DragItem {
    bool tapped = false;   // pressed and let go without moving: a tap or a click
    bool dragging = false; // held and moved past the drag threshold
    bool dropped = false;  // let go after dragging, at `pointer`
    ImVec2 offset{0, 0};   // how far it is dragged; draw the item moved by this
    ImVec2 pointer{0, 0};
    ImVec2 min{0, 0}; // where it rests
    ImVec2 max{0, 0};
};
DragItem dragItem(Context& ctx, const char* id, std::string_view label, ImVec2 size,
                  std::string_view alias = {});

// A big target a card can be dropped on or tapped: an icon and a label, and a detail line under
// them (e.g. "3 cards"). Returns true when tapped. Logs the label (clickable) and the detail.
struct DropZoneOptions {
    const char* icon = nullptr;
    ImU32 color = 0; // 0 = the primary colour
    std::string_view detail{};
    bool highlighted = false; // a card is over it, or the keyboard picked it
    bool inviting = false;    // a card is picked up and waits for a zone
    ImFont* font = nullptr;   // default: the body font
};
bool dropZone(Context& ctx, std::string_view label, ImVec2 size, const DropZoneOptions& options);
// The height a drop zone of `width` needs for its words (at least the minimum touch size), and the
// width that keeps its label on one line.
float dropZoneHeight(Context& ctx, std::string_view label, float width, const DropZoneOptions& options);
float dropZoneWidth(Context& ctx, std::string_view label, const DropZoneOptions& options);

// One step of a rating scale as a big button: `level` of `count` rising bars filled, its words
// under them. Returns true when tapped.
bool levelButton(Context& ctx, int level, int count, std::string_view label, ImVec2 size, bool selected,
                 ImFont* font = nullptr);
float levelButtonHeight(Context& ctx, std::string_view label, float width, ImFont* font = nullptr);

// Draws `text` wrapped at `wrap` (0 = no wrap), each line centred in [left, left + width], from
// `top`; returns the height used. With `dl` null it only measures.
float centredLines(ImDrawList* dl, ImFont* font, float fontSize, std::string_view text, float left,
                   float width, float wrap, float top, ImU32 color, float lineStep = 1.15f);

// The bar across the top: Back (when `backLabel` is given), the title, and room for one action on
// the right. Returns true when Back was pressed (or Escape on the keyboard).
bool topBar(Context& ctx, std::string_view title, const char* backLabel);
// The same bar with one more button at its right end (e.g. Undo). When the three don't fit on one
// line (a narrow window, 200 %), the title is left out so nothing overlaps.
struct TopBar {
    bool back = false;   // Back pressed, or Escape
    bool action = false; // the button on the right pressed
};
TopBar topBar(Context& ctx, std::string_view title, const char* backLabel, std::string_view action,
              const ButtonOptions& actionOptions);

// A single-line text field with a visible label; logs its label so scripts can click into it.
bool textField(Context& ctx, const char* id, std::string_view label, std::string& value, std::size_t maxChars,
               bool focusNow = false, ImGuiInputTextFlags flags = 0, float width = 0, const char* hint = nullptr);

// A search box: a magnifier inside the field, `hint` while empty. Named `label` for scripts and
// tests (no visible label above it). Returns true when the text changed.
bool searchField(Context& ctx, const char* id, std::string_view label, std::string& value, std::size_t maxChars,
                 const char* hint, float width, bool focusNow = false);

// A round button that shows only `glyph` (a Font Awesome icon) but is named `label` for scripts,
// tests and read-aloud. `on` draws it filled in the accent colour (a saved heart).
bool iconButton(Context& ctx, const char* glyph, std::string_view label, bool on = false, ImU32 onColor = 0);

// A choice chip: a small button that toggles `selected`. Place with a FlowLayout. Returns true
// when tapped (and flips `selected`).
bool chip(Context& ctx, std::string_view label, bool& selected, const char* icon = nullptr);
float chipWidth(Context& ctx, std::string_view label, const char* icon = nullptr);

// Lays items left-to-right and wraps to a new row when the next one doesn't fit.
class FlowLayout {
public:
    explicit FlowLayout(float spacing) : m_spacing(spacing) {}
    void next(float itemWidth); // call before each item
private:
    float m_spacing;
    bool m_first = true;
};

// Centre a block of `width` in the content region (sets the cursor x).
void centreNext(float width);

// While alive, the items drawn are left out of ImGui's arrow-key navigation: for a screen that
// uses the arrow keys and Enter itself (the card sort), so the two never fight over a key press.
class NoArrowNavigation {
public:
    NoArrowNavigation();
    ~NoArrowNavigation();
    NoArrowNavigation(const NoArrowNavigation&) = delete;
    NoArrowNavigation& operator=(const NoArrowNavigation&) = delete;
};

// Keyboard shortcut check that works both with SDL and headless: true once when `key` goes down.
bool keyPressed(ImGuiKey key);
// A typed digit ('1'…'9') this frame when no text field has focus, else 0.
int typedDigit();

} // namespace pathlight::ui
