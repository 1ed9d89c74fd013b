// Bots for the budget game. Good: a careful kid's way to play: read the forecast, pick the price
// that suits the weather, make about as many cups as people will buy, buy an upgrade early while
// it can still pay off, save what tomorrow doesn't need, skip treats. Random: taps any button at a
// human-ish rate. Both read only what the screen shows.
#include "minigames/budget/budget_rules.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::minigames::budget {

namespace {

Action act(ActionCode code, int a = 0) {
    return Action{static_cast<int>(code), a, 0};
}

struct Plan {
    int price = 2;
    int batches = 0;
    bool flyer = false;
    int upgrade = -1;
    int keep = 0; // cash to keep in the box; the rest goes into the jar
};

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const BudgetRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        const int stamp = game->day() * 8 + static_cast<int>(game->phase());
        if (stamp != m_stamp) {
            // Something new on screen: take a moment to read it.
            m_stamp = stamp;
            m_wait = game->phase() == Phase::Plan ? 1.8 + 1.5 * m_rng.unit() : 1.2 + 1.2 * m_rng.unit();
            m_planned = false;
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + 0.25 * m_rng.unit();
        switch (game->phase()) {
        case Phase::Surprise:
            return {chooseSurprise(*game)};
        case Phase::Plan:
            return {planStep(*game)};
        case Phase::Summary:
            return {budget::act(ActionCode::NextDay)};
        default:
            return {};
        }
    }

  private:
    static Action chooseSurprise(const BudgetRules& g) {
        switch (g.surprise()) {
        case SurpriseKind::BlenderBroke: {
            const bool worth = g.level().days - g.day() >= 3 && g.cash() >= kBlenderFixCost;
            return budget::act(ActionCode::ChooseSurprise, worth ? 0 : 1);
        }
        case SurpriseKind::BigOrder:
            return budget::act(ActionCode::ChooseSurprise, 0);
        case SurpriseKind::Temptation:
            return budget::act(ActionCode::ChooseSurprise, 1);
        default:
            return budget::act(ActionCode::ChooseSurprise, 0);
        }
    }

    static Plan makePlan(const BudgetRules& g) {
        Plan p;
        const Weather w = g.forecast();
        const int cost = g.batchCostToday();
        const double cupCost = cost / static_cast<double>(kCupsPerBatch);
        const double lumpy = g.blenderBroken() ? 0.6 : 1.0;
        const double snack = g.owns(Upgrade::SnackShelf) ? 0.5 : 0.0;
        double bestValue = -1;
        for (int price = 1; price <= 3; ++price) {
            const double value = (price + snack - cupCost) * BudgetRules::buyChance(price, w);
            if (value > bestValue) {
                bestValue = value;
                p.price = price;
            }
        }
        const int daysLeft = g.level().days - g.day();
        double walkers =
            BudgetRules::baseWalkers(w) * (g.owns(Upgrade::Sign) ? 1.25 : 1.0) * (g.fairToday() ? 1.6 : 1.0);
        const double chance = BudgetRules::buyChance(p.price, w) * lumpy;
        // Flyers pay when the extra buyers bring clearly more than they cost.
        const double extraProfit = walkers * 0.4 * chance * (p.price + snack - cupCost);
        p.flyer = extraProfit > kFlyerCost + 3 && g.cash() >= kFlyerCost + 2 * cost;
        if (p.flyer) {
            walkers *= 1.4;
        }
        const double buyers = walkers * chance + (g.teamOrderToday() ? kTeamCups : 0);
        const double needed = std::max(0.0, buyers - g.keptCups());
        p.batches = std::clamp(static_cast<int>(std::floor(needed / kCupsPerBatch + 0.55)), 0, kMaxBatches);
        // Cash for lemons may come out of the jar (for a small fee) when the box runs low.
        int cash = g.cash() + g.batchesToday() * cost - (p.flyer && !g.flyer() ? kFlyerCost : 0);
        const int fromJar = (g.jar() / (kSaveStep + kWithdrawFee)) * kSaveStep;
        p.batches = std::min(p.batches, (cash + fromJar) / std::max(1, cost));
        cash -= p.batches * cost;
        // Keep enough for tomorrow's lemons and a surprise bill.
        p.keep = daysLeft > 1 ? 2 * cost + kUmbrellaBill : 0;
        // An upgrade early in the month pays for itself.
        if (daysLeft >= 4) {
            for (Upgrade u : {Upgrade::SnackShelf, Upgrade::Sign}) {
                if (!g.owns(u) && cash - upgradeCost(u) >= p.keep) {
                    p.upgrade = static_cast<int>(u);
                    cash -= upgradeCost(u);
                    break;
                }
            }
        }
        return p;
    }

    Action planStep(const BudgetRules& g) {
        if (!m_planned) {
            m_plan = makePlan(g);
            m_planned = true;
        }
        const Plan& p = m_plan;
        if (g.price() != p.price) {
            return budget::act(ActionCode::SetPrice, p.price);
        }
        if (p.upgrade >= 0 && !g.owns(static_cast<Upgrade>(p.upgrade)) &&
            g.cash() >= upgradeCost(static_cast<Upgrade>(p.upgrade))) {
            return budget::act(ActionCode::BuyUpgrade, p.upgrade);
        }
        if (g.flyer() != p.flyer && (g.flyer() || g.cash() >= kFlyerCost)) {
            return budget::act(ActionCode::ToggleFlyer);
        }
        if (g.batchesToday() < p.batches && g.cash() >= g.batchCostToday()) {
            return budget::act(ActionCode::AddBatch);
        }
        if (g.batchesToday() < p.batches && g.savedToday() == 0 && g.jar() >= kSaveStep + kWithdrawFee) {
            return budget::act(ActionCode::SaveLess);
        }
        if (g.batchesToday() > p.batches) {
            return budget::act(ActionCode::RemoveBatch);
        }
        if (g.cash() - kSaveStep >= p.keep) {
            return budget::act(ActionCode::SaveMore);
        }
        return budget::act(ActionCode::OpenStand);
    }

    Rng m_rng;
    int m_stamp = -1;
    double m_wait = 0;
    bool m_planned = false;
    Plan m_plan;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const BudgetRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + 0.7 * m_rng.unit();
        switch (game->phase()) {
        case Phase::Surprise:
            return {budget::act(ActionCode::ChooseSurprise, m_rng.range(0, 1))};
        case Phase::Summary:
            return {budget::act(ActionCode::NextDay)};
        case Phase::Plan: {
            switch (m_rng.range(0, 9)) {
            case 0:
            case 1:
                return {budget::act(ActionCode::AddBatch)};
            case 2:
                return {budget::act(ActionCode::RemoveBatch)};
            case 3:
                return {budget::act(ActionCode::SetPrice, m_rng.range(1, 3))};
            case 4:
                return {budget::act(ActionCode::ToggleFlyer)};
            case 5:
                return {budget::act(ActionCode::BuyUpgrade, m_rng.range(0, kUpgradeCount - 1))};
            case 6:
                return {budget::act(ActionCode::SaveMore)};
            case 7:
                return {budget::act(ActionCode::SaveLess)};
            default:
                return {budget::act(ActionCode::OpenStand)};
            }
        }
        default:
            return {};
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
    case BotKind::Idle:
        break;
    }
    return makeIdleBot();
}

} // namespace pathlight::minigames::budget
