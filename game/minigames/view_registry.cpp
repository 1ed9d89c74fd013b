// The views of the mini-games, one line per game, sorted by id (the same ids as registry.cpp).
#include "minigames/framework/game_view.hpp"

#include <algorithm>
#include <array>

// One include per game view.
#include "minigames/budget/budget_view.hpp"
#include "minigames/farm/farm_view.hpp"
#include "minigames/launch/launch_view.hpp"

namespace pathlight::minigames {

namespace {
constexpr std::array<ViewEntry, 3> kViews{{
    {"budget", &budget::makeView},
    {"farm", &farm::makeView},
    {"launch", &launch::makeView},
}};
} // namespace

std::unique_ptr<GameView> makeView(std::string_view id) {
    const auto it = std::find_if(kViews.begin(), kViews.end(), [&](const ViewEntry& v) { return v.id == id; });
    return it == kViews.end() ? nullptr : it->makeView();
}

} // namespace pathlight::minigames
