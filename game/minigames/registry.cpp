// The sorted list of mini-games: adding a game is its folder plus one line here (and one line in
// view_registry.cpp for its view). Keep the lines sorted by id.
#include "minigames/framework/registry.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

// One include per game.
#include "minigames/budget/budget_rules.hpp"
#include "minigames/farm/farm_rules.hpp"
#include "minigames/launch/launch_rules.hpp"

namespace pathlight::minigames {

namespace {
// One line per game, sorted by id.
constexpr std::array<GameEntry, 3> kGames{{
    {"budget", &budget::makeRules, &budget::makeBot},
    {"farm", &farm::makeRules, &farm::makeBot},
    {"launch", &launch::makeRules, &launch::makeBot},
}};
} // namespace

std::span<const GameEntry> games() {
    return {kGames.data(), kGames.size()};
}

const GameEntry* findGame(std::string_view id) {
    const auto it = std::find_if(kGames.begin(), kGames.end(), [&](const GameEntry& g) { return g.id == id; });
    return it == kGames.end() ? nullptr : &*it;
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
