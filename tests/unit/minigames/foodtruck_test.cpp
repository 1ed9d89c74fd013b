// Food truck: scripted rounds that win and lose, the grill's cook-and-burn rule, exact orders and
// kind feedback, the view's taps and keys, and a broken levels file.
#include "game_test_support.hpp"

#include "minigames/foodtruck/foodtruck_rules.hpp"

namespace pathlight::test {
namespace {

using namespace minigames::foodtruck;
using minigames::Action;

Action act(Code code, int a = 0) {
    return {static_cast<int>(code), a, 0};
}

struct Truck {
    std::unique_ptr<minigames::GameRules> owner = loadGame("foodtruck");
    FoodtruckRules& rules = dynamic_cast<FoodtruckRules&>(*owner);
    void step(std::vector<Action> actions = {}, double dt = 0.1) { rules.update(dt, actions); }
    void until(auto done, double limit = 60) {
        for (double t = 0; t < limit && !done(); t += 0.1) {
            step();
        }
    }
    int firstCustomer() const {
        for (int i = 0; i < kCounterSlots; ++i) {
            if (rules.counter()[static_cast<std::size_t>(i)].present) {
                return i;
            }
        }
        return -1;
    }
};

// One sensible next tap, read from the state: the test's own little script.
std::vector<Action> scriptedTap(const FoodtruckRules& r) {
    for (int g = 0; g < r.spec().grills; ++g) {
        if (r.grillState(g) == GrillState::Burned) {
            return {act(Code::Take, g)};
        }
    }
    const Plate& plate = r.plate();
    int target = -1;
    for (int i = 0; i < kCounterSlots; ++i) {
        const Customer& c = r.counter()[static_cast<std::size_t>(i)];
        if (c.present &&
            (target < 0 || c.patience < r.counter()[static_cast<std::size_t>(target)].patience)) {
            target = i;
        }
    }
    if (target < 0) {
        return {};
    }
    const Order& order = r.counter()[static_cast<std::size_t>(target)].order;
    if (plate.hasMain) {
        if (plate.main != order.main || (plate.toppings & ~order.toppings)) {
            return {act(Code::Trash)};
        }
        for (int t = 0; t < kToppingCount; ++t) {
            if ((order.toppings & (1u << t)) && !(plate.toppings & (1u << t))) {
                return {act(Code::Topping, t)};
            }
        }
        return {act(Code::Serve, target)};
    }
    if (!FoodtruckRules::cooks(order.main)) {
        return {act(Code::Pick, static_cast<int>(order.main))};
    }
    for (int g = 0; g < r.spec().grills; ++g) {
        if (r.grillState(g) == GrillState::Ready &&
            r.grills()[static_cast<std::size_t>(g)].main == order.main) {
            return {act(Code::Take, g)};
        }
    }
    for (int g = 0; g < r.spec().grills; ++g) {
        if (r.grillState(g) != GrillState::Empty &&
            r.grills()[static_cast<std::size_t>(g)].main == order.main) {
            return {}; // it is cooking: wait for it
        }
    }
    return {act(Code::Pick, static_cast<int>(order.main))};
}

TEST(Foodtruck, AScriptedRoundServingEachOrderExactlyWins) {
    Truck t;
    t.rules.start(3, 1);
    int frame = 0;
    while (!t.rules.finished() && frame < 20000) {
        t.step(frame % 5 == 0 ? scriptedTap(t.rules) : std::vector<Action>{});
        ++frame;
    }
    ASSERT_TRUE(t.rules.finished());
    const auto result = t.rules.result();
    EXPECT_TRUE(result.won);
    EXPECT_EQ(result.stars, 3);
    EXPECT_EQ(t.rules.walkOuts(), 0);
    EXPECT_EQ(t.rules.served(), t.rules.spec().customers);
}

TEST(Foodtruck, AScriptedRoundOfWrongPlatesLoses) {
    Truck t;
    t.rules.start(3, 1);
    int frame = 0;
    while (!t.rules.finished() && frame < 20000) {
        std::vector<Action> taps;
        const int c = t.firstCustomer();
        if (frame % 10 == 0 && c >= 0) {
            // Always a salad with every topping: never what anyone ordered.
            taps = {act(Code::Trash),      act(Code::Pick, static_cast<int>(Main::Salad)),
                    act(Code::Topping, 0), act(Code::Topping, 1),
                    act(Code::Topping, 2), act(Code::Serve, c)};
        }
        t.step(taps);
        ++frame;
    }
    const auto result = t.rules.result();
    EXPECT_FALSE(result.won);
    EXPECT_EQ(result.score, 0);
    EXPECT_EQ(t.rules.walkOuts(), t.rules.spec().customers);
}

TEST(Foodtruck, AMainIsReadyAfterItsCookTimeAndBurnsIfLeftTooLong) {
    Truck t;
    t.rules.start(1, 1);
    t.step({act(Code::Pick, static_cast<int>(Main::Burger))});
    EXPECT_EQ(t.rules.grillState(0), GrillState::Cooking);
    t.step({act(Code::Take, 0)}); // not ready: nothing happens
    EXPECT_FALSE(t.rules.plate().hasMain);
    t.until([&] { return t.rules.grillState(0) == GrillState::Ready; });
    EXPECT_NEAR(t.rules.time(), t.rules.spec().cook, 0.15);
    t.until([&] { return t.rules.grillState(0) == GrillState::Burned; });
    EXPECT_NEAR(t.rules.time(), t.rules.spec().cook + t.rules.spec().burn, 0.15);
    t.step({act(Code::Take, 0)});
    EXPECT_EQ(t.rules.grillState(0), GrillState::Empty);
    EXPECT_EQ(t.rules.coins(), -kBurnCost);
    EXPECT_EQ(t.rules.burnedCount(), 1);
    EXPECT_FALSE(t.rules.plate().hasMain) << "burned food never reaches the plate";
}

TEST(Foodtruck, AWrongPlateShowsWhatIsMissingAndCostsPatienceNotTheOrder) {
    Truck t;
    t.rules.start(5, 2);
    t.until([&] { return t.firstCustomer() >= 0; });
    const int c = t.firstCustomer();
    const Customer before = t.rules.counter()[static_cast<std::size_t>(c)];
    // The right main, but no toppings.
    if (FoodtruckRules::cooks(before.order.main)) {
        t.step({act(Code::Pick, static_cast<int>(before.order.main))});
        t.until([&] { return t.rules.grillState(0) == GrillState::Ready; });
        t.step({act(Code::Take, 0)});
    } else {
        t.step({act(Code::Pick, static_cast<int>(Main::Salad))});
    }
    const double patience = t.rules.counter()[static_cast<std::size_t>(c)].patience;
    t.step({act(Code::Serve, c)});
    const Event& e = t.rules.events()[t.rules.eventCount() % t.rules.events().size()];
    EXPECT_EQ(e.kind, EventKind::Wrong);
    EXPECT_FALSE(e.wrongMain);
    EXPECT_EQ(e.missing, before.order.toppings);
    EXPECT_TRUE(t.rules.counter()[static_cast<std::size_t>(c)].present);
    EXPECT_LT(t.rules.counter()[static_cast<std::size_t>(c)].patience, patience - 3.5);
    EXPECT_TRUE(t.rules.plate().hasMain) << "the plate stays so the player can fix it";
    // Adding what was missing and serving again earns the price and a tip.
    std::vector<Action> add;
    for (int top = 0; top < kToppingCount; ++top) {
        if (before.order.toppings & (1u << top)) {
            add.push_back(act(Code::Topping, top));
        }
    }
    add.push_back(act(Code::Serve, c));
    t.step(add);
    EXPECT_EQ(t.rules.served(), 1);
    EXPECT_GE(t.rules.coins(), kPrice);
    EXPECT_FALSE(t.rules.counter()[static_cast<std::size_t>(c)].present);
}

TEST(Foodtruck, ToppingsNeedAMainFirstAndACustomerWalksOutWhenPatienceRunsOut) {
    Truck t;
    t.rules.start(2, 1);
    t.step({act(Code::Topping, 0)});
    EXPECT_FALSE(t.rules.plate().hasMain);
    EXPECT_EQ(t.rules.events()[t.rules.eventCount() % 8].kind, EventKind::NeedMain);
    t.until([&] { return t.rules.walkOuts() > 0; }, 80);
    EXPECT_EQ(t.rules.walkOuts(), 1);
}

TEST(Foodtruck, ViewTapsAndKeysBecomeActions) {
    HeadlessImGui imgui;
    FakeViewHost host;
    auto view = minigames::makeView("foodtruck");
    Truck t;
    t.rules.start(1, 1);
    ViewDriver driver(*view, host);
    driver.frame(t.rules);
    const RecordedItem* burger = host.find("Burger");
    ASSERT_NE(burger, nullptr);
    const auto tapped = driver.tap(t.rules, burger->centre());
    ASSERT_EQ(tapped.size(), 1u);
    EXPECT_EQ(tapped[0], act(Code::Pick, static_cast<int>(Main::Burger)));
    // Keys: the focus starts on the pantry's first button; Right then Enter picks the salad.
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_RightArrow] = true;
    driver.frame(t.rules);
    io.KeysDown[ImGuiKey_RightArrow] = false;
    driver.frame(t.rules);
    io.KeysDown[ImGuiKey_Enter] = true;
    const auto keyed = driver.frame(t.rules);
    io.KeysDown[ImGuiKey_Enter] = false;
    ASSERT_EQ(keyed.size(), 1u);
    EXPECT_EQ(keyed[0], act(Code::Pick, static_cast<int>(Main::Salad)));
    // The grill, the bin and every customer spot can be tapped by name.
    EXPECT_NE(host.find("Grill 1"), nullptr);
    EXPECT_NE(host.find("Trash"), nullptr);
    EXPECT_NE(host.find("Customer 4"), nullptr);
}

TEST(Foodtruck, ABrokenLevelIsRefusedNamingTheLevelAndField) {
    const std::string good =
        R"({"grills": 2, "mains": ["burger"], "toppings": 3, "minToppings": 1, "maxToppings": 2,
        "customers": 10, "arriveMin": 8, "arriveMax": 11, "patience": 30, "cook": 5, "burn": 7})";
    const std::string bad =
        R"({"grills": 9, "mains": ["burger"], "toppings": 3, "minToppings": 1, "maxToppings": 2,
        "customers": 10, "arriveMin": 8, "arriveMax": 11, "patience": 30, "cook": 5, "burn": 7})";
    const minigames::LevelsFile ok{"minigames/foodtruck/levels.json",
                                   "{\"levels\": [" + good + "," + good + "," + good + "]}"};
    EXPECT_TRUE(makeRules(ok));
    const minigames::LevelsFile broken{"minigames/foodtruck/levels.json",
                                       "{\"levels\": [" + good + "," + bad + "," + good + "]}"};
    const auto result = makeRules(broken);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().detail.find("minigames/foodtruck/levels.json: level 2: 'grills'"),
              std::string::npos)
        << result.error().detail;
    const std::string soup =
        R"({"grills": 2, "mains": ["soup"], "toppings": 3, "minToppings": 1, "maxToppings": 2,
        "customers": 10, "arriveMin": 8, "arriveMax": 11, "patience": 30, "cook": 5, "burn": 7})";
    const auto menu = makeRules({"f", "{\"levels\": [" + good + "," + good + "," + soup + "]}"});
    ASSERT_FALSE(menu);
    EXPECT_NE(menu.error().detail.find("level 3: 'mains'"), std::string::npos);
}

} // namespace
} // namespace pathlight::test
