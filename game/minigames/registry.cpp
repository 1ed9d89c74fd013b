// The sorted list of mini-games: adding a game is its folder plus one line here (and one line in
// view_registry.cpp for its view). Keep the lines sorted by id; a test checks the order.
#include "minigames/framework/registry.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

// One include per game.
#include "minigames/bridge/bridge_rules.hpp"
#include "minigames/budget/budget_rules.hpp"
#include "minigames/farm/farm_rules.hpp"
#include "minigames/foodtruck/foodtruck_rules.hpp"
#include "minigames/launch/launch_rules.hpp"
#include "minigames/robot/robot_rules.hpp"
#include "minigames/shop/shop_rules.hpp"
#include "minigames/triage/triage_rules.hpp"

namespace pathlight::minigames {

namespace {
// One line per game, sorted by id.
constexpr GameEntry kGames[] = {
    {"bridge", &bridge::makeRules, &bridge::makeBot},
    {"budget", &budget::makeRules, &budget::makeBot},
    {"farm", &farm::makeRules, &farm::makeBot},
    {"foodtruck", &foodtruck::makeRules, &foodtruck::makeBot},
    {"launch", &launch::makeRules, &launch::makeBot},
    {"robot", &robot::makeRules, &robot::makeBot},
    {"shop", &shop::makeRules, &shop::makeBot},
    {"triage", &triage::makeRules, &triage::makeBot},
};
} // namespace

std::span<const GameEntry> games() {
    return {std::begin(kGames), std::end(kGames)};
}

const GameEntry* findGame(std::string_view id) {
    const auto it = std::find_if(std::begin(kGames), std::end(kGames), [&](const GameEntry& g) { return g.id == id; });
    return it == std::end(kGames) ? nullptr : &*it;
}

core::Result<std::unique_ptr<GameRules>> loadRules(const GameEntry& game, const std::string& contentDir) {
    LevelsFile file;
    file.path = "minigames/" + std::string(game.id) + "/levels.json";
    std::ifstream in(contentDir + "/" + file.path, std::ios::binary);
    if (!in) {
        return core::makeError("A game's levels are missing.", file.path + ": cannot be read", "content.invalid");
    }
    std::stringstream text;
    text << in.rdbuf();
    file.text = text.str();
    return game.makeRules(file);
}

} // namespace pathlight::minigames
