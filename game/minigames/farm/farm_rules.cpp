// The farm game's rules (see farm_rules.hpp): the year's weather is drawn at start(); update()
// applies the player's taps, then the day's weather events, the grid (solar, wind, battery,
// heater) and the plots (soil drying, growth, thirst, cold, rot). No ImGui, SDL or store.
#include "minigames/farm/farm_rules.hpp"

#include "minigames/shared/levels_reader.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::minigames::farm {

namespace {

// {seconds to grow, thirst, value, survives frost, {growth speed in spring, summer, fall, winter}}
const CropInfo kCrops[kCropCount] = {
    {9.0, 1.0, 3, false, {1.0, 0.45, 1.0, 0.0}}, // lettuce: cool seasons
    {12.0, 0.8, 4, true, {1.0, 0.6, 1.0, 0.0}},  // carrot: cool seasons, survives frost
    {15.0, 1.6, 7, false, {0.4, 1.0, 0.5, 0.0}}, // tomato: summer, thirsty
    {19.0, 1.3, 9, false, {0.4, 1.0, 0.8, 0.0}}, // pumpkin: summer into fall
};

constexpr double kDryRate = 0.045;    // soil moisture lost per second, times thirst and heat
constexpr double kThirstDamage = 0.2; // health lost per second with dry soil
constexpr double kColdDamage = 0.12;  // health lost per second in a cold greenhouse
constexpr double kRecover = 0.05;     // health regained per second with wet soil
constexpr double kStormGrace = 0.5;   // seconds into a storm before an open turbine breaks

constexpr std::array<double, kSeasonCount> kSeasonHeat{1.0, 1.5, 0.8, 0.6};
constexpr std::array<double, kWeatherCount> kWeatherHeat{1.2, 0.9, 1.1, 0.0, 0.0, 0.7, 0.8};
constexpr std::array<double, kWeatherCount> kSun{0.45, 0.12, 0.30, 0.05, 0.0, 0.05, 0.30};
constexpr std::array<double, kSeasonCount> kSunSeason{1.0, 1.2, 0.8, 0.5};
constexpr std::array<double, kWeatherCount> kWind{0.06, 0.12, 0.55, 0.15, 0.6, 0.25, 0.15};
constexpr std::array<double, kSeasonCount> kWindSeason{0.9, 0.8, 1.1, 1.2};

// Usual chances of each weather (sunny, cloudy, windy, rain, storm, snow) per season, in percent.
constexpr double kChances[kSeasonCount][6] = {
    {35, 20, 15, 30, 3, 0},
    {55, 12, 12, 13, 8, 0},
    {25, 22, 25, 20, 8, 0},
    {10, 25, 20, 0, 10, 35},
};

bool wet(Weather w) {
    return w == Weather::Rain || w == Weather::Storm;
}

} // namespace

const CropInfo& cropInfo(Crop crop) {
    return kCrops[std::clamp(static_cast<int>(crop), 1, kCropCount) - 1];
}

double growthSpeed(Crop crop, Season season, bool greenhouse, bool heated) {
    if (crop == Crop::None) {
        return 0.0;
    }
    if (greenhouse) {
        if (heated) {
            return 1.0; // a warm greenhouse is a good season for every crop
        }
        if (season == Season::Winter) {
            return 0.0;
        }
        if (season == Season::Fall) {
            return 0.6;
        }
    }
    return cropInfo(crop).speed[static_cast<std::size_t>(season)];
}

FarmRules::FarmRules(std::vector<Level> levels) : m_levels(std::move(levels)) {
    m_info.id = "farm";
    m_info.grouping = "cultivating-resources";
    m_info.clusters = {"agriculture", "energy-natural-resources"};
    m_info.riasec = {1.0, 0.5, 0.0, 0.0, 0.0, 0.3};
    m_info.careers = {"11-9013.00", "19-4012.00", "51-8013.00"};
    m_info.icon = "leaf";
    m_level = m_levels.front();
}

void FarmRules::start(std::uint64_t seed, int level) {
    m_levelNumber = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_level = m_levels[static_cast<std::size_t>(m_levelNumber - 1)];
    m_rng = Rng(seed * 0x9E3779B97F4A7C15ull + 0xFA4Bull);
    m_time = 0;
    m_done = false;
    m_currentDay = -1;
    m_tank = m_level.tank * 0.75;
    m_battery = m_level.battery * 0.6;
    m_heater = false;
    m_folded = false;
    m_broken = false;
    m_dusty = false;
    m_snowy = false;
    m_score = 0;
    m_harvests = 0;
    m_losses = 0;
    m_lastLoss = Loss::None;
    m_lastHarvestPlot = -1;
    m_lastHarvestValue = 0;
    m_failedWaterings = 0;
    m_storms = 0;
    m_stormsWeathered = 0;
    m_plantings = 0;
    m_plantingsInSeason = 0;
    m_thirstLosses = 0;
    m_frostLosses = 0;
    m_winterHarvests = 0;
    m_plots = {};
    for (int i = 0; i < plotCount(); ++i) {
        Plot& p = m_plots[static_cast<std::size_t>(i)];
        p.greenhouse = i >= m_level.outdoorPlots;
        p.moisture = p.greenhouse ? 0.3 : 0.5;
    }
    // The year's weather. The last day of fall brings the first frost.
    const int days = totalDays();
    for (int d = 0; d < days; ++d) {
        const auto s = static_cast<std::size_t>(seasonOfDay(d));
        double w[6];
        for (int k = 0; k < 6; ++k) {
            w[k] = kChances[s][k];
        }
        w[3] *= m_level.rain;
        w[4] *= d == 0 ? 0.0 : m_level.storms;
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double r = m_rng.unit() * sum;
        int pick = 0;
        while (pick < 5 && r >= w[pick]) {
            r -= w[pick];
            ++pick;
        }
        m_weather[static_cast<std::size_t>(d)] = static_cast<Weather>(pick);
    }
    m_weather[static_cast<std::size_t>(m_level.daysPerSeason * 3 - 1)] = Weather::Frost;
    beginDay(0);
}

int FarmRules::day() const {
    return std::clamp(static_cast<int>(m_time / m_level.daySeconds), 0, totalDays() - 1);
}

double FarmRules::dayFraction() const {
    return std::clamp(m_time / m_level.daySeconds - day(), 0.0, 1.0);
}

Season FarmRules::seasonOfDay(int d) const {
    return static_cast<Season>(std::clamp(d / m_level.daysPerSeason, 0, kSeasonCount - 1));
}

double FarmRules::seasonFraction() const {
    const double seasonSeconds = m_level.daySeconds * m_level.daysPerSeason;
    return std::clamp(m_time / seasonSeconds - static_cast<int>(season()), 0.0, 1.0);
}

Weather FarmRules::weatherOn(int d) const {
    return m_weather[static_cast<std::size_t>(std::clamp(d, 0, totalDays() - 1))];
}

bool FarmRules::canPlant(int i) const {
    if (i < 0 || i >= plotCount()) {
        return false;
    }
    const Plot& p = plot(i);
    if (p.state == PlotState::Growing || p.state == PlotState::Ripe) {
        return false;
    }
    return p.greenhouse || season() != Season::Winter;
}

double FarmRules::solarOutput() const {
    if (m_snowy) {
        return 0.0;
    }
    const double base =
        kSun[static_cast<std::size_t>(weather())] * kSunSeason[static_cast<std::size_t>(season())];
    return m_dusty ? base * 0.35 : base;
}

double FarmRules::windOutput() const {
    if (m_folded || m_broken) {
        return 0.0;
    }
    return kWind[static_cast<std::size_t>(weather())] * kWindSeason[static_cast<std::size_t>(season())];
}

double FarmRules::demand() const {
    return m_heater ? kHeaterDraw : 0.0;
}

void FarmRules::kill(Plot& p, Loss why) {
    p.state = PlotState::Dead;
    p.loss = why;
    p.health = 0;
    ++m_losses;
    m_lastLoss = why;
    m_thirstLosses += why == Loss::Thirst ? 1 : 0;
    m_frostLosses += why == Loss::Frost ? 1 : 0;
}

void FarmRules::beginDay(int d) {
    const Season before = m_currentDay < 0 ? Season::Spring : seasonOfDay(m_currentDay);
    m_currentDay = d;
    const Season now = seasonOfDay(d);
    const Weather w = weatherOn(d);
    if (now != before && m_broken) {
        m_broken = false; // the repair crew comes at the start of each season
    }
    if (w == Weather::Storm) {
        ++m_storms;
    }
    if (w == Weather::Snow) {
        m_snowy = true;
    }
    if (now == Season::Summer && (w == Weather::Windy || w == Weather::Sunny) && m_rng.chance(0.35)) {
        m_dusty = true;
    }
    // Frost (and every winter day) kills tender crops outdoors.
    if (w == Weather::Frost || now == Season::Winter) {
        for (int i = 0; i < m_level.outdoorPlots; ++i) {
            Plot& p = m_plots[static_cast<std::size_t>(i)];
            if ((p.state == PlotState::Growing || p.state == PlotState::Ripe) &&
                !cropInfo(p.crop).frostHardy) {
                kill(p, Loss::Frost);
            }
        }
    }
}

void FarmRules::applyAction(const Action& a) {
    const int i = a.a;
    const bool validPlot = i >= 0 && i < plotCount();
    switch (static_cast<ActionCode>(a.code)) {
    case ActionCode::Plant: {
        if (!validPlot || !canPlant(i) || a.b < 1 || a.b > kCropCount) {
            return;
        }
        Plot& p = m_plots[static_cast<std::size_t>(i)];
        p.crop = static_cast<Crop>(a.b);
        p.state = PlotState::Growing;
        p.growth = 0;
        p.health = 1;
        p.ripeFor = 0;
        p.loss = Loss::None;
        p.moisture = std::max(p.moisture, 0.5);
        p.plantedInSeason = growthSpeed(p.crop, season(), p.greenhouse, m_heater) >= 0.9;
        ++m_plantings;
        m_plantingsInSeason += p.plantedInSeason ? 1 : 0;
        return;
    }
    case ActionCode::Water: {
        if (!validPlot || m_plots[static_cast<std::size_t>(i)].state != PlotState::Growing) {
            return;
        }
        if (m_tank < kWaterCost || m_battery < kPumpCost) {
            ++m_failedWaterings;
            return;
        }
        m_tank -= kWaterCost;
        m_battery -= kPumpCost;
        m_plots[static_cast<std::size_t>(i)].moisture = 1.0;
        return;
    }
    case ActionCode::Harvest: {
        if (!validPlot) {
            return;
        }
        Plot& p = m_plots[static_cast<std::size_t>(i)];
        if (p.state == PlotState::Ripe) {
            const int value = cropInfo(p.crop).value;
            m_score += value;
            ++m_harvests;
            m_winterHarvests += season() == Season::Winter ? 1 : 0;
            m_lastHarvestPlot = i;
            m_lastHarvestValue = value;
        } else if (p.state != PlotState::Dead) {
            return;
        }
        p.crop = Crop::None;
        p.state = PlotState::Empty;
        p.growth = 0;
        p.health = 1;
        p.loss = Loss::None;
        return;
    }
    case ActionCode::ToggleHeater:
        m_heater = !m_heater;
        return;
    case ActionCode::ToggleTurbine:
        if (!m_broken) {
            m_folded = !m_folded;
        }
        return;
    case ActionCode::CleanPanel:
        m_dusty = false;
        m_snowy = false;
        return;
    }
}

void FarmRules::runGrid(double dt) {
    const Weather w = weather();
    if (w == Weather::Storm && !m_folded && !m_broken && dayFraction() * m_level.daySeconds >= kStormGrace) {
        m_broken = true;
    }
    m_battery += dt * (solarOutput() + windOutput());
    m_battery -= dt * demand();
    m_battery = std::clamp(m_battery, 0.0, m_level.battery);
    if (w == Weather::Rain) {
        m_tank += dt * 0.7;
    } else if (w == Weather::Storm) {
        m_tank += dt * 1.0;
    } else if (w == Weather::Snow) {
        m_tank += dt * 0.3; // melting snow
    }
    m_tank = std::clamp(m_tank, 0.0, m_level.tank);
}

void FarmRules::grow(double dt) {
    const Season s = season();
    const Weather w = weather();
    const bool warm = heaterWorking();
    const double heat =
        kSeasonHeat[static_cast<std::size_t>(s)] * std::max(0.7, kWeatherHeat[static_cast<std::size_t>(w)]);
    for (int i = 0; i < plotCount(); ++i) {
        Plot& p = m_plots[static_cast<std::size_t>(i)];
        if (!p.greenhouse && wet(w)) {
            p.moisture = 1.0;
        } else {
            const double thirst = p.state == PlotState::Growing ? cropInfo(p.crop).thirst : 0.5;
            p.moisture = std::max(0.0, p.moisture - dt * kDryRate * thirst * m_level.thirst * heat);
        }
        if (p.state == PlotState::Ripe) {
            p.ripeFor += dt;
            if (p.ripeFor > kRotSeconds) {
                kill(p, Loss::Rot);
            }
            continue;
        }
        if (p.state != PlotState::Growing) {
            continue;
        }
        const bool freezing = p.greenhouse ? (s == Season::Winter && !warm) : s == Season::Winter;
        if (p.greenhouse && freezing) {
            p.health -= dt * kColdDamage;
            if (p.health <= 0) {
                kill(p, Loss::Cold);
                continue;
            }
        }
        if (p.moisture <= 0.0) {
            p.health -= dt * kThirstDamage;
            if (p.health <= 0) {
                kill(p, Loss::Thirst);
            }
            continue;
        }
        if (!freezing) {
            p.health = std::min(1.0, p.health + dt * kRecover);
        }
        const double speed = growthSpeed(p.crop, s, p.greenhouse, warm);
        p.growth += dt * speed / cropInfo(p.crop).growSeconds;
        if (p.growth >= 1.0) {
            p.growth = 1.0;
            p.state = PlotState::Ripe;
            p.ripeFor = 0;
        }
    }
}

void FarmRules::update(double dt, std::span<const Action> actions) {
    if (m_done) {
        return;
    }
    for (const Action& a : actions) {
        applyAction(a);
    }
    m_time += dt;
    if (m_time >= roundSeconds()) {
        m_time = roundSeconds();
        m_done = true;
        if (weatherOn(m_currentDay) == Weather::Storm && !m_broken) {
            ++m_stormsWeathered;
        }
        return;
    }
    if (day() != m_currentDay) {
        // A storm day that ends with the turbine whole counts as weathered.
        if (weatherOn(m_currentDay) == Weather::Storm && !m_broken) {
            ++m_stormsWeathered;
        }
        beginDay(day());
    }
    runGrid(dt);
    grow(dt);
}

GameResult FarmRules::result() const {
    GameResult r;
    r.level = m_levelNumber;
    const double goal = m_level.goal;
    r.maxScore = static_cast<int>(std::ceil(goal * kThreeStarGoals));
    r.score = std::clamp(m_score, 0, r.maxScore);
    r.stars = m_score >= goal * kThreeStarGoals ? 3
              : m_score >= goal * kTwoStarGoals ? 2
              : m_score >= goal                 ? 1
                                                : 0;
    r.won = r.stars >= 1;
    r.seconds = m_time;
    if (m_storms > 0 && m_stormsWeathered == m_storms) {
        r.didWell.push_back("game.farm.well.storm");
    }
    if (m_winterHarvests >= 2) {
        r.didWell.push_back("game.farm.well.greenhouse");
    }
    if (m_plantings >= 6 && m_plantingsInSeason * 10 >= m_plantings * 8) {
        r.didWell.push_back("game.farm.well.season");
    }
    if (m_harvests >= 5 && m_thirstLosses == 0) {
        r.didWell.push_back("game.farm.well.water");
    }
    if (m_harvests >= 5 && m_frostLosses == 0) {
        r.didWell.push_back("game.farm.well.frost");
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
        l.outdoorPlots = in.integer(i, "outdoorPlots", 2, 8);
        l.greenhousePlots = in.integer(i, "greenhousePlots", 1, kMaxPlots - 8);
        l.daySeconds = in.number(i, "daySeconds", 2.0, 10.0);
        l.daysPerSeason = in.integer(i, "daysPerSeason", 3, kMaxDays / kSeasonCount);
        l.tank = in.number(i, "tank", 2.0, 40.0);
        l.battery = in.number(i, "battery", 2.0, 40.0);
        l.thirst = in.number(i, "thirst", 0.3, 3.0);
        l.rain = in.number(i, "rain", 0.0, 3.0);
        l.storms = in.number(i, "storms", 0.0, 5.0);
        l.forecastDays = in.integer(i, "forecastDays", 1, 3);
        l.goal = in.integer(i, "goal", 5, 1000);
        levels.push_back(l);
    }
    if (auto error = in.error()) {
        return *error;
    }
    return std::unique_ptr<GameRules>(std::make_unique<FarmRules>(std::move(levels)));
}

} // namespace pathlight::minigames::farm
