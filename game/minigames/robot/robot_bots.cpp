// Bots for the robot coder. Good: plans the shortest path through the gems (BFS), folds repeats
// into loops, types that program block by block and runs it; in a bug puzzle it edits only what
// differs from a working program. Now and then it slips (a turned-around turn, or it runs the broken
// program first to watch the bug), more often on harder levels. Random: taps random blocks and runs.
#include "minigames/robot/robot_rules.hpp"

#include "minigames/framework/rng.hpp"

#include <algorithm>

namespace pathlight::minigames::robot {

namespace {

Action make(ActionCode code, int a = 0) {
    return {static_cast<int>(code), a, 0};
}

class GoodBot final : public Bot {
public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed ^ 0x600D5ull) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const RobotRules&>(base);
        if (rules.phase() != Phase::Edit) {
            return {};
        }
        if (rules.puzzle() != m_puzzle) {
            newPuzzle(rules);
        }
        if (rules.resultCount() != m_results) {
            m_results = rules.resultCount();
            m_target = m_correct; // after a failed run: write the right program
            m_runBroken = false;
            m_wait = 1.5 + m_rng.unit(); // looks at where the robot went wrong
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.7 + 0.7 * m_rng.unit();
        if (m_runBroken) {
            return {make(ActionCode::Run)};
        }
        return {edit(rules)};
    }

private:
    void newPuzzle(const RobotRules& rules) {
        m_puzzle = rules.puzzle();
        m_results = rules.resultCount();
        m_correct = rules.plan(); // what planProgram(maze) gives; made once when the levels load
        m_target = m_correct;
        m_runBroken = false;
        const double slip = rules.level() == 1 ? 0.08 : rules.level() == 2 ? 0.2 : 0.45;
        m_wait = 2.0 + 1.5 * m_rng.unit(); // reads the maze
        if (rules.bugPuzzle()) {
            m_wait += 2.0 + 2.0 * m_rng.unit(); // reads the program too
            m_runBroken = m_rng.chance(slip);
        } else if (m_rng.chance(slip)) {
            // A slip: one turn the wrong way round.
            for (Block& b : m_target) {
                if (b.kind == BlockKind::Left || b.kind == BlockKind::Right) {
                    b.kind = b.kind == BlockKind::Left ? BlockKind::Right : BlockKind::Left;
                    break;
                }
            }
        }
    }

    Action edit(const RobotRules& rules) {
        const Program& have = rules.program();
        const Program& want = m_target;
        if (have == want) {
            return make(ActionCode::Run);
        }
        const int n = static_cast<int>(have.size());
        const int m = static_cast<int>(want.size());
        // A repeat that only needs another count.
        for (int k = 0; k < std::min(n, m); ++k) {
            if (have[static_cast<std::size_t>(k)].kind != want[static_cast<std::size_t>(k)].kind) {
                break;
            }
            if (have[static_cast<std::size_t>(k)].count != want[static_cast<std::size_t>(k)].count &&
                have[static_cast<std::size_t>(k)].kind == BlockKind::Repeat) {
                return rules.caret() == k + 1 ? make(ActionCode::Count) : make(ActionCode::Caret, k + 1);
            }
        }
        int p = 0;
        while (p < n && p < m && have[static_cast<std::size_t>(p)] == want[static_cast<std::size_t>(p)]) {
            ++p;
        }
        int q = 0;
        while (q < n - p && q < m - p &&
               have[static_cast<std::size_t>(n - 1 - q)] == want[static_cast<std::size_t>(m - 1 - q)]) {
            ++q;
        }
        if (n - q > p) { // remove what is wrong, from its end
            return rules.caret() == n - q ? make(ActionCode::Delete) : make(ActionCode::Caret, n - q);
        }
        if (rules.caret() != p) {
            return make(ActionCode::Caret, p);
        }
        return make(ActionCode::Add, static_cast<int>(want[static_cast<std::size_t>(p)].kind));
    }

    Rng m_rng;
    int m_puzzle = -1;
    int m_results = 0;
    Program m_correct;
    Program m_target;
    bool m_runBroken = false;
    double m_wait = 0;
};

class RandomBot final : public Bot {
public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed ^ 0x7A4D5ull) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const RobotRules&>(base);
        m_wait -= dt;
        if (m_wait > 0 || rules.phase() != Phase::Edit) {
            return {};
        }
        m_wait = 0.3 + 0.7 * m_rng.unit();
        const int roll = m_rng.range(0, 99);
        if (roll < 55) {
            return {make(ActionCode::Add, m_rng.range(0, kBlockKinds - 1))};
        }
        if (roll < 65) {
            return {make(ActionCode::Caret, m_rng.range(0, static_cast<int>(rules.program().size())))};
        }
        if (roll < 77) {
            return {make(ActionCode::Delete)};
        }
        if (roll < 82) {
            return {make(ActionCode::Count)};
        }
        return {make(ActionCode::Run)};
    }

private:
    Rng m_rng;
    double m_wait = 0.5;
};

} // namespace

std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed) {
    switch (kind) {
    case BotKind::Good: return std::make_unique<GoodBot>(seed);
    case BotKind::Random: return std::make_unique<RandomBot>(seed);
    case BotKind::Idle: break;
    }
    return makeIdleBot();
}

} // namespace pathlight::minigames::robot
