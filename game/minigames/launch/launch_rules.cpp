// The launch game's rules (see launch_rules.hpp): audiences, their hidden wants and the news of
// the round are drawn at start(); each campaign runs News? -> Setup -> Running, then the Final
// report. Results are computed when a campaign launches and count when it ends. No ImGui, SDL or
// store.
#include "minigames/launch/launch_rules.hpp"

#include "minigames/shared/levels_reader.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::minigames::launch {

namespace {

constexpr std::array<int, kChannelCount> kCost{10, 30, 25, 20, 15};
constexpr std::array<double, kChannelCount> kReach{0.40, 0.70, 0.60, 0.50, 0.50};
constexpr double kGreat = 1.0;
constexpr double kOk = 0.45;
constexpr double kPoor = 0.1;
constexpr double kSecondAppeal = 0.45;
constexpr double kSpillover = 0.3; // how much of an ad reaches the groups it didn't aim at
constexpr double kBuyRate = 0.75;

// Where each audience usually looks: two great channels and one ok channel (the rest are poor).
struct Habits {
    Channel great[2];
    Channel ok;
};
constexpr std::array<Habits, kAudienceCount> kHabits{{
    {{Channel::Poster, Channel::Store}, Channel::Social}, // sporty kids
    {{Channel::Video, Channel::Social}, Channel::Poster}, // gamers
    {{Channel::Store, Channel::Social}, Channel::Radio},  // parents
    {{Channel::Radio, Channel::Store}, Channel::Video},   // grandparents
    {{Channel::Social, Channel::Poster}, Channel::Video}, // artists
    {{Channel::Video, Channel::Radio}, Channel::Social},  // music fans
}};

int roundToInt(double v) {
    return static_cast<int>(std::lround(v));
}

} // namespace

int channelCost(Channel c) {
    return kCost[static_cast<std::size_t>(c)];
}

double channelReach(Channel c) {
    return kReach[static_cast<std::size_t>(c)];
}

int Campaign::bought() const {
    int sum = 0;
    for (const GroupResult& r : results) {
        sum += r.bought;
    }
    return sum;
}

LaunchRules::LaunchRules(std::vector<Level> levels) : m_levels(std::move(levels)) {
    m_info.id = "launch";
    m_info.grouping = "cross-cutting";
    m_info.clusters = {"marketing-sales"};
    m_info.riasec = {0.0, 0.0, 0.6, 0.4, 1.0, 0.0};
    m_info.careers = {"11-2021.00", "13-1161.00", "41-2031.00"};
    m_info.icon = "bullhorn";
    m_level = m_levels.front();
}

void LaunchRules::start(std::uint64_t seed, int level) {
    m_levelNumber = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_level = m_levels[static_cast<std::size_t>(m_levelNumber - 1)];
    m_rng = Rng(seed * 0xD1B54A32D192ED03ull + 0x1A0Cull);
    m_product = static_cast<Product>(m_rng.range(0, kProductCount - 1));
    m_seconds = 0;
    m_budget = m_level.budget;
    m_readsLeft = m_level.surveyReads;
    m_surveysUsedForPick = 0;
    m_favoritePicks = 0;
    m_greatChannelPicks = 0;

    // Pick the audiences: distinct kinds, in random order.
    std::array<int, kAudienceCount> kinds{0, 1, 2, 3, 4, 5};
    for (int i = kAudienceCount - 1; i > 0; --i) {
        std::swap(kinds[static_cast<std::size_t>(i)], kinds[static_cast<std::size_t>(m_rng.range(0, i))]);
    }
    m_groups = {};
    for (int g = 0; g < m_level.groups; ++g) {
        Group& grp = m_groups[static_cast<std::size_t>(g)];
        grp.audience = static_cast<Audience>(kinds[static_cast<std::size_t>(g)]);
        grp.size = 5 * m_rng.range(9, 20);
        grp.favorite = m_rng.range(0, kFeatureCount - 1);
        grp.second = (grp.favorite + m_rng.range(1, kFeatureCount - 1)) % kFeatureCount;
        for (int f = 0; f < kFeatureCount; ++f) {
            grp.appeal[static_cast<std::size_t>(f)] = f == grp.favorite ? 1.0
                                                      : f == grp.second ? kSecondAppeal
                                                                        : m_level.weakAppeal;
        }
        const Habits& h = kHabits[static_cast<std::size_t>(grp.audience)];
        grp.fit.fill(kPoor);
        grp.fit[static_cast<std::size_t>(h.great[0])] = kGreat;
        grp.fit[static_cast<std::size_t>(h.great[1])] = kGreat;
        grp.fit[static_cast<std::size_t>(h.ok)] = kOk;
        if (m_level.trickyChannels && m_rng.chance(0.6)) {
            // This group breaks the habit its likes suggest: one usual channel misses, another works.
            const Channel lost = h.great[m_rng.range(0, 1)];
            int found = m_rng.range(0, kChannelCount - 1);
            while (grp.fit[static_cast<std::size_t>(found)] == kGreat) {
                found = (found + 1) % kChannelCount;
            }
            grp.fit[static_cast<std::size_t>(lost)] = kPoor;
            grp.fit[static_cast<std::size_t>(found)] = kGreat;
        }
    }
    // News between campaigns: a group changes its mind.
    m_trendCount = std::clamp(m_level.trends, 0, 2);
    for (int k = 0; k < m_trendCount; ++k) {
        Trend& t = m_trends[static_cast<std::size_t>(k)];
        t.beforeCampaign = k + 1;
        t.group = m_rng.range(0, m_level.groups - 1);
        t.newFavorite = m_rng.range(0, kFeatureCount - 1);
    }
    m_campaigns = {};
    m_campaign = 0;
    beginCampaign();
}

const Trend* LaunchRules::trendNow() const {
    for (int k = 0; k < m_trendCount; ++k) {
        if (m_trends[static_cast<std::size_t>(k)].beforeCampaign == m_campaign) {
            return &m_trends[static_cast<std::size_t>(k)];
        }
    }
    return nullptr;
}

void LaunchRules::beginCampaign() {
    m_phaseTime = 0;
    m_phase = trendNow() ? Phase::News : Phase::Setup;
}

double LaunchRules::phaseLimit() const {
    switch (m_phase) {
    case Phase::News:
        return kNewsSeconds;
    case Phase::Setup:
        return m_level.setupSeconds;
    case Phase::Running:
        return kRunSeconds;
    case Phase::Final:
        return kFinalSeconds;
    case Phase::Done:
        return 0;
    }
    return 0;
}

bool LaunchRules::ready() const {
    const Campaign& c = current();
    return c.group >= 0 && c.feature >= 0 && c.channel >= 0 && canAfford(static_cast<Channel>(c.channel));
}

int LaunchRules::totalBought() const {
    int sum = 0;
    for (int g = 0; g < m_level.groups; ++g) {
        sum += group(g).bought;
    }
    return sum;
}

std::vector<int> LaunchRules::bestChannels(int g) const {
    std::vector<int> out;
    for (int c = 0; c < kChannelCount; ++c) {
        if (group(g).fit[static_cast<std::size_t>(c)] >= kGreat) {
            out.push_back(c);
        }
    }
    return out;
}

void LaunchRules::launch() {
    Campaign& c = m_campaigns[static_cast<std::size_t>(m_campaign)];
    if (ready()) {
        const auto channel = static_cast<Channel>(c.channel);
        c.cost = channelCost(channel);
        m_budget -= c.cost;
        c.ran = true;
        const Group& target = group(c.group);
        if (target.read[static_cast<std::size_t>(Survey::Wants)] && c.feature == target.favorite) {
            ++m_surveysUsedForPick;
        }
        m_favoritePicks += c.feature == target.favorite ? 1 : 0;
        m_greatChannelPicks += target.fit[static_cast<std::size_t>(c.channel)] >= kGreat ? 1 : 0;
        for (int g = 0; g < m_level.groups; ++g) {
            const Group& grp = group(g);
            const double focus = g == c.group ? 1.0 : kSpillover;
            const double noise = 0.9 + 0.2 * m_rng.unit();
            GroupResult& r = c.results[static_cast<std::size_t>(g)];
            r.saw = std::clamp(roundToInt(grp.remaining() * channelReach(channel) *
                                          grp.fit[static_cast<std::size_t>(c.channel)] * focus * noise),
                               0, grp.remaining());
            r.liked = roundToInt(r.saw * grp.appeal[static_cast<std::size_t>(c.feature)]);
            r.bought = roundToInt(r.liked * kBuyRate);
        }
    }
    m_phase = Phase::Running;
    m_phaseTime = 0;
}

void LaunchRules::finishCampaign() {
    const Campaign& c = current();
    for (int g = 0; g < m_level.groups; ++g) {
        m_groups[static_cast<std::size_t>(g)].bought += c.results[static_cast<std::size_t>(g)].bought;
    }
    ++m_campaign;
    if (m_campaign >= kCampaigns) {
        m_campaign = kCampaigns - 1;
        m_phase = Phase::Final;
        m_phaseTime = 0;
        return;
    }
    beginCampaign();
}

void LaunchRules::update(double dt, std::span<const Action> actions) {
    if (m_phase == Phase::Done) {
        return;
    }
    for (const Action& a : actions) {
        const auto code = static_cast<ActionCode>(a.code);
        if (m_phase == Phase::News && code == ActionCode::Continue) {
            m_phaseTime = kNewsSeconds;
        } else if (m_phase == Phase::Final && code == ActionCode::Continue) {
            m_phaseTime = kFinalSeconds;
        } else if (m_phase == Phase::Setup) {
            Campaign& c = m_campaigns[static_cast<std::size_t>(m_campaign)];
            switch (code) {
            case ActionCode::ReadSurvey:
                if (a.a >= 0 && a.a < m_level.groups && (a.b == 0 || a.b == 1) && m_readsLeft > 0 &&
                    !m_groups[static_cast<std::size_t>(a.a)].read[static_cast<std::size_t>(a.b)]) {
                    m_groups[static_cast<std::size_t>(a.a)].read[static_cast<std::size_t>(a.b)] = true;
                    --m_readsLeft;
                }
                break;
            case ActionCode::PickGroup:
                if (a.a >= 0 && a.a < m_level.groups) {
                    c.group = a.a;
                }
                break;
            case ActionCode::PickFeature:
                if (a.a >= 0 && a.a < kFeatureCount) {
                    c.feature = a.a;
                }
                break;
            case ActionCode::PickChannel:
                if (a.a >= 0 && a.a < kChannelCount) {
                    c.channel = a.a;
                }
                break;
            case ActionCode::Launch:
                if (ready()) {
                    launch();
                }
                break;
            default:
                break;
            }
        }
    }
    m_seconds += dt;
    m_phaseTime += dt;
    switch (m_phase) {
    case Phase::News:
        if (m_phaseTime >= kNewsSeconds) {
            // The group's mind changes now: its old "wants" card is out of date (reading it again is free).
            const Trend* t = trendNow();
            Group& g = m_groups[static_cast<std::size_t>(t->group)];
            if (t->newFavorite != g.favorite) {
                g.second = g.favorite;
                g.favorite = t->newFavorite;
                for (int f = 0; f < kFeatureCount; ++f) {
                    g.appeal[static_cast<std::size_t>(f)] = f == g.favorite ? 1.0
                                                            : f == g.second ? kSecondAppeal
                                                                            : m_level.weakAppeal;
                }
                if (g.read[static_cast<std::size_t>(Survey::Wants)]) {
                    g.read[static_cast<std::size_t>(Survey::Wants)] = false;
                    ++m_readsLeft;
                }
            }
            m_phase = Phase::Setup;
            m_phaseTime = 0;
        }
        break;
    case Phase::Setup:
        if (m_phaseTime >= m_level.setupSeconds) {
            launch(); // runs if the picks are complete; otherwise the week passes with no ad
        }
        break;
    case Phase::Running:
        if (m_phaseTime >= kRunSeconds) {
            finishCampaign();
        }
        break;
    case Phase::Final:
        if (m_phaseTime >= kFinalSeconds) {
            m_phase = Phase::Done;
        }
        break;
    case Phase::Done:
        break;
    }
}

GameResult LaunchRules::result() const {
    GameResult r;
    r.level = m_levelNumber;
    const double goal = m_level.goal;
    const int sold = totalBought();
    r.maxScore = static_cast<int>(std::ceil(goal * kThreeStarGoals));
    r.score = std::clamp(sold, 0, r.maxScore);
    r.stars = sold >= goal * kThreeStarGoals ? 3 : sold >= goal * kTwoStarGoals ? 2 : sold >= goal ? 1 : 0;
    r.won = r.stars >= 1;
    r.seconds = m_seconds;
    int ran = 0;
    std::array<bool, kMaxGroups> targeted{};
    for (const Campaign& c : m_campaigns) {
        if (c.ran) {
            ++ran;
            targeted[static_cast<std::size_t>(c.group)] =
                targeted[static_cast<std::size_t>(c.group)] ||
                c.results[static_cast<std::size_t>(c.group)].bought >= 10;
        }
    }
    if (m_surveysUsedForPick >= 2) {
        r.didWell.push_back("game.launch.well.research");
    }
    if (m_favoritePicks >= 2) {
        r.didWell.push_back("game.launch.well.message");
    }
    if (m_greatChannelPicks >= 2) {
        r.didWell.push_back("game.launch.well.channel");
    }
    if (std::count(targeted.begin(), targeted.end(), true) >= 2) {
        r.didWell.push_back("game.launch.well.spread");
    }
    if (ran == kCampaigns) {
        r.didWell.push_back("game.launch.well.budget");
    }
    return r;
}

//-----------------------------------------------------------------------------
// [SECTION] Levels file
//-----------------------------------------------------------------------------

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file) {
    auto reader = shared::LevelsReader::parse(file);
    if (!reader) {
        return reader.error();
    }
    shared::LevelsReader& in = reader.value();
    std::vector<Level> levels;
    for (int i = 0; i < in.count(); ++i) {
        Level l;
        l.groups = in.integer(i, "groups", 2, kMaxGroups);
        l.budget = in.integer(i, "budget", 30, 500);
        l.surveyReads = in.integer(i, "surveyReads", 0, 2 * kMaxGroups);
        l.setupSeconds = in.number(i, "setupSeconds", 10.0, 120.0);
        l.trickyChannels = in.integer(i, "trickyChannels", 0, 1) == 1;
        l.weakAppeal = in.number(i, "weakAppeal", 0.0, 0.5);
        l.trends = in.integer(i, "trends", 0, 2);
        l.goal = in.integer(i, "goal", 5, 1000);
        levels.push_back(l);
    }
    if (auto error = in.error()) {
        return *error;
    }
    return std::unique_ptr<GameRules>(std::make_unique<LaunchRules>(std::move(levels)));
}

} // namespace pathlight::minigames::launch
