// The budget game's rules (see budget_rules.hpp): the month's weather and surprises are drawn at
// start(); each day runs Surprise -> Plan -> Selling -> Summary in game time. Money only moves
// here. No ImGui, SDL or store.
#include "minigames/budget/budget_rules.hpp"

#include "minigames/shared/levels_reader.hpp"

#include <algorithm>
#include <cmath>

namespace pathlight::minigames::budget {

namespace {

constexpr std::array<int, kWeatherCount> kBaseWalkers{12, 18, 24, 30};
// Chance a passer-by buys a cup, by price ($1, $2, $3) and weather (rainy, cloudy, sunny, hot).
constexpr double kBuyChance[3][kWeatherCount] = {
    {0.75, 0.85, 0.90, 0.95},
    {0.40, 0.55, 0.70, 0.85},
    {0.12, 0.25, 0.40, 0.68},
};
constexpr std::array<int, kUpgradeCount> kUpgradeCost{15, 20, 10};
constexpr double kSignBoost = 1.25;
constexpr double kFlyerBoost = 1.4;
constexpr double kFairBoost = 1.6;
constexpr double kLumpyFactor = 0.6;
constexpr double kSnackChance = 0.5;

constexpr SurpriseKind kBadKinds[] = {SurpriseKind::BlenderBroke, SurpriseKind::RainyDays,
                                      SurpriseKind::Temptation, SurpriseKind::UmbrellaBill};
constexpr SurpriseKind kGoodKinds[] = {SurpriseKind::BigOrder, SurpriseKind::LemonSale,
                                       SurpriseKind::HeatWave, SurpriseKind::BankBonus,
                                       SurpriseKind::SchoolFair};

Weather drawWeather(Rng& rng) {
    const int r = rng.range(0, 99);
    if (r < 15) {
        return Weather::Rainy;
    }
    if (r < 40) {
        return Weather::Cloudy;
    }
    if (r < 85) {
        return Weather::Sunny;
    }
    return Weather::Hot;
}

// The best price for a kind of weather when a cup costs `cupCost` dollars to make.
int bestPrice(Weather w, double cupCost) {
    int best = 1;
    double bestValue = -1.0;
    for (int p = 1; p <= 3; ++p) {
        const double value = (p - cupCost) * BudgetRules::buyChance(p, w);
        if (value > bestValue + 1e-9) {
            bestValue = value;
            best = p;
        }
    }
    return best;
}

} // namespace

bool surpriseHasChoice(SurpriseKind kind) {
    return kind == SurpriseKind::BlenderBroke || kind == SurpriseKind::BigOrder ||
           kind == SurpriseKind::Temptation;
}

bool surpriseIsBad(SurpriseKind kind) {
    return std::find(std::begin(kBadKinds), std::end(kBadKinds), kind) != std::end(kBadKinds);
}

int upgradeCost(Upgrade u) {
    return kUpgradeCost[static_cast<std::size_t>(u)];
}

double BudgetRules::buyChance(int price, Weather weather) {
    return kBuyChance[std::clamp(price, 1, 3) - 1][static_cast<int>(weather)];
}

int BudgetRules::baseWalkers(Weather weather) {
    return kBaseWalkers[static_cast<std::size_t>(weather)];
}

BudgetRules::BudgetRules(std::vector<Level> levels) : m_levels(std::move(levels)) {
    m_info.id = "budget";
    m_info.grouping = "investing-future";
    m_info.clusters = {"financial-services"};
    m_info.riasec = {0.0, 0.4, 0.0, 0.0, 0.7, 1.0};
    m_info.careers = {"13-2052.00", "13-2011.00", "43-3071.00"};
    m_info.icon = "money";
    m_level = m_levels.front();
}

void BudgetRules::start(std::uint64_t seed, int level) {
    m_levelNumber = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_level = m_levels[static_cast<std::size_t>(m_levelNumber - 1)];
    m_rng = Rng(seed * 0x2545F4914F6CDD1Dull + 0xB0D6E7ull);
    m_seconds = 0;
    m_day = 0;
    m_cash = m_level.startCash;
    m_jar = 0;
    m_stock = 0;
    m_keptCups = 0;
    m_price = 2;
    m_upgrades = {};
    m_blenderBroken = false;
    m_bonusWeek = false;
    m_history = {};
    m_daysDone = 0;
    m_totalInterest = 0;
    m_goodPriceDays = 0;
    m_cupsMadeTotal = 0;
    m_cupsWastedTotal = 0;
    m_resisted = false;
    m_fixedBlender = false;
    m_teamServed = false;
    m_feesPaid = 0;

    const int days = m_level.days;
    for (int d = 0; d < days; ++d) {
        m_weather[static_cast<std::size_t>(d)] = drawWeather(m_rng);
    }
    // Surprises fall on distinct days after the first; the blender breaks at most once.
    m_plannedSurprise = {};
    int placed = 0;
    bool blenderUsed = false;
    for (int tries = 0; placed < m_level.surprises && tries < 200; ++tries) {
        const int d = m_rng.range(1, days - 1);
        if (m_plannedSurprise[static_cast<std::size_t>(d)] != SurpriseKind::None) {
            continue;
        }
        SurpriseKind kind;
        if (m_rng.chance(m_level.badShare)) {
            kind = kBadKinds[m_rng.range(0, static_cast<int>(std::size(kBadKinds)) - 1)];
        } else {
            kind = kGoodKinds[m_rng.range(0, static_cast<int>(std::size(kGoodKinds)) - 1)];
        }
        if (kind == SurpriseKind::BlenderBroke && blenderUsed) {
            continue;
        }
        blenderUsed = blenderUsed || kind == SurpriseKind::BlenderBroke;
        m_plannedSurprise[static_cast<std::size_t>(d)] = kind;
        if (kind == SurpriseKind::HeatWave) {
            m_weather[static_cast<std::size_t>(d)] = Weather::Hot;
        } else if (kind == SurpriseKind::RainyDays) {
            m_weather[static_cast<std::size_t>(d)] = Weather::Rainy;
            if (d + 1 < days) {
                m_weather[static_cast<std::size_t>(d + 1)] = Weather::Rainy;
            }
        }
        ++placed;
    }
    // The forecast is right four times in five; otherwise it is one step off.
    for (int d = 0; d < days; ++d) {
        const Weather w = m_weather[static_cast<std::size_t>(d)];
        Weather f = w;
        if (m_rng.chance(0.2) && m_plannedSurprise[static_cast<std::size_t>(d)] == SurpriseKind::None) {
            const int step = m_rng.chance(0.5) ? 1 : -1;
            f = static_cast<Weather>(std::clamp(static_cast<int>(w) + step, 0, kWeatherCount - 1));
        }
        m_forecast[static_cast<std::size_t>(d)] = f;
    }
    beginDay();
}

void BudgetRules::beginDay() {
    m_report = DayReport{};
    m_report.day = m_day;
    m_batchesToday = 0;
    m_savedToday = 0;
    m_flyer = false;
    m_teamOrder = false;
    m_fair = false;
    m_lemonSale = false;
    m_customerCount = 0;
    m_visited = 0;
    m_surprise = m_plannedSurprise[static_cast<std::size_t>(m_day)];
    m_surpriseChoice = -1;
    m_phaseTime = 0;
    if (m_surprise == SurpriseKind::None) {
        beginPlan();
    } else {
        m_phase = Phase::Surprise;
    }
}

void BudgetRules::beginPlan() {
    m_phase = Phase::Plan;
    m_phaseTime = 0;
}

double BudgetRules::phaseLimit() const {
    switch (m_phase) {
    case Phase::Surprise:
        return kSurpriseSeconds;
    case Phase::Plan:
        return m_level.planSeconds;
    case Phase::Selling:
        return kSellSeconds;
    case Phase::Summary:
        return kSummarySeconds;
    case Phase::Done:
        return 0;
    }
    return 0;
}

int BudgetRules::batchCostToday() const {
    const int cost = m_level.batchCost + m_level.costRisePerWeek * week();
    return m_lemonSale ? (cost + 1) / 2 : cost;
}

int BudgetRules::surpriseCost() const {
    switch (m_surprise) {
    case SurpriseKind::BlenderBroke:
        return kBlenderFixCost;
    case SurpriseKind::Temptation:
        return kTemptationCost;
    case SurpriseKind::UmbrellaBill:
        return kUmbrellaBill;
    case SurpriseKind::BigOrder:
        return kTeamDollars;
    default:
        return 0;
    }
}

int BudgetRules::expectedWalkers() const {
    double w = baseWalkers(forecast());
    if (owns(Upgrade::Sign)) {
        w *= kSignBoost;
    }
    if (m_flyer) {
        w *= kFlyerBoost;
    }
    if (m_fair) {
        w *= kFairBoost;
    }
    return static_cast<int>(std::lround(w));
}

void BudgetRules::applySurprise(int choice, bool byPlayer) {
    if (m_phase != Phase::Surprise || (choice != 0 && choice != 1)) {
        return;
    }
    if (!surpriseHasChoice(m_surprise)) {
        choice = 0;
    }
    switch (m_surprise) {
    case SurpriseKind::BlenderBroke:
        if (choice == 0) {
            if (m_cash < kBlenderFixCost) {
                return; // can't pay: the kid must pick the other answer
            }
            m_cash -= kBlenderFixCost;
            m_report.spent += kBlenderFixCost;
            m_fixedBlender = true;
        } else {
            m_blenderBroken = true;
        }
        break;
    case SurpriseKind::BigOrder:
        m_teamOrder = choice == 0;
        break;
    case SurpriseKind::Temptation:
        if (choice == 0) {
            if (m_cash < kTemptationCost) {
                return;
            }
            m_cash -= kTemptationCost;
            m_report.spent += kTemptationCost;
        } else {
            m_resisted = byPlayer;
        }
        break;
    case SurpriseKind::UmbrellaBill: {
        // A bill must be paid: from the cash box first, then from the jar.
        const int fromCash = std::min(m_cash, kUmbrellaBill);
        m_cash -= fromCash;
        m_jar = std::max(0, m_jar - (kUmbrellaBill - fromCash));
        m_report.spent += kUmbrellaBill;
        break;
    }
    case SurpriseKind::LemonSale:
        m_lemonSale = true;
        break;
    case SurpriseKind::BankBonus:
        m_bonusWeek = true;
        break;
    case SurpriseKind::SchoolFair:
        m_fair = true;
        break;
    case SurpriseKind::HeatWave:
    case SurpriseKind::RainyDays:
    case SurpriseKind::None:
        break;
    }
    m_surpriseChoice = choice;
    beginPlan();
}

void BudgetRules::applyPlan(const Action& a) {
    switch (static_cast<ActionCode>(a.code)) {
    case ActionCode::AddBatch:
        if (m_cash >= batchCostToday() && m_batchesToday < kMaxBatches) {
            m_cash -= batchCostToday();
            ++m_batchesToday;
            m_stock += kCupsPerBatch;
        }
        break;
    case ActionCode::RemoveBatch:
        if (m_batchesToday > 0) {
            m_cash += batchCostToday();
            --m_batchesToday;
            m_stock -= kCupsPerBatch;
        }
        break;
    case ActionCode::SetPrice:
        if (a.a >= 1 && a.a <= 3) {
            m_price = a.a;
        }
        break;
    case ActionCode::ToggleFlyer:
        if (m_flyer) {
            m_flyer = false;
            m_cash += kFlyerCost;
        } else if (m_cash >= kFlyerCost) {
            m_flyer = true;
            m_cash -= kFlyerCost;
        }
        break;
    case ActionCode::BuyUpgrade:
        if (a.a >= 0 && a.a < kUpgradeCount && !m_upgrades[static_cast<std::size_t>(a.a)] &&
            m_cash >= kUpgradeCost[static_cast<std::size_t>(a.a)]) {
            m_cash -= kUpgradeCost[static_cast<std::size_t>(a.a)];
            m_report.spent += kUpgradeCost[static_cast<std::size_t>(a.a)];
            m_upgrades[static_cast<std::size_t>(a.a)] = true;
        }
        break;
    case ActionCode::SaveMore:
        if (m_cash >= kSaveStep) {
            m_cash -= kSaveStep;
            m_jar += kSaveStep;
            m_savedToday += kSaveStep;
        }
        break;
    case ActionCode::SaveLess:
        if (m_savedToday >= kSaveStep && m_jar >= kSaveStep) {
            // Undoing this morning's saving is free.
            m_cash += kSaveStep;
            m_jar -= kSaveStep;
            m_savedToday -= kSaveStep;
        } else if (m_savedToday == 0 && m_jar >= kSaveStep + kWithdrawFee) {
            // Taking older savings out early costs the bank's fee.
            m_cash += kSaveStep;
            m_jar -= kSaveStep + kWithdrawFee;
            m_report.spent += kWithdrawFee;
            m_feesPaid += kWithdrawFee;
        }
        break;
    case ActionCode::OpenStand:
        openStand();
        break;
    default:
        break;
    }
}

void BudgetRules::openStand() {
    const Weather w = weatherToday();
    m_report.weather = w;
    m_report.price = m_price;
    m_report.cupsMade = m_batchesToday * kCupsPerBatch;
    m_report.spent += m_batchesToday * batchCostToday() + (m_flyer ? kFlyerCost : 0);

    double walkers = baseWalkers(w);
    if (owns(Upgrade::Sign)) {
        walkers *= kSignBoost;
    }
    if (m_flyer) {
        walkers *= kFlyerBoost;
    }
    if (m_fair) {
        walkers *= kFairBoost;
    }
    walkers *= 0.85 + 0.3 * m_rng.unit();
    const int n = std::clamp(static_cast<int>(std::lround(walkers)), 0, kMaxCustomers - 1);

    int left = m_stock;
    m_customerCount = 0;
    if (m_teamOrder) {
        Customer& team = m_customers[static_cast<std::size_t>(m_customerCount++)];
        team = Customer{};
        team.at = 0.3;
        team.visit = Visit::Team;
        team.cups = std::min(kTeamCups, left);
        team.dollars = kTeamDollars * team.cups / kTeamCups;
        team.look = m_rng.range(0, 15);
        left -= team.cups;
    }
    const double lumpy = m_blenderBroken ? kLumpyFactor : 1.0;
    const double chance = buyChance(m_price, w) * lumpy;
    const double chanceAtOne = buyChance(1, w) * lumpy;
    const double start = m_teamOrder ? 0.9 : 0.4;
    const double span = kSellSeconds - 1.0 - start;
    for (int i = 0; i < n; ++i) {
        Customer& c = m_customers[static_cast<std::size_t>(m_customerCount++)];
        c = Customer{};
        c.at = start + span * (i + 0.2 + 0.6 * m_rng.unit()) / std::max(1, n);
        c.look = m_rng.range(0, 15);
        const double r = m_rng.unit();
        if (r < chance) {
            if (left > 0) {
                c.visit = Visit::Bought;
                c.cups = 1;
                --left;
                c.snack = owns(Upgrade::SnackShelf) && m_rng.chance(kSnackChance);
                c.dollars = m_price + (c.snack ? 1 : 0);
            } else {
                c.visit = Visit::SoldOut;
                c.cups = 0;
            }
        } else {
            c.visit = r < chanceAtOne ? Visit::TooPricey : Visit::Passed;
            c.cups = 0;
        }
    }
    m_report.walkers = n;
    m_phase = Phase::Selling;
    m_phaseTime = 0;
    m_visited = 0;
}

void BudgetRules::visit(const Customer& c) {
    m_cash += c.dollars;
    m_stock -= c.cups;
    m_report.income += c.dollars;
    m_report.sold += c.cups;
    if (c.visit == Visit::TooPricey) {
        ++m_report.tooPricey;
    } else if (c.visit == Visit::SoldOut) {
        ++m_report.soldOut;
    } else if (c.visit == Visit::Team) {
        m_teamServed = c.cups == kTeamCups;
    }
}

void BudgetRules::closeDay() {
    // Cups kept from yesterday sell first; those still here now are too old.
    const int oldLeft = std::max(0, m_keptCups - m_report.sold);
    const int freshLeft = m_stock - oldLeft;
    m_report.wasted = oldLeft;
    if (owns(Upgrade::Cooler)) {
        m_report.kept = freshLeft;
    } else {
        m_report.wasted += freshLeft;
    }
    m_keptCups = m_report.kept;
    m_stock = m_report.kept;
    m_cupsMadeTotal += m_report.cupsMade;
    m_cupsWastedTotal += m_report.wasted;
    const double cupCost = static_cast<double>(batchCostToday()) / kCupsPerBatch;
    if (m_report.sold > 0 && m_price == bestPrice(m_report.weather, cupCost)) {
        ++m_goodPriceDays;
    }
    if (weekendEnds()) {
        m_report.interest = (m_jar / 10) * m_level.interestPer10 * (m_bonusWeek ? 2 : 1);
        m_jar += m_report.interest;
        m_totalInterest += m_report.interest;
        m_bonusWeek = false;
    }
    m_report.jarAfter = m_jar;
    m_report.cashAfter = m_cash;
    m_history[static_cast<std::size_t>(m_day)] = m_report;
    m_daysDone = m_day + 1;
    m_phase = Phase::Summary;
    m_phaseTime = 0;
}

void BudgetRules::finishRound() {
    // Month end: the cash box is emptied into the jar.
    m_jar += m_cash;
    m_cash = 0;
    m_phase = Phase::Done;
}

void BudgetRules::update(double dt, std::span<const Action> actions) {
    if (m_phase == Phase::Done) {
        return;
    }
    for (const Action& a : actions) {
        const auto code = static_cast<ActionCode>(a.code);
        if (m_phase == Phase::Surprise && code == ActionCode::ChooseSurprise) {
            applySurprise(a.a, true);
        } else if (m_phase == Phase::Plan) {
            applyPlan(a);
        } else if (m_phase == Phase::Summary && code == ActionCode::NextDay) {
            m_phaseTime = kSummarySeconds;
        }
    }
    m_seconds += dt;
    m_phaseTime += dt;
    switch (m_phase) {
    case Phase::Surprise:
        if (m_phaseTime >= kSurpriseSeconds) {
            // Time's up: the careful answer (keep your money) is taken.
            applySurprise(1, false);
        }
        break;
    case Phase::Plan:
        if (m_phaseTime >= m_level.planSeconds) {
            openStand();
        }
        break;
    case Phase::Selling:
        while (m_visited < m_customerCount &&
               m_customers[static_cast<std::size_t>(m_visited)].at <= m_phaseTime) {
            visit(m_customers[static_cast<std::size_t>(m_visited)]);
            ++m_visited;
        }
        if (m_phaseTime >= kSellSeconds) {
            while (m_visited < m_customerCount) {
                visit(m_customers[static_cast<std::size_t>(m_visited)]);
                ++m_visited;
            }
            closeDay();
        }
        break;
    case Phase::Summary:
        if (m_phaseTime >= kSummarySeconds) {
            if (m_day + 1 < m_level.days) {
                ++m_day;
                beginDay();
            } else {
                finishRound();
            }
        }
        break;
    case Phase::Done:
        break;
    }
}

GameResult BudgetRules::result() const {
    GameResult r;
    r.level = m_levelNumber;
    r.maxScore = 100;
    const int saved = m_jar + (m_phase == Phase::Done ? 0 : m_cash);
    const double goal = m_level.goal;
    r.score = std::clamp(static_cast<int>(std::lround(100.0 * saved / (kThreeStarGoals * goal))), 0, 100);
    r.stars = saved >= kThreeStarGoals * goal ? 3 : saved >= kTwoStarGoals * goal ? 2 : saved >= goal ? 1 : 0;
    r.won = r.stars >= 1;
    r.seconds = m_seconds;
    if (m_totalInterest * 10 >= m_level.goal) {
        r.didWell.push_back("game.budget.well.interest");
    }
    if (m_daysDone > 0 && m_goodPriceDays * 10 >= m_daysDone * 6) {
        r.didWell.push_back("game.budget.well.price");
    }
    if (m_cupsMadeTotal >= 40 && m_cupsWastedTotal * 100 <= m_cupsMadeTotal * 15) {
        r.didWell.push_back("game.budget.well.stock");
    }
    if (m_teamServed) {
        r.didWell.push_back("game.budget.well.team");
    }
    if (m_fixedBlender) {
        r.didWell.push_back("game.budget.well.fix");
    }
    if (m_resisted) {
        r.didWell.push_back("game.budget.well.resist");
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
        l.days = in.integer(i, "days", 4, kMaxDays);
        if (l.days % 2 != 0) {
            in.fail(i, "'days' must be even (two market days a week)");
        }
        l.goal = in.integer(i, "goal", 10, 2000);
        l.startCash = in.integer(i, "startCash", 0, 200);
        l.batchCost = in.integer(i, "batchCost", 1, 20);
        l.costRisePerWeek = in.integer(i, "costRisePerWeek", 0, 5);
        l.surprises = in.integer(i, "surprises", 0, kMaxDays - 1);
        if (l.surprises > l.days - 1) {
            in.fail(i, "'surprises' must be fewer than 'days'");
        }
        l.badShare = in.number(i, "badShare", 0.0, 1.0);
        l.planSeconds = in.number(i, "planSeconds", 5.0, 60.0);
        l.interestPer10 = in.integer(i, "interestPer10", 0, 5);
        levels.push_back(l);
    }
    if (auto error = in.error()) {
        return *error;
    }
    return std::unique_ptr<GameRules>(std::make_unique<BudgetRules>(std::move(levels)));
}

} // namespace pathlight::minigames::budget
