// Robot coder rules: puzzles, program editing, the step-by-step run, the planner that sets each
// puzzle's par, and the levels file. No ImGui, no SDL.
//
// [SECTION] planner  [SECTION] rules  [SECTION] levels file
#include "minigames/robot/robot_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <deque>
#include <functional>

namespace pathlight::minigames::robot {

namespace {

constexpr int kMaxSteps = 400;
constexpr int kMaxProgram = 30;
constexpr std::array<int, 4> kDx{0, 1, 0, -1};
constexpr std::array<int, 4> kDy{-1, 0, 1, 0};

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] planner
//-----------------------------------------------------------------------------

namespace {

// Fewest moves (forward / left / right) from `from` to stand on `to`; empty `ok` when unreachable.
std::vector<BlockKind> shortestMoves(const Maze& maze, Pose from, Pose to, Pose& end, bool& ok) {
    const int states = maze.width * maze.height * 4;
    auto id = [&](const Pose& p) { return (p.y * maze.width + p.x) * 4 + p.dir; };
    std::vector<int> prev(static_cast<std::size_t>(states), -1);
    std::vector<BlockKind> how(static_cast<std::size_t>(states), BlockKind::Forward);
    std::vector<bool> seen(static_cast<std::size_t>(states), false);
    std::deque<Pose> queue{from};
    seen[static_cast<std::size_t>(id(from))] = true;
    ok = false;
    while (!queue.empty()) {
        const Pose p = queue.front();
        queue.pop_front();
        if (p.x == to.x && p.y == to.y) {
            std::vector<BlockKind> moves;
            for (int s = id(p); s != id(from); s = prev[static_cast<std::size_t>(s)]) {
                moves.push_back(how[static_cast<std::size_t>(s)]);
            }
            std::reverse(moves.begin(), moves.end());
            end = p;
            ok = true;
            return moves;
        }
        const std::array<std::pair<BlockKind, Pose>, 3> next{{
            {BlockKind::Forward, {p.x + kDx[static_cast<std::size_t>(p.dir)], p.y + kDy[static_cast<std::size_t>(p.dir)], p.dir}},
            {BlockKind::Left, {p.x, p.y, (p.dir + 3) % 4}},
            {BlockKind::Right, {p.x, p.y, (p.dir + 1) % 4}},
        }};
        for (const auto& [kind, q] : next) {
            if (maze.wall(q.x, q.y) || seen[static_cast<std::size_t>(id(q))]) {
                continue;
            }
            seen[static_cast<std::size_t>(id(q))] = true;
            prev[static_cast<std::size_t>(id(q))] = id(p);
            how[static_cast<std::size_t>(id(q))] = kind;
            queue.push_back(q);
        }
    }
    return {};
}

} // namespace

Program compress(const std::vector<BlockKind>& moves) {
    const int n = static_cast<int>(moves.size());
    // best[i]: fewest blocks for moves[i..n); choice[i]: (pattern length, count), (0, 0) for one block.
    std::vector<int> best(static_cast<std::size_t>(n + 1), 0);
    std::vector<std::pair<int, int>> choice(static_cast<std::size_t>(n + 1), {0, 0});
    for (int i = n - 1; i >= 0; --i) {
        best[static_cast<std::size_t>(i)] = 1 + best[static_cast<std::size_t>(i + 1)];
        for (int len = 1; len <= 12 && i + 2 * len <= n; ++len) {
            int count = 1;
            while (count < 9 && i + (count + 1) * len <= n &&
                   std::equal(moves.begin() + i, moves.begin() + i + len, moves.begin() + i + count * len)) {
                ++count;
            }
            for (int c = 2; c <= count; ++c) {
                const int end = i + c * len;
                const int cost = 1 + len + (end == n ? 0 : 1) + best[static_cast<std::size_t>(end)];
                if (cost < best[static_cast<std::size_t>(i)]) {
                    best[static_cast<std::size_t>(i)] = cost;
                    choice[static_cast<std::size_t>(i)] = {len, c};
                }
            }
        }
    }
    Program out;
    for (int i = 0; i < n;) {
        const auto [len, c] = choice[static_cast<std::size_t>(i)];
        if (len == 0) {
            out.push_back({moves[static_cast<std::size_t>(i)], 2});
            ++i;
            continue;
        }
        out.push_back({BlockKind::Repeat, c});
        for (int k = 0; k < len; ++k) {
            out.push_back({moves[static_cast<std::size_t>(i + k)], 2});
        }
        i += len * c;
        if (i < n) {
            out.push_back({BlockKind::End, 2});
        }
    }
    return out;
}

std::vector<BlockKind> planMoves(const Maze& maze) {
    // Every order of the gems (at most 5); keep the one that makes the shortest program.
    std::vector<int> order(maze.gems.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<int>(i);
    }
    std::vector<BlockKind> bestMoves;
    std::size_t bestBlocks = SIZE_MAX;
    do {
        std::vector<BlockKind> moves;
        Pose at = maze.start;
        bool reachable = true;
        for (int g : order) {
            bool ok = false;
            Pose end;
            const std::vector<BlockKind> leg = shortestMoves(maze, at, maze.gems[static_cast<std::size_t>(g)], end, ok);
            if (!ok) {
                reachable = false;
                break;
            }
            moves.insert(moves.end(), leg.begin(), leg.end());
            moves.push_back(BlockKind::Pick);
            at = end;
        }
        if (!reachable) {
            continue;
        }
        const std::size_t blocks = compress(moves).size();
        if (blocks < bestBlocks || (blocks == bestBlocks && moves.size() < bestMoves.size())) {
            bestBlocks = blocks;
            bestMoves = moves;
        }
    } while (std::next_permutation(order.begin(), order.end()));
    return bestMoves;
}

Program planProgram(const Maze& maze, bool loops) {
    if (loops) {
        return compress(planMoves(maze));
    }
    Program plain;
    for (BlockKind k : planMoves(maze)) {
        plain.push_back({k, 2});
    }
    return plain;
}

bool expand(const Program& program, std::vector<std::pair<BlockKind, int>>& steps) {
    steps.clear();
    // Each Repeat runs the blocks after it up to its End (or the program's end).
    std::function<bool(std::size_t&, int)> run;
    run = [&](std::size_t& i, int depth) -> bool {
        const std::size_t begin = i;
        (void)begin;
        while (i < program.size()) {
            const Block& b = program[i];
            if (b.kind == BlockKind::End) {
                ++i;
                if (depth > 0) {
                    return true;
                }
                continue; // a stray End does nothing
            }
            if (b.kind == BlockKind::Repeat) {
                const std::size_t bodyStart = i + 1;
                std::size_t after = bodyStart;
                for (int c = 0; c < std::max(1, b.count); ++c) {
                    after = bodyStart;
                    if (!run(after, depth + 1)) {
                        return false;
                    }
                }
                i = after;
                continue;
            }
            steps.emplace_back(b.kind, static_cast<int>(i));
            if (static_cast<int>(steps.size()) > kMaxSteps) {
                return false;
            }
            ++i;
        }
        return true;
    };
    std::size_t i = 0;
    return run(i, 0);
}

RunResult simulate(const Maze& maze, const Program& program) {
    std::vector<std::pair<BlockKind, int>> steps;
    if (!expand(program, steps)) {
        return RunResult::TooLong;
    }
    Pose r = maze.start;
    std::vector<bool> taken(maze.gems.size(), false);
    std::size_t left = maze.gems.size();
    for (const auto& [kind, index] : steps) {
        (void)index;
        switch (kind) {
        case BlockKind::Forward: {
            const int nx = r.x + kDx[static_cast<std::size_t>(r.dir)];
            const int ny = r.y + kDy[static_cast<std::size_t>(r.dir)];
            if (maze.wall(nx, ny)) {
                return RunResult::Crashed;
            }
            r.x = nx;
            r.y = ny;
            break;
        }
        case BlockKind::Left: r.dir = (r.dir + 3) % 4; break;
        case BlockKind::Right: r.dir = (r.dir + 1) % 4; break;
        case BlockKind::Pick: {
            bool got = false;
            for (std::size_t g = 0; g < maze.gems.size(); ++g) {
                if (!taken[g] && maze.gems[g].x == r.x && maze.gems[g].y == r.y) {
                    taken[g] = true;
                    got = true;
                    --left;
                }
            }
            if (!got) {
                return RunResult::NothingHere;
            }
            if (left == 0) {
                return RunResult::Solved;
            }
            break;
        }
        case BlockKind::Repeat:
        case BlockKind::End: break;
        }
    }
    return RunResult::GemsLeft;
}

//-----------------------------------------------------------------------------
// [SECTION] rules
//-----------------------------------------------------------------------------

RobotRules::RobotRules(std::vector<LevelSpec> levels) : m_levels(std::move(levels)) {
    m_info.id = "robot";
    m_info.grouping = "cross-cutting";
    m_info.clusters = {"digital-technology"};
    m_info.riasec = {0.5, 1.0, 0.0, 0.0, 0.0, 0.5};
    m_info.careers = {"15-1252.00", "17-3024.01", "15-1254.00"};
    m_info.icon = "code";
    m_spec = m_levels.front();
}

void RobotRules::start(std::uint64_t seed, int level) {
    m_level = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_spec = m_levels[static_cast<std::size_t>(m_level - 1)];
    m_rng = Rng(seed ^ 0x20B07ull);
    // Puzzles: the pool's mazes in a seeded order; bug puzzles follow the build puzzles.
    std::vector<std::size_t> order(m_spec.mazes.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[static_cast<std::size_t>(m_rng.range(0, static_cast<int>(i) - 1))]);
    }
    m_mazes.clear();
    m_plans.clear();
    const int total = m_spec.builds + m_spec.bugs;
    for (int i = 0; i < total; ++i) {
        const std::size_t pick = order[static_cast<std::size_t>(i) % order.size()];
        m_mazes.push_back(m_spec.mazes[pick]);
        m_plans.push_back(m_spec.plans[pick]);
    }
    m_bugPrograms.clear();
    for (int i = m_spec.builds; i < total; ++i) {
        m_puzzle = i;
        makeBug(m_rng);
    }
    m_phase = Phase::Edit;
    m_time = 0;
    m_penalty = 0;
    m_score = 0;
    m_solved = 0;
    m_firstRunSolves = 0;
    m_parSolves = 0;
    m_bugFixes = 0;
    m_usedLoops = false;
    m_result = RunResult::None;
    m_resultCount = 0;
    m_rejectCount = 0;
    m_puzzle = 0;
    beginPuzzle();
}

void RobotRules::makeBug(Rng& rng) {
    const Maze& mz = m_mazes[static_cast<std::size_t>(m_puzzle)];
    const Program& good = m_plans[static_cast<std::size_t>(m_puzzle)];
    Program bad = good;
    for (int attempt = 0; attempt < 40; ++attempt) {
        bad = good;
        const BugKind kind = m_spec.bugKinds[static_cast<std::size_t>(
            rng.range(0, static_cast<int>(m_spec.bugKinds.size()) - 1))];
        std::vector<int> at;
        for (std::size_t i = 0; i < bad.size(); ++i) {
            const BlockKind k = bad[i].kind;
            const bool fits = (kind == BugKind::Turn && (k == BlockKind::Left || k == BlockKind::Right)) ||
                              (kind == BugKind::Count && k == BlockKind::Repeat) ||
                              (kind == BugKind::Missing && k == BlockKind::Forward) ||
                              (kind == BugKind::Extra) ||
                              (kind == BugKind::Swap && i + 1 < bad.size() && k != bad[i + 1].kind &&
                               k != BlockKind::Repeat && k != BlockKind::End &&
                               bad[i + 1].kind != BlockKind::Repeat && bad[i + 1].kind != BlockKind::End);
            if (fits) {
                at.push_back(static_cast<int>(i));
            }
        }
        if (at.empty()) {
            continue;
        }
        const auto i = static_cast<std::size_t>(at[static_cast<std::size_t>(rng.range(0, static_cast<int>(at.size()) - 1))]);
        switch (kind) {
        case BugKind::Turn: bad[i].kind = bad[i].kind == BlockKind::Left ? BlockKind::Right : BlockKind::Left; break;
        case BugKind::Count: bad[i].count = bad[i].count == 2 ? 3 : bad[i].count + (rng.chance(0.5) ? 1 : -1); break;
        case BugKind::Missing: bad.erase(bad.begin() + static_cast<std::ptrdiff_t>(i)); break;
        case BugKind::Extra: bad.insert(bad.begin() + static_cast<std::ptrdiff_t>(i), Block{BlockKind::Forward, 2}); break;
        case BugKind::Swap: std::swap(bad[i], bad[i + 1]); break;
        }
        if (simulate(mz, bad) != RunResult::Solved) {
            break;
        }
    }
    if (simulate(mz, bad) == RunResult::Solved) {
        bad = good; // cannot happen with the shipped mazes; a last block that picks nothing is a bug too
        bad.back().kind = BlockKind::Forward;
    }
    m_bugPrograms.push_back(bad);
}

void RobotRules::beginPuzzle() {
    const Maze& mz = maze();
    m_par = static_cast<int>(plan().size());
    if (bugPuzzle()) {
        m_program = m_bugPrograms[static_cast<std::size_t>(m_puzzle - m_spec.builds)];
        m_limit = std::max(m_par, static_cast<int>(m_program.size())) + 1;
    } else {
        m_program.clear();
        m_limit = std::min(kMaxProgram, m_par + m_spec.slack);
    }
    m_caret = static_cast<int>(m_program.size());
    m_runs = 0;
    m_robot = mz.start;
    m_previous = mz.start;
    m_taken.assign(mz.gems.size(), false);
    m_steps.clear();
    m_step = 0;
    m_stepClock = 0;
    m_bumped = false;
    m_afterRun = 0;
}

double RobotRules::timeLeft() const {
    return std::max(0.0, m_spec.seconds - m_time - m_penalty);
}

double RobotRules::stepProgress() const {
    if (m_phase != Phase::Running) {
        return 1.0;
    }
    return std::clamp(m_stepClock / m_spec.stepSeconds, 0.0, 1.0);
}

int RobotRules::runningBlock() const {
    if (m_phase != Phase::Running || m_step == 0 || m_step > static_cast<int>(m_steps.size())) {
        return -1;
    }
    return m_steps[static_cast<std::size_t>(m_step - 1)].second;
}

void RobotRules::startRun() {
    if (m_program.empty()) {
        ++m_rejectCount;
        return;
    }
    m_phase = Phase::Running;
    m_robot = maze().start;
    m_previous = m_robot;
    m_taken.assign(maze().gems.size(), false);
    m_step = 0;
    m_stepClock = 0;
    m_bumped = false;
    m_afterRun = 0;
    m_result = RunResult::None;
    if (!expand(m_program, m_steps)) {
        finishRun(RunResult::TooLong);
        return;
    }
    m_stepClock = m_spec.stepSeconds; // the first move starts at once
}

void RobotRules::finishRun(RunResult r) {
    m_result = r;
    ++m_resultCount;
    ++m_runs;
    m_afterRun = r == RunResult::Solved ? 2.0 : 1.8;
    if (r != RunResult::Solved) {
        m_penalty += m_spec.wrongRunSeconds;
        return;
    }
    int points = 100;
    if (static_cast<int>(m_program.size()) <= m_par) {
        points += 50;
        ++m_parSolves;
    }
    if (m_runs == 1) {
        points += 50;
        ++m_firstRunSolves;
    }
    m_score += points;
    ++m_solved;
    if (bugPuzzle()) {
        ++m_bugFixes;
    }
    for (const Block& b : m_program) {
        m_usedLoops = m_usedLoops || b.kind == BlockKind::Repeat;
    }
}

void RobotRules::advanceRun(double dt) {
    if (m_result != RunResult::None) {
        m_stepClock += dt;
        m_afterRun -= dt;
        if (m_afterRun > 0) {
            return;
        }
        if (m_result == RunResult::Solved) {
            ++m_puzzle;
            if (m_puzzle >= puzzleCount()) {
                m_puzzle = puzzleCount() - 1;
                m_phase = Phase::Done;
                return;
            }
            beginPuzzle();
        } else {
            m_robot = maze().start;
            m_previous = m_robot;
            m_taken.assign(maze().gems.size(), false);
        }
        m_phase = Phase::Edit;
        return;
    }
    m_stepClock += dt;
    while (m_stepClock >= m_spec.stepSeconds && m_result == RunResult::None) {
        m_stepClock -= m_spec.stepSeconds;
        if (m_step >= static_cast<int>(m_steps.size())) {
            finishRun(RunResult::GemsLeft);
            return;
        }
        const BlockKind kind = m_steps[static_cast<std::size_t>(m_step)].first;
        ++m_step;
        m_previous = m_robot;
        const Maze& mz = maze();
        switch (kind) {
        case BlockKind::Forward: {
            const int nx = m_robot.x + kDx[static_cast<std::size_t>(m_robot.dir)];
            const int ny = m_robot.y + kDy[static_cast<std::size_t>(m_robot.dir)];
            if (mz.wall(nx, ny)) {
                m_bumped = true;
                finishRun(RunResult::Crashed);
                return;
            }
            m_robot.x = nx;
            m_robot.y = ny;
            break;
        }
        case BlockKind::Left: m_robot.dir = (m_robot.dir + 3) % 4; break;
        case BlockKind::Right: m_robot.dir = (m_robot.dir + 1) % 4; break;
        case BlockKind::Pick: {
            bool got = false;
            for (std::size_t g = 0; g < mz.gems.size(); ++g) {
                if (!m_taken[g] && mz.gems[g].x == m_robot.x && mz.gems[g].y == m_robot.y) {
                    m_taken[g] = true;
                    got = true;
                }
            }
            if (!got) {
                finishRun(RunResult::NothingHere);
                return;
            }
            if (std::all_of(m_taken.begin(), m_taken.end(), [](bool t) { return t; })) {
                finishRun(RunResult::Solved);
                return;
            }
            break;
        }
        case BlockKind::Repeat:
        case BlockKind::End: break;
        }
    }
}

void RobotRules::update(double dt, std::span<const Action> actions) {
    if (m_phase == Phase::Done) {
        return;
    }
    for (const Action& action : actions) {
        if (m_phase != Phase::Edit) {
            break;
        }
        const int size = static_cast<int>(m_program.size());
        switch (static_cast<ActionCode>(action.code)) {
        case ActionCode::Add:
            if (action.a < 0 || action.a >= kBlockKinds) {
                break;
            }
            if (size >= m_limit) {
                ++m_rejectCount;
                break;
            }
            m_program.insert(m_program.begin() + m_caret, Block{static_cast<BlockKind>(action.a), 2});
            ++m_caret;
            break;
        case ActionCode::Caret: m_caret = std::clamp(action.a, 0, size); break;
        case ActionCode::Delete:
            if (m_caret > 0) {
                m_program.erase(m_program.begin() + (m_caret - 1));
                --m_caret;
            }
            break;
        case ActionCode::Count:
            if (m_caret > 0 && m_program[static_cast<std::size_t>(m_caret - 1)].kind == BlockKind::Repeat) {
                int& c = m_program[static_cast<std::size_t>(m_caret - 1)].count;
                c = c >= 9 ? 2 : c + 1;
            }
            break;
        case ActionCode::Run: startRun(); break;
        }
    }
    m_time += dt;
    if (m_phase == Phase::Running) {
        advanceRun(dt);
    }
    if (m_phase == Phase::Edit && timeLeft() <= 0) {
        m_phase = Phase::Done;
    }
}

GameResult RobotRules::result() const {
    GameResult r;
    r.level = m_level;
    r.maxScore = maxScore();
    r.score = std::min(m_score, r.maxScore);
    r.seconds = m_time;
    const double frac = r.maxScore > 0 ? static_cast<double>(r.score) / r.maxScore : 0.0;
    if (m_solved == puzzleCount()) {
        r.stars = frac >= 0.85 ? 3 : frac >= 0.7 ? 2 : 1;
        r.didWell.push_back("game.robot.well.solved");
    }
    r.won = r.stars >= 1;
    std::vector<std::string> good;
    if (m_firstRunSolves > 0 && m_firstRunSolves == m_solved) {
        good.push_back("game.robot.well.first_try");
    }
    if (m_usedLoops && m_parSolves > 0) {
        good.push_back("game.robot.well.loops");
    }
    if (m_bugFixes > 0) {
        good.push_back("game.robot.well.debug");
    }
    r.didWell.insert(r.didWell.begin(), good.begin(), good.end());
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] levels file
//-----------------------------------------------------------------------------

namespace {

core::Error levelError(const LevelsFile& file, int level, const std::string& what) {
    return core::makeError("A game's levels are broken.",
                           file.path + ": level " + std::to_string(level) + ": " + what, "content.invalid");
}

bool intIn(const nlohmann::json& j, const char* key, int lo, int hi, int& out) {
    if (!j.contains(key) || !j[key].is_number_integer()) {
        return false;
    }
    const auto v = j[key].get<long long>();
    out = static_cast<int>(v);
    return v >= lo && v <= hi;
}

bool numberIn(const nlohmann::json& j, const char* key, double lo, double hi, double& out) {
    if (!j.contains(key) || !j[key].is_number()) {
        return false;
    }
    out = j[key].get<double>();
    return out >= lo && out <= hi;
}

// A maze is rows of '#' wall, '.' floor, '*' gem and one robot '^' '>' 'v' '<' (facing that way).
std::string parseMaze(const nlohmann::json& rows, Maze& mz) {
    if (!rows.is_array() || rows.size() < 3 || rows.size() > 9) {
        return "must be a list of 3-9 rows";
    }
    mz.height = static_cast<int>(rows.size());
    int starts = 0;
    for (std::size_t y = 0; y < rows.size(); ++y) {
        if (!rows[y].is_string()) {
            return "rows must be text";
        }
        const std::string row = rows[y].get<std::string>();
        if (y == 0) {
            mz.width = static_cast<int>(row.size());
            if (mz.width < 3 || mz.width > 9) {
                return "rows must be 3-9 long";
            }
        } else if (static_cast<int>(row.size()) != mz.width) {
            return "rows must all be the same length";
        }
        for (std::size_t x = 0; x < row.size(); ++x) {
            const char c = row[x];
            const int xi = static_cast<int>(x);
            const int yi = static_cast<int>(y);
            mz.walls.push_back(c == '#');
            const std::string dirs = "^>v<";
            if (c == '*') {
                mz.gems.push_back({xi, yi, 0});
            } else if (dirs.find(c) != std::string::npos) {
                mz.start = {xi, yi, static_cast<int>(dirs.find(c))};
                ++starts;
            } else if (c != '#' && c != '.') {
                return std::string("has an unknown mark '") + c + "'";
            }
        }
    }
    if (starts != 1) {
        return "needs exactly one robot";
    }
    if (mz.gems.empty() || mz.gems.size() > 5) {
        return "needs 1-5 gems";
    }
    if (planMoves(mz).empty()) {
        return "has a gem the robot cannot reach";
    }
    return {};
}

} // namespace

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file) {
    nlohmann::json root = nlohmann::json::parse(file.text, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !root.contains("levels") || !root["levels"].is_array()) {
        return core::makeError("A game's levels are broken.", file.path + ": needs an object with a 'levels' array",
                               "content.invalid");
    }
    const nlohmann::json& list = root["levels"];
    if (list.size() != 3) {
        return core::makeError("A game's levels are broken.", file.path + ": needs exactly 3 levels",
                               "content.invalid");
    }
    std::vector<LevelSpec> levels;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& j = list[i];
        const int n = static_cast<int>(i) + 1;
        if (!j.is_object()) {
            return levelError(file, n, "must be an object");
        }
        LevelSpec s;
        if (!intIn(j, "builds", 1, 4, s.builds)) {
            return levelError(file, n, "'builds' must be 1-4");
        }
        if (!intIn(j, "bugs", 0, 3, s.bugs)) {
            return levelError(file, n, "'bugs' must be 0-3");
        }
        if (!j.contains("bug_kinds") || !j["bug_kinds"].is_array() || j["bug_kinds"].empty()) {
            return levelError(file, n, "'bug_kinds' must list turn, count, missing, extra or swap");
        }
        for (const nlohmann::json& k : j["bug_kinds"]) {
            const std::string name = k.is_string() ? k.get<std::string>() : "";
            if (name == "turn") {
                s.bugKinds.push_back(BugKind::Turn);
            } else if (name == "count") {
                s.bugKinds.push_back(BugKind::Count);
            } else if (name == "missing") {
                s.bugKinds.push_back(BugKind::Missing);
            } else if (name == "extra") {
                s.bugKinds.push_back(BugKind::Extra);
            } else if (name == "swap") {
                s.bugKinds.push_back(BugKind::Swap);
            } else {
                return levelError(file, n, "'bug_kinds' must list turn, count, missing, extra or swap");
            }
        }
        if (!j.contains("loops") || !j["loops"].is_boolean()) {
            return levelError(file, n, "'loops' must be true or false");
        }
        s.loops = j["loops"].get<bool>();
        if (!intIn(j, "slack", 0, 10, s.slack)) {
            return levelError(file, n, "'slack' must be 0-10");
        }
        if (!numberIn(j, "seconds", 60, 180, s.seconds)) {
            return levelError(file, n, "'seconds' must be 60-180");
        }
        if (!numberIn(j, "step_seconds", 0.1, 2.0, s.stepSeconds)) {
            return levelError(file, n, "'step_seconds' must be 0.1-2");
        }
        if (!numberIn(j, "wrong_run_seconds", 0, 30, s.wrongRunSeconds)) {
            return levelError(file, n, "'wrong_run_seconds' must be 0-30");
        }
        if (!j.contains("mazes") || !j["mazes"].is_array() || j["mazes"].empty()) {
            return levelError(file, n, "'mazes' must be a list of mazes");
        }
        for (std::size_t m = 0; m < j["mazes"].size(); ++m) {
            Maze mz;
            const std::string problem = parseMaze(j["mazes"][m], mz);
            if (!problem.empty()) {
                return levelError(file, n, "'mazes' " + std::to_string(m + 1) + " " + problem);
            }
            s.plans.push_back(planProgram(mz, s.loops));
            if (static_cast<int>(s.plans.back().size()) + s.slack > kMaxProgram) {
                return levelError(file, n, "'mazes' " + std::to_string(m + 1) + " needs too many blocks");
            }
            s.mazes.push_back(std::move(mz));
        }
        levels.push_back(std::move(s));
    }
    return std::unique_ptr<GameRules>(std::make_unique<RobotRules>(std::move(levels)));
}

} // namespace pathlight::minigames::robot
