// "Launch Day": the rules of the marketing mini-game (marketing and sales). The player launches a
// new product with three ad campaigns on one budget. Each campaign picks an audience (groups of
// people with visible likes), a message (which feature to talk about) and a channel (school poster,
// video, radio, store display, social post; each with its own cost and reach). Survey cards tell
// what each group wants and where it looks (market research). Results show, for every group, how
// many saw the ad, liked it and bought; people who bought don't buy again, so the next campaign
// should aim somewhere new. Pure C++: no ImGui, SDL or store.
#pragma once

#include "core/result.hpp"
#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::launch {

enum class ActionCode {
    ReadSurvey = 1, // a = group slot, b = Survey
    PickGroup,      // a = group slot
    PickFeature,    // a = feature 0..3
    PickChannel,    // a = Channel
    Launch,         // run the campaign with the three picks
    Continue,       // close the news card or the final report
};

enum class Phase { News, Setup, Running, Final, Done };
enum class Survey { Wants = 0, Looks };
enum class Product { Sneaker = 0, Snack, BoardGame };
constexpr int kProductCount = 3;
constexpr int kFeatureCount = 4;
enum class Channel { Poster = 0, Video, Radio, Store, Social };
constexpr int kChannelCount = 5;
enum class Audience { Sporty = 0, Gamers, Parents, Grandparents, Artists, Music };
constexpr int kAudienceCount = 6;

constexpr int kCampaigns = 3;
constexpr int kMaxGroups = 5;
constexpr double kRunSeconds = 13.5; // a campaign runs three "days" of 4.5 s
constexpr double kNewsSeconds = 9.0;
constexpr double kFinalSeconds = 6.0;
constexpr double kTwoStarGoals = 1.3; // stars: goal, 1.3x, 1.6x
constexpr double kThreeStarGoals = 1.6;

int channelCost(Channel c);
double channelReach(Channel c);

struct Group {
    Audience audience = Audience::Sporty;
    int size = 60;
    int bought = 0;                             // people of this group who bought so far
    std::array<double, kFeatureCount> appeal{}; // how much each feature speaks to them
    std::array<double, kChannelCount> fit{};    // how well each channel reaches them
    int favorite = 0;                           // their top feature
    int second = 1;                             // their next feature
    std::array<bool, 2> read{};                 // survey cards read (Wants, Looks)
    int remaining() const { return size - bought; }
};

struct GroupResult {
    int saw = 0;
    int liked = 0;
    int bought = 0;
};

struct Campaign {
    int group = -1;
    int feature = -1;
    int channel = -1;
    int cost = 0;
    bool ran = false; // false: time ran out before all three picks were made
    std::array<GroupResult, kMaxGroups> results{};
    int bought() const;
};

struct Level {
    int groups = 3;              // audiences to choose from
    int budget = 75;             // dollars for all three campaigns
    int surveyReads = 10;        // survey cards the player may read in the round
    double setupSeconds = 40;    // time to plan one campaign
    bool trickyChannels = false; // a group's likes may hide a surprise about where it looks
    double weakAppeal = 0.1;     // appeal of the features a group doesn't care about
    int trends = 0;              // times a group changes its mind between campaigns (0-2)
    int goal = 70;               // buyers for one star
};

// News between campaigns: a group's favorite feature changed.
struct Trend {
    int beforeCampaign = -1; // 1 or 2
    int group = 0;
    int newFavorite = 0;
};

class LaunchRules final : public GameRules {
  public:
    explicit LaunchRules(std::vector<Level> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_phase == Phase::Done; }
    GameResult result() const override;

    // State the view and the bots read.
    const Level& level() const { return m_level; }
    Product product() const { return m_product; }
    Phase phase() const { return m_phase; }
    double phaseTime() const { return m_phaseTime; }
    double phaseLimit() const;
    int campaignIndex() const { return m_campaign; } // 0..2
    const Campaign& campaign(int i) const { return m_campaigns[static_cast<std::size_t>(i)]; }
    const Campaign& current() const { return campaign(m_campaign); }
    int groupCount() const { return m_level.groups; }
    const Group& group(int i) const { return m_groups[static_cast<std::size_t>(i)]; }
    bool surveyRead(int g, Survey s) const { return group(g).read[static_cast<std::size_t>(s)]; }
    int readsLeft() const { return m_readsLeft; }
    int budgetLeft() const { return m_budget; }
    bool canAfford(Channel c) const { return channelCost(c) <= m_budget; }
    bool ready() const; // all three picks made and the channel affordable
    int totalBought() const;
    const Trend* trendNow() const; // the news shown in the News phase
    // The channels a group's survey names: where most of them look.
    std::vector<int> bestChannels(int g) const;

  private:
    void beginCampaign();
    void launch();
    void finishCampaign();

    GameInfo m_info;
    std::vector<Level> m_levels;
    Level m_level;
    int m_levelNumber = 1;
    Rng m_rng;
    Product m_product = Product::Sneaker;
    Phase m_phase = Phase::Done;
    double m_phaseTime = 0;
    double m_seconds = 0;
    int m_campaign = 0;
    int m_budget = 0;
    int m_readsLeft = 0;
    std::array<Group, kMaxGroups> m_groups{};
    std::array<Campaign, kCampaigns> m_campaigns{};
    std::array<Trend, 2> m_trends{};
    int m_trendCount = 0;
    // For "what you did well".
    int m_surveysUsedForPick = 0;
    int m_favoritePicks = 0;
    int m_greatChannelPicks = 0;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::launch
