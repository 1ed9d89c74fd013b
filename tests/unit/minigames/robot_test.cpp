// Robot coder: scripted rounds that win and lose, the core rules (blocks, loops, a wrong run costs
// time, bug puzzles), the view's taps and keys, and levels.json checks.
#include "game_test_support.hpp"

#include "minigames/robot/robot_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace pathlight::test {
namespace {

using namespace minigames::robot;
using minigames::Action;

Action act(ActionCode code, int a = 0) {
    return {static_cast<int>(code), a, 0};
}

std::unique_ptr<RobotRules> loadRobot() {
    auto rules = loadGame("robot");
    return std::unique_ptr<RobotRules>(static_cast<RobotRules*>(rules.release()));
}

// Types a program at the end of the current one (a Repeat gets its count with Count presses).
void type(RobotRules& rules, const Program& program) {
    for (const Block& b : program) {
        std::vector<Action> add{act(ActionCode::Add, static_cast<int>(b.kind))};
        for (int c = 2; b.kind == BlockKind::Repeat && c < b.count; ++c) {
            add.push_back(act(ActionCode::Count));
        }
        rules.update(0.05, add);
    }
}

void clear(RobotRules& rules) {
    std::vector<Action> wipe{act(ActionCode::Caret, static_cast<int>(rules.program().size()))};
    for (std::size_t i = 0; i < rules.program().size(); ++i) {
        wipe.push_back(act(ActionCode::Delete));
    }
    rules.update(0.05, wipe);
}

// Runs the program and waits for the result.
RunResult runIt(RobotRules& rules) {
    const int before = rules.resultCount();
    std::vector<Action> run{act(ActionCode::Run)};
    rules.update(0.05, run);
    for (int i = 0; i < 30 * 120 && rules.resultCount() == before; ++i) {
        rules.update(1.0 / 30.0, {});
    }
    const RunResult r = rules.lastResult();
    for (int i = 0; i < 30 * 5 && rules.phase() == Phase::Running; ++i) {
        rules.update(1.0 / 30.0, {});
    }
    return r;
}

Program parse(const std::string& text) {
    Program p;
    for (std::size_t i = 0; i < text.size(); ++i) {
        switch (text[i]) {
        case 'F': p.push_back({BlockKind::Forward, 2}); break;
        case 'L': p.push_back({BlockKind::Left, 2}); break;
        case 'R': p.push_back({BlockKind::Right, 2}); break;
        case 'P': p.push_back({BlockKind::Pick, 2}); break;
        case 'E': p.push_back({BlockKind::End, 2}); break;
        default:
            if (text[i] >= '2' && text[i] <= '9') {
                p.push_back({BlockKind::Repeat, text[i] - '0'});
            }
        }
    }
    return p;
}

Maze mazeOf(const std::vector<std::string>& rows) {
    Maze m;
    m.height = static_cast<int>(rows.size());
    m.width = static_cast<int>(rows[0].size());
    for (int y = 0; y < m.height; ++y) {
        for (int x = 0; x < m.width; ++x) {
            const char c = rows[static_cast<std::size_t>(y)][static_cast<std::size_t>(x)];
            m.walls.push_back(c == '#');
            if (c == '*') {
                m.gems.push_back({x, y, 0});
            }
            if (c == '>') {
                m.start = {x, y, 1};
            }
        }
    }
    return m;
}

//-----------------------------------------------------------------------------
// Whole rounds
//-----------------------------------------------------------------------------

TEST(Robot, AScriptedRoundThatTypesTheBestProgramsWinsThreeStars) {
    auto rules = loadRobot();
    ASSERT_TRUE(rules);
    rules->start(3, 2);
    int guard = 0;
    while (!rules->finished() && guard++ < 10) {
        const int puzzle = rules->puzzle();
        clear(*rules);
        type(*rules, rules->plan());
        EXPECT_EQ(static_cast<int>(rules->program().size()), rules->par());
        EXPECT_EQ(runIt(*rules), RunResult::Solved) << "puzzle " << puzzle;
    }
    ASSERT_TRUE(rules->finished());
    const minigames::GameResult r = rules->result();
    EXPECT_TRUE(r.won);
    EXPECT_EQ(r.stars, 3);
    EXPECT_EQ(r.score, r.maxScore);
    EXPECT_EQ(r.didWell.front(), "game.robot.well.first_try");
    EXPECT_NE(std::find(r.didWell.begin(), r.didWell.end(), "game.robot.well.debug"), r.didWell.end());
}

TEST(Robot, AScriptedRoundThatKeepsCrashingLosesAndEachWrongRunCostsTime) {
    auto rules = loadRobot();
    ASSERT_TRUE(rules);
    rules->start(3, 1);
    type(*rules, parse("LLF")); // faces the edge of the maze, then drives into it
    const double before = rules->timeLeft();
    const double clock = rules->elapsed();
    EXPECT_NE(runIt(*rules), RunResult::Solved);
    const double spent = rules->elapsed() - clock;
    EXPECT_NEAR(before - rules->timeLeft(), spent + rules->spec().wrongRunSeconds, 0.11);
    while (!rules->finished()) {
        runIt(*rules);
    }
    const minigames::GameResult r = rules->result();
    EXPECT_FALSE(r.won);
    EXPECT_EQ(r.stars, 0);
    EXPECT_EQ(r.score, 0);
    EXPECT_LT(r.seconds, rules->spec().seconds) << "wrong runs ate the clock";
}

//-----------------------------------------------------------------------------
// The core mechanic
//-----------------------------------------------------------------------------

TEST(Robot, RepeatRunsItsBlocksUpToEndAndAStrayEndDoesNothing) {
    std::vector<std::pair<BlockKind, int>> steps;
    ASSERT_TRUE(expand(parse("3FREP"), steps));
    ASSERT_EQ(steps.size(), 7u);
    EXPECT_EQ(steps[0], std::make_pair(BlockKind::Forward, 1));
    EXPECT_EQ(steps[1], std::make_pair(BlockKind::Right, 2));
    EXPECT_EQ(steps[6], std::make_pair(BlockKind::Pick, 4));
    ASSERT_TRUE(expand(parse("2F"), steps)) << "a Repeat with no End runs to the program's end";
    EXPECT_EQ(steps.size(), 2u);
    ASSERT_TRUE(expand(parse("E2F2LEE"), steps)) << "nested loops";
    EXPECT_EQ(steps.size(), 6u);
    ASSERT_FALSE(expand(parse("99999F"), steps)) << "a program that runs too long is stopped";
}

TEST(Robot, ThePlannerFoldsRepeatsIntoLoops) {
    const std::vector<BlockKind> moves(6, BlockKind::Forward);
    EXPECT_EQ(compress(moves), parse("6F"));
    std::vector<BlockKind> stairs;
    for (int i = 0; i < 4; ++i) {
        stairs.insert(stairs.end(), {BlockKind::Forward, BlockKind::Right, BlockKind::Forward, BlockKind::Left});
    }
    stairs.push_back(BlockKind::Pick);
    EXPECT_EQ(compress(stairs), parse("4FRFLEP"));
    const Maze m = mazeOf({">..*", "####"});
    EXPECT_EQ(planProgram(m, false), parse("FFFP"));
    EXPECT_EQ(simulate(m, parse("FFFP")), RunResult::Solved);
    EXPECT_EQ(simulate(m, parse("FFFFP")), RunResult::Crashed);
    EXPECT_EQ(simulate(m, parse("FFP")), RunResult::NothingHere);
    EXPECT_EQ(simulate(m, parse("FFF")), RunResult::GemsLeft);
}

TEST(Robot, EditingAddsAtTheCaretDeletesBeforeItAndRespectsTheBlockLimit) {
    auto rules = loadRobot();
    ASSERT_TRUE(rules);
    rules->start(5, 2);
    type(*rules, parse("FFL"));
    std::vector<Action> edit{act(ActionCode::Caret, 1), act(ActionCode::Add, static_cast<int>(BlockKind::Repeat)),
                             act(ActionCode::Count), act(ActionCode::Count)};
    rules->update(0.05, edit);
    EXPECT_EQ(rules->program(), parse("F4FL"));
    EXPECT_EQ(rules->caret(), 2);
    std::vector<Action> del{act(ActionCode::Delete)};
    rules->update(0.05, del);
    EXPECT_EQ(rules->program(), parse("FFL"));
    EXPECT_EQ(rules->caret(), 1);
    std::vector<Action> fill;
    for (int i = static_cast<int>(rules->program().size()); i < rules->blockLimit() + 3; ++i) {
        fill.push_back(act(ActionCode::Add, static_cast<int>(BlockKind::Forward)));
    }
    const int rejects = rules->rejectCount();
    rules->update(0.05, fill);
    EXPECT_EQ(static_cast<int>(rules->program().size()), rules->blockLimit());
    EXPECT_EQ(rules->rejectCount(), rejects + 3) << "a full program refuses more blocks, and says so";
}

TEST(Robot, ABugPuzzleStartsWithAProgramThatFailsAndOneFixMakesItWork) {
    auto rules = loadRobot();
    ASSERT_TRUE(rules);
    for (int seed = 1; seed <= 12; ++seed) {
        for (int level = 1; level <= 3; ++level) {
            rules->start(static_cast<std::uint64_t>(seed), level);
            while (!rules->bugPuzzle()) {
                clear(*rules);
                type(*rules, rules->plan());
                ASSERT_EQ(runIt(*rules), RunResult::Solved);
            }
            EXPECT_FALSE(rules->program().empty());
            EXPECT_NE(simulate(rules->maze(), rules->program()), RunResult::Solved)
                << "seed " << seed << " level " << level;
            // The bug is one block away from the planner's program.
            const Program& given = rules->program();
            const Program& good = rules->plan();
            int differences = static_cast<int>(given.size() > good.size() ? given.size() - good.size() : good.size() - given.size());
            for (std::size_t i = 0; i < std::min(given.size(), good.size()) && differences == 0; ++i) {
                differences += given[i] == good[i] ? 0 : 1;
            }
            EXPECT_GE(differences, 1);
        }
    }
}

TEST(Robot, NothingChangesWhileTheRobotRuns) {
    auto rules = loadRobot();
    ASSERT_TRUE(rules);
    rules->start(1, 1);
    type(*rules, rules->plan());
    std::vector<Action> run{act(ActionCode::Run)};
    rules->update(0.05, run);
    ASSERT_EQ(rules->phase(), Phase::Running);
    std::vector<Action> meddle{act(ActionCode::Delete), act(ActionCode::Add, 0)};
    rules->update(0.05, meddle);
    EXPECT_EQ(rules->program(), rules->plan());
    EXPECT_GE(rules->runningBlock(), 0);
}

//-----------------------------------------------------------------------------
// The view
//-----------------------------------------------------------------------------

TEST(RobotView, TappingPaletteBlocksProgramBlocksAndRunMakesTheActions) {
    HeadlessImGui imgui(ImVec2(1280, 800));
    FakeViewHost host;
    auto view = minigames::makeView("robot");
    auto rules = loadRobot();
    ASSERT_TRUE(view && rules);
    rules->start(1, 2);
    type(*rules, parse("FRF"));
    ViewDriver driver(*view, host);
    driver.frame(*rules);
    const RecordedItem* forward = host.find("Forward");
    ASSERT_TRUE(forward);
    EXPECT_GE(forward->max.y - forward->min.y, 48.0f);
    EXPECT_EQ(driver.tap(*rules, forward->centre()), (std::vector<Action>{act(ActionCode::Add, 0)}));
    const RecordedItem* second = host.find("Block 2");
    ASSERT_TRUE(second);
    EXPECT_EQ(driver.tap(*rules, second->centre()), (std::vector<Action>{act(ActionCode::Caret, 2)}));
    EXPECT_EQ(driver.tap(*rules, ImVec2(second->min.x + 2, second->centre().y)),
              (std::vector<Action>{act(ActionCode::Caret, 1)})) << "its left edge: before the block";
    const RecordedItem* run = host.find("Run");
    ASSERT_TRUE(run);
    EXPECT_EQ(driver.tap(*rules, run->centre()), (std::vector<Action>{act(ActionCode::Run)}));
}

TEST(RobotView, KeysChooseAddDeleteAndRun) {
    HeadlessImGui imgui(ImVec2(1024, 600));
    FakeViewHost host;
    host.m_scale = 2.0f;
    auto view = minigames::makeView("robot");
    auto rules = loadRobot();
    ASSERT_TRUE(view && rules);
    rules->start(1, 1);
    ViewDriver driver(*view, host);
    driver.frame(*rules);
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](ImGuiKey key) {
        io.KeysDown[key] = true;
        std::vector<Action> out = driver.frame(*rules);
        io.KeysDown[key] = false;
        std::vector<Action> more = driver.frame(*rules);
        out.insert(out.end(), more.begin(), more.end());
        return out;
    };
    EXPECT_TRUE(press(ImGuiKey_RightArrow).empty());
    EXPECT_EQ(press(ImGuiKey_Enter), (std::vector<Action>{act(ActionCode::Add, static_cast<int>(BlockKind::Left))}));
    EXPECT_EQ(press(ImGuiKey_Backspace), (std::vector<Action>{act(ActionCode::Delete)}));
    io.AddInputCharacter('r');
    EXPECT_EQ(driver.frame(*rules), (std::vector<Action>{act(ActionCode::Run)}));
}

//-----------------------------------------------------------------------------
// levels.json
//-----------------------------------------------------------------------------

std::string validLevels() {
    std::ifstream in(std::string(PATHLIGHT_CONTENT_DIR) + "/minigames/robot/levels.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(RobotLevels, TheShippedFileLoadsAndABrokenLevelIsNamed) {
    ASSERT_TRUE(makeRules({"minigames/robot/levels.json", validLevels()}));
    struct Case {
        int level;
        std::string field;
        nlohmann::json value;
        std::string says;
    };
    const std::vector<Case> cases = {
        {2, "mazes", nlohmann::json::array({nlohmann::json::array({">.#*", "..#.", "..#."})}), "cannot reach"},
        {1, "mazes", nlohmann::json::array({nlohmann::json::array({">..*", "....", "..>."})}), "one robot"},
        {3, "bug_kinds", nlohmann::json::array({"typo"}), "'bug_kinds'"},
        {1, "seconds", 20, "'seconds'"},
        {2, "loops", 1, "'loops'"},
    };
    for (const Case& c : cases) {
        nlohmann::json root = nlohmann::json::parse(validLevels());
        root["levels"][static_cast<std::size_t>(c.level - 1)][c.field] = c.value;
        auto made = makeRules({"minigames/robot/levels.json", root.dump()});
        ASSERT_FALSE(made) << c.field;
        EXPECT_NE(made.error().detail.find("level " + std::to_string(c.level)), std::string::npos) << made.error().detail;
        EXPECT_NE(made.error().detail.find(c.says), std::string::npos) << made.error().detail;
    }
}

} // namespace
} // namespace pathlight::test
