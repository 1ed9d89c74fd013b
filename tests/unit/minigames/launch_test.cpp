// The launch game ("Launch Day"): a researched launch wins and replays exactly, a careless one
// loses; survey cards reveal wants and are limited, the favorite feature and a great channel sell
// more, buyers don't buy twice, money and time limits hold, news changes a group's mind; the view's
// cards, choices and keys make actions; a broken levels file names the level and field.
#include "game_test_support.hpp"

#include "minigames/launch/launch_rules.hpp"
#include "minigames/launch/launch_view.hpp"

#include <algorithm>

namespace pathlight::test {
namespace {

using namespace minigames::launch;
using minigames::Action;

Action act(ActionCode code, int a = 0, int b = 0) {
    return Action{static_cast<int>(code), a, b};
}

struct Launch {
    std::unique_ptr<minigames::GameRules> owner = loadGame("launch");
    LaunchRules& g = dynamic_cast<LaunchRules&>(*owner);
};

void apply(LaunchRules& g, std::initializer_list<Action> actions) {
    const std::vector<Action> list(actions);
    g.update(0.05, list);
}

template <class Pred> void runUntil(LaunchRules& g, Pred done, double step = 0.1) {
    for (int i = 0; i < 20000 && !g.finished() && !done(); ++i) {
        g.update(step, {});
    }
}

// Launches one campaign with these picks and lets it run to the end.
const Campaign& runCampaign(LaunchRules& g, int group, int feature, Channel channel) {
    if (g.phase() == Phase::News) {
        apply(g, {act(ActionCode::Continue)});
        g.update(0.05, {});
    }
    const int index = g.campaignIndex();
    apply(g, {act(ActionCode::PickGroup, group), act(ActionCode::PickFeature, feature),
              act(ActionCode::PickChannel, static_cast<int>(channel)), act(ActionCode::Launch)});
    runUntil(g, [&] { return g.phase() != Phase::Running; });
    return g.campaign(index);
}

int greatChannel(const LaunchRules& g, int group, int maxCost) {
    int best = -1;
    for (int c : g.bestChannels(group)) {
        if (channelCost(static_cast<Channel>(c)) <= maxCost &&
            (best < 0 || channelReach(static_cast<Channel>(c)) > channelReach(static_cast<Channel>(best)))) {
            best = c;
        }
    }
    return best >= 0 ? best : static_cast<int>(Channel::Poster);
}

struct Step {
    double dt;
    std::vector<Action> actions;
};

std::vector<Step> launchCarefully(LaunchRules& g) {
    std::vector<Step> steps;
    while (!g.finished()) {
        std::vector<Action> actions;
        if (g.phase() == Phase::News || g.phase() == Phase::Final) {
            actions.push_back(act(ActionCode::Continue));
        } else if (g.phase() == Phase::Setup) {
            // The biggest group not yet aimed at.
            int target = -1;
            for (int i = 0; i < g.groupCount(); ++i) {
                bool used = false;
                for (int k = 0; k < g.campaignIndex(); ++k) {
                    used = used || g.campaign(k).group == i;
                }
                if (!used && (target < 0 || g.group(i).remaining() > g.group(target).remaining())) {
                    target = i;
                }
            }
            const int left = kCampaigns - g.campaignIndex() - 1;
            if (!g.surveyRead(target, Survey::Wants)) {
                actions.push_back(act(ActionCode::ReadSurvey, target, 0));
            } else if (!g.surveyRead(target, Survey::Looks)) {
                actions.push_back(act(ActionCode::ReadSurvey, target, 1));
            } else {
                const int channel = greatChannel(g, target, g.budgetLeft() - 10 * left);
                actions = {act(ActionCode::PickGroup, target),
                           act(ActionCode::PickFeature, g.group(target).favorite),
                           act(ActionCode::PickChannel, channel), act(ActionCode::Launch)};
            }
        }
        steps.push_back({1.0, actions});
        g.update(1.0, actions);
    }
    return steps;
}

TEST(LaunchGame, AResearchedLaunchWinsAndReplaysToTheSameResult) {
    Launch a;
    a.g.start(6, 1);
    const std::vector<Step> steps = launchCarefully(a.g);
    const minigames::GameResult won = a.g.result();
    EXPECT_TRUE(won.won) << "sold " << a.g.totalBought() << " of " << a.g.level().goal;
    EXPECT_NE(std::find(won.didWell.begin(), won.didWell.end(), "game.launch.well.research"),
              won.didWell.end());

    Launch b;
    b.g.start(6, 1);
    for (const Step& s : steps) {
        b.g.update(s.dt, s.actions);
    }
    ASSERT_TRUE(b.g.finished());
    EXPECT_EQ(b.g.result().score, won.score);
    EXPECT_EQ(b.g.totalBought(), a.g.totalBought());
    EXPECT_EQ(b.g.result().didWell, won.didWell);
}

TEST(LaunchGame, TheSameWrongAdThreeTimesLoses) {
    Launch t;
    t.g.start(6, 1);
    const Group& g0 = t.g.group(0);
    int wrong = 0;
    while (wrong == g0.favorite || wrong == g0.second) {
        ++wrong;
    }
    int poor = 0;
    while (g0.fit[static_cast<std::size_t>(poor)] >= 0.4) {
        ++poor;
    }
    for (int k = 0; k < kCampaigns; ++k) {
        runCampaign(t.g, 0, wrong, static_cast<Channel>(poor));
    }
    runUntil(t.g, [] { return false; });
    EXPECT_FALSE(t.g.result().won);
    EXPECT_LT(t.g.totalBought(), t.g.level().goal / 2);
}

TEST(LaunchGame, TheFavoriteFeatureAndAGreatChannelSellMore) {
    int favoriteSales = 0, otherSales = 0, greatSales = 0, poorSales = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        Launch a, b, c;
        for (Launch* l : {&a, &b, &c}) {
            l->g.start(seed, 1);
        }
        const Group& grp = a.g.group(0);
        const int great = greatChannel(a.g, 0, a.g.budgetLeft());
        int poor = 0;
        while (grp.fit[static_cast<std::size_t>(poor)] >= 0.4) {
            ++poor;
        }
        int other = (grp.favorite + 1) % kFeatureCount;
        if (other == grp.second) {
            other = (other + 1) % kFeatureCount;
        }
        favoriteSales += runCampaign(a.g, 0, grp.favorite, static_cast<Channel>(great)).results[0].bought;
        otherSales += runCampaign(b.g, 0, other, static_cast<Channel>(great)).results[0].bought;
        greatSales += a.g.campaign(0).results[0].bought;
        poorSales += runCampaign(c.g, 0, grp.favorite, static_cast<Channel>(poor)).results[0].bought;
    }
    EXPECT_GT(favoriteSales, 3 * otherSales);
    EXPECT_GT(greatSales, 2 * poorSales);
}

TEST(LaunchGame, PeopleWhoBoughtDontBuyAgain) {
    Launch t;
    t.g.start(9, 1);
    const Group& grp = t.g.group(0);
    const int channel = greatChannel(t.g, 0, 30);
    const int first = runCampaign(t.g, 0, grp.favorite, static_cast<Channel>(channel)).results[0].bought;
    EXPECT_EQ(t.g.group(0).bought, first);
    ASSERT_GT(first, 0);
    const int second = runCampaign(t.g, 0, grp.favorite, static_cast<Channel>(channel)).results[0].bought;
    EXPECT_LT(second, first);
    EXPECT_LE(t.g.group(0).bought, t.g.group(0).size);
}

TEST(LaunchGame, SurveyCardsAreLimitedAndSayWhatAGroupWants) {
    Launch t;
    t.g.start(4, 3);
    ASSERT_EQ(t.g.phase(), Phase::Setup);
    const int reads = t.g.readsLeft();
    EXPECT_LT(reads, 2 * t.g.groupCount());
    for (int i = 0; i < t.g.groupCount(); ++i) {
        apply(t.g, {act(ActionCode::ReadSurvey, i, 0), act(ActionCode::ReadSurvey, i, 1)});
    }
    EXPECT_EQ(t.g.readsLeft(), 0);
    int read = 0;
    for (int i = 0; i < t.g.groupCount(); ++i) {
        read += t.g.surveyRead(i, Survey::Wants) + t.g.surveyRead(i, Survey::Looks);
    }
    EXPECT_EQ(read, reads);
    // Reading the same card twice costs nothing more.
    Launch u;
    u.g.start(4, 3);
    apply(u.g, {act(ActionCode::ReadSurvey, 0, 0), act(ActionCode::ReadSurvey, 0, 0)});
    EXPECT_EQ(u.g.readsLeft(), reads - 1);
    // A survey's channels are the group's great ones.
    for (int c : u.g.bestChannels(0)) {
        EXPECT_DOUBLE_EQ(u.g.group(0).fit[static_cast<std::size_t>(c)], 1.0);
    }
}

TEST(LaunchGame, MoneyAndTimeLimitTheCampaigns) {
    Launch t;
    t.g.start(2, 3); // $55 for three ads
    runCampaign(t.g, 0, 0, Channel::Video);
    runCampaign(t.g, 1, 0, Channel::Radio);
    ASSERT_EQ(t.g.budgetLeft(), 0);
    runUntil(t.g, [&] { return t.g.phase() == Phase::Setup; });
    apply(t.g, {act(ActionCode::PickGroup, 2), act(ActionCode::PickFeature, 0),
                act(ActionCode::PickChannel, static_cast<int>(Channel::Poster)), act(ActionCode::Launch)});
    EXPECT_FALSE(t.g.ready());
    EXPECT_EQ(t.g.phase(), Phase::Setup) << "an ad the budget can't pay for doesn't launch";
    // When time runs out, the week passes with no ad.
    runUntil(t.g, [&] { return t.g.phase() != Phase::Setup; });
    EXPECT_EQ(t.g.phase(), Phase::Running);
    EXPECT_FALSE(t.g.current().ran);
    EXPECT_EQ(t.g.current().bought(), 0);
}

TEST(LaunchGame, NewsMakesAGroupChangeItsMindAndItsOldCardFree) {
    for (std::uint64_t seed = 1; seed < 60; ++seed) {
        Launch t;
        t.g.start(seed, 2);
        for (int i = 0; i < t.g.groupCount(); ++i) {
            apply(t.g, {act(ActionCode::ReadSurvey, i, 0)});
        }
        runCampaign(t.g, 0, 0, Channel::Poster);
        ASSERT_EQ(t.g.phase(), Phase::News);
        const Trend* news = t.g.trendNow();
        ASSERT_TRUE(news);
        const int group = news->group;
        const int before = t.g.group(group).favorite;
        if (news->newFavorite == before) {
            continue;
        }
        const int reads = t.g.readsLeft();
        apply(t.g, {act(ActionCode::Continue)});
        t.g.update(0.1, {});
        EXPECT_EQ(t.g.phase(), Phase::Setup);
        EXPECT_NE(t.g.group(group).favorite, before);
        EXPECT_FALSE(t.g.surveyRead(group, Survey::Wants));
        EXPECT_EQ(t.g.readsLeft(), reads + 1);
        return;
    }
    FAIL() << "no news that changed a mind";
}

TEST(LaunchGame, TheViewPicksReadsAndLaunchesByTapOrKeys) {
    HeadlessImGui imgui(ImVec2(1280, 800));
    FakeViewHost host;
    auto view = makeView();
    Launch t;
    t.g.start(6, 1);
    ViewDriver driver(*view, host);
    driver.frame(t.g);
    const std::string name = host.text(std::string("game.launch.audience.") +
                                       (t.g.group(1).audience == Audience::Sporty         ? "sporty"
                                        : t.g.group(1).audience == Audience::Gamers       ? "gamers"
                                        : t.g.group(1).audience == Audience::Parents      ? "parents"
                                        : t.g.group(1).audience == Audience::Grandparents ? "grandparents"
                                        : t.g.group(1).audience == Audience::Artists      ? "artists"
                                                                                          : "music"));
    const RecordedItem* card = host.find(name);
    ASSERT_TRUE(card);
    auto actions = driver.tap(t.g, card->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::PickGroup, 1));
    const RecordedItem* survey = host.find(name + ": what they want");
    ASSERT_TRUE(survey);
    actions = driver.tap(t.g, survey->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::ReadSurvey, 1, 0));
    const RecordedItem* radio = host.find("Radio ad");
    ASSERT_TRUE(radio);
    actions = driver.tap(t.g, radio->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::PickChannel, static_cast<int>(Channel::Radio)));
    // Keys: from the radio button, Left reaches a message; Enter picks it.
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[ImGuiKey_LeftArrow] = true;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_LeftArrow] = false;
    driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = true;
    actions = driver.frame(t.g);
    io.KeysDown[ImGuiKey_Enter] = false;
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0].code, static_cast<int>(ActionCode::PickFeature));
    // With all three picked, the launch button launches.
    t.g.update(0.1, std::vector<Action>{act(ActionCode::PickGroup, 1), act(ActionCode::PickFeature, 0),
                                        act(ActionCode::PickChannel, static_cast<int>(Channel::Radio))});
    driver.frame(t.g);
    const RecordedItem* launch = host.find("Launch the ad!");
    ASSERT_TRUE(launch);
    actions = driver.tap(t.g, launch->centre());
    ASSERT_EQ(actions.size(), 1u);
    EXPECT_EQ(actions[0], act(ActionCode::Launch));
    EXPECT_TRUE(host.missingKeys().empty());
}

TEST(LaunchGame, ABrokenLevelsFileIsRefusedNamingTheLevelAndField) {
    const std::string good =
        R"({"groups": 3, "budget": 75, "surveyReads": 6, "setupSeconds": 40, "trickyChannels": 0,
        "weakAppeal": 0.1, "trends": 0, "goal": 60})";
    const std::string bad =
        R"({"groups": 9, "budget": 75, "surveyReads": 6, "setupSeconds": 40, "trickyChannels": 0,
        "weakAppeal": 0.1, "trends": 0, "goal": 60})";
    auto ok =
        makeRules({"minigames/launch/levels.json", "{\"levels\": [" + good + "," + good + "," + good + "]}"});
    EXPECT_TRUE(ok);
    auto broken =
        makeRules({"minigames/launch/levels.json", "{\"levels\": [" + good + "," + bad + "," + good + "]}"});
    ASSERT_FALSE(broken);
    EXPECT_NE(broken.error().detail.find("level 2"), std::string::npos) << broken.error().detail;
    EXPECT_NE(broken.error().detail.find("'groups'"), std::string::npos) << broken.error().detail;
    auto notALevel =
        makeRules({"minigames/launch/levels.json", "{\"levels\": [" + good + ", 3, " + good + "]}"});
    EXPECT_FALSE(notALevel);
}

} // namespace
} // namespace pathlight::test
