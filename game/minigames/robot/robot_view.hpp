// Robot coder view: draws the maze with its beeping robot and gems, the program as a row of block
// tiles with a caret, and the block palette; turns taps and keys into robot Actions. Reads
// RobotRules only; never changes them.
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::robot {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::robot
