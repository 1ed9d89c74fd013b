// Bots for the launch game. Good: a careful young marketer: read the survey cards of the biggest
// group not yet sold to, aim at that group, say what its survey says it wants, and use a channel
// where it looks that still leaves money for the next campaigns. Random: taps cards, picks and the
// launch button at a human-ish rate. Both read only what the screen shows.
#include "minigames/launch/launch_rules.hpp"

#include <algorithm>

namespace pathlight::minigames::launch {

namespace {

Action act(ActionCode code, int a = 0, int b = 0) {
    return Action{static_cast<int>(code), a, b};
}

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const LaunchRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        const int stamp = game->campaignIndex() * 8 + static_cast<int>(game->phase());
        if (stamp != m_stamp) {
            m_stamp = stamp;
            m_wait = 1.5 + 1.0 * m_rng.unit();
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        switch (game->phase()) {
        case Phase::News:
        case Phase::Final:
            m_wait = 1.0;
            return {launch::act(ActionCode::Continue)};
        case Phase::Setup: {
            const Action next = setupStep(*game);
            // Reading a survey card takes longer than tapping a choice.
            m_wait = next.code == static_cast<int>(ActionCode::ReadSurvey) ? 1.5 + 1.0 * m_rng.unit()
                                                                           : 0.7 + 0.5 * m_rng.unit();
            return {next};
        }
        default:
            return {};
        }
    }

  private:
    // What the player knows about a group's best channel: the survey, or else the habit its likes suggest.
    static std::vector<int> knownChannels(const LaunchRules& g, int grp) {
        if (g.surveyRead(grp, Survey::Looks)) {
            return g.bestChannels(grp);
        }
        switch (g.group(grp).audience) {
        case Audience::Sporty:
            return {static_cast<int>(Channel::Poster), static_cast<int>(Channel::Store)};
        case Audience::Gamers:
            return {static_cast<int>(Channel::Video), static_cast<int>(Channel::Social)};
        case Audience::Parents:
            return {static_cast<int>(Channel::Store), static_cast<int>(Channel::Social)};
        case Audience::Grandparents:
            return {static_cast<int>(Channel::Radio), static_cast<int>(Channel::Store)};
        case Audience::Artists:
            return {static_cast<int>(Channel::Social), static_cast<int>(Channel::Poster)};
        case Audience::Music:
            return {static_cast<int>(Channel::Video), static_cast<int>(Channel::Radio)};
        }
        return {0};
    }

    static int target(const LaunchRules& g) {
        // The group with the most people left to win over; groups aimed at before count less.
        int best = 0;
        double bestValue = -1;
        for (int i = 0; i < g.groupCount(); ++i) {
            double value = g.group(i).remaining();
            for (int k = 0; k < g.campaignIndex(); ++k) {
                if (g.campaign(k).ran && g.campaign(k).group == i) {
                    value *= 0.6;
                }
            }
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }

    static int channelFor(const LaunchRules& g, int grp) {
        const int campaignsLeft = kCampaigns - g.campaignIndex();
        const int allowance = g.budgetLeft() - channelCost(Channel::Poster) * (campaignsLeft - 1);
        int best = -1;
        for (int c : knownChannels(g, grp)) {
            const auto ch = static_cast<Channel>(c);
            if (channelCost(ch) <= allowance &&
                (best < 0 || channelReach(ch) > channelReach(static_cast<Channel>(best)))) {
                best = c;
            }
        }
        if (best < 0) {
            // Nothing it loves is affordable: the cheapest channel still reaches a few.
            best = static_cast<int>(Channel::Poster);
            for (int c = 0; c < kChannelCount; ++c) {
                if (g.canAfford(static_cast<Channel>(c)) &&
                    channelCost(static_cast<Channel>(c)) <= allowance &&
                    g.group(grp).fit[static_cast<std::size_t>(c)] >
                        g.group(grp).fit[static_cast<std::size_t>(best)]) {
                    best = c;
                }
            }
        }
        return best;
    }

    Action setupStep(const LaunchRules& g) {
        // With cards enough for everyone, read them all first (market research before the plan).
        int unread = 0;
        for (int i = 0; i < g.groupCount(); ++i) {
            unread += (g.surveyRead(i, Survey::Wants) ? 0 : 1) + (g.surveyRead(i, Survey::Looks) ? 0 : 1);
        }
        if (unread <= g.readsLeft()) {
            for (int i = 0; i < g.groupCount(); ++i) {
                for (Survey s : {Survey::Wants, Survey::Looks}) {
                    if (!g.surveyRead(i, s)) {
                        return launch::act(ActionCode::ReadSurvey, i, static_cast<int>(s));
                    }
                }
            }
        }
        const int grp = target(g);
        if (g.readsLeft() > 0 && !g.surveyRead(grp, Survey::Wants)) {
            return launch::act(ActionCode::ReadSurvey, grp, static_cast<int>(Survey::Wants));
        }
        if (g.readsLeft() > 0 && !g.surveyRead(grp, Survey::Looks)) {
            return launch::act(ActionCode::ReadSurvey, grp, static_cast<int>(Survey::Looks));
        }
        const Campaign& c = g.current();
        if (c.group != grp) {
            return launch::act(ActionCode::PickGroup, grp);
        }
        const int feature = g.surveyRead(grp, Survey::Wants) ? g.group(grp).favorite : 0;
        if (c.feature != feature) {
            return launch::act(ActionCode::PickFeature, feature);
        }
        const int channel = channelFor(g, grp);
        if (c.channel != channel) {
            return launch::act(ActionCode::PickChannel, channel);
        }
        return launch::act(ActionCode::Launch);
    }

    Rng m_rng;
    int m_stamp = -1;
    double m_wait = 0;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const LaunchRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + 0.7 * m_rng.unit();
        switch (game->phase()) {
        case Phase::News:
        case Phase::Final:
            return {launch::act(ActionCode::Continue)};
        case Phase::Setup: {
            const int r = m_rng.range(0, 99);
            if (r < 25) {
                return {launch::act(ActionCode::ReadSurvey, m_rng.range(0, game->groupCount() - 1),
                                    m_rng.range(0, 1))};
            }
            if (r < 45) {
                return {launch::act(ActionCode::PickGroup, m_rng.range(0, game->groupCount() - 1))};
            }
            if (r < 65) {
                return {launch::act(ActionCode::PickFeature, m_rng.range(0, kFeatureCount - 1))};
            }
            if (r < 85) {
                return {launch::act(ActionCode::PickChannel, m_rng.range(0, kChannelCount - 1))};
            }
            return {launch::act(ActionCode::Launch)};
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

} // namespace pathlight::minigames::launch
