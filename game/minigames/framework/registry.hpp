// The sorted list of mini-games (like GCompris's activities.txt): one line per game in
// game/minigames/registry.cpp. Rules side only, so pathlight-tool and tests can use it.
// A game's view is registered in game/minigames/view_registry.cpp under the same id.
#pragma once

#include "core/result.hpp"
#include "minigames/framework/game_rules.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace pathlight::minigames {

// A game's levels file, content/minigames/<id>/levels.json, as text. `path` names it in messages.
struct LevelsFile {
    std::string path;
    std::string text;
};

struct GameEntry {
    std::string_view id;
    // Parses and checks the levels file; an error names the file and the level and field at fault.
    core::Result<std::unique_ptr<GameRules>> (*makeRules)(const LevelsFile& levels);
    std::unique_ptr<Bot> (*makeBot)(BotKind kind, std::uint64_t seed);
};

// Every game, sorted by id.
std::span<const GameEntry> games();
const GameEntry* findGame(std::string_view id);

// Reads content/minigames/<id>/levels.json under `contentDir` and makes the game's rules.
core::Result<std::unique_ptr<GameRules>> loadRules(const GameEntry& game, const std::string& contentDir);

} // namespace pathlight::minigames
