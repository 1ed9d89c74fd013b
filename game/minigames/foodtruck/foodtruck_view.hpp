// Food truck view: draws the window with customers and their orders, the grill, the plate and the
// pantry buttons, and turns taps, arrow keys + Enter and the gamepad into Food truck actions.
// Reads FoodtruckRules only; never changes them.
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::foodtruck {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::foodtruck
