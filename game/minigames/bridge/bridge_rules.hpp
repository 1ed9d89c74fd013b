// Bridge builder rules: the kid joins grid points with road, beams and cables across a gap, on a
// budget, then tests the bridge by driving a truck over it. Owns the design, the budget, the round
// clock and a small fixed-step mass-spring simulation (members stretch, over-stressed ones snap).
// Pure C++: no ImGui, no SDL, no store. Deterministic: no wall clock, randomness only from Rng.
#pragma once

#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace pathlight::minigames::bridge {

enum class ActionCode {
    Pick = 1, // a, b = grid x, y: select a point, or join the selected point to it (again: remove that member)
    Undo,     // take back the last change
    Test,     // drive the truck over the bridge
    Tool,     // a: 0 beam, 1 cable
    Finish,   // keep the best bridge so far and end the round (only after one held)
    Cancel,   // drop the selected point
};

enum class Material { Road, Beam, Cable };
enum class Tool { Beam, Cable };
enum class Phase { Build, Test, Done };
enum class Outcome { None, Held, Fell, Sagged };
enum class Reject { None, NotHere, TooLong, NoMoney, NoCables, NothingToTest };

struct GridPoint {
    int x = 0;
    int y = 0; // up is positive; the road is y = 0
    bool operator==(const GridPoint&) const = default;
};

struct Member {
    GridPoint a;
    GridPoint b;
    Material material = Material::Beam;
};

struct LevelSpec {
    int gap = 6;   // the road runs from x = 0 (left cliff) to x = gap (right cliff)
    int above = 2; // grid rows above the road
    int below = 2; // grid rows below the road
    std::vector<GridPoint> anchors; // points fixed to the cliffs, on x = 0 or x = gap
    bool cables = false;
    double truckMin = 100, truckMax = 100; // truck weight range (seeded per round)
    double truckSpeed = 1.6;               // grid units per second
    int budget = 2000, star2 = 1600, star3 = 1300;
    double seconds = 150;
};

// A joint of the running test: where it is now and where it was built.
struct SimJoint {
    GridPoint grid;
    double x = 0, y = 0, vx = 0, vy = 0, fx = 0, fy = 0, mass = 0;
    bool fixed = false;
};
struct SimMember {
    int a = 0, b = 0;
    Material material = Material::Beam;
    double rest = 1;
    double stress = 0; // force / strength: -1..1 while it holds (negative: squeezed)
    bool broken = false;
};
struct Snap { // a member that just broke: where and when (count), for sparks in the view
    double x = 0, y = 0;
    int index = 0;
};

struct Truck {
    double x = 0;      // rear axle; the front axle is kTruckLength ahead
    double y = 0;      // height of the body's base
    double angle = 0;  // radians, nose up positive
    double vy = 0;
    bool falling = false;
};

inline constexpr double kTruckLength = 1.6;
inline constexpr double kMaxBeam = 2.25; // longest beam or road piece, in grid units
inline constexpr double kMaxCable = 4.5;
int pricePerUnit(Material m);
int memberCost(const Member& m);
double memberLength(const Member& m);

class BridgeRules final : public GameRules {
public:
    explicit BridgeRules(std::vector<LevelSpec> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_phase == Phase::Done; }
    GameResult result() const override;

    // State for the view and bots.
    const LevelSpec& spec() const { return m_spec; }
    int level() const { return m_level; }
    Phase phase() const { return m_phase; }
    const std::vector<Member>& members() const { return m_members; }
    std::optional<GridPoint> selected() const { return m_selected; }
    Tool tool() const { return m_tool; }
    int cost() const { return m_cost; }
    double truckWeight() const { return m_truckWeight; }
    double timeLeft() const;
    double elapsed() const { return m_time; }
    bool allowed(GridPoint p) const;
    bool isAnchor(GridPoint p) const;
    bool hasMember(GridPoint a, GridPoint b) const;
    // The material a new piece from a to b would be with the current tool.
    Material materialFor(GridPoint a, GridPoint b) const;
    int bestCost() const { return m_bestCost; } // 0: nothing has held yet
    int starsFor(int cost) const;
    int testsRun() const { return m_tests; }
    Outcome lastOutcome() const { return m_outcome; }
    int lastTestCost() const { return m_lastTestCost; }
    int outcomeCount() const { return m_outcomeCount; } // grows by one after each test
    Reject lastReject() const { return m_reject; }
    int rejectCount() const { return m_rejectCount; }
    // The running test (empty outside a test).
    const std::vector<SimJoint>& simJoints() const { return m_joints; }
    const std::vector<SimMember>& simMembers() const { return m_simMembers; }
    const Truck& truck() const { return m_truck; }
    const std::vector<Snap>& snaps() const { return m_snaps; }
    int snapCount() const { return m_snapCount; }
    double testTime() const { return m_testTime; }

private:
    struct Change {
        bool added = true;
        Member member;
    };
    void pick(GridPoint p);
    void undo();
    void startTest();
    void endTest(Outcome outcome);
    void stepSim(double h);
    bool axleLoad(double x, double weight, bool apply);
    double deckHeight(double x) const;
    void reject(Reject why);
    int findMember(GridPoint a, GridPoint b) const;
    void recount();

    GameInfo m_info;
    std::vector<LevelSpec> m_levels;
    LevelSpec m_spec;
    int m_level = 1;
    Phase m_phase = Phase::Build;
    std::vector<Member> m_members;
    std::vector<Change> m_history;
    std::optional<GridPoint> m_selected;
    Tool m_tool = Tool::Beam;
    int m_cost = 0;
    double m_truckWeight = 100;
    double m_time = 0;
    int m_bestCost = 0;
    int m_tests = 0;
    int m_heldTests = 0;
    bool m_firstHeld = false;
    bool m_fixedAfterFail = false;
    bool m_hadFail = false;
    Outcome m_outcome = Outcome::None;
    int m_outcomeCount = 0;
    int m_lastTestCost = 0;
    Reject m_reject = Reject::None;
    int m_rejectCount = 0;
    // Test simulation.
    std::vector<SimJoint> m_joints;
    std::vector<SimMember> m_simMembers;
    std::vector<Snap> m_snaps;
    int m_snapCount = 0;
    Truck m_truck;
    double m_testTime = 0;
    double m_simClock = 0;
    double m_afterTest = 0; // seconds the test's result stays on screen before building resumes
    Outcome m_pending = Outcome::None;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

// The good bot's designs, also used by tests: a Warren truss over (height > 0) or under
// (height < 0) the road, for the given level.
std::vector<Member> trussDesign(const LevelSpec& spec, int height, bool cablesBelow, bool verticals);

} // namespace pathlight::minigames::bridge
