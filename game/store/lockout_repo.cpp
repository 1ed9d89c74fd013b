// See lockout_repo.hpp.
#include "store/lockout_repo.hpp"

#include "core/lockout.hpp"
#include "store/statement.hpp"

#include <algorithm>
#include <limits>

namespace pathlight::store {

using detail::Statement;

LockoutState LockoutRepo::get(const std::string& subject) const {
    Statement stmt(m_db.handle(), "SELECT failures, until_ms FROM lockouts WHERE subject = ?");
    stmt.bind(1, subject);
    LockoutState state;
    if (stmt.step()) {
        state.failures = std::max(0, stmt.int32(0));
        state.untilMs = std::max<std::int64_t>(0, stmt.int64(1));
    }
    return state;
}

core::Result<LockoutState> LockoutRepo::recordFailure(const std::string& subject, std::int64_t nowMs) {
    LockoutState state;
    const core::Status written = m_db.transaction([&]() -> core::Status {
        state = get(subject);
        state.failures = std::min(state.failures, std::numeric_limits<int>::max() - 1) + 1;
        const std::int64_t rest = core::lockoutRestMs(state.failures);
        state.untilMs = rest > 0 ? nowMs + rest : 0;
        Statement stmt(m_db.handle(),
                       "INSERT INTO lockouts (subject, failures, until_ms) VALUES (?, ?, ?) "
                       "ON CONFLICT (subject) DO UPDATE SET failures = excluded.failures, until_ms = excluded.until_ms");
        stmt.bind(1, subject).bind(2, state.failures).bind(3, state.untilMs);
        return stmt.run();
    });
    if (!written) {
        return written.error();
    }
    return state;
}

core::Status LockoutRepo::clear(const std::string& subject) {
    Statement stmt(m_db.handle(), "DELETE FROM lockouts WHERE subject = ?");
    stmt.bind(1, subject);
    return stmt.run();
}

} // namespace pathlight::store
