// The rules side of a career mini-game (issue 11): pure C++, no ImGui, no SDL, no store. A game's
// rules own its state, advance it from player actions, and end in a GameResult that the app layer
// saves. Tests and `pathlight-tool minigame play` drive the very same rules headless with bots.
//
// Determinism: start(seed, level) followed by the same sequence of update(dt, actions) calls gives
// the same state and the same result, on every machine. Use minigames::Rng (never std::rand or a
// std:: distribution, whose output differs between standard libraries) and no wall clock.
#pragma once

#include "core/result.hpp"
#include "core/riasec.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace pathlight::minigames {

// One thing the player did, already translated from mouse, touch, keys or gamepad by the view
// (or chosen by a bot). Each game names its codes in an enum of its own rules header; `a` and `b`
// say what the action is aimed at (a patient, a grid cell, a slot…).
struct Action {
    int code = 0;
    int a = 0;
    int b = 0;
    bool operator==(const Action&) const = default;
};

// What a game is about; the same for every round.
struct GameInfo {
    std::string id;                    // "triage": its folder in game/minigames/ and content/minigames/
    std::string grouping;              // clusters.csv grouping id, e.g. "caring-communities", or "cross-cutting"
    std::vector<std::string> clusters; // cluster ids (clusters.csv) whose passport stamp a round earns
    core::AreaScores riasec{};         // 0..1 per area (R I A S E C): how much the work draws on each
    std::vector<std::string> careers;  // 2-3 O*NET-SOC codes for "How this is like the real job"
    std::string icon;                  // Font Awesome 4.7 name, for the map and the activity card
};

// How a round went. The app layer stores it as a revision; the end screen shows it.
struct GameResult {
    int level = 1;        // 1..levelCount()
    int score = 0;        // 0..maxScore
    int maxScore = 0;
    int stars = 0;        // 0-3; 1 star or more is a win
    bool won = false;     // the level's goal was reached
    double seconds = 0;   // game time of the round (time paused is never passed to update())
    // Keys of the game's strings ("game.<id>.well.<what>") naming what the player did well, best first.
    std::vector<std::string> didWell;
};

class GameRules {
public:
    virtual ~GameRules() = default;
    virtual const GameInfo& info() const = 0;
    virtual int levelCount() const { return 3; }
    // Begins a fresh round; `level` is 1-based. Everything random comes from `seed`.
    virtual void start(std::uint64_t seed, int level) = 0;
    // Advances game time by `dt` seconds (0 < dt <= 0.25), after applying `actions` in order.
    // Actions that make no sense right now are ignored, never an error.
    virtual void update(double dt, std::span<const Action> actions) = 0;
    virtual bool finished() const = 0;
    // The round's result; meaningful once finished() (before that: the result so far).
    virtual GameResult result() const = 0;
};

// A player without a screen, for balance and tests. Good: a scripted sensible player. Random:
// presses whatever it may, at a human-ish rate. Idle: never does anything.
enum class BotKind { Idle, Random, Good };

class Bot {
public:
    virtual ~Bot() = default;
    // The actions to feed the next update(dt, …); `rules` is the game the bot was made for.
    virtual std::vector<Action> act(const GameRules& rules, double dt) = 0;
};

// The idle bot is the same for every game.
std::unique_ptr<Bot> makeIdleBot();

} // namespace pathlight::minigames
