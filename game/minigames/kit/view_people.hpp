// Drawn people for the game views: a friendly head-and-shoulders figure built from ImDrawList shapes.
// Looks come from a small number so every game shows people of every kind (skin tones, hair, ages,
// glasses, head scarves) without tying any look to a job. Draws only; owns no state.
#pragma once

#include <imgui.h>

#include <cstdint>

namespace pathlight::minigames::kit {

enum class Mood { Happy, Calm, Worried, Sad, Sleepy };

struct Look {
    ImU32 skin = 0;
    ImU32 hair = 0;
    ImU32 shirt = 0;
    int hairStyle = 0; // 0 short, 1 long, 2 bun, 3 curly, 4 none, 5 head scarf
    bool glasses = false;
    bool elder = false;
    bool child = false;
};

// The same number always gives the same look.
Look lookFromSeed(std::uint32_t seed);

// Draws a person whose head is centred at `head` with head radius `r`; the shoulders reach about
// 2.2 r below the head centre. `shirtOverride` (non-zero) dresses them in a uniform colour.
void drawPerson(ImDrawList* dl, ImVec2 head, float r, const Look& look, Mood mood, ImU32 shirtOverride = 0);

} // namespace pathlight::minigames::kit
