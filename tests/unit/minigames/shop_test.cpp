// Shop week: scripted weeks that win and lose, staffing rules (skills, days off, budget, refunds),
// a sick call that must be covered, the view's taps and keys, and a broken levels file.
#include "game_test_support.hpp"

#include "minigames/shop/shop_rules.hpp"

namespace pathlight::test {
namespace {

using namespace minigames::shop;
using minigames::Action;

Action assign(int worker, int part) {
    return {static_cast<int>(Code::Assign), worker, part};
}
Action run() {
    return {static_cast<int>(Code::Run), 0, 0};
}

struct Shop {
    std::unique_ptr<minigames::GameRules> owner = loadGame("shop");
    ShopRules& rules = dynamic_cast<ShopRules&>(*owner);
    void step(std::vector<Action> actions = {}, double dt = 0.1) { rules.update(dt, actions); }
    void until(auto done, double limit = 400) {
        for (double t = 0; t < limit && !done(); t += 0.1) {
            step();
        }
    }
    const Event& lastEvent() const { return rules.events()[rules.eventCount() % rules.events().size()]; }
};

// The test's script: for every open need of a shift, the cheapest free worker with that skill.
std::vector<Action> staff(const ShopRules& r, int part) {
    std::vector<Action> out;
    auto need = r.need(r.day(), part);
    auto covered = r.coverage(r.day(), part);
    int budget = r.budgetLeft();
    std::vector<bool> used(r.workers().size());
    for (int s = 0; s < kSkillCount; ++s) {
        for (int u = covered[static_cast<std::size_t>(s)]; u < need[static_cast<std::size_t>(s)]; ++u) {
            int best = -1;
            for (int w = 0; w < static_cast<int>(r.workers().size()); ++w) {
                const WorkerSpec& ws = r.workers()[static_cast<std::size_t>(w)];
                if ((ws.skills >> s) & 1u && !used[static_cast<std::size_t>(w)] &&
                    !r.assigned(w, r.day(), part) && r.available(w, r.day()) && r.shiftsLeft(w) > 0 &&
                    ws.wage <= budget &&
                    (best < 0 || ws.wage < r.workers()[static_cast<std::size_t>(best)].wage)) {
                    best = w;
                }
            }
            if (best >= 0) {
                used[static_cast<std::size_t>(best)] = true;
                budget -= r.workers()[static_cast<std::size_t>(best)].wage;
                out.push_back(assign(best, part));
            }
        }
    }
    return out;
}

minigames::GameResult playScriptedWeek(Shop& shop, std::uint64_t seed) {
    shop.rules.start(seed, 1);
    while (!shop.rules.finished()) {
        if (shop.rules.phase() == Phase::Plan) {
            for (int p = 0; p < kParts; ++p) {
                shop.step(staff(shop.rules, p));
            }
            shop.step({run()});
        } else if (shop.rules.phase() == Phase::Surprise) {
            shop.step(staff(shop.rules, shop.rules.part()));
            shop.step({run()});
        } else {
            shop.step();
        }
    }
    return shop.rules.result();
}

TEST(Shop, AScriptedWeekMatchingSkillsToNeedsAndCoveringSickCallsWins) {
    Shop shop;
    int coveredSick = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto result = playScriptedWeek(shop, seed);
        EXPECT_TRUE(result.won) << "seed " << seed;
        EXPECT_GE(result.stars, 2) << "seed " << seed;
        EXPECT_GT(shop.rules.served(), shop.rules.shoppers() * 8 / 10) << "seed " << seed;
        const auto& well = result.didWell;
        coveredSick +=
            std::find(well.begin(), well.end(), "game.shop.well.covered_sick") != well.end() ? 1 : 0;
    }
    EXPECT_GE(coveredSick, 5) << "most sick calls can be covered by someone else";
}

TEST(Shop, AScriptedWeekThatOpensWithNobodyOnShiftLoses) {
    Shop shop;
    shop.rules.start(6, 1);
    while (!shop.rules.finished()) {
        shop.step({run()});
    }
    const auto result = shop.rules.result();
    EXPECT_FALSE(result.won);
    EXPECT_EQ(shop.rules.served(), 0);
    EXPECT_LT(result.seconds, 100.0) << "Run skips the waiting";
}

TEST(Shop, StaffingFollowsSkillsDaysOffAndTheBudget) {
    Shop shop;
    shop.rules.start(2, 1);
    const auto& workers = shop.rules.workers();
    // Worker 3 (stock + cash) is off on Friday in level 1; worker 0 is cash only.
    const int budget = shop.rules.budgetLeft();
    const auto before = shop.rules.coverage(0, 1);
    shop.step({assign(0, 1)});
    EXPECT_TRUE(shop.rules.assigned(0, 0, 1));
    EXPECT_EQ(shop.rules.budgetLeft(), budget - workers[0].wage);
    EXPECT_EQ(shop.rules.coverage(0, 1)[0], before[0] + 1) << "afternoons always need a cashier";
    shop.step({{static_cast<int>(Code::Remove), 0, 1}});
    EXPECT_FALSE(shop.rules.assigned(0, 0, 1));
    EXPECT_EQ(shop.rules.budgetLeft(), budget) << "taking someone off gives their pay back";
    // Worker 2 (help + cash) has Monday off.
    shop.step({assign(2, 0)});
    EXPECT_FALSE(shop.rules.assigned(2, 0, 0));
    EXPECT_EQ(shop.lastEvent().kind, EventKind::DayOff);
    // A worker whose skills the shift does not need is allowed, but the player is told.
    const auto need = shop.rules.need(0, 0);
    if (need[static_cast<std::size_t>(Skill::Cash)] == 0) {
        shop.step({assign(0, 0)});
        EXPECT_EQ(shop.lastEvent().kind, EventKind::Useless);
    }
}

TEST(Shop, NoMoneyMeansNoMoreWorkers) {
    const std::string worker = R"({"skills": ["cash"], "wage": 5, "shifts": 14})";
    const std::string level = R"({"budget": 7, "slots": 3, "surprises": 0, "planSeconds": 30,
        "week": [[1,1],[1,1],[1,1],[1,1],[1,1],[1,1],[1,1]], "workers": [)" +
                              worker + "," + worker + "]}";
    auto rules = makeRules({"shop", "{\"levels\": [" + level + "," + level + "," + level + "]}"});
    ASSERT_TRUE(rules);
    auto& shop = dynamic_cast<ShopRules&>(*rules.value());
    shop.start(1, 1);
    shop.update(0.1, std::vector<Action>{assign(0, 0), assign(1, 1)});
    EXPECT_TRUE(shop.assigned(0, 0, 0));
    EXPECT_FALSE(shop.assigned(1, 0, 1));
    EXPECT_EQ(shop.events()[shop.eventCount() % 8].kind, EventKind::NoMoney);
    EXPECT_EQ(shop.budgetLeft(), 2);
}

TEST(Shop, ASickCallTakesTheWorkerOffRefundsThePayAndWaitsForTheFix) {
    Shop shop;
    shop.rules.start(2, 1);
    // Staff every day fully until the first surprise, which is always a sick call.
    while (!shop.rules.finished() && shop.rules.phase() != Phase::Surprise) {
        if (shop.rules.phase() == Phase::Plan) {
            for (int p = 0; p < kParts; ++p) {
                shop.step(staff(shop.rules, p));
            }
            shop.step({run()});
        } else {
            shop.step();
        }
    }
    ASSERT_EQ(shop.rules.phase(), Phase::Surprise);
    const Surprise* s = shop.rules.currentSurprise();
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(s->kind, SurpriseKind::Sick);
    EXPECT_FALSE(shop.rules.assigned(s->worker, shop.rules.day(), shop.rules.part()));
    EXPECT_TRUE(shop.rules.sick(s->worker, shop.rules.day()));
    const int sickWorker = s->worker;
    shop.step({assign(sickWorker, shop.rules.part())});
    EXPECT_EQ(shop.lastEvent().kind, EventKind::DayOff) << "someone home sick can't be put back";
    // Time does not run the shift until the player goes on (or the surprise clock runs out).
    shop.step({}, 5.0);
    EXPECT_EQ(shop.rules.phase(), Phase::Surprise);
    shop.step(staff(shop.rules, shop.rules.part()));
    const auto need = shop.rules.need(shop.rules.day(), shop.rules.part());
    EXPECT_EQ(shop.rules.coverage(shop.rules.day(), shop.rules.part()), need);
    shop.step({run()});
    EXPECT_EQ(shop.rules.phase(), Phase::Running);
}

TEST(Shop, ViewTapsAndKeysBecomeActions) {
    HeadlessImGui imgui;
    FakeViewHost host;
    auto view = minigames::makeView("shop");
    Shop shop;
    shop.rules.start(1, 1);
    ViewDriver driver(*view, host);
    driver.frame(shop.rules);
    const std::string firstName = host.text("game.shop.name." + std::to_string(shop.rules.workers()[0].name));
    const RecordedItem* card = host.find(firstName);
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(driver.tap(shop.rules, card->centre()).empty()) << "tapping a worker only picks them";
    const RecordedItem* afternoon = host.find("Afternoon");
    ASSERT_NE(afternoon, nullptr);
    const auto tapped = driver.tap(shop.rules, afternoon->centre());
    ASSERT_EQ(tapped.size(), 1u);
    EXPECT_EQ(tapped[0], assign(0, 1));
    const RecordedItem* open = host.find("Open the shop");
    ASSERT_NE(open, nullptr);
    const auto opened = driver.tap(shop.rules, open->centre());
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened[0], run());
    // Keys (the focus is on the afternoon after the taps): Down to the team (worker 1), Right to
    // worker 2, Enter picks them and goes back up to the afternoon, Left to the morning, Enter.
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](ImGuiKey key) {
        io.KeysDown[key] = true;
        auto out = driver.frame(shop.rules);
        io.KeysDown[key] = false;
        driver.frame(shop.rules);
        return out;
    };
    press(ImGuiKey_DownArrow);
    press(ImGuiKey_RightArrow);
    press(ImGuiKey_Enter);
    press(ImGuiKey_LeftArrow);
    const auto keyed = press(ImGuiKey_Enter);
    ASSERT_EQ(keyed.size(), 1u);
    EXPECT_EQ(keyed[0], assign(2, 0));
}

TEST(Shop, ABrokenLevelIsRefusedNamingTheLevelAndField) {
    const std::string worker = R"({"skills": ["cash"], "wage": 3, "shifts": 9})";
    const std::string good = R"({"budget": 100, "slots": 3, "surprises": 1, "planSeconds": 30,
        "week": [[1,1],[1,1],[1,1],[1,1],[1,1],[1,1],[1,1]], "workers": [)" +
                             worker + "," + worker + "]}";
    const std::string bad = R"({"budget": 100, "slots": 3, "surprises": 1, "planSeconds": 30,
        "week": [[1,1],[1,1],[1,1],[1,1],[1,1],[1,1],[1,1]], "workers": [)" +
                            worker + R"(, {"skills": ["juggling"], "wage": 3, "shifts": 9}]})";
    EXPECT_TRUE(
        makeRules({"minigames/shop/levels.json", "{\"levels\": [" + good + "," + good + "," + good + "]}"}));
    const auto result =
        makeRules({"minigames/shop/levels.json", "{\"levels\": [" + good + "," + good + "," + bad + "]}"});
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().detail.find("minigames/shop/levels.json: level 3: 'workers' 2: 'skills'"),
              std::string::npos)
        << result.error().detail;
}

} // namespace
} // namespace pathlight::test
