#include "minigames/framework/play.hpp"

namespace pathlight::minigames {

namespace {
class IdleBot final : public Bot {
public:
    std::vector<Action> act(const GameRules&, double) override { return {}; }
};
} // namespace

std::unique_ptr<Bot> makeIdleBot() {
    return std::make_unique<IdleBot>();
}

PlayOutcome playRound(GameRules& rules, Bot& bot, std::uint64_t seed, int level, double step) {
    rules.start(seed, level);
    double elapsed = 0;
    while (!rules.finished() && elapsed < kRoundLimitSeconds) {
        const std::vector<Action> actions = bot.act(rules, step);
        rules.update(step, actions);
        elapsed += step;
    }
    return {rules.result(), !rules.finished()};
}

BalanceSummary summarize(const std::vector<GameResult>& results) {
    BalanceSummary s;
    for (const GameResult& r : results) {
        ++s.rounds;
        s.wins += r.won ? 1 : 0;
        s.meanScore += r.score;
        s.meanSeconds += r.seconds;
        s.meanStars += r.stars;
    }
    if (s.rounds > 0) {
        s.meanScore /= s.rounds;
        s.meanSeconds /= s.rounds;
        s.meanStars /= s.rounds;
    }
    return s;
}

} // namespace pathlight::minigames
