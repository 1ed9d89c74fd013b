// "Sun & Sprouts": the rules of the farm mini-game (agriculture, energy and natural resources). A
// year on a small farm in real time: four seasons of a few short days each. The player plants crops
// that suit the season, waters them from a tank that rain refills (the pump needs power), harvests
// them before they rot or frost kills them, and runs a little grid: a solar panel (clean off dust
// and snow), a wind turbine (fold it before a storm), a battery, and a greenhouse heater for winter.
// The weather of the next days is always shown. Pure C++: no ImGui, SDL or store.
#pragma once

#include "core/result.hpp"
#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::farm {

enum class ActionCode {
    Plant = 1,     // a = plot, b = Crop
    Water,         // a = plot (uses one tank unit and one unit of power for the pump)
    Harvest,       // a = plot
    ToggleHeater,  // greenhouse heater on / off
    ToggleTurbine, // fold / unfold the wind turbine
    CleanPanel,    // wipe dust or snow off the solar panel
};

enum class Season { Spring = 0, Summer, Fall, Winter };
constexpr int kSeasonCount = 4;

enum class Weather { Sunny = 0, Cloudy, Windy, Rain, Storm, Snow, Frost };
constexpr int kWeatherCount = 7;

enum class Crop { None = 0, Lettuce, Carrot, Tomato, Pumpkin };
constexpr int kCropCount = 4; // real crops, 1..4

enum class PlotState { Empty, Growing, Ripe, Dead };
enum class Loss { None, Thirst, Frost, Cold, Rot };

struct Plot {
    Crop crop = Crop::None;
    PlotState state = PlotState::Empty;
    double growth = 0;   // 0..1, ripe at 1
    double moisture = 0; // 0..1; a crop only grows while it is above 0
    double health = 1;   // 0..1; drops while dry or freezing, dead at 0
    double ripeFor = 0;  // seconds since it became ripe (it rots after kRotSeconds)
    Loss loss = Loss::None;
    bool greenhouse = false;
    bool plantedInSeason = false;
};

struct CropInfo {
    double growSeconds;                     // seconds to ripen in its best season
    double thirst;                          // how fast the soil dries under it
    int value;                              // harvest points
    bool frostHardy;                        // survives a frost (not a winter outdoors)
    std::array<double, kSeasonCount> speed; // growth speed outdoors per season (0 = won't grow)
};
const CropInfo& cropInfo(Crop crop);
// Growth speed of `crop` in a plot right now (greenhouse and heater count).
double growthSpeed(Crop crop, Season season, bool greenhouse, bool heated);

struct Level {
    int outdoorPlots = 6;
    int greenhousePlots = 2;
    double daySeconds = 5; // one forecast day
    int daysPerSeason = 6;
    double tank = 12;     // water units
    double battery = 10;  // power units
    double thirst = 1.0;  // how fast soil dries (times the crop's own thirst)
    double rain = 1.0;    // chance of rain, times the season's usual
    double storms = 1.0;  // chance of storms, times the season's usual
    int forecastDays = 3; // days shown after today
    int goal = 50;        // harvest points for one star
};

constexpr int kMaxPlots = 12;
constexpr int kMaxDays = 40;
constexpr double kRotSeconds = 8.0;
constexpr double kHeaterDraw = 0.22;  // power units per second
constexpr double kPumpCost = 1.0;     // power units per watering
constexpr double kWaterCost = 1.0;    // tank units per watering
constexpr double kTwoStarGoals = 1.4; // stars: goal, 1.4x, 1.8x
constexpr double kThreeStarGoals = 1.8;

class FarmRules final : public GameRules {
  public:
    explicit FarmRules(std::vector<Level> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_done; }
    GameResult result() const override;

    // State the view and the bots read.
    const Level& level() const { return m_level; }
    double time() const { return m_time; }
    double roundSeconds() const { return m_level.daySeconds * totalDays(); }
    int totalDays() const { return m_level.daysPerSeason * kSeasonCount; }
    int day() const;            // 0-based day of the year
    double dayFraction() const; // 0..1 through today
    Season season() const { return seasonOfDay(day()); }
    Season seasonOfDay(int d) const;
    double seasonFraction() const; // 0..1 through this season
    Weather weather() const { return weatherOn(day()); }
    Weather weatherOn(int d) const; // past the year's end: the last day's
    int plotCount() const { return m_level.outdoorPlots + m_level.greenhousePlots; }
    const Plot& plot(int i) const { return m_plots[static_cast<std::size_t>(i)]; }
    bool canPlant(int plotIndex) const;
    double tank() const { return m_tank; }
    double battery() const { return m_battery; }
    double solarOutput() const; // power units per second right now
    double windOutput() const;
    double demand() const; // heater draw per second right now
    bool heaterOn() const { return m_heater; }
    bool heaterWorking() const { return m_heater && m_battery > 0.0; }
    bool turbineFolded() const { return m_folded; }
    bool turbineBroken() const { return m_broken; }
    bool panelDusty() const { return m_dusty; }
    bool panelSnowy() const { return m_snowy; }
    int harvested() const { return m_score; }
    int harvestCount() const { return m_harvests; }
    int lossCount() const { return m_losses; }
    Loss lastLoss() const { return m_lastLoss; }
    int lastHarvestPlot() const { return m_lastHarvestPlot; }
    int lastHarvestValue() const { return m_lastHarvestValue; }
    int failedWaterings() const { return m_failedWaterings; } // taps with no water or no power
    int stormsWeathered() const { return m_stormsWeathered; }

  private:
    void beginDay(int d);
    void applyAction(const Action& a);
    void grow(double dt);
    void runGrid(double dt);
    void kill(Plot& p, Loss why);

    GameInfo m_info;
    std::vector<Level> m_levels;
    Level m_level;
    int m_levelNumber = 1;
    Rng m_rng;
    double m_time = 0;
    bool m_done = true;
    int m_currentDay = -1;
    std::array<Weather, kMaxDays> m_weather{};
    std::array<Plot, kMaxPlots> m_plots{};
    double m_tank = 0;
    double m_battery = 0;
    bool m_heater = false;
    bool m_folded = false;
    bool m_broken = false;
    bool m_dusty = false;
    bool m_snowy = false;
    int m_score = 0;
    int m_harvests = 0;
    int m_losses = 0;
    Loss m_lastLoss = Loss::None;
    int m_lastHarvestPlot = -1;
    int m_lastHarvestValue = 0;
    int m_failedWaterings = 0;
    int m_storms = 0;
    int m_stormsWeathered = 0;
    // For "what you did well".
    int m_plantings = 0;
    int m_plantingsInSeason = 0;
    int m_thirstLosses = 0;
    int m_frostLosses = 0;
    int m_winterHarvests = 0;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::farm
