// The launch game's view: audience cards with their likes and survey cards on the left, the
// message and channel choices and the launch button on the right; while a campaign runs, a chart
// of who saw, liked and bought grows day by day; news cards and the final report on top.
// Reads LaunchRules; never changes it (actions go back through the game screen).
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::launch {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::launch
