// Plays rounds headless: a bot feeds a game's rules at a fixed step until the round ends. Used by
// `pathlight-tool minigame play`, the balance tests and the benchmarks.
#pragma once

#include "minigames/framework/game_rules.hpp"

#include <cstdint>
#include <vector>

namespace pathlight::minigames {

inline constexpr double kPlayStep = 1.0 / 30.0; // seconds of game time per update
inline constexpr double kRoundLimitSeconds = 600.0; // a round that runs longer is a bug in the game

struct PlayOutcome {
    GameResult result;
    bool endedByLimit = false; // the game never finished within kRoundLimitSeconds
};

PlayOutcome playRound(GameRules& rules, Bot& bot, std::uint64_t seed, int level, double step = kPlayStep);

struct BalanceSummary {
    int rounds = 0;
    int wins = 0;
    double meanScore = 0;
    double meanSeconds = 0;
    double meanStars = 0;
    double winRate() const { return rounds ? static_cast<double>(wins) / rounds : 0.0; }
};

BalanceSummary summarize(const std::vector<GameResult>& results);

} // namespace pathlight::minigames
