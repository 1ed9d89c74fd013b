// Triage bots. Good: what a nurse would teach — look at everyone waiting, take the most urgent
// patient (the worst sign decides) whose care has a free bed, and send them there; it takes a
// moment to read each patient. Random: sends anyone anywhere at a human-ish rate.
#include "minigames/triage/triage_rules.hpp"

namespace pathlight::minigames::triage {

namespace {

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& r = static_cast<const TriageRules&>(base);
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        const Patient* best = nullptr;
        for (const Patient& p : r.patients()) {
            if ((p.where != Where::Door && p.where != Where::Chair) || r.freeBeds(roomFor(p.urgency)) == 0) {
                continue;
            }
            if (!best || p.urgency > best->urgency ||
                (p.urgency == best->urgency && p.waited > best->waited)) {
                best = &p;
            }
        }
        if (!best) {
            m_wait = 0.15;
            return {};
        }
        // Reading more signs takes a little longer.
        m_wait = 0.55 + 0.15 * best->signCount + m_rng.unit() * 0.3;
        return {{static_cast<int>(Code::Send), best->id, static_cast<int>(roomFor(best->urgency))}};
    }

  private:
    Rng m_rng;
    double m_wait = 0.8;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& r = static_cast<const TriageRules&>(base);
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + m_rng.unit() * 0.7;
        int waiting[kDoorSlots + kMaxChairs];
        int n = 0;
        for (int id : r.door()) {
            if (id >= 0) {
                waiting[n++] = id;
            }
        }
        for (int id : r.chairs()) {
            if (id >= 0) {
                waiting[n++] = id;
            }
        }
        if (n == 0) {
            return {};
        }
        return {
            {static_cast<int>(Code::Send), waiting[m_rng.range(0, n - 1)], m_rng.range(0, kRoomKinds - 1)}};
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

} // namespace pathlight::minigames::triage
