// Shop bots. Good: what a careful shop manager does — for each of today's shifts, fill each
// missing skill with the cheapest free worker who has it (one-skill workers first, since they cost
// less), then open the shop; after a sick call, fill the gap again. Random: assigns, removes and
// presses Run at a human-ish rate without looking.
#include "minigames/shop/shop_rules.hpp"

#include <optional>

namespace pathlight::minigames::shop {

namespace {

int skillCount(std::uint8_t skills) {
    return (skills & 1) + ((skills >> 1) & 1) + ((skills >> 2) & 1);
}

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& r = static_cast<const ShopRules&>(base);
        m_wait -= dt;
        if (m_wait > 0 || (r.phase() != Phase::Plan && r.phase() != Phase::Surprise)) {
            return {};
        }
        m_wait = 0.55 + m_rng.unit() * 0.35;
        const int firstPart = r.phase() == Phase::Plan ? 0 : r.part();
        for (int p = firstPart; p < kParts; ++p) {
            if (const std::optional<int> w = pick(r, p)) {
                return {{static_cast<int>(Code::Assign), *w, p}};
            }
        }
        return {{static_cast<int>(Code::Run), 0, 0}};
    }

  private:
    static std::optional<int> pick(const ShopRules& r, int part) {
        const auto need = r.need(r.day(), part);
        const auto covered = r.coverage(r.day(), part);
        if (r.crew(r.day(), part) >= r.spec().slots) {
            return std::nullopt;
        }
        for (int s = 0; s < kSkillCount; ++s) {
            if (covered[static_cast<std::size_t>(s)] >= need[static_cast<std::size_t>(s)]) {
                continue;
            }
            int best = -1;
            for (int w = 0; w < static_cast<int>(r.workers().size()); ++w) {
                const WorkerSpec& ws = r.workers()[static_cast<std::size_t>(w)];
                if (!((ws.skills >> s) & 1u) || r.assigned(w, r.day(), part) || !r.available(w, r.day()) ||
                    r.shiftsLeft(w) <= 0 || ws.wage > r.budgetLeft()) {
                    continue;
                }
                if (best < 0) {
                    best = w;
                    continue;
                }
                const WorkerSpec& bs = r.workers()[static_cast<std::size_t>(best)];
                const bool cheaper = ws.wage < bs.wage;
                const bool sameCost = ws.wage == bs.wage;
                if (cheaper || (sameCost && (skillCount(ws.skills) < skillCount(bs.skills) ||
                                             (skillCount(ws.skills) == skillCount(bs.skills) &&
                                              r.shiftsLeft(w) > r.shiftsLeft(best))))) {
                    best = w;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return std::nullopt;
    }

    Rng m_rng;
    double m_wait = 1.0;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& r = static_cast<const ShopRules&>(base);
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + m_rng.unit() * 0.7;
        const int workers = static_cast<int>(r.workers().size());
        const int roll = m_rng.range(0, 99);
        if (roll < 50) {
            return {
                {static_cast<int>(Code::Assign), m_rng.range(0, workers - 1), m_rng.range(0, kParts - 1)}};
        }
        if (roll < 75) {
            return {
                {static_cast<int>(Code::Remove), m_rng.range(0, workers - 1), m_rng.range(0, kParts - 1)}};
        }
        return {{static_cast<int>(Code::Run), 0, 0}};
    }

  private:
    Rng m_rng;
    double m_wait = 0.5;
};

} // namespace

std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed) {
    switch (kind) {
    case BotKind::Good:
        return std::make_unique<GoodBot>(seed);
    case BotKind::Random:
        return std::make_unique<RandomBot>(seed);
    default:
        return makeIdleBot();
    }
}

} // namespace pathlight::minigames::shop
