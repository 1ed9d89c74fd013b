// The views of the mini-games, one line per game, sorted by id (the same ids as registry.cpp).
#include "minigames/framework/game_view.hpp"

#include <algorithm>
#include <iterator>

// One include per game view.
#include "minigames/bridge/bridge_view.hpp"
#include "minigames/budget/budget_view.hpp"
#include "minigames/farm/farm_view.hpp"
#include "minigames/foodtruck/foodtruck_view.hpp"
#include "minigames/launch/launch_view.hpp"
#include "minigames/robot/robot_view.hpp"
#include "minigames/shop/shop_view.hpp"
#include "minigames/triage/triage_view.hpp"

namespace pathlight::minigames {

namespace {
constexpr ViewEntry kViews[] = {
    {"bridge", &bridge::makeView},
    {"budget", &budget::makeView},
    {"farm", &farm::makeView},
    {"foodtruck", &foodtruck::makeView},
    {"launch", &launch::makeView},
    {"robot", &robot::makeView},
    {"shop", &shop::makeView},
    {"triage", &triage::makeView},
};
} // namespace

std::unique_ptr<GameView> makeView(std::string_view id) {
    const auto it = std::find_if(std::begin(kViews), std::end(kViews), [&](const ViewEntry& v) { return v.id == id; });
    return it == std::end(kViews) ? nullptr : it->makeView();
}

} // namespace pathlight::minigames
