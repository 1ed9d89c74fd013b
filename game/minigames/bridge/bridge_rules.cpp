// Bridge builder rules: design editing, budget and clock, and the test drive (a damped mass-spring
// model stepped at a fixed 1/240 s, so a design always behaves the same way). No ImGui, no SDL.
#include "minigames/bridge/bridge_rules.hpp"

#include "minigames/framework/rng.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::bridge {

namespace {

constexpr double kStep = 1.0 / 240.0;  // simulation step, seconds
constexpr double kGravity = 10.0;
constexpr double kJointMass = 0.2;
constexpr double kMemberDamping = 8.0;  // along each member
constexpr double kAirDamping = 1.5;     // per second, every joint
// A road point further below where it was built than this (grid units, grows with the gap) is too
// bendy: a road with nothing under it hangs like a rope, and a truck cannot drive out of that dip.
constexpr double kSagBase = 0.1;
constexpr double kSagPerGap = 0.1;
constexpr double kTruckStart = -4.0;
constexpr double kShowResult = 2.2;     // seconds the test's end stays on screen

struct MaterialData {
    int price;        // per grid unit of length
    double stiffness; // force for 100 % stretch
    double strength;  // force that snaps it
    double mass;      // per grid unit of length
};

MaterialData data(Material m) {
    switch (m) {
    case Material::Road: return {100, 2500.0, 150.0, 0.4};
    case Material::Beam: return {60, 2500.0, 150.0, 0.25};
    case Material::Cable: return {30, 3000.0, 200.0, 0.08};
    }
    return {60, 2500.0, 150.0, 0.25};
}

bool sameMember(const Member& m, GridPoint a, GridPoint b) {
    return (m.a == a && m.b == b) || (m.a == b && m.b == a);
}

} // namespace

int pricePerUnit(Material m) {
    return data(m).price;
}

double memberLength(const Member& m) {
    const double dx = m.b.x - m.a.x;
    const double dy = m.b.y - m.a.y;
    return std::sqrt(dx * dx + dy * dy);
}

int memberCost(const Member& m) {
    return static_cast<int>(std::lround(memberLength(m) * data(m.material).price));
}

BridgeRules::BridgeRules(std::vector<LevelSpec> levels) : m_levels(std::move(levels)) {
    m_info.id = "bridge";
    m_info.grouping = "building-moving";
    m_info.clusters = {"construction"};
    m_info.riasec = {1.0, 0.6, 0.0, 0.0, 0.0, 0.2};
    m_info.careers = {"17-2051.00", "17-3022.00", "47-2031.00"};
    m_info.icon = "road";
    m_spec = m_levels.front();
}

void BridgeRules::start(std::uint64_t seed, int level) {
    m_level = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_spec = m_levels[static_cast<std::size_t>(m_level - 1)];
    Rng rng(seed ^ 0xB81D6Eull);
    const int steps = static_cast<int>(std::lround((m_spec.truckMax - m_spec.truckMin) / 5.0));
    m_truckWeight = m_spec.truckMin + 5.0 * rng.range(0, std::max(0, steps));
    m_phase = Phase::Build;
    m_members.clear();
    m_history.clear();
    m_selected.reset();
    m_tool = Tool::Beam;
    m_cost = 0;
    m_time = 0;
    m_bestCost = 0;
    m_tests = 0;
    m_heldTests = 0;
    m_firstHeld = false;
    m_fixedAfterFail = false;
    m_hadFail = false;
    m_outcome = Outcome::None;
    m_outcomeCount = 0;
    m_lastTestCost = 0;
    m_reject = Reject::None;
    m_rejectCount = 0;
    m_joints.clear();
    m_simMembers.clear();
    m_snaps.clear();
    m_snapCount = 0;
    m_truck = {};
    m_testTime = 0;
    m_simClock = 0;
    m_afterTest = 0;
    m_pending = Outcome::None;
}

double BridgeRules::timeLeft() const {
    return std::max(0.0, m_spec.seconds - m_time);
}

bool BridgeRules::isAnchor(GridPoint p) const {
    return std::find(m_spec.anchors.begin(), m_spec.anchors.end(), p) != m_spec.anchors.end();
}

bool BridgeRules::allowed(GridPoint p) const {
    if (p.y > m_spec.above || p.y < -m_spec.below) {
        return false;
    }
    return (p.x > 0 && p.x < m_spec.gap) || isAnchor(p);
}

int BridgeRules::findMember(GridPoint a, GridPoint b) const {
    for (std::size_t i = 0; i < m_members.size(); ++i) {
        if (sameMember(m_members[i], a, b)) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

bool BridgeRules::hasMember(GridPoint a, GridPoint b) const {
    return findMember(a, b) >= 0;
}

Material BridgeRules::materialFor(GridPoint a, GridPoint b) const {
    if (m_tool == Tool::Cable && m_spec.cables) {
        return Material::Cable;
    }
    return (a.y == 0 && b.y == 0) ? Material::Road : Material::Beam;
}

int BridgeRules::starsFor(int cost) const {
    if (cost <= 0) {
        return 0;
    }
    if (cost <= m_spec.star3) {
        return 3;
    }
    if (cost <= m_spec.star2) {
        return 2;
    }
    return cost <= m_spec.budget ? 1 : 0;
}

void BridgeRules::recount() {
    m_cost = 0;
    for (const Member& m : m_members) {
        m_cost += memberCost(m);
    }
}

void BridgeRules::reject(Reject why) {
    m_reject = why;
    ++m_rejectCount;
}

void BridgeRules::pick(GridPoint p) {
    if (!allowed(p)) {
        reject(Reject::NotHere);
        return;
    }
    if (!m_selected) {
        m_selected = p;
        return;
    }
    const GridPoint from = *m_selected;
    if (from == p) {
        m_selected.reset();
        return;
    }
    const int existing = findMember(from, p);
    if (existing >= 0) {
        m_history.push_back({false, m_members[static_cast<std::size_t>(existing)]});
        m_members.erase(m_members.begin() + existing);
        recount();
        m_selected = p;
        return;
    }
    Member m{from, p, materialFor(from, p)};
    const double longest = m.material == Material::Cable ? kMaxCable : kMaxBeam;
    if (memberLength(m) > longest + 1e-9 || (m.material == Material::Road && std::abs(p.x - from.x) > 2)) {
        reject(Reject::TooLong);
        return;
    }
    if (m_cost + memberCost(m) > m_spec.budget) {
        reject(Reject::NoMoney);
        return;
    }
    m_members.push_back(m);
    m_history.push_back({true, m});
    recount();
    m_selected = p;
}

void BridgeRules::undo() {
    if (m_history.empty()) {
        return;
    }
    const Change change = m_history.back();
    if (change.added) {
        const int i = findMember(change.member.a, change.member.b);
        if (i >= 0) {
            m_members.erase(m_members.begin() + i);
        }
    } else {
        if (m_cost + memberCost(change.member) > m_spec.budget) {
            reject(Reject::NoMoney);
            return;
        }
        m_members.push_back(change.member);
    }
    m_history.pop_back();
    m_selected.reset();
    recount();
}

void BridgeRules::startTest() {
    bool hasRoad = false;
    for (const Member& m : m_members) {
        hasRoad = hasRoad || m.material == Material::Road;
    }
    if (!hasRoad) {
        reject(Reject::NothingToTest);
        return;
    }
    m_phase = Phase::Test;
    m_selected.reset();
    ++m_tests;
    m_lastTestCost = m_cost;
    m_joints.clear();
    m_simMembers.clear();
    m_snaps.clear();
    auto jointAt = [&](GridPoint p) {
        for (std::size_t i = 0; i < m_joints.size(); ++i) {
            if (m_joints[i].grid == p) {
                return static_cast<int>(i);
            }
        }
        SimJoint j;
        j.grid = p;
        j.x = p.x;
        j.y = p.y;
        j.mass = kJointMass;
        j.fixed = isAnchor(p);
        m_joints.push_back(j);
        return static_cast<int>(m_joints.size() - 1);
    };
    for (const Member& m : m_members) {
        SimMember s;
        s.a = jointAt(m.a);
        s.b = jointAt(m.b);
        s.material = m.material;
        s.rest = memberLength(m);
        const double half = 0.5 * s.rest * data(m.material).mass;
        m_joints[static_cast<std::size_t>(s.a)].mass += half;
        m_joints[static_cast<std::size_t>(s.b)].mass += half;
        m_simMembers.push_back(s);
    }
    m_truck = {};
    m_truck.x = kTruckStart;
    m_testTime = 0;
    m_simClock = 0;
    m_afterTest = 0;
    m_pending = Outcome::None;
}

void BridgeRules::endTest(Outcome outcome) {
    m_pending = outcome;
    m_outcome = outcome;
    ++m_outcomeCount;
    m_afterTest = kShowResult;
    if (outcome == Outcome::Held) {
        ++m_heldTests;
        if (m_tests == 1) {
            m_firstHeld = true;
        }
        if (m_hadFail) {
            m_fixedAfterFail = true;
        }
        if (m_bestCost == 0 || m_lastTestCost < m_bestCost) {
            m_bestCost = m_lastTestCost;
        }
    } else {
        m_hadFail = true;
    }
}

// Loads (apply) or checks an axle at x over the gap: true when a road piece carries it.
bool BridgeRules::axleLoad(double x, double weight, bool apply) {
    if (x <= 0.0 || x >= m_spec.gap) {
        return true; // on the cliffs
    }
    for (const SimMember& m : m_simMembers) {
        if (m.broken || m.material != Material::Road) {
            continue;
        }
        SimJoint& a = m_joints[static_cast<std::size_t>(m.a)];
        SimJoint& b = m_joints[static_cast<std::size_t>(m.b)];
        const double x0 = std::min(a.grid.x, b.grid.x);
        const double x1 = std::max(a.grid.x, b.grid.x);
        if (x < x0 || x > x1 || x1 <= x0) {
            continue;
        }
        if (apply) {
            const double t = (x - a.grid.x) / static_cast<double>(b.grid.x - a.grid.x);
            a.fy -= weight * (1.0 - t);
            b.fy -= weight * t;
        }
        return true;
    }
    return false;
}

double BridgeRules::deckHeight(double x) const {
    if (x <= 0.0 || x >= m_spec.gap) {
        return 0.0;
    }
    for (const SimMember& m : m_simMembers) {
        if (m.broken || m.material != Material::Road) {
            continue;
        }
        const SimJoint& a = m_joints[static_cast<std::size_t>(m.a)];
        const SimJoint& b = m_joints[static_cast<std::size_t>(m.b)];
        const double x0 = std::min(a.grid.x, b.grid.x);
        const double x1 = std::max(a.grid.x, b.grid.x);
        if (x < x0 || x > x1 || x1 <= x0) {
            continue;
        }
        const double t = (x - a.grid.x) / static_cast<double>(b.grid.x - a.grid.x);
        return a.y + (b.y - a.y) * t;
    }
    return 0.0;
}

void BridgeRules::stepSim(double h) {
    m_testTime += h;
    for (SimJoint& j : m_joints) {
        j.fx = 0;
        j.fy = -kGravity * j.mass;
    }
    // The truck drives on, unless it already fell.
    if (m_truck.falling) {
        m_truck.vy -= kGravity * h;
        m_truck.y += m_truck.vy * h;
        m_truck.x += 0.6 * h;
        m_truck.angle -= 1.2 * h;
    } else if (m_pending != Outcome::Sagged) {
        m_truck.x += m_spec.truckSpeed * h;
        const double rear = m_truck.x;
        const double front = m_truck.x + kTruckLength;
        const bool rearOn = axleLoad(rear, 0.5 * m_truckWeight, true);
        const bool frontOn = axleLoad(front, 0.5 * m_truckWeight, true);
        const double yr = deckHeight(rear);
        const double yf = deckHeight(front);
        m_truck.y = 0.5 * (yr + yf);
        m_truck.angle = std::atan2(yf - yr, kTruckLength);
        if (!rearOn || !frontOn) {
            m_truck.falling = true;
            m_truck.vy = 0;
            if (m_pending == Outcome::None) {
                endTest(Outcome::Fell);
            }
        }
    }
    // Members pull and push their joints; an over-stressed one snaps.
    for (SimMember& m : m_simMembers) {
        if (m.broken) {
            continue;
        }
        SimJoint& a = m_joints[static_cast<std::size_t>(m.a)];
        SimJoint& b = m_joints[static_cast<std::size_t>(m.b)];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double len = std::sqrt(dx * dx + dy * dy);
        if (len < 1e-6) {
            continue;
        }
        const MaterialData md = data(m.material);
        double force = md.stiffness * (len - m.rest) / m.rest; // > 0: pulled
        if (m.material == Material::Cable && force < 0) {
            force = 0; // a cable goes slack when squeezed
        }
        m.stress = force / md.strength;
        if (std::abs(m.stress) > 1.0) {
            m.broken = true;
            m.stress = 0;
            if (m_snaps.size() < 64) {
                m_snaps.push_back({0.5 * (a.x + b.x), 0.5 * (a.y + b.y), m_snapCount});
            }
            ++m_snapCount;
            continue;
        }
        const double ux = dx / len;
        const double uy = dy / len;
        const double relv = (b.vx - a.vx) * ux + (b.vy - a.vy) * uy;
        const double damping = (m.material == Material::Cable && force == 0) ? 0.0 : kMemberDamping * relv;
        const double f = force + damping;
        a.fx += f * ux;
        a.fy += f * uy;
        b.fx -= f * ux;
        b.fy -= f * uy;
    }
    const double keep = 1.0 - kAirDamping * h;
    bool sagged = false;
    const double sagLimit = kSagBase + kSagPerGap * m_spec.gap;
    for (SimJoint& j : m_joints) {
        if (j.fixed) {
            continue;
        }
        j.vx = (j.vx + j.fx / j.mass * h) * keep;
        j.vy = (j.vy + j.fy / j.mass * h) * keep;
        j.x += j.vx * h;
        j.y += j.vy * h;
        if (!std::isfinite(j.x) || !std::isfinite(j.y) || j.y < -40.0) {
            j.x = j.grid.x;
            j.y = -40.0;
            j.vx = j.vy = 0;
            j.fixed = true; // fell out of the picture
        }
        sagged = sagged || (j.grid.y == 0 && j.y < j.grid.y - sagLimit);
    }
    if (m_pending == Outcome::None) {
        if (sagged) {
            endTest(Outcome::Sagged);
        } else if (m_truck.x > m_spec.gap + 0.6) {
            endTest(Outcome::Held);
        }
    }
}

void BridgeRules::update(double dt, std::span<const Action> actions) {
    if (m_phase == Phase::Done) {
        return;
    }
    for (const Action& action : actions) {
        const auto code = static_cast<ActionCode>(action.code);
        if (m_phase != Phase::Build) {
            break; // nothing to change while the truck drives
        }
        switch (code) {
        case ActionCode::Pick: pick({action.a, action.b}); break;
        case ActionCode::Undo: undo(); break;
        case ActionCode::Test: startTest(); break;
        case ActionCode::Tool:
            if (action.a == 1 && !m_spec.cables) {
                reject(Reject::NoCables);
            } else {
                m_tool = action.a == 1 ? Tool::Cable : Tool::Beam;
            }
            break;
        case ActionCode::Finish:
            if (m_bestCost > 0) {
                m_phase = Phase::Done;
                return;
            }
            break;
        case ActionCode::Cancel: m_selected.reset(); break;
        }
    }
    m_time += dt;
    if (m_phase == Phase::Test) {
        m_simClock += dt;
        while (m_simClock >= kStep) {
            stepSim(kStep);
            m_simClock -= kStep;
            if (m_pending != Outcome::None) {
                m_afterTest -= kStep;
                if (m_afterTest <= 0) {
                    break;
                }
            }
        }
        if (m_pending != Outcome::None && m_afterTest <= 0) {
            m_phase = Phase::Build;
            m_joints.clear();
            m_simMembers.clear();
            m_pending = Outcome::None;
            if (starsFor(m_bestCost) == 3) {
                m_phase = Phase::Done;
            }
        }
    }
    if (m_phase == Phase::Build && timeLeft() <= 0) {
        m_phase = Phase::Done;
    }
}

GameResult BridgeRules::result() const {
    GameResult r;
    r.level = m_level;
    r.maxScore = 1000;
    r.stars = starsFor(m_bestCost);
    r.won = r.stars >= 1;
    r.seconds = m_time;
    if (m_bestCost > 0) {
        const double span = std::max(1, m_spec.budget - m_spec.star3);
        const double saved = std::clamp((m_spec.budget - m_bestCost) / span, 0.0, 1.0);
        r.score = 500 + static_cast<int>(std::lround(500.0 * saved));
        if (r.stars >= 2) {
            r.didWell.push_back("game.bridge.well.thrifty");
        }
        if (m_firstHeld) {
            r.didWell.push_back("game.bridge.well.first_try");
        }
        if (m_fixedAfterFail) {
            r.didWell.push_back("game.bridge.well.fixed");
        }
        r.didWell.push_back("game.bridge.well.held");
    }
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Levels file
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
    if (v < lo || v > hi) {
        return false;
    }
    out = static_cast<int>(v);
    return true;
}

bool numberIn(const nlohmann::json& j, const char* key, double lo, double hi, double& out) {
    if (!j.contains(key) || !j[key].is_number()) {
        return false;
    }
    out = j[key].get<double>();
    return out >= lo && out <= hi;
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
        if (!intIn(j, "gap", 4, 12, s.gap) || s.gap % 2 != 0) {
            return levelError(file, n, "'gap' must be an even whole number 4-12");
        }
        if (!intIn(j, "above", 0, 4, s.above)) {
            return levelError(file, n, "'above' must be 0-4");
        }
        if (!intIn(j, "below", 0, 4, s.below)) {
            return levelError(file, n, "'below' must be 0-4");
        }
        if (!j.contains("anchors") || !j["anchors"].is_array()) {
            return levelError(file, n, "'anchors' must be a list of [x, y] points");
        }
        for (const nlohmann::json& a : j["anchors"]) {
            if (!a.is_array() || a.size() != 2 || !a[0].is_number_integer() || !a[1].is_number_integer()) {
                return levelError(file, n, "'anchors' must be a list of [x, y] points");
            }
            const GridPoint p{a[0].get<int>(), a[1].get<int>()};
            if ((p.x != 0 && p.x != s.gap) || p.y > s.above || p.y < -s.below) {
                return levelError(file, n, "'anchors' must sit on a cliff (x 0 or gap) inside the grid");
            }
            s.anchors.push_back(p);
        }
        if (std::find(s.anchors.begin(), s.anchors.end(), GridPoint{0, 0}) == s.anchors.end() ||
            std::find(s.anchors.begin(), s.anchors.end(), GridPoint{s.gap, 0}) == s.anchors.end()) {
            return levelError(file, n, "'anchors' must include both road ends [0, 0] and [gap, 0]");
        }
        if (!j.contains("cables") || !j["cables"].is_boolean()) {
            return levelError(file, n, "'cables' must be true or false");
        }
        s.cables = j["cables"].get<bool>();
        if (!j.contains("truck_weight") || !j["truck_weight"].is_array() || j["truck_weight"].size() != 2 ||
            !j["truck_weight"][0].is_number() || !j["truck_weight"][1].is_number()) {
            return levelError(file, n, "'truck_weight' must be [lowest, highest]");
        }
        s.truckMin = j["truck_weight"][0].get<double>();
        s.truckMax = j["truck_weight"][1].get<double>();
        if (s.truckMin < 10 || s.truckMax > 500 || s.truckMin > s.truckMax) {
            return levelError(file, n, "'truck_weight' must be [lowest, highest] within 10-500");
        }
        if (!numberIn(j, "truck_speed", 0.5, 4.0, s.truckSpeed)) {
            return levelError(file, n, "'truck_speed' must be 0.5-4");
        }
        if (!intIn(j, "budget", 100, 100000, s.budget)) {
            return levelError(file, n, "'budget' must be 100-100000");
        }
        if (!intIn(j, "star2", 1, s.budget - 1, s.star2)) {
            return levelError(file, n, "'star2' must be less than 'budget'");
        }
        if (!intIn(j, "star3", 1, s.star2 - 1, s.star3)) {
            return levelError(file, n, "'star3' must be less than 'star2'");
        }
        if (!numberIn(j, "seconds", 60, 180, s.seconds)) {
            return levelError(file, n, "'seconds' must be 60-180");
        }
        levels.push_back(std::move(s));
    }
    return std::unique_ptr<GameRules>(std::make_unique<BridgeRules>(std::move(levels)));
}

} // namespace pathlight::minigames::bridge
