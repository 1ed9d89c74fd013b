// Robot coder: scripted rounds that win and lose, the core rules (blocks, loops, a wrong run costs
// time, bug puzzles), the view's taps and keys, and levels.json checks.
#include "game_test_support.hpp"

#include "minigames/robot/robot_rules.hpp"

#include <cstdio>

namespace pathlight::test {
namespace {

using namespace minigames::robot;
using minigames::Action;

std::string show(const Program& p) {
    std::string s;
    for (const Block& b : p) {
        const char* names[] = {"F", "L", "R", "P", "Rep", "End"};
        s += names[static_cast<int>(b.kind)];
        if (b.kind == BlockKind::Repeat) {
            s += std::to_string(b.count);
        }
        s += " ";
    }
    return s;
}

TEST(RobotExplore, DISABLED_Plans) {
    auto rules = loadGame("robot");
    auto* r = static_cast<RobotRules*>(rules.get());
    for (int level = 1; level <= 3; ++level) {
        r->start(1, level);
        for (const Maze& m : r->spec().mazes) {
            const auto moves = planMoves(m);
            const Program p = compress(moves);
            std::printf("level %d moves %zu blocks %zu: %s\n", level, moves.size(), p.size(), show(p).c_str());
        }
    }
}

} // namespace
} // namespace pathlight::test
