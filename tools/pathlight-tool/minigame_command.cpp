// `pathlight-tool minigame list | play`: the mini-games headless, on the same rules and bots as
// the tests. `play` prints one line per round and a summary (win rate, mean score, mean time), so
// anyone can check a game's balance.
#include "commands.hpp"

#include "minigames/framework/play.hpp"
#include "minigames/framework/registry.hpp"

#include <charconv>
#include <cstdio>
#include <string>

namespace pathlight::tool {

namespace {

constexpr const char* kHelp = R"(Usage:
  pathlight-tool minigame list
      One game a line: id, cluster grouping, clusters.
  pathlight-tool minigame play NAME [--seed S] [--level L] [--bot random|good|idle] [--rounds N]
                                    [--content DIR]
      Plays N rounds (default 20) headless with a bot and prints each round's result and a
      summary: win rate, mean score and mean time. Round k uses seed S+k-1 (default S = 1).
      --level 1-3 (default 1), --bot good (default).
)";

template <class T> bool parseNumber(std::string_view text, T& out) {
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

int list() {
    for (const minigames::GameEntry& game : minigames::games()) {
        auto rules = minigames::loadRules(game, defaultContentDir());
        std::string clusters;
        std::string grouping = "?";
        if (rules) {
            grouping = rules.value()->info().grouping;
            for (const std::string& c : rules.value()->info().clusters) {
                clusters += (clusters.empty() ? "" : ";") + c;
            }
        }
        std::printf("%.*s\t%s\t%s\n", static_cast<int>(game.id.size()), game.id.data(), grouping.c_str(),
                    clusters.c_str());
    }
    return kExitOk;
}

int play(const Args& args) {
    if (args.empty()) {
        return usageError("minigame play needs a game name", "minigame ");
    }
    const minigames::GameEntry* game = minigames::findGame(args[0]);
    if (!game) {
        return usageError("no game called '" + std::string(args[0]) + "' (see 'pathlight-tool minigame list')",
                          "minigame ");
    }
    std::uint64_t seed = 1;
    int level = 1;
    int rounds = 20;
    minigames::BotKind kind = minigames::BotKind::Good;
    std::string botName = "good";
    std::string contentDir = defaultContentDir();
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view flag = args[i];
        const std::optional<std::string_view> value = flagValue(args, i);
        if (!value) {
            return usageError(std::string(flag) + " needs a value", "minigame ");
        }
        if (flag == "--seed") {
            if (!parseNumber(*value, seed)) {
                return usageError("--seed must be a whole number", "minigame ");
            }
        } else if (flag == "--level") {
            if (!parseNumber(*value, level) || level < 1 || level > 3) {
                return usageError("--level must be 1, 2 or 3", "minigame ");
            }
        } else if (flag == "--rounds") {
            if (!parseNumber(*value, rounds) || rounds < 1 || rounds > 100000) {
                return usageError("--rounds must be 1 to 100000", "minigame ");
            }
        } else if (flag == "--bot") {
            botName = std::string(*value);
            if (botName == "good") {
                kind = minigames::BotKind::Good;
            } else if (botName == "random") {
                kind = minigames::BotKind::Random;
            } else if (botName == "idle") {
                kind = minigames::BotKind::Idle;
            } else {
                return usageError("--bot must be random, good or idle", "minigame ");
            }
        } else if (flag == "--content") {
            contentDir = std::string(*value);
        } else {
            return usageError("unknown option " + std::string(flag), "minigame ");
        }
    }
    auto rules = minigames::loadRules(*game, contentDir);
    if (!rules) {
        std::fprintf(stderr, "pathlight-tool: %s\n", rules.error().detail.c_str());
        return kExitFailure;
    }
    std::vector<minigames::GameResult> results;
    for (int round = 0; round < rounds; ++round) {
        const std::uint64_t roundSeed = seed + static_cast<std::uint64_t>(round);
        auto bot = game->makeBot(kind, roundSeed * 7919u);
        const minigames::PlayOutcome outcome = minigames::playRound(*rules.value(), *bot, roundSeed, level);
        const minigames::GameResult& r = outcome.result;
        std::printf("round %d seed %llu: %s score %d/%d stars %d time %.1f s%s\n", round + 1,
                    static_cast<unsigned long long>(roundSeed), r.won ? "won " : "lost", r.score, r.maxScore,
                    r.stars, r.seconds, outcome.endedByLimit ? " (never ended)" : "");
        results.push_back(r);
    }
    const minigames::BalanceSummary s = minigames::summarize(results);
    std::printf("summary: %.*s level %d bot %s rounds %d win rate %.0f%% mean score %.1f mean stars %.2f "
                "mean time %.1f s\n",
                static_cast<int>(game->id.size()), game->id.data(), level, botName.c_str(), s.rounds,
                s.winRate() * 100.0, s.meanScore, s.meanStars, s.meanSeconds);
    return kExitOk;
}

} // namespace

int runMinigame(const Args& args) {
    if (args.empty() || isHelpFlag(args[0])) {
        std::fputs(kHelp, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "list") {
        return list();
    }
    if (args[0] == "play") {
        return play(Args(args.begin() + 1, args.end()));
    }
    return usageError("unknown minigame command '" + std::string(args[0]) + "'", "minigame ");
}

} // namespace pathlight::tool
