// Bots for the bridge builder. Good: builds a known truss (Warren) across the gap, starting with a
// strong, costly one; after it holds it tries a cheaper one, and keeps the cheapest that held (what
// a kid can copy: triangles first, then save money). Random: joins random nearby points and tests
// now and then.
#include "minigames/bridge/bridge_rules.hpp"

#include "minigames/framework/rng.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::minigames::bridge {

std::vector<Member> trussDesign(const LevelSpec& spec, int height, bool cablesBelow, bool verticals) {
    std::vector<Member> out;
    for (int x = 0; x < spec.gap; x += 2) {
        out.push_back({{x, 0}, {x + 2, 0}, Material::Road});
    }
    if (height == 0) {
        return out;
    }
    // Warren: one apex over (or under) the middle of each road piece, joined in a chain.
    for (int x = 0; x < spec.gap; x += 2) {
        const GridPoint apex{x + 1, height};
        out.push_back({{x, 0}, apex, Material::Beam});
        out.push_back({apex, {x + 2, 0}, Material::Beam});
        if (x + 3 < spec.gap) {
            const bool cable = height < 0 && cablesBelow;
            out.push_back({apex, {x + 3, height}, cable ? Material::Cable : Material::Beam});
        }
        if (verticals && x + 2 < spec.gap) {
            out.push_back({{x + 2, 0}, {x + 2, height}, Material::Beam});
        }
    }
    if (verticals) {
        // Tie the extra points to the chord so the verticals stand in triangles.
        std::vector<Member> extra;
        for (int x = 2; x < spec.gap; x += 2) {
            extra.push_back({{x - 1, height}, {x, height}, Material::Beam});
            extra.push_back({{x, height}, {x + 1, height}, Material::Beam});
        }
        // Replace the long chord pieces by the two halves.
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](const Member& m) {
                                     return m.a.y == height && m.b.y == height && std::abs(m.b.x - m.a.x) == 2;
                                 }),
                  out.end());
        for (Member m : extra) {
            if (height < 0 && cablesBelow) {
                m.material = Material::Cable;
            }
            out.push_back(m);
        }
    }
    return out;
}

namespace {

int designCost(const std::vector<Member>& d) {
    int c = 0;
    for (const Member& m : d) {
        c += memberCost(m);
    }
    return c;
}

bool sameMember(const Member& m, GridPoint a, GridPoint b) {
    return (m.a == a && m.b == b) || (m.a == b && m.b == a);
}

bool contains(const std::vector<Member>& d, const Member& m) {
    return std::any_of(d.begin(), d.end(), [&](const Member& x) { return sameMember(x, m.a, m.b); });
}

Action act(ActionCode code, int a = 0, int b = 0) {
    return {static_cast<int>(code), a, b};
}

class GoodBot final : public Bot {
public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed ^ 0x600Dull) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const BridgeRules&>(base);
        if (!m_started) {
            planDesigns(rules.spec());
            m_started = true;
            m_wait = 4.0 + 2.0 * m_rng.unit(); // reads the level first
        }
        m_wait -= dt;
        if (m_wait > 0 || rules.phase() != Phase::Build) {
            return {};
        }
        m_wait = 1.0 + 0.8 * m_rng.unit(); // a kid looks, reaches, taps
        if (rules.outcomeCount() > m_seenOutcomes) {
            m_seenOutcomes = rules.outcomeCount();
            m_wait += 2.5 + m_rng.unit(); // looks at what happened
            if (!nextDesign(rules)) {
                return {::pathlight::minigames::bridge::act(ActionCode::Finish)};
            }
            return {};
        }
        return {step(rules)};
    }

private:
    // Two trusses under the road (over it when there is no room below): a deep, strong one and a
    // shallow, cheap one. Most rounds start safe; a bold round starts cheap.
    void planDesigns(const LevelSpec& spec) {
        const int deep = spec.below >= 2 ? -2 : spec.below == 1 ? -1 : std::min(spec.above, 2);
        const int shallow = deep < 0 ? -1 : 1;
        m_designs.clear();
        m_designs.push_back(trussDesign(spec, deep, spec.cables, false));
        if (shallow != deep) {
            m_designs.push_back(trussDesign(spec, shallow, spec.cables, false));
        }
        if (m_designs.size() > 1 && m_rng.chance(0.2)) {
            std::swap(m_designs[0], m_designs[1]);
        }
        m_tried.assign(m_designs.size(), false);
        m_current = 0;
    }

    // After a test: try a cheaper design after one held, a stronger one after one broke; stop when
    // nothing better is left (or time is short) and keep the cheapest that held.
    bool nextDesign(const BridgeRules& rules) {
        m_tried[m_current] = true;
        const int best = rules.bestCost();
        for (std::size_t i = 0; i < m_designs.size(); ++i) {
            if (m_tried[i]) {
                continue;
            }
            const int cost = designCost(m_designs[i]);
            if (best == 0 || (cost < best && rules.timeLeft() > 35.0)) {
                m_current = i;
                return true;
            }
        }
        if (best == 0) {
            return true; // nothing held and nothing left: test again until time runs out
        }
        return false;
    }

    Action step(const BridgeRules& rules) {
        if (m_designs.empty() || m_current >= m_designs.size()) {
            return ::pathlight::minigames::bridge::act(ActionCode::Test);
        }
        const std::vector<Member>& target = m_designs[m_current];
        const std::vector<Member>& have = rules.members();
        const std::optional<GridPoint> sel = rules.selected();
        // Remove what the target does not have, then add what it lacks; continue from the
        // selected point when a piece starts there (like drawing without lifting the pen).
        std::vector<Member> todo;
        for (const Member& m : have) {
            if (!contains(target, m)) {
                todo.push_back(m);
            }
        }
        const bool removing = !todo.empty();
        if (!removing) {
            for (const Member& m : target) {
                if (!contains(have, m)) {
                    todo.push_back(m);
                }
            }
        }
        if (todo.empty()) {
            if (sel) {
                return ::pathlight::minigames::bridge::act(ActionCode::Cancel);
            }
            return ::pathlight::minigames::bridge::act(ActionCode::Test);
        }
        Member next = todo.front();
        if (sel) {
            for (const Member& m : todo) {
                if (m.a == *sel || m.b == *sel) {
                    next = m;
                    if (m.b == *sel) {
                        std::swap(next.a, next.b);
                    }
                    break;
                }
            }
        }
        const Tool want = next.material == Material::Cable ? Tool::Cable : Tool::Beam;
        if (!removing && rules.tool() != want) {
            return ::pathlight::minigames::bridge::act(ActionCode::Tool, want == Tool::Cable ? 1 : 0);
        }
        if (sel && !(*sel == next.a)) {
            return ::pathlight::minigames::bridge::act(ActionCode::Cancel); // start afresh
        }
        if (!sel) {
            return ::pathlight::minigames::bridge::act(ActionCode::Pick, next.a.x, next.a.y);
        }
        return ::pathlight::minigames::bridge::act(ActionCode::Pick, next.b.x, next.b.y);
    }

    Rng m_rng;
    bool m_started = false;
    double m_wait = 0;
    int m_seenOutcomes = 0;
    std::vector<std::vector<Member>> m_designs;
    std::vector<bool> m_tried;
    std::size_t m_current = 0;
};

class RandomBot final : public Bot {
public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed ^ 0x7A4Dull) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const BridgeRules&>(base);
        m_wait -= dt;
        if (m_wait > 0 || rules.phase() != Phase::Build) {
            return {};
        }
        m_wait = 0.3 + 0.7 * m_rng.unit();
        const LevelSpec& s = rules.spec();
        const int roll = m_rng.range(0, 99);
        if (roll < 6) {
            return {act(ActionCode::Test)};
        }
        if (roll < 12) {
            return {act(ActionCode::Undo)};
        }
        if (roll < 16) {
            return {act(ActionCode::Tool, m_rng.range(0, 1))};
        }
        if (roll < 18) {
            return {act(ActionCode::Cancel)};
        }
        if (roll < 19) {
            return {act(ActionCode::Finish)};
        }
        const std::optional<GridPoint> sel = rules.selected();
        if (sel && roll < 85) {
            return {act(ActionCode::Pick, std::clamp(sel->x + m_rng.range(-2, 2), 0, s.gap),
                        std::clamp(sel->y + m_rng.range(-2, 2), -s.below, s.above))};
        }
        return {act(ActionCode::Pick, m_rng.range(0, s.gap), m_rng.range(-s.below, s.above))};
    }

private:
    static Action act(ActionCode code, int a = 0, int b = 0) { return {static_cast<int>(code), a, b}; }
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

} // namespace pathlight::minigames::bridge
