// ER triage rush: the rules. Patients come through the door showing signs you can see (trouble
// breathing, a high fever, a small cut...). The player reads the signs, decides how urgent each
// patient is (red, yellow, green) and sends them to the matching care — trauma room, doctor's room,
// fast track — or to a waiting chair while that care is busy. A wrong choice bounces the patient
// back with the sign that was missed. Pure C++ (no ImGui, SDL or store).
#pragma once

#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::triage {

// What you can see. Severity: red signs need the trauma room, yellow a doctor, green the fast track.
enum class Sign {
    Breathing = 0, // trouble breathing (red)
    Bleeding,      // bleeding a lot (red)
    Sleepy,        // very sleepy, hard to wake (red)
    HighFever,     // thermometer very high (yellow)
    BadPain,       // pain meter at 8 (yellow)
    HurtArm,       // swollen arm, maybe broken (yellow)
    SmallCut,      // small cut (green)
    Cough,         // a cough (green)
    Cast,          // arm already in a cast, here for a check (green)
    LowPain,       // pain meter at 2 (green)
};
inline constexpr int kSignCount = 10;

enum class Urgency { Green = 0, Yellow = 1, Red = 2 };
Urgency severity(Sign sign);

enum class Room { Trauma = 0, Doctor = 1, FastTrack = 2, Waiting = 3 };
inline constexpr int kRoomKinds = 4;
Room roomFor(Urgency urgency); // the care that matches an urgency

inline constexpr int kDoorSlots = 3;
inline constexpr int kMaxChairs = 8;
inline constexpr int kMaxBeds = 3;
inline constexpr int kMaxSigns = 3;

// Action codes (Action::code).
enum class Code {
    Send = 1, // a = patient id, b = Room
};

struct LevelSpec {
    int patients = 14;
    double arriveMin = 6;
    double arriveMax = 9;
    int signsMin = 1;
    int signsMax = 1;
    int trauma = 1; // beds per care
    int doctor = 2;
    int fast = 2;
    int chairs = 6;         // waiting-room chairs
    double ambulance = 0.3; // share of red patients who come by ambulance (EMTs bring them)
    double treatRed = 14;   // seconds of care
    double treatYellow = 10;
    double treatGreen = 6;
};

enum class Where { NotYet, Door, Chair, Bed, Done, Gone };

struct Patient {
    int id = 0;
    std::array<Sign, kMaxSigns> signs{};
    int signCount = 1;
    Urgency urgency = Urgency::Green;
    Where where = Where::NotYet;
    int spot = 0; // door slot, chair, or bed index (with `room`)
    Room room = Room::Waiting;
    double arriveAt = 0; // game time of arrival
    double waited = 0;   // seconds waiting before care
    double careLeft = 0; // seconds of care left while in a bed
    double careTotal = 1;
    int points = 0; // earned when care is done
    bool byAmbulance = false;
    std::uint32_t look = 0;
    Sign worstSign() const;
};

enum class EventKind { Arrived, Started, Treated, Wrong, RoomFull, Overflow, LeftTired };
struct Event {
    EventKind kind = EventKind::Arrived;
    int patient = -1;
    Room room = Room::Waiting;      // where it was sent (Wrong/RoomFull/Started)
    Room rightRoom = Room::Waiting; // Wrong: the care that fits
    Sign sign = Sign::Cough;        // Wrong: the sign that decides
    int points = 0;
    double time = 0;
    std::uint32_t serial = 0;
};

class TriageRules final : public GameRules {
  public:
    explicit TriageRules(std::vector<LevelSpec> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_finished; }
    GameResult result() const override;

    const LevelSpec& spec() const { return m_spec; }
    double time() const { return m_time; }
    const std::vector<Patient>& patients() const { return m_patients; }
    const std::array<int, kDoorSlots>& door() const { return m_door; }
    const std::array<int, kMaxChairs>& chairs() const { return m_chairs; }
    // Patient id in bed `i` of a care room, or -1.
    int bed(Room room, int i) const;
    int beds(Room room) const; // how many beds that care has on this level
    int freeBeds(Room room) const;
    int points() const { return m_points; }
    int maxPoints() const { return m_spec.patients * kPointsPerPatient; }
    int treated() const { return m_treated; }
    int missed() const { return m_missed; }
    int wrongs() const { return m_wrong; }
    int arrived() const { return m_arrived; }
    // How long a patient of this urgency may wait before their care starts to lose points, and
    // before they give up and go to another clinic.
    static double grace(Urgency u);
    static double patienceLimit(Urgency u);
    const std::array<Event, 8>& events() const { return m_events; }
    std::uint32_t eventCount() const { return m_eventSerial; }

    static constexpr int kPointsPerPatient = 10;
    static constexpr int kWrongCost = 3;

  private:
    void apply(const Action& action);
    void arrive(Patient& p);
    void push(Event e);
    void leaveSpot(Patient& p);
    std::array<int, kMaxBeds>& bedsOf(Room room);

    GameInfo m_info;
    std::vector<LevelSpec> m_levels;
    LevelSpec m_spec;
    int m_level = 1;
    Rng m_rng;
    double m_time = 0;
    int m_arrived = 0;
    int m_points = 0;
    int m_treated = 0;
    int m_missed = 0;
    int m_wrong = 0;
    int m_fastRed = 0; // red patients whose care started within their grace time
    int m_reds = 0;
    bool m_finished = false;
    std::vector<Patient> m_patients;
    std::array<int, kDoorSlots> m_door{};
    std::array<int, kMaxChairs> m_chairs{};
    std::array<std::array<int, kMaxBeds>, 3> m_beds{};
    std::array<Event, 8> m_events{};
    std::uint32_t m_eventSerial = 0;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::triage
