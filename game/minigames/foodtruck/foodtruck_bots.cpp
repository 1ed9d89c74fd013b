// Food truck bots. Good: what a kid could learn to do — scrape burned food, keep the grill cooking
// what the window is waiting for, then build and serve the plate for the least patient customer,
// one tap at a time at a human pace. Random: taps anything at a human-ish rate.
#include "minigames/foodtruck/foodtruck_rules.hpp"

#include <optional>

namespace pathlight::minigames::foodtruck {

namespace {

Action act(Code code, int a = 0) {
    return {static_cast<int>(code), a, 0};
}

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const FoodtruckRules&>(base);
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        const std::optional<Action> next = decide(rules);
        if (!next) {
            m_wait = 0.1;
            return {};
        }
        m_wait = 0.6 + m_rng.unit() * 0.4;
        return {*next};
    }

  private:
    static std::optional<Action> decide(const FoodtruckRules& r) {
        const int grills = r.spec().grills;
        for (int g = 0; g < grills; ++g) {
            if (r.grillState(g) == GrillState::Burned) {
                return foodtruck::act(Code::Take, g);
            }
        }
        // Keep the grill busy with what the window needs.
        int need[kMainCount] = {};
        for (const Customer& c : r.counter()) {
            if (c.present) {
                ++need[static_cast<int>(c.order.main)];
            }
        }
        if (r.plate().hasMain) {
            --need[static_cast<int>(r.plate().main)];
        }
        bool freeGrill = false;
        for (int g = 0; g < grills; ++g) {
            const GrillState s = r.grillState(g);
            if (s == GrillState::Empty) {
                freeGrill = true;
            } else {
                --need[static_cast<int>(r.grills()[static_cast<std::size_t>(g)].main)];
            }
        }
        if (freeGrill) {
            const Customer* first = nullptr;
            for (const Customer& c : r.counter()) {
                if (c.present && FoodtruckRules::cooks(c.order.main) &&
                    need[static_cast<int>(c.order.main)] > 0 && (!first || c.patience < first->patience)) {
                    first = &c;
                }
            }
            if (first) {
                return foodtruck::act(Code::Pick, static_cast<int>(first->order.main));
            }
        }
        // Work on the plate for the least patient customer it can still become.
        const Plate& plate = r.plate();
        if (plate.hasMain) {
            int best = -1;
            for (int i = 0; i < kCounterSlots; ++i) {
                const Customer& c = r.counter()[static_cast<std::size_t>(i)];
                if (c.present && c.order.main == plate.main && (plate.toppings & ~c.order.toppings) == 0 &&
                    (best < 0 || c.patience < r.counter()[static_cast<std::size_t>(best)].patience)) {
                    best = i;
                }
            }
            if (best < 0) {
                return foodtruck::act(Code::Trash);
            }
            const Order& order = r.counter()[static_cast<std::size_t>(best)].order;
            const auto missing = static_cast<std::uint8_t>(order.toppings & ~plate.toppings);
            if (missing == 0) {
                return foodtruck::act(Code::Serve, best);
            }
            for (int t = 0; t < kToppingCount; ++t) {
                if (missing & (1u << t)) {
                    return foodtruck::act(Code::Topping, t);
                }
            }
        }
        // Empty plate: start the order of the least patient customer whose main is ready.
        const Customer* pick = nullptr;
        int pickGrill = -1;
        for (const Customer& c : r.counter()) {
            if (!c.present || (pick && c.patience >= pick->patience)) {
                continue;
            }
            if (!FoodtruckRules::cooks(c.order.main)) {
                pick = &c;
                pickGrill = -1;
                continue;
            }
            for (int g = 0; g < grills; ++g) {
                if (r.grillState(g) == GrillState::Ready &&
                    r.grills()[static_cast<std::size_t>(g)].main == c.order.main) {
                    pick = &c;
                    pickGrill = g;
                    break;
                }
            }
        }
        if (pick) {
            return pickGrill >= 0 ? foodtruck::act(Code::Take, pickGrill)
                                  : foodtruck::act(Code::Pick, static_cast<int>(Main::Salad));
        }
        return std::nullopt;
    }

    Rng m_rng;
    double m_wait = 0.8;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& base, double dt) override {
        const auto& rules = static_cast<const FoodtruckRules&>(base);
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + m_rng.unit() * 0.7;
        switch (m_rng.range(0, 4)) {
        case 0:
            return {foodtruck::act(Code::Pick,
                                   static_cast<int>(rules.spec().mains[static_cast<std::size_t>(
                                       m_rng.range(0, static_cast<int>(rules.spec().mains.size()) - 1))]))};
        case 1:
            return {foodtruck::act(Code::Take, m_rng.range(0, rules.spec().grills - 1))};
        case 2:
            return {foodtruck::act(Code::Topping, m_rng.range(0, rules.spec().toppings - 1))};
        case 3:
            return {foodtruck::act(Code::Trash)};
        default:
            return {foodtruck::act(Code::Serve, m_rng.range(0, kCounterSlots - 1))};
        }
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

} // namespace pathlight::minigames::foodtruck
