// ER triage view: draws the front door, the patient chart, the care rooms and the waiting room,
// and turns taps, drags, arrow keys + Enter and the gamepad into Send actions. Reads TriageRules
// only; never changes them.
#pragma once

#include "minigames/framework/game_view.hpp"

#include <memory>

namespace pathlight::minigames::triage {

std::unique_ptr<GameView> makeView();

} // namespace pathlight::minigames::triage
