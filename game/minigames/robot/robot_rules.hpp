// Robot coder rules: the kid programs a robot with blocks (forward, turn, pick up, repeat … end)
// to collect every gem in a grid maze, presses Run and watches it step; in "find the bug" puzzles a
// broken program is given and must be fixed. Owns the puzzles of a round, the program being edited,
// the run, the clock and the score. Pure C++: no ImGui, no SDL, no store; randomness only from Rng.
#pragma once

#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace pathlight::minigames::robot {

enum class ActionCode {
    Add = 1, // a: BlockKind; inserts at the caret
    Caret,   // a: 0..program size; where the next block goes (after block a-1)
    Delete,  // removes the block before the caret
    Count,   // the repeat block before the caret repeats one more time (2..9, then 2 again)
    Run,     // runs the program
};

enum class BlockKind { Forward = 0, Left, Right, Pick, Repeat, End };
inline constexpr int kBlockKinds = 6;

struct Block {
    BlockKind kind = BlockKind::Forward;
    int count = 2; // Repeat only
    bool operator==(const Block&) const = default;
};
using Program = std::vector<Block>;

// Directions: 0 up, 1 right, 2 down, 3 left.
struct Pose {
    int x = 0, y = 0, dir = 1;
    bool operator==(const Pose&) const = default;
};

struct Maze {
    int width = 0, height = 0;
    std::vector<bool> walls; // row-major
    std::vector<Pose> gems;  // dir unused
    Pose start;
    bool wall(int x, int y) const { return x < 0 || y < 0 || x >= width || y >= height || walls[static_cast<std::size_t>(y * width + x)]; }
};

enum class BugKind { Turn, Count, Missing, Extra, Swap };

struct LevelSpec {
    std::vector<Maze> mazes;      // a round draws its puzzles from these
    std::vector<Program> plans;   // the planner's program for each maze (made once, when loading)
    int builds = 2;               // puzzles where the kid writes the program
    int bugs = 1;                 // "find the bug" puzzles that follow
    std::vector<BugKind> bugKinds;
    bool loops = true;            // false: the par program has no loops (level 1 teaches order first)
    int slack = 4;                // block limit = the planner's length + slack (build puzzles)
    double seconds = 150;
    double stepSeconds = 0.45;    // one robot move
    double wrongRunSeconds = 5;   // taken off the clock by a run that fails
};

enum class Phase { Edit, Running, Done };
enum class RunResult { None, Solved, Crashed, NothingHere, GemsLeft, TooLong };

// The good bot's planner (also used to make bug puzzles): shortest moves through every gem, then
// loops where a piece repeats.
std::vector<BlockKind> planMoves(const Maze& maze);
Program compress(const std::vector<BlockKind>& moves);
Program planProgram(const Maze& maze, bool loops = true);
// Steps of a program with the index of the block each came from; false when it runs too long.
bool expand(const Program& program, std::vector<std::pair<BlockKind, int>>& steps);
RunResult simulate(const Maze& maze, const Program& program);

class RobotRules final : public GameRules {
public:
    explicit RobotRules(std::vector<LevelSpec> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_phase == Phase::Done; }
    GameResult result() const override;

    // State for the view and bots.
    const LevelSpec& spec() const { return m_spec; }
    int level() const { return m_level; }
    Phase phase() const { return m_phase; }
    int puzzle() const { return m_puzzle; }          // 0-based
    int puzzleCount() const { return static_cast<int>(m_mazes.size()); }
    bool bugPuzzle() const { return m_puzzle >= m_spec.builds; }
    const Maze& maze() const { return m_mazes[static_cast<std::size_t>(m_puzzle)]; }
    const Program& program() const { return m_program; }
    int caret() const { return m_caret; }
    int blockLimit() const { return m_limit; }
    int par() const { return m_par; }
    const Program& plan() const { return m_plans[static_cast<std::size_t>(m_puzzle)]; } // the planner's program
    int runs() const { return m_runs; } // this puzzle
    const Pose& robot() const { return m_robot; }
    const Pose& previousRobot() const { return m_previous; }
    double stepProgress() const;       // 0..1 through the current move, for animation
    int runningBlock() const;          // block index of the current step, -1 when none
    const std::vector<bool>& gemTaken() const { return m_taken; }
    RunResult lastResult() const { return m_result; }
    int resultCount() const { return m_resultCount; } // grows by one after each run
    bool bumped() const { return m_bumped; }            // the robot hit a wall in this run
    int score() const { return m_score; }
    int rejectCount() const { return m_rejectCount; } // grows when a block does not fit or Run has nothing to run
    int maxScore() const { return 200 * puzzleCount(); }
    double timeLeft() const;
    double elapsed() const { return m_time; }

private:
    void beginPuzzle();
    void startRun();
    void finishRun(RunResult r);
    void advanceRun(double dt);
    void makeBug(Rng& rng);

    GameInfo m_info;
    std::vector<LevelSpec> m_levels;
    LevelSpec m_spec;
    int m_level = 1;
    Rng m_rng;
    Phase m_phase = Phase::Edit;
    std::vector<Maze> m_mazes;
    std::vector<Program> m_bugPrograms;
    std::vector<Program> m_plans;
    int m_puzzle = 0;
    Program m_program;
    int m_caret = 0;
    int m_limit = 10;
    int m_par = 10;
    int m_runs = 0;
    double m_time = 0;
    double m_penalty = 0;
    int m_score = 0;
    int m_solved = 0;
    int m_firstRunSolves = 0;
    int m_parSolves = 0;
    int m_bugFixes = 0;
    bool m_usedLoops = false;
    int m_rejectCount = 0;
    // The run.
    std::vector<std::pair<BlockKind, int>> m_steps;
    int m_step = 0;
    double m_stepClock = 0;
    Pose m_robot;
    Pose m_previous;
    std::vector<bool> m_taken;
    RunResult m_result = RunResult::None;
    int m_resultCount = 0;
    bool m_bumped = false;
    double m_afterRun = 0; // seconds the run's end stays on screen
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::robot
