// See grown_up_gate.hpp.
#include "app/grown_up_gate.hpp"

#include "core/lockout.hpp"
#include "store/database.hpp"
#include "store/lockout_repo.hpp"

#include <sodium.h>

#include <algorithm>
#include <chrono>

namespace pathlight::app {

namespace {
constexpr const char* kSecretKey = "grownup_secret";
} // namespace

WallClock systemClock() {
    return [] {
        return static_cast<std::int64_t>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count());
    };
}

HashCost HashCost::cheapest() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool isStrongEnough(const std::string& secret) {
    const bool digits = !secret.empty() && secret.find_first_not_of("0123456789") == std::string::npos;
    return digits ? secret.size() >= 6 : secret.size() >= 8;
}

GrownUpGate::GrownUpGate(store::Database& db, store::LockoutRepo& lockouts, WallClock clock, HashCost cost)
    : m_db(db), m_lockouts(lockouts), m_clock(std::move(clock)), m_cost(cost) {}

bool GrownUpGate::isSet() const {
    return !m_db.setting(kSecretKey).empty();
}

core::Status GrownUpGate::setSecret(const std::string& secret) {
    if (isSet() && !isOpen()) {
        return core::makeError("A grown-up needs to unlock this first.", "changing the gate's secret",
                               "app.grown_up_needed");
    }
    if (!isStrongEnough(secret)) {
        return core::makeError("Use at least 6 numbers, or a passphrase of at least 8 letters.",
                               "the secret is too short", kErrWeakSecret);
    }
    if (sodium_init() < 0) {
        return core::makeError("Pathlight couldn't save this. Try again.", "sodium_init failed", "app.crypto");
    }
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.data(), secret.size(), m_cost.ops, m_cost.memBytes) != 0) {
        return core::makeError("Pathlight couldn't save this. Try again.", "crypto_pwhash_str failed (memory?)",
                               "app.crypto");
    }
    const core::Status saved = m_db.setSetting(kSecretKey, hash);
    sodium_memzero(hash, sizeof hash);
    if (saved) {
        (void)m_lockouts.clear(store::LockoutRepo::kDeviceSubject);
        m_openUntil = m_clock() + kOpenMs;
    }
    return saved;
}

std::int64_t GrownUpGate::restMs() const {
    const store::LockoutState state = m_lockouts.get(store::LockoutRepo::kDeviceSubject);
    return std::max<std::int64_t>(0, state.untilMs - m_clock());
}

SecretTry GrownUpGate::unlock(const std::string& secret) {
    SecretTry result;
    if (const std::int64_t rest = restMs(); rest > 0) {
        result.outcome = SecretTry::Outcome::Resting;
        result.restMs = rest;
        return result;
    }
    const std::string hash = m_db.setting(kSecretKey);
    const bool right = !hash.empty() && sodium_init() >= 0 &&
                       crypto_pwhash_str_verify(hash.c_str(), secret.data(), secret.size()) == 0;
    if (right) {
        (void)m_lockouts.clear(store::LockoutRepo::kDeviceSubject);
        m_openUntil = m_clock() + kOpenMs;
        result.outcome = SecretTry::Outcome::Right;
        return result;
    }
    const auto state = m_lockouts.recordFailure(store::LockoutRepo::kDeviceSubject, m_clock());
    const int failures = state ? state->failures : core::kFreeTries;
    if (state && state->untilMs > m_clock()) {
        result.outcome = SecretTry::Outcome::Resting;
        result.restMs = state->untilMs - m_clock();
    } else {
        result.triesBeforeRest = std::max(0, core::kFreeTries - failures);
    }
    return result;
}

bool GrownUpGate::isOpen() const {
    return m_openUntil > 0 && m_clock() < m_openUntil;
}

void GrownUpGate::touch() {
    if (isOpen()) {
        m_openUntil = m_clock() + kOpenMs;
    }
}

void GrownUpGate::close() {
    m_openUntil = 0;
}

} // namespace pathlight::app
