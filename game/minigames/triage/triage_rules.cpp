// ER triage rush: rules and levels-file parsing (see triage_rules.hpp).
#include "minigames/triage/triage_rules.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::triage {

namespace {
constexpr double kStarFractions[3] = {0.5, 0.7, 0.85};
constexpr Sign kRedSigns[] = {Sign::Breathing, Sign::Bleeding, Sign::Sleepy};
constexpr Sign kYellowSigns[] = {Sign::HighFever, Sign::BadPain, Sign::HurtArm};
constexpr Sign kGreenSigns[] = {Sign::SmallCut, Sign::Cough, Sign::Cast, Sign::LowPain};

Sign pickSign(Rng& rng, Urgency u) {
    switch (u) {
    case Urgency::Red:
        return kRedSigns[rng.range(0, 2)];
    case Urgency::Yellow:
        return kYellowSigns[rng.range(0, 2)];
    default:
        return kGreenSigns[rng.range(0, 3)];
    }
}
} // namespace

Urgency severity(Sign sign) {
    const int s = static_cast<int>(sign);
    return s <= 2 ? Urgency::Red : (s <= 5 ? Urgency::Yellow : Urgency::Green);
}

Room roomFor(Urgency urgency) {
    switch (urgency) {
    case Urgency::Red:
        return Room::Trauma;
    case Urgency::Yellow:
        return Room::Doctor;
    default:
        return Room::FastTrack;
    }
}

Sign Patient::worstSign() const {
    Sign worst = signs[0];
    for (int i = 1; i < signCount; ++i) {
        if (severity(signs[static_cast<std::size_t>(i)]) > severity(worst)) {
            worst = signs[static_cast<std::size_t>(i)];
        }
    }
    return worst;
}

double TriageRules::grace(Urgency u) {
    return u == Urgency::Red ? 6.0 : (u == Urgency::Yellow ? 14.0 : 25.0);
}

double TriageRules::patienceLimit(Urgency u) {
    return u == Urgency::Red ? 35.0 : (u == Urgency::Yellow ? 60.0 : 90.0);
}

TriageRules::TriageRules(std::vector<LevelSpec> levels) : m_levels(std::move(levels)) {
    m_info.id = "triage";
    m_info.grouping = "caring-communities";
    m_info.clusters = {"healthcare-human-services", "public-service-safety"};
    m_info.riasec = {0.4, 0.6, 0.0, 1.0, 0.1, 0.3}; // R I A S E C
    m_info.careers = {"29-1141.00", "29-2042.00", "29-1215.00"};
    m_info.icon = "heartbeat";
    start(1, 1);
}

void TriageRules::start(std::uint64_t seed, int level) {
    m_level = std::clamp(level, 1, static_cast<int>(m_levels.size()));
    m_spec = m_levels[static_cast<std::size_t>(m_level - 1)];
    m_rng = Rng(seed * 0xD1B54A32D192ED03ull + static_cast<std::uint64_t>(m_level) * 31u);
    m_time = 0;
    m_arrived = 0;
    m_points = 0;
    m_treated = 0;
    m_missed = 0;
    m_wrong = 0;
    m_fastRed = 0;
    m_reds = 0;
    m_finished = false;
    m_door.fill(-1);
    m_chairs.fill(-1);
    for (auto& beds : m_beds) {
        beds.fill(-1);
    }
    m_events = {};
    m_eventSerial = 0;
    // The whole afternoon is drawn up front, so a round replays exactly.
    m_patients.assign(static_cast<std::size_t>(m_spec.patients), Patient{});
    double t = 1.0;
    for (int i = 0; i < m_spec.patients; ++i) {
        Patient& p = m_patients[static_cast<std::size_t>(i)];
        p.id = i;
        const int roll = m_rng.range(0, 99);
        p.urgency = roll < 27 ? Urgency::Red : (roll < 62 ? Urgency::Yellow : Urgency::Green);
        p.signs[0] = pickSign(m_rng, p.urgency);
        p.signCount = m_rng.range(m_spec.signsMin, m_spec.signsMax);
        for (int s = 1; s < p.signCount; ++s) {
            // Extra signs are milder (or as serious), so the job is to spot the one that matters.
            Sign extra = Sign::Cough;
            for (int tries = 0; tries < 20; ++tries) {
                const auto u = static_cast<Urgency>(m_rng.range(0, static_cast<int>(p.urgency)));
                extra = pickSign(m_rng, u);
                bool repeat = false;
                for (int j = 0; j < s; ++j) {
                    repeat = repeat || p.signs[static_cast<std::size_t>(j)] == extra;
                }
                if (!repeat) {
                    break;
                }
            }
            p.signs[static_cast<std::size_t>(s)] = extra;
        }
        // Show the signs in a mixed order (the serious one is not always first).
        const int swapWith = m_rng.range(0, p.signCount - 1);
        std::swap(p.signs[0], p.signs[static_cast<std::size_t>(swapWith)]);
        p.byAmbulance = p.urgency == Urgency::Red && m_rng.chance(m_spec.ambulance);
        p.look = static_cast<std::uint32_t>(m_rng.next() & 0xffffffu);
        p.arriveAt = t;
        t += m_spec.arriveMin + m_rng.unit() * (m_spec.arriveMax - m_spec.arriveMin);
    }
}

int TriageRules::beds(Room room) const {
    switch (room) {
    case Room::Trauma:
        return m_spec.trauma;
    case Room::Doctor:
        return m_spec.doctor;
    case Room::FastTrack:
        return m_spec.fast;
    default:
        return m_spec.chairs;
    }
}

int TriageRules::bed(Room room, int i) const {
    if (room == Room::Waiting || i < 0 || i >= kMaxBeds) {
        return -1;
    }
    return m_beds[static_cast<std::size_t>(room)][static_cast<std::size_t>(i)];
}

int TriageRules::freeBeds(Room room) const {
    int n = 0;
    for (int i = 0; i < beds(room); ++i) {
        if (room == Room::Waiting ? m_chairs[static_cast<std::size_t>(i)] < 0 : bed(room, i) < 0) {
            ++n;
        }
    }
    return n;
}

std::array<int, kMaxBeds>& TriageRules::bedsOf(Room room) {
    return m_beds[static_cast<std::size_t>(room)];
}

void TriageRules::push(Event e) {
    e.time = m_time;
    e.serial = ++m_eventSerial;
    m_events[m_eventSerial % m_events.size()] = e;
}

void TriageRules::leaveSpot(Patient& p) {
    if (p.where == Where::Door) {
        m_door[static_cast<std::size_t>(p.spot)] = -1;
    } else if (p.where == Where::Chair) {
        m_chairs[static_cast<std::size_t>(p.spot)] = -1;
    } else if (p.where == Where::Bed) {
        bedsOf(p.room)[static_cast<std::size_t>(p.spot)] = -1;
    }
}

void TriageRules::arrive(Patient& p) {
    ++m_arrived;
    for (int i = 0; i < kDoorSlots; ++i) {
        if (m_door[static_cast<std::size_t>(i)] < 0) {
            m_door[static_cast<std::size_t>(i)] = p.id;
            p.where = Where::Door;
            p.spot = i;
            push({EventKind::Arrived, p.id});
            return;
        }
    }
    // The door is crowded: they sit down in the waiting room, if a chair is free.
    for (int i = 0; i < m_spec.chairs; ++i) {
        if (m_chairs[static_cast<std::size_t>(i)] < 0) {
            m_chairs[static_cast<std::size_t>(i)] = p.id;
            p.where = Where::Chair;
            p.spot = i;
            push({EventKind::Arrived, p.id});
            return;
        }
    }
    p.where = Where::Gone;
    ++m_missed;
    push({EventKind::Overflow, p.id});
}

void TriageRules::apply(const Action& action) {
    if (static_cast<Code>(action.code) != Code::Send || action.a < 0 || action.a >= m_spec.patients ||
        action.b < 0 || action.b >= kRoomKinds) {
        return;
    }
    Patient& p = m_patients[static_cast<std::size_t>(action.a)];
    const auto room = static_cast<Room>(action.b);
    if (p.where != Where::Door && p.where != Where::Chair) {
        return;
    }
    if (room == Room::Waiting) {
        if (p.where == Where::Chair) {
            return;
        }
        for (int i = 0; i < m_spec.chairs; ++i) {
            if (m_chairs[static_cast<std::size_t>(i)] < 0) {
                leaveSpot(p);
                m_chairs[static_cast<std::size_t>(i)] = p.id;
                p.where = Where::Chair;
                p.spot = i;
                return;
            }
        }
        Event e{EventKind::RoomFull, p.id};
        e.room = room;
        push(e);
        return;
    }
    const Room right = roomFor(p.urgency);
    if (room != right) {
        // Kind and immediate: the patient stays where they were and the missed sign is shown.
        ++m_wrong;
        m_points -= kWrongCost;
        Event e{EventKind::Wrong, p.id};
        e.room = room;
        e.rightRoom = right;
        e.sign = p.worstSign();
        push(e);
        return;
    }
    auto& beds = bedsOf(room);
    for (int i = 0; i < this->beds(room); ++i) {
        if (beds[static_cast<std::size_t>(i)] < 0) {
            leaveSpot(p);
            beds[static_cast<std::size_t>(i)] = p.id;
            p.where = Where::Bed;
            p.room = room;
            p.spot = i;
            p.careTotal = p.urgency == Urgency::Red
                              ? m_spec.treatRed
                              : (p.urgency == Urgency::Yellow ? m_spec.treatYellow : m_spec.treatGreen);
            p.careLeft = p.careTotal;
            const double g = grace(p.urgency);
            const double over = p.waited - g;
            const int lost = over > 0 ? 1 + static_cast<int>(over / (g * 0.6)) : 0;
            p.points = std::max(4, kPointsPerPatient - lost);
            m_points += p.points;
            if (p.urgency == Urgency::Red) {
                ++m_reds;
                m_fastRed += over <= 0 ? 1 : 0;
            }
            Event e{EventKind::Started, p.id};
            e.room = room;
            e.points = p.points;
            push(e);
            return;
        }
    }
    Event e{EventKind::RoomFull, p.id};
    e.room = room;
    push(e);
}

void TriageRules::update(double dt, std::span<const Action> actions) {
    if (m_finished) {
        return;
    }
    for (const Action& a : actions) {
        apply(a);
    }
    m_time += dt;
    bool busy = false;
    for (Patient& p : m_patients) {
        switch (p.where) {
        case Where::NotYet:
            busy = true;
            if (m_time >= p.arriveAt) {
                arrive(p);
            }
            break;
        case Where::Door:
        case Where::Chair:
            busy = true;
            p.waited += dt;
            if (p.waited >= patienceLimit(p.urgency)) {
                leaveSpot(p);
                p.where = Where::Gone;
                ++m_missed;
                push({EventKind::LeftTired, p.id});
            }
            break;
        case Where::Bed:
            busy = true;
            p.careLeft -= dt;
            if (p.careLeft <= 0) {
                leaveSpot(p);
                p.where = Where::Done;
                ++m_treated;
                Event e{EventKind::Treated, p.id};
                e.room = p.room;
                push(e);
            }
            break;
        default:
            break;
        }
    }
    m_finished = !busy;
}

GameResult TriageRules::result() const {
    GameResult r;
    r.level = m_level;
    r.maxScore = maxPoints();
    r.score = std::clamp(m_points, 0, r.maxScore);
    const double frac = r.maxScore > 0 ? static_cast<double>(r.score) / r.maxScore : 0.0;
    for (double f : kStarFractions) {
        r.stars += frac >= f ? 1 : 0;
    }
    r.won = r.stars >= 1;
    r.seconds = m_time;
    if (m_treated > 0) {
        if (m_reds > 0 && m_fastRed == m_reds) {
            r.didWell.push_back("game.triage.well.red_first");
        }
        if (m_wrong == 0) {
            r.didWell.push_back("game.triage.well.no_wrong");
        }
        if (m_missed == 0) {
            r.didWell.push_back("game.triage.well.everyone");
        }
        if (r.didWell.empty()) {
            r.didWell.push_back("game.triage.well.helped");
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
        if (!readInt(l, "patients", 1, 40, s.patients)) {
            return levelError(file, n, "'patients' must be 1-40");
        }
        if (!readNumber(l, "arriveMin", 1, 60, s.arriveMin) ||
            !readNumber(l, "arriveMax", s.arriveMin, 60, s.arriveMax)) {
            return levelError(file, n, "'arriveMin'/'arriveMax' must be 1-60 seconds, min <= max");
        }
        if (!readInt(l, "signsMin", 1, kMaxSigns, s.signsMin) ||
            !readInt(l, "signsMax", s.signsMin, kMaxSigns, s.signsMax)) {
            return levelError(file, n, "'signsMin'/'signsMax' must be 1-3, min <= max");
        }
        if (!readInt(l, "trauma", 1, kMaxBeds, s.trauma)) {
            return levelError(file, n, "'trauma' must be 1-3");
        }
        if (!readInt(l, "doctor", 1, kMaxBeds, s.doctor)) {
            return levelError(file, n, "'doctor' must be 1-3");
        }
        if (!readInt(l, "fast", 1, kMaxBeds, s.fast)) {
            return levelError(file, n, "'fast' must be 1-3");
        }
        if (!readInt(l, "chairs", 1, kMaxChairs, s.chairs)) {
            return levelError(file, n, "'chairs' must be 1-8");
        }
        if (!readNumber(l, "ambulance", 0, 1, s.ambulance)) {
            return levelError(file, n, "'ambulance' must be 0-1");
        }
        if (!readNumber(l, "treatRed", 1, 60, s.treatRed) ||
            !readNumber(l, "treatYellow", 1, 60, s.treatYellow) ||
            !readNumber(l, "treatGreen", 1, 60, s.treatGreen)) {
            return levelError(file, n, "'treatRed'/'treatYellow'/'treatGreen' must be 1-60 seconds");
        }
        levels.push_back(s);
    }
    return std::unique_ptr<GameRules>(std::make_unique<TriageRules>(std::move(levels)));
}

} // namespace pathlight::minigames::triage
