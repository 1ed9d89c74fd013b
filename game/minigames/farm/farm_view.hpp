// The farm game's view: the year's bar and weather forecast on top, the power corner (solar panel,
// wind turbine, battery, water tank) on the left, the field plots and the greenhouse, and the seed
// bar. A tap on a plot plants the chosen seed, waters a growing crop or harvests a ripe one.
// Reads FarmRules; never changes it (actions go back through the game screen).
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::farm {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::farm
