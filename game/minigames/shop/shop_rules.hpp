// Shop week: the rules. The player runs a small shop for a busy week (Mon-Sun, a morning and an
// afternoon shift each day). Each shift needs some cashiers, shelf stockers and helpers; workers
// have one or two of those skills, a wage per shift, days off and a most-shifts-per-week limit.
// Each day the player puts workers on the day's two shifts within the week's wage budget and
// presses Run; before a shift starts a surprise may come (someone calls in sick, a delivery comes
// early, a rush of shoppers) and the player re-staffs. Score: shoppers served, shifts where every
// need was met, and money left. Pure C++ (no ImGui, SDL or store).
#pragma once

#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::shop {

enum class Skill { Cash = 0, Stock = 1, Help = 2 };
inline constexpr int kSkillCount = 3;
inline constexpr int kDays = 7;
inline constexpr int kParts = 2; // morning, afternoon
inline constexpr int kMaxWorkers = 8;
inline constexpr int kMaxSlots = 4;
inline constexpr int kShoppersPerNeed = 10; // each unit of need stands for ten shoppers

enum class Code {
    Assign = 1, // a = worker, b = part (0 morning, 1 afternoon) of today
    Remove = 2, // a = worker, b = part
    Run = 3,    // opens the shop (planning) or goes on after a surprise
};

struct WorkerSpec {
    std::uint8_t skills = 0;  // bit per Skill
    int wage = 3;             // coins per shift
    int shifts = 7;           // most shifts this week
    std::uint8_t daysOff = 0; // bit per day (0 = Monday)
    int name = 0;             // index of game.shop.name.<n>
    std::uint32_t look = 0;
};

struct LevelSpec {
    int budget = 100;
    int slots = 3; // workers per shift at most
    int surprises = 2;
    double planSeconds = 30;                           // the shop opens by itself after this
    std::array<std::array<int, kParts>, kDays> week{}; // total need per shift
    std::vector<WorkerSpec> workers;
};

enum class Phase { Plan, Surprise, Running, Done };
enum class SurpriseKind { Sick, Delivery, Rush };

struct Surprise {
    int day = 0;
    int part = 0;
    SurpriseKind kind = SurpriseKind::Rush;
    int worker = -1; // Sick: who
    bool done = false;
};

struct ShiftResult {
    bool ran = false;
    std::array<int, kSkillCount> need{};
    std::array<int, kSkillCount> covered{};
    int shoppers = 0;
    int served = 0;
};

enum class EventKind {
    Assigned,
    Removed,
    NoMoney,
    DayOff,
    NoShiftsLeft,
    Full,
    Sick,
    SurpriseCame,
    ShiftDone,
    Useless
};
struct Event {
    EventKind kind = EventKind::Assigned;
    int worker = -1;
    int part = 0;
    double time = 0;
    std::uint32_t serial = 0;
};

class ShopRules final : public GameRules {
  public:
    explicit ShopRules(std::vector<LevelSpec> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_phase == Phase::Done; }
    GameResult result() const override;

    const LevelSpec& spec() const { return m_spec; }
    const std::vector<WorkerSpec>& workers() const { return m_spec.workers; }
    Phase phase() const { return m_phase; }
    int day() const { return m_day; }
    int part() const { return m_part; }              // the shift running (or about to run)
    double phaseLeft() const { return m_phaseLeft; } // seconds until the phase moves on by itself
    double runFraction() const;                      // 0..1 through the running shift
    double time() const { return m_time; }
    int budgetLeft() const { return m_budget; }
    const std::array<int, kSkillCount>& need(int day, int part) const { return m_need[day][part]; }
    bool assigned(int worker, int day, int part) const;
    int crew(int day, int part) const; // how many workers on that shift
    // What the crew of a shift covers now, skill by skill (the best way to share out their skills).
    std::array<int, kSkillCount> coverage(int day, int part) const;
    int shiftsLeft(int worker) const;
    bool available(int worker, int day) const; // not a day off, not home sick
    bool sick(int worker, int day) const;
    const ShiftResult& shiftResult(int day, int part) const { return m_results[day][part]; }
    const Surprise* currentSurprise() const;
    int served() const { return m_served; }
    int shoppers() const { return m_shoppers; }
    int totalShoppers() const;
    const std::array<Event, 8>& events() const { return m_events; }
    std::uint32_t eventCount() const { return m_eventSerial; }

    static constexpr double kRunSeconds = 4.0;
    static constexpr double kSurpriseSeconds = 20.0;

  private:
    void apply(const Action& action);
    void push(Event e);
    void beginShift();
    void finishShift();
    void startRunningOrSurprise();
    bool canEdit(int part) const;

    GameInfo m_info;
    std::vector<LevelSpec> m_levels;
    LevelSpec m_spec;
    int m_level = 1;
    Rng m_rng;
    Phase m_phase = Phase::Plan;
    int m_day = 0;
    int m_part = 0;
    double m_phaseLeft = 0;
    double m_time = 0;
    int m_budget = 0;
    int m_served = 0;
    int m_shoppers = 0;
    int m_fullShifts = 0;
    int m_sickCovered = 0;
    int m_sickCalls = 0;
    std::array<std::array<std::array<int, kSkillCount>, kParts>, kDays> m_need{};
    std::array<std::array<std::uint8_t, kParts>, kDays> m_crew{}; // bit per worker
    std::array<std::uint8_t, kDays> m_sick{};                     // bit per worker
    std::array<int, kMaxWorkers> m_worked{};
    std::array<std::array<ShiftResult, kParts>, kDays> m_results{};
    std::vector<Surprise> m_surprises;
    int m_surprise = -1; // index into m_surprises while in Phase::Surprise
    std::array<Event, 8> m_events{};
    std::uint32_t m_eventSerial = 0;
};

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::shop
