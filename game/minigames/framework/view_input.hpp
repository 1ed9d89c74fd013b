// Keyboard and gamepad for game views, edge-triggered (true on the frame a button goes down):
// arrows / WASD / d-pad, Enter / Space / gamepad A, Backspace / gamepad B. Escape and gamepad Start
// pause the round (the game screen handles them). Mouse and touch come straight from ImGui (SDL turns a finger into the mouse).
#pragma once

#include <imgui.h>

namespace pathlight::minigames {

struct NavPress {
    bool left = false, right = false, up = false, down = false;
    bool confirm = false; // Enter, Space, gamepad A
    bool cancel = false;  // Escape, Backspace, gamepad B
    bool any() const { return left || right || up || down || confirm || cancel; }
};

// What was pressed this frame. Call once per frame.
NavPress readNav();

// True on the frame the mouse (or a finger) went down inside [min, max].
bool clicked(ImVec2 min, ImVec2 max);
bool hovered(ImVec2 min, ImVec2 max);

} // namespace pathlight::minigames
