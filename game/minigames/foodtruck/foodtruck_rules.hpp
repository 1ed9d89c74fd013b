// Food truck lunch rush: the rules. Customers come to the window with an order (a main and 1-3
// toppings); the player cooks mains on a grill (each one is ready after a while and burns if left
// too long), builds the order on the plate and serves it before the customer's patience runs out.
// Owns the round's whole state; pure C++ (no ImGui, SDL or store) so tests and bots play it headless.
#pragma once

#include "minigames/framework/game_rules.hpp"
#include "minigames/framework/registry.hpp"
#include "minigames/framework/rng.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace pathlight::minigames::foodtruck {

enum class Main { Burger = 0, Taco, Salad };
inline constexpr int kMainCount = 3;
enum class Topping { Cheese = 0, Tomato, Lettuce, Onion, Pepper };
inline constexpr int kToppingCount = 5;
inline constexpr int kCounterSlots = 4; // customers at the window at once
inline constexpr int kMaxGrills = 4;

// Action codes (Action::code). `a` is what the action aims at.
enum class Code {
    Pick = 1,    // a = Main: a cooked main goes on a free grill, a salad bowl straight onto the plate
    Take = 2,    // a = grill slot: a ready main goes onto the plate; a burned one is scraped into the bin
    Topping = 3, // a = Topping: added to the plate (needs a main on the plate first)
    Trash = 4,   // empties the plate
    Serve = 5,   // a = counter slot: hands the plate to that customer
};

struct LevelSpec {
    int grills = 2;
    std::vector<Main> mains; // which mains are on today's menu
    int toppings = 3;        // the first N toppings are on the menu
    int minToppings = 1;
    int maxToppings = 2;
    int customers = 10;
    double arriveMin = 8; // seconds between arrivals
    double arriveMax = 11;
    double patience = 40; // seconds a customer waits at the window
    double cook = 5;      // seconds until a main is ready
    double burn = 7;      // seconds a ready main can sit before it burns
};

struct Order {
    Main main = Main::Burger;
    std::uint8_t toppings = 0; // bit per Topping
};

struct Customer {
    bool present = false;
    Order order;
    double patience = 0; // seconds left
    double patienceMax = 1;
    std::uint32_t look = 0; // appearance seed for the view
    int number = 0;         // 1-based arrival number
};

enum class GrillState { Empty, Cooking, Ready, Burned };
struct Grill {
    Main main = Main::Burger;
    double time = 0; // seconds on the grill
    bool used = false;
};

struct Plate {
    bool hasMain = false;
    Main main = Main::Burger;
    std::uint8_t toppings = 0;
};

// Things the view animates; kept in a small ring so update() never allocates.
enum class EventKind {
    Served,
    Wrong,
    WalkOut,
    Burned,
    Scraped,
    Arrived,
    NeedMain,
    GrillFull,
    PlateBusy,
    Ready
};
struct Event {
    EventKind kind = EventKind::Served;
    int slot = 0;             // counter or grill slot
    int coins = 0;            // money earned (Served) or lost (Scraped)
    std::uint8_t missing = 0; // Wrong: toppings the customer wanted but the plate lacks
    std::uint8_t extra = 0;   // Wrong: toppings on the plate the customer did not want
    bool wrongMain = false;
    double time = 0;          // game time it happened
    std::uint32_t serial = 0; // increases by one per event
};

class FoodtruckRules final : public GameRules {
  public:
    explicit FoodtruckRules(std::vector<LevelSpec> levels);

    const GameInfo& info() const override { return m_info; }
    void start(std::uint64_t seed, int level) override;
    void update(double dt, std::span<const Action> actions) override;
    bool finished() const override { return m_finished; }
    GameResult result() const override;

    // State the view and bots read.
    const LevelSpec& spec() const { return m_spec; }
    double time() const { return m_time; }
    int coins() const { return m_coins; }
    const std::array<Customer, kCounterSlots>& counter() const { return m_counter; }
    const std::array<Grill, kMaxGrills>& grills() const { return m_grills; }
    GrillState grillState(int slot) const;
    double cookFraction(int slot) const; // 0..1 while cooking, 1 when ready
    double burnFraction(int slot) const; // 0..1 of the safe window used once ready
    const Plate& plate() const { return m_plate; }
    int customersLeft() const { return m_spec.customers - m_arrived; } // still to come
    int served() const { return m_served; }
    int walkOuts() const { return m_walkOuts; }
    int burnedCount() const { return m_burned; }
    double nextArrivalIn() const { return m_nextArrival - m_time; }
    static bool cooks(Main main) { return main != Main::Salad; }
    bool onMenu(Main main) const;
    const std::array<Event, 8>& events() const { return m_events; }
    std::uint32_t eventCount() const { return m_eventSerial; }

  private:
    void apply(const Action& action);
    void push(Event e);
    Order makeOrder();
    int priceFor(const Customer& c) const;

    GameInfo m_info;
    std::vector<LevelSpec> m_levels;
    LevelSpec m_spec;
    int m_level = 1;
    Rng m_rng;
    double m_time = 0;
    double m_nextArrival = 0;
    int m_arrived = 0;
    int m_coins = 0;
    int m_served = 0;
    int m_walkOuts = 0;
    int m_burned = 0;
    int m_wrong = 0;
    int m_tips = 0;
    bool m_finished = false;
    std::array<Customer, kCounterSlots> m_counter{};
    std::array<Grill, kMaxGrills> m_grills{};
    Plate m_plate;
    std::array<Event, 8> m_events{};
    std::uint32_t m_eventSerial = 0;
};

// The most a customer can pay: base price plus the biggest tip.
inline constexpr int kPrice = 10;
inline constexpr int kMaxTip = 5;
inline constexpr int kBurnCost = 3;

core::Result<std::unique_ptr<GameRules>> makeRules(const LevelsFile& file);
std::unique_ptr<Bot> makeBot(BotKind kind, std::uint64_t seed);

} // namespace pathlight::minigames::foodtruck
