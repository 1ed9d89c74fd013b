// "Stand to Savings": the rules of the budget mini-game (financial services). A kid runs a
// lemonade-and-snacks stand on the market days of one month: each morning they make cups, set a
// price, maybe pay for flyers or an upgrade and move money into a savings jar that earns interest
// every weekend; then the stand sells (customers decide one by one, in game time) and surprises
// happen. Goal: the savings target by month end. Pure C++: no ImGui, SDL or store.
#pragma once

#include "core/result.hpp"
#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::budget {

enum class ActionCode {
    AddBatch = 1,   // make 10 more cups (pay for the lemons and cups now)
    RemoveBatch,    // undo one batch made this morning (money back)
    SetPrice,       // a = price per cup in dollars, 1..3
    ToggleFlyer,    // pay for (or cancel) flyers around the block today
    BuyUpgrade,     // a = Upgrade
    SaveMore,       // move $5 from the cash box into the savings jar
    SaveLess,       // take back $5 put into the jar this morning (free), or older savings (a fee)
    OpenStand,      // start selling
    ChooseSurprise, // a = 0 (first choice / OK) or 1 (second choice)
    NextDay,        // skip the rest of the day's summary
};

enum class Phase { Surprise, Plan, Selling, Summary, Done };
enum class Weather { Rainy = 0, Cloudy, Sunny, Hot };
constexpr int kWeatherCount = 4;

enum class Upgrade { Sign = 0, SnackShelf, Cooler };
constexpr int kUpgradeCount = 3;

enum class SurpriseKind {
    None = 0,
    BlenderBroke, // choice: fix it now, or sell lumpy lemonade (fewer buyers) for the rest of the month
    BigOrder,     // choice: the soccer team wants 20 cups today at a set price
    LemonSale,    // batches cost half today
    HeatWave,     // today is hot, for sure
    RainyDays,    // today and the next day are rainy
    Temptation,   // choice: a new game for your cash, or not now
    BankBonus,    // interest is doubled this weekend
    UmbrellaBill, // a storm tore the umbrella: a bill you must pay
    SchoolFair,   // twice as many people walk by today
};
constexpr int kSurpriseKindCount = 10;
bool surpriseHasChoice(SurpriseKind kind);
bool surpriseIsBad(SurpriseKind kind);

// Bought; TooPricey: would have bought at $1; Passed: not thirsty; SoldOut: wanted a cup, none left.
enum class Visit { Bought, TooPricey, Passed, SoldOut, Team };

struct Customer {
    double at = 0; // seconds into selling when they reach the stand
    Visit visit = Visit::Bought;
    int cups = 1;       // cups bought (the team buys many at once)
    int dollars = 0;    // money they pay (cups and snack)
    bool snack = false; // also bought a snack
    int look = 0;       // which of the drawn people this is (view only)
};

// What one market day brought, for the summary and the chart.
struct DayReport {
    int day = 0;
    Weather weather = Weather::Sunny;
    int price = 2;
    int cupsMade = 0;
    int walkers = 0;
    int sold = 0;
    int tooPricey = 0;
    int soldOut = 0;
    int wasted = 0; // cups thrown away at closing time
    int kept = 0;   // cups the cooler kept for tomorrow
    int income = 0;
    int spent = 0;    // lemons, cups, flyers, upgrades, bills and treats of the day
    int interest = 0; // paid into the jar at the end of a weekend
    int jarAfter = 0;
    int cashAfter = 0;
};

struct Level {
    int days = 8;   // market days in the month (two a week)
    int goal = 100; // dollars in the jar at month end
    int startCash = 20;
    int batchCost = 5;       // 10 cups
    int costRisePerWeek = 0; // dollars more per batch each new week
    int surprises = 3;
    double badShare = 0.4;   // share of surprises that are bad news
    double planSeconds = 20; // the stand opens by itself when the morning runs out
    int interestPer10 = 1;   // dollars the bank adds each weekend for every $10 in the jar
};

constexpr int kCupsPerBatch = 10;
constexpr int kMaxBatches = 5;
constexpr int kSaveStep = 5;
constexpr int kWithdrawFee = 1;
constexpr int kFlyerCost = 4;
constexpr int kBlenderFixCost = 8;
constexpr int kTeamCups = 20;
constexpr int kTeamDollars = 30;
constexpr int kTemptationCost = 12;
constexpr int kUmbrellaBill = 6;
constexpr double kSellSeconds = 7.0;
constexpr double kSummarySeconds = 3.5;
constexpr double kSurpriseSeconds = 12.0;
constexpr int kMaxCustomers = 120;
constexpr int kMaxDays = 12;
// Stars: one for the goal, two and three for this many times the goal.
constexpr double kTwoStarGoals = 1.5;
constexpr double kThreeStarGoals = 2.0;

int upgradeCost(Upgrade u);

class BudgetRules final : public GameRules {
  public:
    explicit BudgetRules(std::vector<Level> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_phase == Phase::Done; }
    GameResult result() const override;

    // State the view and the bots read.
    const Level& level() const { return m_level; }
    int levelNumber() const { return m_levelNumber; }
    Phase phase() const { return m_phase; }
    double phaseTime() const { return m_phaseTime; } // seconds since the phase began
    double phaseLimit() const;                       // seconds the phase lasts at most
    int day() const { return m_day; }                // 0-based market day
    int week() const { return m_day / 2; }
    bool weekendEnds() const { return m_day % 2 == 1; } // interest is paid after this day
    int cash() const { return m_cash; }
    int jar() const { return m_jar; }
    int savedToday() const { return m_savedToday; }
    int stock() const { return m_stock; } // cups ready to sell (kept + made today)
    int keptCups() const { return m_keptCups; }
    int batchesToday() const { return m_batchesToday; }
    int batchCostToday() const;
    int price() const { return m_price; }
    bool flyer() const { return m_flyer; }
    bool owns(Upgrade u) const { return m_upgrades[static_cast<int>(u)]; }
    bool blenderBroken() const { return m_blenderBroken; }
    bool teamOrderToday() const { return m_teamOrder; }
    bool fairToday() const { return m_fair; }
    bool bonusWeek() const { return m_bonusWeek; }
    Weather forecast() const { return m_forecast[static_cast<std::size_t>(m_day)]; }
    Weather forecastFor(int day) const { return m_forecast[static_cast<std::size_t>(day)]; }
    Weather weatherToday() const { return m_weather[static_cast<std::size_t>(m_day)]; }
    // About how many people walk by today with the current choices (what the stand sign says).
    int expectedWalkers() const;
    SurpriseKind surprise() const { return m_surprise; }
    int surpriseCost() const; // dollars the surprise's first choice costs (or pays), 0 when none
    int surpriseChoice() const { return m_surpriseChoice; } // what was picked, -1 while undecided
    // Customers of the day, in arrival order; those with at <= phaseTime() have visited.
    const std::array<Customer, kMaxCustomers>& customers() const { return m_customers; }
    int customerCount() const { return m_customerCount; }
    int visitedCount() const { return m_visited; }
    const DayReport& today() const { return m_report; }
    const std::array<DayReport, kMaxDays>& history() const { return m_history; }
    int daysDone() const { return m_daysDone; }
    int totalInterest() const { return m_totalInterest; }
    int feesPaid() const { return m_feesPaid; }

    // The buying chance of one passer-by at `price` dollars in `weather` (the rules' own table).
    static double buyChance(int price, Weather weather);
    static int baseWalkers(Weather weather);

  private:
    void beginDay();
    void beginPlan();
    void applyPlan(const Action& a);
    void applySurprise(int choice, bool byPlayer);
    void openStand();
    void visit(const Customer& c);
    void closeDay();
    void finishRound();
    int sellingDollarsFor(int cups) const;

    GameInfo m_info;
    std::vector<Level> m_levels;
    Level m_level;
    int m_levelNumber = 1;
    Rng m_rng;
    Phase m_phase = Phase::Done;
    double m_phaseTime = 0;
    double m_seconds = 0;
    int m_day = 0;
    int m_cash = 0;
    int m_jar = 0;
    int m_savedToday = 0;
    int m_stock = 0;
    int m_keptCups = 0;
    int m_batchesToday = 0;
    int m_price = 2;
    bool m_flyer = false;
    std::array<bool, kUpgradeCount> m_upgrades{};
    bool m_blenderBroken = false;
    bool m_teamOrder = false;
    bool m_fair = false;
    bool m_lemonSale = false;
    bool m_bonusWeek = false;
    std::array<Weather, kMaxDays> m_weather{};
    std::array<Weather, kMaxDays> m_forecast{};
    std::array<SurpriseKind, kMaxDays> m_plannedSurprise{};
    SurpriseKind m_surprise = SurpriseKind::None;
    int m_surpriseChoice = -1;
    std::array<Customer, kMaxCustomers> m_customers{};
    int m_customerCount = 0;
    int m_visited = 0;
    DayReport m_report;
    std::array<DayReport, kMaxDays> m_history{};
    int m_daysDone = 0;
    int m_totalInterest = 0;
    // For "what you did well".
    int m_goodPriceDays = 0;
    int m_cupsMadeTotal = 0;
    int m_cupsWastedTotal = 0;
    bool m_resisted = false;
    bool m_fixedBlender = false;
    bool m_teamServed = false;
    int m_feesPaid = 0;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::budget
