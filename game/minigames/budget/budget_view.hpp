// The budget game's view: the lemonade stand and its sidewalk, the morning plan panel, surprise
// cards, the day's summary with a profit chart, and the savings jar filling toward the goal.
// Reads BudgetRules; never changes it (actions go back through the game screen).
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::budget {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::budget
