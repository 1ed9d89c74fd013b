// Bridge builder view: draws the gap, the grid of points, the pieces, the budget and the test drive
// (stress colours, snapping pieces, the truck), and turns taps and keys into bridge Actions.
// Reads BridgeRules only; never changes them.
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::bridge {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::bridge
