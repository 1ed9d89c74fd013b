// Food truck lunch rush: rules and levels-file parsing (see foodtruck_rules.hpp).
#include "minigames/foodtruck/foodtruck_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::foodtruck {

namespace {
constexpr double kWrongPatienceCost = 4.0; // seconds of patience a wrong plate costs
constexpr double kStarFractions[3] = {0.45, 0.68, 0.86};

int popcount(std::uint8_t bits) {
    int n = 0;
    for (; bits; bits = static_cast<std::uint8_t>(bits & (bits - 1))) {
        ++n;
    }
    return n;
}
} // namespace

FoodtruckRules::FoodtruckRules(std::vector<LevelSpec> levels) : m_levels(std::move(levels)) {
    m_info.id = "foodtruck";
    m_info.grouping = "creating-experiencing";
    m_info.clusters = {"hospitality-events-tourism"};
    m_info.riasec = {0.8, 0.1, 0.7, 0.5, 0.5, 0.2}; // R I A S E C
    m_info.careers = {"35-1011.00", "35-2014.00", "11-9051.00"};
    m_info.icon = "cutlery";
    start(1, 1);
}

bool FoodtruckRules::onMenu(Main main) const {
    return std::find(m_spec.mains.begin(), m_spec.mains.end(), main) != m_spec.mains.end();
}

void FoodtruckRules::start(std::uint64_t seed, int level) {
    m_level = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_spec = m_levels[static_cast<std::size_t>(m_level - 1)];
    m_rng = Rng(seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(m_level));
    m_time = 0;
    m_nextArrival = 1.5;
    m_arrived = 0;
    m_coins = 0;
    m_served = 0;
    m_walkOuts = 0;
    m_burned = 0;
    m_wrong = 0;
    m_tips = 0;
    m_finished = false;
    m_counter = {};
    m_grills = {};
    m_plate = {};
    m_events = {};
    m_eventSerial = 0;
}

Order FoodtruckRules::makeOrder() {
    Order o;
    o.main =
        m_spec.mains[static_cast<std::size_t>(m_rng.range(0, static_cast<int>(m_spec.mains.size()) - 1))];
    const int count = m_rng.range(m_spec.minToppings, m_spec.maxToppings);
    while (popcount(o.toppings) < count) {
        o.toppings = static_cast<std::uint8_t>(o.toppings | (1u << m_rng.range(0, m_spec.toppings - 1)));
    }
    return o;
}

GrillState FoodtruckRules::grillState(int slot) const {
    if (slot < 0 || slot >= m_spec.grills || !m_grills[static_cast<std::size_t>(slot)].used) {
        return GrillState::Empty;
    }
    const Grill& g = m_grills[static_cast<std::size_t>(slot)];
    if (g.time < m_spec.cook) {
        return GrillState::Cooking;
    }
    return g.time < m_spec.cook + m_spec.burn ? GrillState::Ready : GrillState::Burned;
}

double FoodtruckRules::cookFraction(int slot) const {
    if (grillState(slot) == GrillState::Empty) {
        return 0;
    }
    return std::min(1.0, m_grills[static_cast<std::size_t>(slot)].time / m_spec.cook);
}

double FoodtruckRules::burnFraction(int slot) const {
    if (grillState(slot) == GrillState::Empty) {
        return 0;
    }
    return std::clamp((m_grills[static_cast<std::size_t>(slot)].time - m_spec.cook) / m_spec.burn, 0.0, 1.0);
}

void FoodtruckRules::push(Event e) {
    e.time = m_time;
    e.serial = ++m_eventSerial;
    m_events[m_eventSerial % m_events.size()] = e;
}

int FoodtruckRules::priceFor(const Customer& c) const {
    const double frac = std::clamp(c.patience / c.patienceMax, 0.0, 1.0);
    return kPrice + static_cast<int>(std::lround(kMaxTip * std::min(1.0, frac * 1.15)));
}

void FoodtruckRules::apply(const Action& action) {
    switch (static_cast<Code>(action.code)) {
    case Code::Pick: {
        if (action.a < 0 || action.a >= kMainCount) {
            return;
        }
        const auto main = static_cast<Main>(action.a);
        if (!onMenu(main)) {
            return;
        }
        if (!cooks(main)) {
            if (!m_plate.hasMain) {
                m_plate = {true, main, 0};
            } else {
                push({EventKind::PlateBusy});
            }
            return;
        }
        for (int i = 0; i < m_spec.grills; ++i) {
            Grill& g = m_grills[static_cast<std::size_t>(i)];
            if (!g.used) {
                g = {main, 0.0, true};
                return;
            }
        }
        push({EventKind::GrillFull});
        return;
    }
    case Code::Take: {
        const GrillState state = grillState(action.a);
        if (state == GrillState::Burned) {
            m_grills[static_cast<std::size_t>(action.a)] = {};
            m_coins -= kBurnCost;
            ++m_burned;
            Event e{EventKind::Scraped, action.a};
            e.coins = kBurnCost;
            push(e);
        } else if (state == GrillState::Ready && !m_plate.hasMain) {
            m_plate = {true, m_grills[static_cast<std::size_t>(action.a)].main, 0};
            m_grills[static_cast<std::size_t>(action.a)] = {};
        } else if (state == GrillState::Ready) {
            push({EventKind::PlateBusy, action.a}); // serve or empty the plate first
        }
        return;
    }
    case Code::Topping:
        if (action.a < 0 || action.a >= m_spec.toppings) {
            return;
        }
        if (!m_plate.hasMain) {
            push({EventKind::NeedMain});
            return;
        }
        m_plate.toppings = static_cast<std::uint8_t>(m_plate.toppings | (1u << action.a));
        return;
    case Code::Trash:
        m_plate = {};
        return;
    case Code::Serve: {
        if (action.a < 0 || action.a >= kCounterSlots || !m_plate.hasMain) {
            return;
        }
        Customer& c = m_counter[static_cast<std::size_t>(action.a)];
        if (!c.present) {
            return;
        }
        if (m_plate.main == c.order.main && m_plate.toppings == c.order.toppings) {
            const int price = priceFor(c);
            m_coins += price;
            m_tips += price - kPrice;
            ++m_served;
            Event e{EventKind::Served, action.a};
            e.coins = price;
            push(e);
            c.present = false;
            m_plate = {};
        } else {
            ++m_wrong;
            Event e{EventKind::Wrong, action.a};
            e.wrongMain = m_plate.main != c.order.main;
            e.missing = static_cast<std::uint8_t>(c.order.toppings & ~m_plate.toppings);
            e.extra = static_cast<std::uint8_t>(m_plate.toppings & ~c.order.toppings);
            push(e);
            c.patience = std::max(0.5, c.patience - kWrongPatienceCost);
        }
        return;
    }
    }
}

void FoodtruckRules::update(double dt, std::span<const Action> actions) {
    if (m_finished) {
        return;
    }
    for (const Action& a : actions) {
        apply(a);
    }
    m_time += dt;
    for (int i = 0; i < m_spec.grills; ++i) {
        Grill& g = m_grills[static_cast<std::size_t>(i)];
        if (!g.used) {
            continue;
        }
        const GrillState before = grillState(i);
        g.time += dt;
        const GrillState after = grillState(i);
        if (before != after) {
            push({after == GrillState::Burned ? EventKind::Burned : EventKind::Ready, i});
        }
    }
    for (int i = 0; i < kCounterSlots; ++i) {
        Customer& c = m_counter[static_cast<std::size_t>(i)];
        if (!c.present) {
            continue;
        }
        c.patience -= dt;
        if (c.patience <= 0) {
            c.present = false;
            ++m_walkOuts;
            push({EventKind::WalkOut, i});
        }
    }
    // A new customer comes to the first free spot at the window (or waits until one frees up).
    if (m_arrived < m_spec.customers && m_time >= m_nextArrival) {
        for (int i = 0; i < kCounterSlots; ++i) {
            Customer& c = m_counter[static_cast<std::size_t>(i)];
            if (c.present) {
                continue;
            }
            c.present = true;
            c.order = makeOrder();
            c.patienceMax = m_spec.patience + 3.0 * popcount(c.order.toppings);
            c.patience = c.patienceMax;
            c.look = static_cast<std::uint32_t>(m_rng.next() & 0xffffffu);
            c.number = ++m_arrived;
            push({EventKind::Arrived, i});
            const double gap = m_spec.arriveMin + m_rng.unit() * (m_spec.arriveMax - m_spec.arriveMin);
            m_nextArrival = m_time + gap;
            break;
        }
    }
    if (m_arrived >= m_spec.customers) {
        const bool anyone =
            std::any_of(m_counter.begin(), m_counter.end(), [](const Customer& c) { return c.present; });
        m_finished = !anyone;
    }
}

GameResult FoodtruckRules::result() const {
    GameResult r;
    r.level = m_level;
    r.maxScore = m_spec.customers * (kPrice + kMaxTip);
    r.score = std::clamp(m_coins, 0, r.maxScore);
    const double frac = r.maxScore > 0 ? static_cast<double>(r.score) / r.maxScore : 0.0;
    r.stars = 0;
    for (double f : kStarFractions) {
        r.stars += frac >= f ? 1 : 0;
    }
    r.won = r.stars >= 1;
    r.seconds = m_time;
    if (m_served > 0) {
        if (m_walkOuts == 0) {
            r.didWell.push_back("game.foodtruck.well.no_walkouts");
        }
        if (m_tips >= m_served * 4) {
            r.didWell.push_back("game.foodtruck.well.fast");
        }
        if (m_burned == 0) {
            r.didWell.push_back("game.foodtruck.well.no_burn");
        }
        if (m_wrong == 0) {
            r.didWell.push_back("game.foodtruck.well.exact");
        }
        if (r.didWell.empty()) {
            r.didWell.push_back("game.foodtruck.well.served");
        }
    }
    return r;
}

//-----------------------------------------------------------------------------
// Levels file
//-----------------------------------------------------------------------------

namespace {
core::Error levelError(const LevelsFile& file, int level, const std::string& what) {
    return core::makeError("A game's levels file has a mistake.",
                           file.path + ": level " + std::to_string(level) + ": " + what, "content.invalid");
}

bool readNumber(const nlohmann::json& obj, const char* key, double lo, double hi, double& out) {
    if (!obj.contains(key) || !obj[key].is_number()) {
        return false;
    }
    out = obj[key].get<double>();
    return out >= lo && out <= hi;
}

bool readInt(const nlohmann::json& obj, const char* key, int lo, int hi, int& out) {
    if (!obj.contains(key) || !obj[key].is_number_integer()) {
        return false;
    }
    out = obj[key].get<int>();
    return out >= lo && out <= hi;
}
} // namespace

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file) {
    const nlohmann::json doc = nlohmann::json::parse(file.text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("levels") || !doc["levels"].is_array() ||
        doc["levels"].size() != 3) {
        return core::makeError("A game's levels file has a mistake.",
                               file.path + ": must be an object with 'levels': an array of 3 levels",
                               "content.invalid");
    }
    std::vector<LevelSpec> levels;
    int n = 0;
    for (const nlohmann::json& l : doc["levels"]) {
        ++n;
        if (!l.is_object()) {
            return levelError(file, n, "must be an object");
        }
        LevelSpec s;
        if (!readInt(l, "grills", 1, kMaxGrills, s.grills)) {
            return levelError(file, n, "'grills' must be 1-4");
        }
        if (!l.contains("mains") || !l["mains"].is_array() || l["mains"].empty()) {
            return levelError(file, n, "'mains' must list burger, taco or salad");
        }
        for (const nlohmann::json& m : l["mains"]) {
            const std::string name = m.is_string() ? m.get<std::string>() : "";
            if (name == "burger") {
                s.mains.push_back(Main::Burger);
            } else if (name == "taco") {
                s.mains.push_back(Main::Taco);
            } else if (name == "salad") {
                s.mains.push_back(Main::Salad);
            } else {
                return levelError(file, n, "'mains' must list burger, taco or salad");
            }
        }
        if (!readInt(l, "toppings", 1, kToppingCount, s.toppings)) {
            return levelError(file, n, "'toppings' must be 1-5");
        }
        if (!readInt(l, "minToppings", 1, s.toppings, s.minToppings) ||
            !readInt(l, "maxToppings", s.minToppings, s.toppings, s.maxToppings) || s.maxToppings > 3) {
            return levelError(file, n, "'minToppings'/'maxToppings' must be 1-3 and at most 'toppings'");
        }
        if (!readInt(l, "customers", 1, 40, s.customers)) {
            return levelError(file, n, "'customers' must be 1-40");
        }
        if (!readNumber(l, "arriveMin", 1, 60, s.arriveMin) ||
            !readNumber(l, "arriveMax", s.arriveMin, 60, s.arriveMax)) {
            return levelError(file, n, "'arriveMin'/'arriveMax' must be 1-60 seconds, min <= max");
        }
        if (!readNumber(l, "patience", 5, 120, s.patience)) {
            return levelError(file, n, "'patience' must be 5-120 seconds");
        }
        if (!readNumber(l, "cook", 1, 30, s.cook)) {
            return levelError(file, n, "'cook' must be 1-30 seconds");
        }
        if (!readNumber(l, "burn", 1, 30, s.burn)) {
            return levelError(file, n, "'burn' must be 1-30 seconds");
        }
        levels.push_back(std::move(s));
    }
    return std::unique_ptr<GameRules>(std::make_unique<FoodtruckRules>(std::move(levels)));
}

} // namespace pathlight::minigames::foodtruck
