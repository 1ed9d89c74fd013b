// Shop week: rules and levels-file parsing (see shop_rules.hpp).
#include "minigames/shop/shop_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::shop {

namespace {
constexpr double kStarFractions[3] = {0.55, 0.68, 0.78};
constexpr int kNameCount = 12;

bool has(std::uint8_t bits, int i) {
    return (bits >> i) & 1u;
}

// Best share-out of the crew's skills: each worker covers one need they have the skill for.
void bestCover(const std::vector<WorkerSpec>& workers, const int* crew, int count, int at,
               std::array<int, kSkillCount>& left, int coveredSoFar, int& best,
               std::array<int, kSkillCount>& bestLeft) {
    if (at == count) {
        if (coveredSoFar > best) {
            best = coveredSoFar;
            bestLeft = left;
        }
        return;
    }
    const std::uint8_t skills = workers[static_cast<std::size_t>(crew[at])].skills;
    bool used = false;
    for (int s = 0; s < kSkillCount; ++s) {
        if (has(skills, s) && left[static_cast<std::size_t>(s)] > 0) {
            used = true;
            --left[static_cast<std::size_t>(s)];
            bestCover(workers, crew, count, at + 1, left, coveredSoFar + 1, best, bestLeft);
            ++left[static_cast<std::size_t>(s)];
        }
    }
    if (!used) {
        bestCover(workers, crew, count, at + 1, left, coveredSoFar, best, bestLeft);
    }
}
} // namespace

ShopRules::ShopRules(std::vector<LevelSpec> levels) : m_levels(std::move(levels)) {
    m_info.id = "shop";
    m_info.grouping = "cross-cutting";
    m_info.clusters = {"management-entrepreneurship"};
    m_info.riasec = {0.0, 0.2, 0.0, 0.5, 1.0, 0.7}; // R I A S E C
    m_info.careers = {"41-1011.00", "11-1021.00", "11-9051.00"};
    m_info.icon = "shopping-basket";
    start(1, 1);
}

void ShopRules::start(std::uint64_t seed, int level) {
    m_level = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_spec = m_levels[static_cast<std::size_t>(m_level - 1)];
    m_rng = Rng(seed * 0xA24BAED4963EE407ull + static_cast<std::uint64_t>(m_level) * 977u);
    m_phase = Phase::Plan;
    m_day = 0;
    m_part = 0;
    m_phaseLeft = m_spec.planSeconds;
    m_time = 0;
    m_budget = m_spec.budget;
    m_served = 0;
    m_shoppers = 0;
    m_fullShifts = 0;
    m_sickCovered = 0;
    m_sickCalls = 0;
    m_need = {};
    m_crew = {};
    m_sick = {};
    m_worked = {};
    m_results = {};
    m_surprise = -1;
    m_events = {};
    m_eventSerial = 0;
    // Names: a different team each round, drawn from the list.
    std::array<int, kNameCount> names{};
    for (int i = 0; i < kNameCount; ++i) {
        names[static_cast<std::size_t>(i)] = i;
    }
    for (int i = kNameCount - 1; i > 0; --i) {
        std::swap(names[static_cast<std::size_t>(i)], names[static_cast<std::size_t>(m_rng.range(0, i))]);
    }
    for (std::size_t w = 0; w < m_spec.workers.size(); ++w) {
        m_spec.workers[w].name = names[w];
        m_spec.workers[w].look = static_cast<std::uint32_t>(names[w] * 7 + 3);
    }
    // What each shift needs: mornings start with stocking, afternoons with the till.
    for (int d = 0; d < kDays; ++d) {
        for (int p = 0; p < kParts; ++p) {
            auto& need = m_need[static_cast<std::size_t>(d)][static_cast<std::size_t>(p)];
            const int total = m_spec.week[static_cast<std::size_t>(d)][static_cast<std::size_t>(p)];
            for (int u = 0; u < total; ++u) {
                int s = p == 0 ? static_cast<int>(Skill::Stock) : static_cast<int>(Skill::Cash);
                if (u > 0) {
                    const int roll = m_rng.range(0, 99);
                    s = roll < 48
                            ? static_cast<int>(Skill::Cash)
                            : (roll < 80 ? static_cast<int>(Skill::Help) : static_cast<int>(Skill::Stock));
                }
                while (need[static_cast<std::size_t>(s)] >= 3) {
                    s = (s + 1) % kSkillCount;
                }
                ++need[static_cast<std::size_t>(s)];
            }
        }
    }
    // Surprises on distinct shifts (never the very first one); the week's first is always a sick call.
    m_surprises.clear();
    std::uint16_t taken = 1;
    for (int i = 0; i < m_spec.surprises; ++i) {
        int slot = 0;
        do {
            slot = m_rng.range(1, kDays * kParts - 1);
        } while ((taken >> slot) & 1u);
        taken = static_cast<std::uint16_t>(taken | (1u << slot));
        Surprise s;
        s.day = slot / kParts;
        s.part = slot % kParts;
        const int roll = m_rng.range(0, 99);
        s.kind = roll < 45 ? SurpriseKind::Sick : (roll < 72 ? SurpriseKind::Delivery : SurpriseKind::Rush);
        m_surprises.push_back(s);
    }
    std::sort(m_surprises.begin(), m_surprises.end(), [](const Surprise& a, const Surprise& b) {
        return a.day * kParts + a.part < b.day * kParts + b.part;
    });
    if (!m_surprises.empty()) {
        m_surprises.front().kind = SurpriseKind::Sick;
    }
}

bool ShopRules::assigned(int worker, int day, int part) const {
    if (worker < 0 || worker >= static_cast<int>(m_spec.workers.size()) || day < 0 || day >= kDays ||
        part < 0 || part >= kParts) {
        return false;
    }
    return has(m_crew[static_cast<std::size_t>(day)][static_cast<std::size_t>(part)], worker);
}

int ShopRules::crew(int day, int part) const {
    int n = 0;
    for (int w = 0; w < static_cast<int>(m_spec.workers.size()); ++w) {
        n += assigned(w, day, part) ? 1 : 0;
    }
    return n;
}

std::array<int, kSkillCount> ShopRules::coverage(int day, int part) const {
    int crewIds[kMaxWorkers];
    int count = 0;
    for (int w = 0; w < static_cast<int>(m_spec.workers.size()); ++w) {
        if (assigned(w, day, part)) {
            crewIds[count++] = w;
        }
    }
    std::array<int, kSkillCount> left = need(day, part);
    std::array<int, kSkillCount> bestLeft = left;
    int best = -1;
    bestCover(m_spec.workers, crewIds, count, 0, left, 0, best, bestLeft);
    std::array<int, kSkillCount> covered{};
    for (int s = 0; s < kSkillCount; ++s) {
        covered[static_cast<std::size_t>(s)] =
            need(day, part)[static_cast<std::size_t>(s)] - bestLeft[static_cast<std::size_t>(s)];
    }
    return covered;
}

int ShopRules::shiftsLeft(int worker) const {
    return m_spec.workers[static_cast<std::size_t>(worker)].shifts -
           m_worked[static_cast<std::size_t>(worker)];
}

bool ShopRules::sick(int worker, int day) const {
    return has(m_sick[static_cast<std::size_t>(day)], worker);
}

bool ShopRules::available(int worker, int day) const {
    return !has(m_spec.workers[static_cast<std::size_t>(worker)].daysOff, day) && !sick(worker, day);
}

double ShopRules::runFraction() const {
    return m_phase == Phase::Running ? std::clamp(1.0 - m_phaseLeft / kRunSeconds, 0.0, 1.0) : 0.0;
}

const Surprise* ShopRules::currentSurprise() const {
    return m_phase == Phase::Surprise && m_surprise >= 0 ? &m_surprises[static_cast<std::size_t>(m_surprise)]
                                                         : nullptr;
}

int ShopRules::totalShoppers() const {
    int total = 0;
    for (const auto& day : m_need) {
        for (const auto& shift : day) {
            for (int n : shift) {
                total += n * kShoppersPerNeed;
            }
        }
    }
    return total;
}

void ShopRules::push(Event e) {
    e.time = m_time;
    e.serial = ++m_eventSerial;
    m_events[m_eventSerial % m_events.size()] = e;
}

bool ShopRules::canEdit(int part) const {
    switch (m_phase) {
    case Phase::Plan:
        return true;
    case Phase::Surprise:
        return part >= m_part;
    case Phase::Running:
        return part > m_part;
    default:
        return false;
    }
}

void ShopRules::apply(const Action& action) {
    const auto code = static_cast<Code>(action.code);
    if (code == Code::Run) {
        if (m_phase == Phase::Plan) {
            m_part = 0;
            startRunningOrSurprise();
        } else if (m_phase == Phase::Surprise) {
            beginShift();
        }
        return;
    }
    const int w = action.a;
    const int p = action.b;
    if ((code != Code::Assign && code != Code::Remove) || w < 0 ||
        w >= static_cast<int>(m_spec.workers.size()) || p < 0 || p >= kParts || !canEdit(p)) {
        return;
    }
    auto& crew = m_crew[static_cast<std::size_t>(m_day)][static_cast<std::size_t>(p)];
    const WorkerSpec& worker = m_spec.workers[static_cast<std::size_t>(w)];
    if (code == Code::Remove) {
        if (has(crew, w)) {
            crew = static_cast<std::uint8_t>(crew & ~(1u << w));
            m_budget += worker.wage;
            --m_worked[static_cast<std::size_t>(w)];
            push({EventKind::Removed, w, p});
        }
        return;
    }
    if (has(crew, w)) {
        return;
    }
    EventKind refusal = EventKind::Assigned;
    if (!available(w, m_day)) {
        refusal = EventKind::DayOff;
    } else if (shiftsLeft(w) <= 0) {
        refusal = EventKind::NoShiftsLeft;
    } else if (this->crew(m_day, p) >= m_spec.slots) {
        refusal = EventKind::Full;
    } else if (m_budget < worker.wage) {
        refusal = EventKind::NoMoney;
    }
    if (refusal != EventKind::Assigned) {
        push({refusal, w, p});
        return;
    }
    const auto before = coverage(m_day, p);
    crew = static_cast<std::uint8_t>(crew | (1u << w));
    m_budget -= worker.wage;
    ++m_worked[static_cast<std::size_t>(w)];
    const auto after = coverage(m_day, p);
    // Tell the player straight away when the new worker adds nothing this shift needs.
    const bool helps = after != before;
    push({helps ? EventKind::Assigned : EventKind::Useless, w, p});
}

void ShopRules::startRunningOrSurprise() {
    for (std::size_t i = 0; i < m_surprises.size(); ++i) {
        Surprise& s = m_surprises[i];
        if (s.done || s.day != m_day || s.part != m_part) {
            continue;
        }
        s.done = true;
        auto& need = m_need[static_cast<std::size_t>(m_day)][static_cast<std::size_t>(m_part)];
        if (s.kind == SurpriseKind::Sick) {
            int crewIds[kMaxWorkers];
            int count = 0;
            for (int w = 0; w < static_cast<int>(m_spec.workers.size()); ++w) {
                if (assigned(w, m_day, m_part)) {
                    crewIds[count++] = w;
                }
            }
            if (count == 0) {
                s.kind = SurpriseKind::Rush;
            } else {
                s.worker = crewIds[m_rng.range(0, count - 1)];
                m_sick[static_cast<std::size_t>(m_day)] =
                    static_cast<std::uint8_t>(m_sick[static_cast<std::size_t>(m_day)] | (1u << s.worker));
                for (int p = m_part; p < kParts; ++p) {
                    auto& crew = m_crew[static_cast<std::size_t>(m_day)][static_cast<std::size_t>(p)];
                    if (has(crew, s.worker)) {
                        crew = static_cast<std::uint8_t>(crew & ~(1u << s.worker));
                        m_budget += m_spec.workers[static_cast<std::size_t>(s.worker)].wage;
                        --m_worked[static_cast<std::size_t>(s.worker)];
                    }
                }
                ++m_sickCalls;
            }
        }
        if (s.kind == SurpriseKind::Delivery) {
            need[static_cast<std::size_t>(Skill::Stock)] =
                std::min(3, need[static_cast<std::size_t>(Skill::Stock)] + 1);
        } else if (s.kind == SurpriseKind::Rush) {
            need[static_cast<std::size_t>(Skill::Cash)] =
                std::min(3, need[static_cast<std::size_t>(Skill::Cash)] + 1);
        }
        m_surprise = static_cast<int>(i);
        m_phase = Phase::Surprise;
        m_phaseLeft = kSurpriseSeconds;
        push({EventKind::SurpriseCame, s.worker, m_part});
        return;
    }
    beginShift();
}

void ShopRules::beginShift() {
    m_phase = Phase::Running;
    m_phaseLeft = kRunSeconds;
}

void ShopRules::finishShift() {
    ShiftResult& r = m_results[static_cast<std::size_t>(m_day)][static_cast<std::size_t>(m_part)];
    r.ran = true;
    r.need = need(m_day, m_part);
    r.covered = coverage(m_day, m_part);
    int needTotal = 0;
    int coveredTotal = 0;
    for (int s = 0; s < kSkillCount; ++s) {
        needTotal += r.need[static_cast<std::size_t>(s)];
        coveredTotal += r.covered[static_cast<std::size_t>(s)];
    }
    r.shoppers = needTotal * kShoppersPerNeed;
    r.served = coveredTotal * kShoppersPerNeed;
    m_shoppers += r.shoppers;
    m_served += r.served;
    const bool full = coveredTotal == needTotal;
    m_fullShifts += full ? 1 : 0;
    if (m_surprise >= 0) {
        const Surprise& s = m_surprises[static_cast<std::size_t>(m_surprise)];
        if (s.kind == SurpriseKind::Sick && s.day == m_day && s.part == m_part && full) {
            ++m_sickCovered;
        }
        m_surprise = -1;
    }
    push({EventKind::ShiftDone, -1, m_part});
    if (m_part == 0) {
        m_part = 1;
        startRunningOrSurprise();
    } else if (m_day == kDays - 1) {
        m_phase = Phase::Done;
    } else {
        ++m_day;
        m_part = 0;
        m_phase = Phase::Plan;
        m_phaseLeft = m_spec.planSeconds;
    }
}

void ShopRules::update(double dt, std::span<const Action> actions) {
    if (m_phase == Phase::Done) {
        return;
    }
    for (const Action& a : actions) {
        apply(a);
    }
    m_time += dt;
    m_phaseLeft -= dt;
    if (m_phaseLeft > 0) {
        return;
    }
    switch (m_phase) {
    case Phase::Plan:
        m_part = 0;
        startRunningOrSurprise();
        break;
    case Phase::Surprise:
        beginShift();
        break;
    case Phase::Running:
        finishShift();
        break;
    default:
        break;
    }
}

GameResult ShopRules::result() const {
    GameResult r;
    r.level = m_level;
    r.maxScore = 1000;
    const int total = totalShoppers();
    const double served = total > 0 ? static_cast<double>(m_served) / total : 0.0;
    const double full = static_cast<double>(m_fullShifts) / (kDays * kParts);
    const double money = m_spec.budget > 0 ? static_cast<double>(m_budget) / m_spec.budget : 0.0;
    r.score =
        std::clamp(static_cast<int>(std::lround(600 * served + 200 * full + 200 * money)), 0, r.maxScore);
    const double frac = static_cast<double>(r.score) / r.maxScore;
    for (double f : kStarFractions) {
        r.stars += frac >= f ? 1 : 0;
    }
    r.won = r.stars >= 1;
    r.seconds = m_time;
    if (m_served > 0) {
        if (m_sickCalls > 0 && m_sickCovered == m_sickCalls) {
            r.didWell.push_back("game.shop.well.covered_sick");
        }
        if (m_fullShifts >= kDays * kParts - 1) {
            r.didWell.push_back("game.shop.well.every_need");
        }
        if (money >= 0.15) {
            r.didWell.push_back("game.shop.well.budget");
        }
        if (r.didWell.empty()) {
            r.didWell.push_back("game.shop.well.opened");
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
        if (!readInt(l, "budget", 1, 1000, s.budget)) {
            return levelError(file, n, "'budget' must be 1-1000");
        }
        if (!readInt(l, "slots", 1, kMaxSlots, s.slots)) {
            return levelError(file, n, "'slots' must be 1-4");
        }
        if (!readInt(l, "surprises", 0, 6, s.surprises)) {
            return levelError(file, n, "'surprises' must be 0-6");
        }
        if (!l.contains("planSeconds") || !l["planSeconds"].is_number() ||
            l["planSeconds"].get<double>() < 5 || l["planSeconds"].get<double>() > 60) {
            return levelError(file, n, "'planSeconds' must be 5-60");
        }
        s.planSeconds = l["planSeconds"].get<double>();
        if (!l.contains("week") || !l["week"].is_array() || l["week"].size() != kDays) {
            return levelError(file, n, "'week' must list 7 days of [morning, afternoon] needs");
        }
        for (int d = 0; d < kDays; ++d) {
            const nlohmann::json& day = l["week"][static_cast<std::size_t>(d)];
            if (!day.is_array() || day.size() != kParts || !day[0].is_number_integer() ||
                !day[1].is_number_integer()) {
                return levelError(file, n,
                                  "'week' day " + std::to_string(d + 1) + " must be [morning, afternoon]");
            }
            for (int p = 0; p < kParts; ++p) {
                const int need = day[static_cast<std::size_t>(p)].get<int>();
                if (need < 1 || need > s.slots) {
                    return levelError(file, n,
                                      "'week' day " + std::to_string(d + 1) + " needs must be 1 to 'slots'");
                }
                s.week[static_cast<std::size_t>(d)][static_cast<std::size_t>(p)] = need;
            }
        }
        if (!l.contains("workers") || !l["workers"].is_array() || l["workers"].size() < 2 ||
            l["workers"].size() > kMaxWorkers) {
            return levelError(file, n, "'workers' must list 2-8 workers");
        }
        int wn = 0;
        for (const nlohmann::json& wj : l["workers"]) {
            ++wn;
            const std::string where = "'workers' " + std::to_string(wn) + ": ";
            WorkerSpec w;
            if (!wj.is_object() || !wj.contains("skills") || !wj["skills"].is_array() ||
                wj["skills"].empty()) {
                return levelError(file, n, where + "'skills' must list cash, stock or help");
            }
            for (const nlohmann::json& sk : wj["skills"]) {
                const std::string name = sk.is_string() ? sk.get<std::string>() : "";
                const int bit = name == "cash" ? 0 : (name == "stock" ? 1 : (name == "help" ? 2 : -1));
                if (bit < 0) {
                    return levelError(file, n, where + "'skills' must list cash, stock or help");
                }
                w.skills = static_cast<std::uint8_t>(w.skills | (1u << bit));
            }
            if (!readInt(wj, "wage", 1, 50, w.wage)) {
                return levelError(file, n, where + "'wage' must be 1-50");
            }
            if (!readInt(wj, "shifts", 1, kDays * kParts, w.shifts)) {
                return levelError(file, n, where + "'shifts' must be 1-14");
            }
            if (wj.contains("off")) {
                if (!wj["off"].is_array()) {
                    return levelError(file, n, where + "'off' must list days 1-7");
                }
                for (const nlohmann::json& d : wj["off"]) {
                    if (!d.is_number_integer() || d.get<int>() < 1 || d.get<int>() > kDays) {
                        return levelError(file, n, where + "'off' must list days 1-7");
                    }
                    w.daysOff = static_cast<std::uint8_t>(w.daysOff | (1u << (d.get<int>() - 1)));
                }
            }
            s.workers.push_back(w);
        }
        levels.push_back(std::move(s));
    }
    return std::unique_ptr<GameRules>(std::make_unique<ShopRules>(std::move(levels)));
}

} // namespace pathlight::minigames::shop
