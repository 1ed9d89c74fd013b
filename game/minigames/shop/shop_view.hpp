// Shop week view: draws the week strip, today's two shifts with what they need, the team's cards,
// the Run button and the day playing out, and turns taps, drags, arrow keys + Enter and the gamepad
// into Shop actions. Reads ShopRules only; never changes them.
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::shop {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::shop
