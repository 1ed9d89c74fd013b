// The budget game ("Stand to Savings"): a careful month wins and replays exactly, a careless one
// loses; leftovers spoil, the jar earns interest, early withdrawals cost a fee, bills reach the jar,
// the morning's timer opens the stand; the view's buttons and keys make actions; a broken levels
// file is refused with the level and field named.
#include "game_test_support.hpp"

#include "minigames/budget/budget_rules.hpp"
#include "minigames/budget/budget_view.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::test {
namespace {

using namespace minigames::budget;
using minigames::Action;

Action act(ActionCode code, int a = 0) {
    return Action{static_cast<int>(code), a, 0};
}

struct Budget {
    std::unique_ptr<minigames::GameRules> owner = loadGame("budget");
    BudgetRules& g = dynamic_cast<BudgetRules&>(*owner);
};

// Advances time in small steps until `done` holds (or the round ends).
template <class Pred> void runUntil(BudgetRules& g, Pred done, double step = 0.1) {
    for (int i = 0; i < 20000 && !g.finished() && !done(); ++i) {
        g.update(step, {});
    }
}

void apply(BudgetRules& g, std::initializer_list<Action> actions) {
    const std::vector<Action> list(actions);
    g.update(0.05, list);
}

// A careful kid's script: the price that suits the weather, about enough cups, save the rest,
// say "not now" to treats; returns every (dt, actions) step so the round can be replayed.
struct Step {
    double dt;
    std::vector<Action> actions;
};

std::vector<Step> playCarefully(BudgetRules& g) {
    std::vector<Step> steps;
    while (!g.finished()) {
        std::vector<Action> actions;
        if (g.phase() == Phase::Surprise) {
            const bool fix = g.surprise() == SurpriseKind::BlenderBroke && g.cash() >= kBlenderFixCost;
            actions.push_back(
                act(ActionCode::ChooseSurprise, g.surprise() == SurpriseKind::BigOrder || fix ? 0 : 1));
        } else if (g.phase() == Phase::Plan) {
            const Weather w = g.forecast();
            const int price = w == Weather::Hot ? 3 : 2;
            const int wanted =
                static_cast<int>(std::lround(g.expectedWalkers() * BudgetRules::buyChance(price, w) / 10.0)) +
                (g.teamOrderToday() ? 2 : 0);
            if (g.price() != price) {
                actions.push_back(act(ActionCode::SetPrice, price));
            } else if (!g.owns(Upgrade::SnackShelf) && g.cash() >= 20 + 3 * g.batchCostToday() &&
                       g.day() < 4) {
                actions.push_back(act(ActionCode::BuyUpgrade, static_cast<int>(Upgrade::SnackShelf)));
            } else if (g.batchesToday() < wanted && g.cash() >= g.batchCostToday()) {
                actions.push_back(act(ActionCode::AddBatch));
            } else if (g.cash() >= 2 * g.batchCostToday() + kUmbrellaBill + kSaveStep) {
                actions.push_back(act(ActionCode::SaveMore));
            } else {
                actions.push_back(act(ActionCode::OpenStand));
            }
        } else if (g.phase() == Phase::Summary) {
            actions.push_back(act(ActionCode::NextDay));
        }
        steps.push_back({0.5, actions});
        g.update(0.5, actions);
    }
    return steps;
}

TEST(BudgetGame, ACarefulMonthReachesTheGoalAndReplaysToTheSameResult) {
    Budget a;
    a.g.start(3, 1);
    const std::vector<Step> steps = playCarefully(a.g);
    const minigames::GameResult won = a.g.result();
    EXPECT_TRUE(won.won) << "saved " << a.g.jar() << " of " << a.g.level().goal;
    EXPECT_GE(a.g.jar(), a.g.level().goal);
    EXPECT_GT(a.g.totalInterest(), 0);

    Budget b;
    b.g.start(3, 1);
    for (const Step& s : steps) {
        b.g.update(s.dt, s.actions);
    }
    ASSERT_TRUE(b.g.finished());
    EXPECT_EQ(b.g.result().score, won.score);
    EXPECT_EQ(b.g.result().stars, won.stars);
    EXPECT_EQ(b.g.jar(), a.g.jar());
    EXPECT_EQ(b.g.result().didWell, won.didWell);
}

TEST(BudgetGame, OpeningWithNoCupsAllMonthLoses) {
    Budget t;
    t.g.start(3, 1);
    while (!t.g.finished()) {
        if (t.g.phase() == Phase::Plan) {
            apply(t.g, {act(ActionCode::OpenStand)});
        } else if (t.g.phase() == Phase::Surprise) {
            apply(t.g, {act(ActionCode::ChooseSurprise, 0)});
        } else {
            t.g.update(0.25, {});
        }
    }
    const minigames::GameResult r = t.g.result();
    EXPECT_FALSE(r.won);
    EXPECT_EQ(r.stars, 0);
    EXPECT_LE(t.g.jar(), t.g.level().startCash);
}

TEST(BudgetGame, LeftoverCupsGoToWasteUnlessACoolerKeepsThem) {
    Budget t;
    t.g.start(5, 1);
    ASSERT_EQ(t.g.phase(), Phase::Plan); // no surprise on the first day
    apply(t.g, {act(ActionCode::AddBatch), act(ActionCode::AddBatch), act(ActionCode::SetPrice, 3)});
    EXPECT_EQ(t.g.stock(), 20);
    EXPECT_EQ(t.g.cash(), t.g.level().startCash - 2 * t.g.batchCostToday());
    apply(t.g, {act(ActionCode::OpenStand)});
    runUntil(t.g, [&] { return t.g.phase() == Phase::Summary; });
    const DayReport& r = t.g.today();
    EXPECT_EQ(r.sold + r.wasted, 20);
    EXPECT_EQ(r.kept, 0);
    EXPECT_EQ(t.g.stock(), 0);

    Budget cool;
    cool.g.start(5, 1);
    apply(cool.g, {act(ActionCode::BuyUpgrade, static_cast<int>(Upgrade::Cooler)), act(ActionCode::AddBatch),
                   act(ActionCode::SetPrice, 3), act(ActionCode::OpenStand)});
    ASSERT_TRUE(cool.g.owns(Upgrade::Cooler));
    runUntil(cool.g, [&] { return cool.g.phase() == Phase::Summary; });
    EXPECT_EQ(cool.g.today().wasted, 0);
    EXPECT_EQ(cool.g.today().kept, 10 - cool.g.today().sold);
    EXPECT_EQ(cool.g.stock(), cool.g.today().kept);
}

TEST(BudgetGame, AHighPriceOnARainyDayDrivesPeopleAway) {
    // Across many rainy days, $3 sends most buyers away and $1 keeps them.
    int priceyAtThree = 0, soldAtThree = 0, soldAtOne = 0;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        for (int price : {1, 3}) {
            Budget t;
            t.g.start(seed, 1);
            if (t.g.weatherToday() != Weather::Rainy) {
                continue;
            }
            apply(t.g, {act(ActionCode::AddBatch), act(ActionCode::AddBatch),
                        act(ActionCode::SetPrice, price), act(ActionCode::OpenStand)});
            runUntil(t.g, [&] { return t.g.phase() == Phase::Summary; });
            (price == 3 ? soldAtThree : soldAtOne) += t.g.today().sold;
            priceyAtThree += price == 3 ? t.g.today().tooPricey : 0;
        }
    }
    EXPECT_GT(soldAtOne, 2 * soldAtThree);
    EXPECT_GT(priceyAtThree, soldAtThree);
}

TEST(BudgetGame, TheJarEarnsInterestAtTheEndOfEachWeekend) {
    for (std::uint64_t seed = 1; seed < 50; ++seed) {
        Budget t;
        t.g.start(seed, 1);
        apply(t.g, {act(ActionCode::SaveMore), act(ActionCode::SaveMore), act(ActionCode::SaveMore),
                    act(ActionCode::SaveMore), act(ActionCode::OpenStand)});
        EXPECT_EQ(t.g.jar(), 20);
        EXPECT_EQ(t.g.cash(), 0);
        runUntil(t.g, [&] { return t.g.phase() == Phase::Summary; });
        EXPECT_EQ(t.g.today().interest, 0) << "no interest in the middle of a weekend";
        runUntil(t.g, [&] { return t.g.day() == 1; });
        if (t.g.phase() != Phase::Plan) {
            continue; // a surprise (maybe a bill) on day 2: try another month
        }
        apply(t.g, {act(ActionCode::OpenStand)});
        runUntil(t.g, [&] { return t.g.phase() == Phase::Summary; });
        EXPECT_EQ(t.g.today().interest, 2); // $1 for every $10
        EXPECT_EQ(t.g.jar(), 22);
        return;
    }
    FAIL() << "no month without a surprise on day 2";
}

TEST(BudgetGame, UndoingTodaysSavingIsFreeButOlderSavingsCostAFee) {
    Budget t;
    t.g.start(2, 1);
    apply(t.g, {act(ActionCode::SaveMore), act(ActionCode::SaveMore), act(ActionCode::SaveMore)});
    EXPECT_EQ(t.g.jar(), 15);
    apply(t.g, {act(ActionCode::SaveLess)});
    EXPECT_EQ(t.g.jar(), 10);
    EXPECT_EQ(t.g.cash(), t.g.level().startCash - 10);
    EXPECT_EQ(t.g.feesPaid(), 0);
    apply(t.g, {act(ActionCode::OpenStand)});
    runUntil(t.g, [&] { return t.g.day() == 1 && t.g.phase() != Phase::Surprise; });
    ASSERT_EQ(t.g.phase(), Phase::Plan);
    const int cash = t.g.cash();
    const int jar = t.g.jar();
    ASSERT_GE(jar, kSaveStep + kWithdrawFee);
    apply(t.g, {act(ActionCode::SaveLess)});
    EXPECT_EQ(t.g.cash(), cash + kSaveStep);
    EXPECT_EQ(t.g.jar(), jar - kSaveStep - kWithdrawFee);
    EXPECT_EQ(t.g.feesPaid(), kWithdrawFee);
}

TEST(BudgetGame, TheMorningTimerOpensTheStandAndASurpriseTimerKeepsYourMoney) {
    Budget t;
    t.g.start(4, 3);
    ASSERT_EQ(t.g.phase(), Phase::Plan);
    t.g.update(0.1, {});
    runUntil(
        t.g, [&] { return t.g.phase() != Phase::Plan; }, 0.25);
    EXPECT_EQ(t.g.phase(), Phase::Selling);
    EXPECT_NEAR(t.g.phaseTime(), 0.0, 0.3);
    // Find a treat and let its card time out: no money is spent on it.
    for (std::uint64_t seed = 1; seed < 200; ++seed) {
        Budget s;
        s.g.start(seed, 3);
        runUntil(
            s.g, [&] { return s.g.phase() == Phase::Surprise && s.g.surprise() == SurpriseKind::Temptation; },
            0.25);
        if (s.g.finished()) {
            continue;
        }
        const int cash = s.g.cash();
        runUntil(
            s.g, [&] { return s.g.phase() != Phase::Surprise; }, 0.25);
        EXPECT_EQ(s.g.cash(), cash);
        EXPECT_EQ(s.g.surpriseChoice(), 1);
        return;
    }
    FAIL() << "no treat card in 200 months";
}

TEST(BudgetGame, ABillTheCashBoxCannotPayComesOutOfTheJar) {
    for (std::uint64_t seed = 1; seed < 300; ++seed) {
        Budget t;
        t.g.start(seed, 3);
        // Save everything each morning; open with no cups.
        while (!t.g.finished() &&
               !(t.g.phase() == Phase::Surprise && t.g.surprise() == SurpriseKind::UmbrellaBill)) {
            if (t.g.phase() == Phase::Plan) {
                while (t.g.cash() >= kSaveStep) {
                    apply(t.g, {act(ActionCode::SaveMore)});
                }
                apply(t.g, {act(ActionCode::OpenStand)});
            } else if (t.g.phase() == Phase::Surprise) {
                apply(t.g, {act(ActionCode::ChooseSurprise, 1)});
            } else {
                t.g.update(0.25, {});
            }
        }
        if (t.g.finished()) {
            continue;
        }
        const int cash = t.g.cash();
        const int jar = t.g.jar();
        ASSERT_LT(cash, kUmbrellaBill);
        apply(t.g, {act(ActionCode::ChooseSurprise, 0)});
        EXPECT_EQ(t.g.cash(), 0);
        EXPECT_EQ(t.g.jar(), std::max(0, jar - (kUmbrellaBill - cash)));
        return;
    }
    FAIL() << "no umbrella bill in 300 months";
}

TEST(BudgetGame, TheViewTurnsTapsAndKeysIntoActions) {
    HeadlessImGui imgui(ImVec2(1280, 800));
    FakeViewHost host;
    auto view = makeView();
    Budget t;
    t.g.start(5, 1);
    ViewDriver driver(*view, host);
    driver.frame(t.g);
    const RecordedItem* more = host.find("More cups");
    ASSERT_TRUE(more);
    auto actions = driver.tap(t.g, more->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::AddBatch));
    const RecordedItem* price = host.find("$3");
    ASSERT_TRUE(price);
    actions = driver.tap(t.g, price->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::SetPrice, 3));

    // Keys: the focus sits on the tapped $3; Left moves it to $2 and Enter picks it.
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_LeftArrow] = true;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_LeftArrow] = false;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = true;
    actions = driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = false;
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::SetPrice, 2));
    EXPECT_TRUE(host.missingKeys().empty());
}

TEST(BudgetGame, ABrokenLevelsFileIsRefusedNamingTheLevelAndField) {
    const std::string good =
        R"({"days": 8, "goal": 100, "startCash": 20, "batchCost": 5, "costRisePerWeek": 0,
        "surprises": 3, "badShare": 0.4, "planSeconds": 20, "interestPer10": 1})";
    const std::string bad = R"({"days": 8, "goal": 0, "startCash": 20, "batchCost": 5, "costRisePerWeek": 0,
        "surprises": 3, "badShare": 0.4, "planSeconds": 20, "interestPer10": 1})";
    auto ok =
        makeRules({"minigames/budget/levels.json", "{\"levels\": [" + good + "," + good + "," + good + "]}"});
    EXPECT_TRUE(ok);
    auto broken =
        makeRules({"minigames/budget/levels.json", "{\"levels\": [" + good + "," + bad + "," + good + "]}"});
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().detail.find("level 2"), std::string::npos) << broken.error().detail;
    EXPECT_NE(broken.error().detail.find("'goal'"), std::string::npos) << broken.error().detail;
    EXPECT_EQ(broken.error().code, "content.invalid");
    auto twoLevels = makeRules({"minigames/budget/levels.json", "{\"levels\": [" + good + "," + good + "]}"});
    EXPECT_FALSE(twoLevels);
    auto notJson = makeRules({"minigames/budget/levels.json", "{levels"});
    EXPECT_FALSE(notJson);
}

} // namespace
} // namespace pathlight::test
