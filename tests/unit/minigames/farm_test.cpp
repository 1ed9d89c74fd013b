// The farm game ("Sun & Sprouts"): a sensible year wins and replays exactly, a careless one loses;
// dry soil kills, rain waters the field, frost kills tender crops but not carrots, a storm breaks an
// open turbine, the pump needs water and power, the greenhouse needs heat in winter, ripe crops rot;
// the view's plots, seeds and keys make actions; a broken levels file names the level and field.
#include "game_test_support.hpp"

#include "minigames/farm/farm_rules.hpp"
#include "minigames/farm/farm_view.hpp"

namespace pathlight::test {
namespace {

using namespace minigames::farm;
using minigames::Action;

Action act(ActionCode code, int a = 0, int b = 0) {
    return Action{static_cast<int>(code), a, b};
}

struct Farm {
    std::unique_ptr<minigames::GameRules> owner = loadGame("farm");
    FarmRules& g = dynamic_cast<FarmRules&>(*owner);
};

void wait(FarmRules& g, double seconds, double step = 0.1) {
    for (double t = 0; t < seconds && !g.finished(); t += step) {
        g.update(step, {});
    }
}

void apply(FarmRules& g, std::initializer_list<Action> actions) {
    const std::vector<Action> list(actions);
    g.update(0.01, list);
}

// The first seed (from 1) whose year has `w` on a day that `pick` accepts.
template <class Pred> std::uint64_t seedWhere(int level, Pred pick) {
    for (std::uint64_t seed = 1; seed < 500; ++seed) {
        Farm f;
        f.g.start(seed, level);
        for (int d = 0; d < f.g.totalDays(); ++d) {
            if (pick(f.g, d)) {
                return seed;
            }
        }
    }
    ADD_FAILURE() << "no such year";
    return 1;
}

struct Step {
    double dt;
    std::vector<Action> actions;
};

// A sensible farmer's script: one action every half second.
std::vector<Step> farmSensibly(FarmRules& g) {
    std::vector<Step> steps;
    while (!g.finished()) {
        std::vector<Action> actions;
        const bool stormSoon = g.weather() == Weather::Storm || g.weatherOn(g.day() + 1) == Weather::Storm;
        const Crop seed = g.season() == Season::Summer ? Crop::Tomato : Crop::Lettuce;
        int ripe = -1, dry = -1, empty = -1;
        bool greenhouseGrowing = false;
        for (int i = 0; i < g.plotCount(); ++i) {
            const Plot& p = g.plot(i);
            if (p.state == PlotState::Ripe) {
                ripe = i;
            } else if (p.state == PlotState::Growing && p.moisture < 0.35 && dry < 0) {
                dry = i;
            } else if (g.canPlant(i) && empty < 0) {
                // Lettuce needs 9 s: don't plant outside when the frost comes sooner.
                const double frostAt = (g.level().daysPerSeason * 3 - 1) * g.level().daySeconds;
                const bool late = !p.greenhouse && g.time() > frostAt - 11.0 && g.time() < frostAt;
                if (!late && g.time() < g.roundSeconds() - 12.0) {
                    empty = i;
                }
            }
            greenhouseGrowing = greenhouseGrowing || (p.greenhouse && p.state == PlotState::Growing);
        }
        const bool wantHeat = greenhouseGrowing && g.season() == Season::Winter;
        if (stormSoon != g.turbineFolded() && !g.turbineBroken()) {
            actions.push_back(act(ActionCode::ToggleTurbine));
        } else if (g.panelDusty() || g.panelSnowy()) {
            actions.push_back(act(ActionCode::CleanPanel));
        } else if (ripe >= 0) {
            actions.push_back(act(ActionCode::Harvest, ripe));
        } else if (wantHeat != g.heaterOn()) {
            actions.push_back(act(ActionCode::ToggleHeater));
        } else if (dry >= 0 && g.tank() >= 1 && g.battery() >= 1) {
            actions.push_back(act(ActionCode::Water, dry));
        } else if (empty >= 0) {
            actions.push_back(act(ActionCode::Plant, empty, static_cast<int>(seed)));
        }
        steps.push_back({0.5, actions});
        g.update(0.5, actions);
    }
    return steps;
}

TEST(FarmGame, ASensibleYearWinsAndReplaysToTheSameResult) {
    Farm a;
    a.g.start(8, 1);
    const std::vector<Step> steps = farmSensibly(a.g);
    const minigames::GameResult won = a.g.result();
    EXPECT_TRUE(won.won) << "harvested " << a.g.harvested() << " of " << a.g.level().goal;
    EXPECT_DOUBLE_EQ(won.seconds, a.g.roundSeconds());

    Farm b;
    b.g.start(8, 1);
    for (const Step& s : steps) {
        b.g.update(s.dt, s.actions);
    }
    ASSERT_TRUE(b.g.finished());
    EXPECT_EQ(b.g.result().score, won.score);
    EXPECT_EQ(b.g.harvested(), a.g.harvested());
    EXPECT_EQ(b.g.result().didWell, won.didWell);
}

TEST(FarmGame, PlantingEverythingAndWalkingAwayLoses) {
    Farm t;
    t.g.start(8, 1);
    for (int i = 0; i < t.g.plotCount(); ++i) {
        apply(t.g, {act(ActionCode::Plant, i, static_cast<int>(Crop::Pumpkin))});
    }
    wait(t.g, 200.0, 0.25);
    ASSERT_TRUE(t.g.finished());
    EXPECT_FALSE(t.g.result().won);
    EXPECT_EQ(t.g.harvested(), 0);
    EXPECT_GT(t.g.lossCount(), 0);
}

TEST(FarmGame, DrySoilKillsACropAndWaterSavesIt) {
    // A dry spell: no rain for the first days.
    const auto seed = seedWhere(2, [](const FarmRules& g, int d) {
        return d == 0 && g.weatherOn(0) == Weather::Sunny && g.weatherOn(1) == Weather::Sunny &&
               g.weatherOn(2) == Weather::Sunny && g.weatherOn(3) != Weather::Rain &&
               g.weatherOn(3) != Weather::Storm;
    });
    Farm dry;
    dry.g.start(seed, 2);
    apply(dry.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Tomato))});
    wait(dry.g, 16.0);
    EXPECT_EQ(dry.g.plot(0).state, PlotState::Dead);
    EXPECT_EQ(dry.g.plot(0).loss, Loss::Thirst);

    Farm cared;
    cared.g.start(seed, 2);
    apply(cared.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Tomato))});
    for (int k = 0; k < 16; ++k) {
        if (cared.g.plot(0).moisture < 0.3) {
            apply(cared.g, {act(ActionCode::Water, 0)});
        }
        wait(cared.g, 1.0);
    }
    EXPECT_NE(cared.g.plot(0).state, PlotState::Dead);
    EXPECT_GT(cared.g.plot(0).growth, 0.3);
}

TEST(FarmGame, RainWatersTheFieldButNotTheGreenhouseAndFillsTheTank) {
    const auto seed = seedWhere(
        1, [](const FarmRules& g, int d) { return d > 0 && d < 6 && g.weatherOn(d) == Weather::Rain; });
    Farm t;
    t.g.start(seed, 1);
    int rainDay = 1;
    while (t.g.weatherOn(rainDay) != Weather::Rain) {
        ++rainDay;
    }
    wait(t.g, rainDay * t.g.level().daySeconds - 0.5);
    apply(t.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Lettuce)),
                act(ActionCode::Plant, t.g.level().outdoorPlots, static_cast<int>(Crop::Lettuce))});
    const double tank = t.g.tank();
    wait(t.g, 2.0);
    ASSERT_EQ(t.g.weather(), Weather::Rain);
    EXPECT_DOUBLE_EQ(t.g.plot(0).moisture, 1.0);
    EXPECT_LT(t.g.plot(t.g.level().outdoorPlots).moisture, 0.6);
    EXPECT_GT(t.g.tank(), tank);
}

TEST(FarmGame, FrostKillsTenderCropsOutsideButNotCarrots) {
    Farm t;
    t.g.start(3, 1);
    const double frostAt = (t.g.level().daysPerSeason * 3 - 1) * t.g.level().daySeconds;
    ASSERT_EQ(t.g.weatherOn(t.g.level().daysPerSeason * 3 - 1), Weather::Frost);
    wait(t.g, frostAt - 1.0, 0.25);
    apply(t.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Pumpkin)),
                act(ActionCode::Plant, 1, static_cast<int>(Crop::Carrot))});
    wait(t.g, 1.5);
    EXPECT_EQ(t.g.weather(), Weather::Frost);
    EXPECT_EQ(t.g.plot(0).state, PlotState::Dead);
    EXPECT_EQ(t.g.plot(0).loss, Loss::Frost);
    EXPECT_EQ(t.g.plot(1).state, PlotState::Growing);
}

TEST(FarmGame, AStormBreaksAnOpenTurbineButNotAFoldedOne) {
    const auto seed =
        seedWhere(3, [](const FarmRules& g, int d) { return d < 12 && g.weatherOn(d) == Weather::Storm; });
    for (bool fold : {false, true}) {
        Farm t;
        t.g.start(seed, 3);
        int d = 0;
        while (t.g.weatherOn(d) != Weather::Storm) {
            ++d;
        }
        wait(t.g, d * t.g.level().daySeconds - 1.0);
        if (fold) {
            apply(t.g, {act(ActionCode::ToggleTurbine)});
        }
        wait(t.g, 2.0);
        EXPECT_EQ(t.g.turbineBroken(), !fold);
        EXPECT_EQ(t.g.windOutput(), 0.0);
        // A broken turbine can't be folded or unfolded until the repair crew comes.
        if (!fold) {
            apply(t.g, {act(ActionCode::ToggleTurbine)});
            EXPECT_FALSE(t.g.turbineFolded());
        }
    }
}

TEST(FarmGame, ThePumpNeedsWaterAndPower) {
    Farm t;
    t.g.start(2, 3);
    apply(t.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Lettuce))});
    // Empty the tank.
    while (t.g.tank() >= kWaterCost && t.g.battery() >= kPumpCost) {
        apply(t.g, {act(ActionCode::Water, 0)});
    }
    const double moisture = t.g.plot(0).moisture;
    const int failed = t.g.failedWaterings();
    apply(t.g, {act(ActionCode::Water, 0)});
    EXPECT_EQ(t.g.failedWaterings(), failed + 1);
    EXPECT_LE(t.g.plot(0).moisture, moisture);
}

TEST(FarmGame, TheGreenhouseNeedsHeatInWinter) {
    for (bool heat : {false, true}) {
        Farm t;
        t.g.start(5, 1);
        const double winter = t.g.level().daysPerSeason * 3 * t.g.level().daySeconds;
        wait(t.g, winter + 0.5, 0.25);
        ASSERT_EQ(t.g.season(), Season::Winter);
        const int gh = t.g.level().outdoorPlots;
        EXPECT_FALSE(t.g.canPlant(0)) << "the ground outside is frozen";
        apply(t.g, {act(ActionCode::Plant, gh, static_cast<int>(Crop::Lettuce))});
        if (heat) {
            apply(t.g, {act(ActionCode::ToggleHeater)});
        }
        for (int k = 0; k < 12; ++k) {
            if (t.g.plot(gh).moisture < 0.4) {
                apply(t.g, {act(ActionCode::Water, gh)});
            }
            wait(t.g, 1.0);
        }
        if (heat) {
            ASSERT_TRUE(t.g.heaterWorking());
            EXPECT_NE(t.g.plot(gh).state, PlotState::Dead);
            EXPECT_GT(t.g.plot(gh).growth, 0.5);
        }
        if (!heat) {
            EXPECT_EQ(t.g.plot(gh).state, PlotState::Dead);
            EXPECT_EQ(t.g.plot(gh).loss, Loss::Cold);
        }
    }
}

TEST(FarmGame, ARipeCropRotsIfNobodyHarvestsIt) {
    const auto seed = seedWhere(1, [](const FarmRules& g, int d) {
        return d == 0 && g.weatherOn(1) != Weather::Storm && g.weatherOn(2) != Weather::Storm;
    });
    Farm t;
    t.g.start(seed, 1);
    apply(t.g, {act(ActionCode::Plant, 0, static_cast<int>(Crop::Lettuce))});
    while (t.g.plot(0).state == PlotState::Growing) {
        if (t.g.plot(0).moisture < 0.4) {
            apply(t.g, {act(ActionCode::Water, 0)});
        }
        wait(t.g, 0.5);
    }
    ASSERT_EQ(t.g.plot(0).state, PlotState::Ripe);
    wait(t.g, kRotSeconds + 0.5);
    EXPECT_EQ(t.g.plot(0).state, PlotState::Dead);
    EXPECT_EQ(t.g.plot(0).loss, Loss::Rot);
    apply(t.g, {act(ActionCode::Harvest, 0)});
    EXPECT_EQ(t.g.plot(0).state, PlotState::Empty);
    EXPECT_EQ(t.g.harvested(), 0);
}

TEST(FarmGame, CropsGrowSlowerOutOfSeason) {
    EXPECT_LT(growthSpeed(Crop::Tomato, Season::Spring, false, false),
              growthSpeed(Crop::Tomato, Season::Summer, false, false));
    EXPECT_LT(growthSpeed(Crop::Lettuce, Season::Summer, false, false),
              growthSpeed(Crop::Lettuce, Season::Spring, false, false));
    EXPECT_EQ(growthSpeed(Crop::Carrot, Season::Winter, false, false), 0.0);
    EXPECT_EQ(growthSpeed(Crop::Tomato, Season::Winter, true, true), 1.0);
}

TEST(FarmGame, TheViewPlantsWatersAndHarvestsByTapOrKeys) {
    HeadlessImGui imgui(ImVec2(1280, 800));
    FakeViewHost host;
    auto view = makeView();
    Farm t;
    t.g.start(4, 1);
    ViewDriver driver(*view, host);
    driver.frame(t.g);
    const RecordedItem* plot1 = host.find("Plot 1");
    ASSERT_TRUE(plot1);
    auto actions = driver.tap(t.g, plot1->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::Plant, 0, static_cast<int>(Crop::Lettuce)));
    const RecordedItem* carrot = host.find("Carrot");
    ASSERT_TRUE(carrot);
    EXPECT_TRUE(driver.tap(t.g, carrot->centre()).empty()); // choosing a seed is the view's own business
    // Keys: from the carrot seed, Up reaches a plot; Enter plants a carrot there.
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_UpArrow] = true;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_UpArrow] = false;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = true;
    actions = driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = false;
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].code, static_cast<int>(ActionCode::Plant));
    EXPECT_EQ(actions[0].b, static_cast<int>(Crop::Carrot));
    // A growing crop is watered by the same tap.
    t.g.update(0.1, std::vector<Action>{act(ActionCode::Plant, 0, static_cast<int>(Crop::Lettuce))});
    driver.frame(t.g);
    actions = driver.tap(t.g, host.find("Plot 1")->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::Water, 0));
    const RecordedItem* turbine = host.find("Wind turbine");
    ASSERT_TRUE(turbine);
    actions = driver.tap(t.g, turbine->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::ToggleTurbine));
    EXPECT_TRUE(host.missingKeys().empty());
}

TEST(FarmGame, ABrokenLevelsFileIsRefusedNamingTheLevelAndField) {
    const std::string good = R"({"outdoorPlots": 6, "greenhousePlots": 2, "daySeconds": 5, "daysPerSeason": 6,
        "tank": 12, "battery": 10, "thirst": 1, "rain": 1, "storms": 1, "forecastDays": 3, "goal": 60})";
    const std::string bad = R"({"outdoorPlots": 6, "greenhousePlots": 2, "daySeconds": 5, "daysPerSeason": 6,
        "tank": 12, "battery": -1, "thirst": 1, "rain": 1, "storms": 1, "forecastDays": 3, "goal": 60})";
    auto ok =
        makeRules({"minigames/farm/levels.json", "{\"levels\": [" + good + "," + good + "," + good + "]}"});
    EXPECT_TRUE(ok);
    auto broken =
        makeRules({"minigames/farm/levels.json", "{\"levels\": [" + good + "," + good + "," + bad + "]}"});
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().detail.find("level 3"), std::string::npos) << broken.error().detail;
    EXPECT_NE(broken.error().detail.find("'battery'"), std::string::npos) << broken.error().detail;
    const std::string missing = R"({"outdoorPlots": 6})";
    auto incomplete = makeRules(
        {"minigames/farm/levels.json", "{\"levels\": [" + missing + "," + good + "," + good + "]}"});
    ASSERT_FALSE(incomplete);
    EXPECT_NE(incomplete.error().detail.find("level 1"), std::string::npos) << incomplete.error().detail;
}

} // namespace
} // namespace pathlight::test
