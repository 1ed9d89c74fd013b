// Small drawing helpers shared by the game views: text that fits a box, rounded buttons with a
// keyboard-focus ring, progress bars, floating "+5" labels and a grid focus cursor for arrow keys.
// Draws only and keeps no state between frames (FocusGrid is owned by each view).
#pragma once

#include "minigames/framework/game_view.hpp"

#include <imgui.h>

#include <string_view>

namespace pathlight::minigames::kit {

ImU32 withAlpha(ImU32 colour, float alpha);
ImU32 mixColour(ImU32 a, ImU32 b, float t);

// Text centred on `centre`, shrunk so it fits `maxWidth`.
void textCentred(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour, std::string_view text,
                 float maxWidth = 1e9f);
// Text from `pos` (top-left), shrunk so it fits `maxWidth`. Returns the width drawn.
float textLeft(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text,
               float maxWidth = 1e9f);
// A Font Awesome icon centred on `centre` ("" draws nothing).
void icon(const ViewHost& host, ImDrawList* dl, std::string_view name, ImVec2 centre, float size,
          ImU32 colour);

// The keyboard focus: a thick rounded outline in the theme's focus colour, pulsing unless reduced motion.
void focusRing(const ViewHost& host, ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding);

// Ellipses (ImGui 1.86 has none): filled, or outlined with `thickness`.
void ellipseFilled(ImDrawList* dl, ImVec2 centre, float rx, float ry, ImU32 colour);
void ellipse(ImDrawList* dl, ImVec2 centre, float rx, float ry, ImU32 colour, float thickness);

void progressBar(ImDrawList* dl, ImVec2 min, ImVec2 max, float fraction, ImU32 fill, ImU32 back);

// A label that rises and fades over `age` seconds (0..1.2); static when reduced motion.
void floatingText(const ViewHost& host, ImDrawList* dl, ImFont* font, float size, ImVec2 at, ImU32 colour,
                  std::string_view text, double age);

// A little burst of dots (stars) at `at`, age 0..0.8 s; nothing when reduced motion.
void burst(const ViewHost& host, ImDrawList* dl, ImVec2 at, float radius, ImU32 colour, double age);

// A focus cursor over rows of cells moved by arrow keys; rows may have different lengths.
struct FocusGrid {
    int row = 0;
    int col = 0;
    // Moves by the arrows pressed this frame; `rowLength(r)` gives how many cells row r has now.
    template <class F> void move(bool left, bool right, bool up, bool down, int rows, F rowLength) {
        if (rows <= 0) {
            return;
        }
        row = row < 0 ? 0 : (row >= rows ? rows - 1 : row);
        if (up || down) {
            const int step = up ? -1 : 1;
            for (int r = row + step; r >= 0 && r < rows; r += step) {
                if (rowLength(r) > 0) {
                    row = r;
                    break;
                }
            }
        }
        const int len = rowLength(row);
        if (len <= 0) {
            col = 0;
            return;
        }
        col = col < 0 ? 0 : (col >= len ? len - 1 : col);
        if (left) {
            col = col > 0 ? col - 1 : len - 1;
        }
        if (right) {
            col = col + 1 < len ? col + 1 : 0;
        }
    }
    bool at(int r, int c) const { return row == r && col == c; }
};

} // namespace pathlight::minigames::kit
