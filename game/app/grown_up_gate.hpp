// The grown-up gate: a device passphrase (or a PIN of at least 6 digits) that a teacher or kiosk
// admin sets the first time anything behind the gate opens. Behind it: this computer's settings,
// resetting a learner's PIN, deleting a learner; later teacher mode and leaving kiosk mode. The
// secret is kept as an Argon2id hash (libsodium crypto_pwhash_str) in the device settings, and wrong
// tries are counted in the store (LockoutRepo, subject "device"), so the wait after five wrong tries
// survives a restart. While open, the gate closes itself after kOpenMs without a use.
#pragma once

#include "app/clock.hpp"
#include "core/result.hpp"

#include <cstdint>
#include <string>

namespace pathlight::store {
class Database;
class LockoutRepo;
} // namespace pathlight::store

namespace pathlight::app {

// The Argon2id cost of the gate's hash (and teachers' later). The default takes about 0.3 s on this
// project's 2-core machine; tests pass the cheapest cost to stay fast.
struct HashCost {
    unsigned long long ops = 3;
    std::size_t memBytes = 64u * 1024u * 1024u;
    static HashCost cheapest(); // for tests only
};

// What one try at a secret did.
struct SecretTry {
    enum class Outcome { Right, Wrong, Resting };
    Outcome outcome = Outcome::Wrong;
    int triesBeforeRest = 0;  // Wrong: wrong tries left before the pad rests
    std::int64_t restMs = 0;  // Resting: how long until the next try is taken
    bool right() const { return outcome == Outcome::Right; }
};

inline constexpr const char* kErrWeakSecret = "app.weak_secret";

class GrownUpGate {
public:
    static constexpr std::int64_t kOpenMs = 10 * 60'000;

    GrownUpGate(store::Database& db, store::LockoutRepo& lockouts, WallClock clock, HashCost cost = {});

    bool isSet() const;
    // The first time: at least 6 digits, or a passphrase of at least 8 characters. Opens the gate.
    // While a secret is set, changing it needs the gate open.
    core::Status setSecret(const std::string& secret);
    SecretTry unlock(const std::string& secret);
    // Resting time left before the next try is taken (0 = none).
    std::int64_t restMs() const;

    bool isOpen() const;
    void touch(); // a grown-up is still using it: the timeout starts again
    void close();

private:
    store::Database& m_db;
    store::LockoutRepo& m_lockouts;
    WallClock m_clock;
    HashCost m_cost;
    std::int64_t m_openUntil = 0;
};

// The rule for a grown-up secret: 6 or more digits, or 8 or more characters.
bool isStrongEnough(const std::string& secret);

} // namespace pathlight::app
