// Wrong-guess counters for every secret someone types on this device: a learner's PIN
// ("learner:<id>"), the grown-up gate ("device"), teacher accounts later. Kept in the database, so a
// lockout survives Back, a new screen and a restart. The rule for how long a pad rests is
// core/lockout.hpp; this repo only counts and remembers. Times are wall-clock ms handed in.
#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <string>

namespace pathlight::store {

struct LockoutState {
    int failures = 0;          // wrong tries in a row
    std::int64_t untilMs = 0;  // no try is taken before this wall-clock time (0 = none)
};

class LockoutRepo {
public:
    explicit LockoutRepo(Database& db) : m_db(db) {}

    LockoutState get(const std::string& subject) const;
    // Counts one more wrong try and starts the rest that core::lockoutRestMs gives for it.
    core::Result<LockoutState> recordFailure(const std::string& subject, std::int64_t nowMs);
    // A right try (or a grown-up's reset): the count starts again.
    core::Status clear(const std::string& subject);

    static std::string learnerSubject(const std::string& learnerId) { return "learner:" + learnerId; }
    static constexpr const char* kDeviceSubject = "device";

private:
    Database& m_db;
};

} // namespace pathlight::store
