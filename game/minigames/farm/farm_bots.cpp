// Bots for the farm game. Good: a sensible young farmer: fold the turbine before a storm and wipe
// the panel, harvest what is ripe, keep the greenhouse warm in the cold seasons, water the driest
// plot unless rain is coming, and plant the crop that suits the season and can ripen before frost.
// Random: taps plots, seeds and switches at a human-ish rate. Both read only what the screen shows.
#include "minigames/farm/farm_rules.hpp"

#include <algorithm>

namespace pathlight::minigames::farm {

namespace {

Action act(ActionCode code, int a = 0, int b = 0) {
    return Action{static_cast<int>(code), a, b};
}

class GoodBot final : public Bot {
  public:
    explicit GoodBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const FarmRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        const Action next = choose(*game);
        if (next.code == 0) {
            m_wait = 0.2;
            return {};
        }
        m_wait = 0.55 + 0.45 * m_rng.unit();
        return {next};
    }

  private:
    static bool stormSoon(const FarmRules& g) {
        return g.weather() == Weather::Storm ||
               (g.weatherOn(g.day() + 1) == Weather::Storm && g.dayFraction() > 0.4);
    }

    static bool rainSoon(const FarmRules& g) {
        const Weather today = g.weather();
        const Weather next = g.weatherOn(g.day() + 1);
        return today == Weather::Rain || today == Weather::Storm ||
               ((next == Weather::Rain || next == Weather::Storm) && g.dayFraction() > 0.6);
    }

    // Seconds until a plot's crop would be killed by the cold or the year ends.
    static double timeLeft(const FarmRules& g, bool greenhouse, Crop crop) {
        const Level& l = g.level();
        double limit = g.roundSeconds() - g.time();
        if (!greenhouse) {
            const double frost = (l.daysPerSeason * 3 - 1) * l.daySeconds;
            const double winter = l.daysPerSeason * 3 * l.daySeconds;
            const double cold = cropInfo(crop).frostHardy || g.time() >= frost ? winter : frost;
            limit = std::min(limit, cold - g.time());
        }
        return limit;
    }

    static Crop bestCrop(const FarmRules& g, const Plot& p) {
        const bool heated = p.greenhouse && (g.season() == Season::Fall || g.season() == Season::Winter);
        Crop best = Crop::None;
        double bestRate = 0;
        for (int c = 1; c <= kCropCount; ++c) {
            const auto crop = static_cast<Crop>(c);
            const double speed = growthSpeed(crop, g.season(), p.greenhouse, heated || g.heaterOn());
            if (speed < 0.4) {
                continue;
            }
            const CropInfo& info = cropInfo(crop);
            const double needs = info.growSeconds / speed + 2.0;
            if (needs > timeLeft(g, p.greenhouse, crop)) {
                continue;
            }
            // Points per second, a little less for thirsty crops.
            const double rate = info.value * speed / info.growSeconds / (0.8 + 0.2 * info.thirst);
            if (rate > bestRate) {
                bestRate = rate;
                best = crop;
            }
        }
        return best;
    }

    Action choose(const FarmRules& g) const {
        // 1. The grid: storms and a dirty panel.
        if (stormSoon(g) && !g.turbineFolded() && !g.turbineBroken()) {
            return farm::act(ActionCode::ToggleTurbine);
        }
        if (g.turbineFolded() && !stormSoon(g)) {
            return farm::act(ActionCode::ToggleTurbine);
        }
        if (g.panelSnowy() || g.panelDusty()) {
            return farm::act(ActionCode::CleanPanel);
        }
        // 2. Harvest whatever is ripe, the oldest first.
        int ripe = -1;
        for (int i = 0; i < g.plotCount(); ++i) {
            if (g.plot(i).state == PlotState::Ripe &&
                (ripe < 0 || g.plot(i).ripeFor > g.plot(ripe).ripeFor)) {
                ripe = i;
            }
        }
        if (ripe >= 0) {
            return farm::act(ActionCode::Harvest, ripe);
        }
        // 3. Heat the greenhouse in the cold seasons when something grows there.
        bool greenhouseCrops = false;
        for (int i = 0; i < g.plotCount(); ++i) {
            greenhouseCrops =
                greenhouseCrops || (g.plot(i).greenhouse && g.plot(i).state == PlotState::Growing);
        }
        const bool cold = g.season() == Season::Winter ||
                          (g.season() == Season::Fall && g.battery() > g.level().battery * 0.5);
        const bool wantHeat = greenhouseCrops && cold;
        if (wantHeat != g.heaterOn()) {
            return farm::act(ActionCode::ToggleHeater);
        }
        // 4. Water the driest crop, unless rain will do it.
        int driest = -1;
        for (int i = 0; i < g.plotCount(); ++i) {
            const Plot& p = g.plot(i);
            if (p.state != PlotState::Growing || (!p.greenhouse && rainSoon(g))) {
                continue;
            }
            const double need = cropInfo(p.crop).thirst > 1.2 ? 0.4 : 0.3;
            if (p.moisture < need && (driest < 0 || p.moisture < g.plot(driest).moisture)) {
                driest = i;
            }
        }
        if (driest >= 0 && g.tank() >= kWaterCost && g.battery() >= kPumpCost) {
            return farm::act(ActionCode::Water, driest);
        }
        // 5. Plant empty plots with the crop that suits the season.
        for (int i = 0; i < g.plotCount(); ++i) {
            if (!g.canPlant(i)) {
                continue;
            }
            const Crop crop = bestCrop(g, g.plot(i));
            if (crop != Crop::None) {
                return farm::act(ActionCode::Plant, i, static_cast<int>(crop));
            }
        }
        return {};
    }

    Rng m_rng;
    double m_wait = 1.0;
};

class RandomBot final : public Bot {
  public:
    explicit RandomBot(std::uint64_t seed) : m_rng(seed) {}

    std::vector<Action> act(const GameRules& rules, double dt) override {
        const auto* game = dynamic_cast<const FarmRules*>(&rules);
        if (!game || game->finished()) {
            return {};
        }
        m_wait -= dt;
        if (m_wait > 0) {
            return {};
        }
        m_wait = 0.3 + 0.7 * m_rng.unit();
        const int plot = m_rng.range(0, game->plotCount() - 1);
        const int r = m_rng.range(0, 99);
        if (r < 30) {
            return {farm::act(ActionCode::Plant, plot, m_rng.range(1, kCropCount))};
        }
        if (r < 55) {
            return {farm::act(ActionCode::Water, plot)};
        }
        if (r < 80) {
            return {farm::act(ActionCode::Harvest, plot)};
        }
        if (r < 87) {
            return {farm::act(ActionCode::ToggleHeater)};
        }
        if (r < 94) {
            return {farm::act(ActionCode::ToggleTurbine)};
        }
        return {farm::act(ActionCode::CleanPanel)};
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

} // namespace pathlight::minigames::farm
