// What must hold for every mini-game in the registry (issue 11): balance (a sensible player wins,
// an idle one never does, a random one clearly less often than a sensible one, level 3 is harder),
// rounds of 1-3 minutes, exact replay, sane results, real careers and clusters, texts in both
// languages, and a view that draws every state without a missing string.
#include "game_test_support.hpp"

#include <algorithm>
#include <set>

namespace pathlight::test {
namespace {

using minigames::BotKind;
using minigames::GameResult;

std::vector<std::string> gameIds() {
    std::vector<std::string> ids;
    for (const minigames::GameEntry& g : minigames::games()) {
        ids.emplace_back(g.id);
    }
    return ids;
}

class EveryGame : public ::testing::TestWithParam<std::string> {};

constexpr int kBalanceRounds = 60;

double fractionOfMax(const std::vector<GameResult>& results) {
    double sum = 0;
    for (const GameResult& r : results) {
        sum += r.maxScore > 0 ? static_cast<double>(r.score) / r.maxScore : 0.0;
    }
    return results.empty() ? 0.0 : sum / static_cast<double>(results.size());
}

TEST_P(EveryGame, TheRegistryIsSortedAndEachIdIsUnique) {
    const std::vector<std::string> ids = gameIds();
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size());
}

TEST_P(EveryGame, InfoNamesRealClustersCareersAndInterestWeights) {
    auto rules = loadGame(GetParam());
    ASSERT_TRUE(rules);
    const minigames::GameInfo& info = rules->info();
    EXPECT_EQ(info.id, GetParam());
    auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
    ASSERT_TRUE(catalog) << catalog.error().detail;
    bool groupingKnown = info.grouping == "cross-cutting";
    for (const content::Cluster& c : catalog->clusters) {
        groupingKnown = groupingKnown || c.grouping == info.grouping;
    }
    EXPECT_TRUE(groupingKnown) << info.grouping;
    ASSERT_FALSE(info.clusters.empty());
    for (const std::string& cluster : info.clusters) {
        EXPECT_TRUE(catalog->findCluster(cluster)) << cluster;
    }
    ASSERT_GE(info.careers.size(), 2u);
    ASSERT_LE(info.careers.size(), 3u);
    for (const std::string& code : info.careers) {
        EXPECT_TRUE(catalog->findOccupation(code)) << code;
    }
    double top = 0;
    for (double w : info.riasec) {
        EXPECT_GE(w, 0.0);
        EXPECT_LE(w, 1.0);
        top = std::max(top, w);
    }
    EXPECT_GT(top, 0.5) << "a game's work leans clearly toward at least one area";
    EXPECT_FALSE(info.icon.empty());
    EXPECT_EQ(rules->levelCount(), 3);
}

TEST_P(EveryGame, ASensiblePlayerWinsLevelOneAlmostAlwaysAndAnIdleOneNeverWins) {
    const auto good = playMany(GetParam(), BotKind::Good, 1, kBalanceRounds);
    EXPECT_GE(minigames::summarize(good).winRate(), 0.9);
    for (int level = 1; level <= 3; ++level) {
        const auto idle = playMany(GetParam(), BotKind::Idle, level, 10);
        EXPECT_EQ(minigames::summarize(idle).wins, 0) << "level " << level;
    }
}

TEST_P(EveryGame, ARandomPlayerWinsClearlyLessOftenThanASensibleOneOnEveryLevel) {
    for (int level = 1; level <= 3; ++level) {
        const auto good = minigames::summarize(playMany(GetParam(), BotKind::Good, level, kBalanceRounds));
        const auto random = minigames::summarize(playMany(GetParam(), BotKind::Random, level, kBalanceRounds));
        EXPECT_LE(random.winRate(), good.winRate() - 0.3)
            << "level " << level << ": random wins " << random.winRate() << ", good " << good.winRate();
        EXPECT_LT(random.meanScore, good.meanScore) << "level " << level;
    }
}

TEST_P(EveryGame, LevelThreeIsHarderThanLevelOneForASensiblePlayer) {
    const auto one = playMany(GetParam(), BotKind::Good, 1, kBalanceRounds);
    const auto three = playMany(GetParam(), BotKind::Good, 3, kBalanceRounds);
    const bool fewerWins = minigames::summarize(three).winRate() < minigames::summarize(one).winRate();
    const bool lowerScore = fractionOfMax(three) < fractionOfMax(one) - 0.03;
    const bool fewerStars = minigames::summarize(three).meanStars < minigames::summarize(one).meanStars - 0.1;
    EXPECT_TRUE(fewerWins || lowerScore || fewerStars)
        << "level 1: " << fractionOfMax(one) << " of max, level 3: " << fractionOfMax(three);
}

TEST_P(EveryGame, ASensibleRoundTakesOneToThreeMinutes) {
    for (int level = 1; level <= 3; ++level) {
        const auto good = minigames::summarize(playMany(GetParam(), BotKind::Good, level, 10));
        EXPECT_GE(good.meanSeconds, 60.0) << "level " << level;
        EXPECT_LE(good.meanSeconds, 180.0) << "level " << level;
    }
}

TEST_P(EveryGame, TheSameSeedAndInputsReplayToTheSameResult) {
    for (BotKind kind : {BotKind::Good, BotKind::Random}) {
        const auto a = playMany(GetParam(), kind, 2, 5);
        const auto b = playMany(GetParam(), kind, 2, 5);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            EXPECT_EQ(a[i].score, b[i].score);
            EXPECT_EQ(a[i].stars, b[i].stars);
            EXPECT_DOUBLE_EQ(a[i].seconds, b[i].seconds);
            EXPECT_EQ(a[i].didWell, b[i].didWell);
        }
    }
}

TEST_P(EveryGame, TwoHundredRandomRoundsPerLevelEndWithSaneResults) {
    auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
    ASSERT_TRUE(catalog) << catalog.error().detail;
    for (int level = 1; level <= 3; ++level) {
        for (const GameResult& r : playMany(GetParam(), BotKind::Random, level, 200)) {
            EXPECT_EQ(r.level, level);
            EXPECT_GE(r.score, 0);
            EXPECT_LE(r.score, r.maxScore);
            EXPECT_GE(r.stars, 0);
            EXPECT_LE(r.stars, 3);
            EXPECT_EQ(r.won, r.stars >= 1);
            EXPECT_GT(r.seconds, 0.0);
            for (const std::string& key : r.didWell) {
                EXPECT_TRUE(catalog->strings.has(content::Lang::english(), key)) << key;
            }
        }
    }
}

TEST_P(EveryGame, ItsTextsExistInBothLanguages) {
    auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
    ASSERT_TRUE(catalog) << catalog.error().detail;
    const std::string prefix = "game." + GetParam() + ".";
    for (const char* key : {"title", "goal", "howto.1", "real_job"}) {
        EXPECT_TRUE(catalog->strings.has(content::Lang::english(), prefix + key)) << prefix + key;
        EXPECT_TRUE(catalog->strings.has(content::Lang(1), prefix + key)) << prefix + key;
    }
}

TEST_P(EveryGame, TheViewDrawsHowToAndAWholeRoundWithNoMissingText) {
    for (content::Lang lang : {content::Lang::english(), content::Lang(1)}) {
        for (float scale : {1.0f, 2.0f}) {
            HeadlessImGui imgui(scale > 1.0f ? ImVec2(1280, 800) : ImVec2(1024, 600));
            FakeViewHost host(lang);
            host.m_scale = scale;
            auto view = minigames::makeView(GetParam());
            ASSERT_TRUE(view) << "no view registered for " << GetParam();
            auto rules = loadGame(GetParam());
            ASSERT_TRUE(rules);
            const minigames::GameEntry* game = minigames::findGame(GetParam());
            ViewDriver driver(*view, host);
            rules->start(11, 2);
            driver.frame(*rules, nullptr, true);
            auto bot = game->makeBot(BotKind::Good, 5);
            int frames = 0;
            bool declared = false;
            while (!rules->finished() && frames < 60 * 400) {
                if (frames % 15 == 0) {
                    driver.frame(*rules); // draw a frame now and then (the view sees real states)
                    declared = declared || !host.items.empty();
                }
                rules->update(1.0 / 60.0, bot->act(*rules, 1.0 / 60.0));
                ++frames;
            }
            driver.frame(*rules);
            EXPECT_TRUE(declared) << "the view declares its tappable things with host.item()";
            EXPECT_TRUE(host.missingKeys().empty()) << host.missingKeys().front();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Registry, EveryGame, ::testing::ValuesIn(gameIds()),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(EveryGame);

} // namespace
} // namespace pathlight::test
