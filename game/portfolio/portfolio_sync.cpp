// The sign-in / after-change / sign-out rhythm of folder sync; see portfolio_sync.hpp.
#include "portfolio/portfolio_sync.hpp"

#include "portfolio/errors.hpp"

namespace pathlight::portfolio {

PortfolioSync::PortfolioSync(PortfolioService& service, std::filesystem::path folder,
                             DebounceOptions debounce, std::optional<SyncOptions> options)
    : m_service(service), m_folder(std::move(folder), options ? std::move(*options) : service.syncOptions()),
      m_debouncer(debounce) {}

core::Result<SyncReport> PortfolioSync::signIn(const std::string& learnerId) {
    m_learnerId = learnerId;
    m_debouncer.reset();
    auto pulled = m_service.pull(learnerId, m_folder);
    if (!pulled) {
        return pulled.error();
    }
    auto pushed = m_service.push(learnerId, m_folder);
    if (!pushed) {
        return pushed.error();
    }
    pushed->pulled += pulled->pulled;
    pushed->skipped.insert(pushed->skipped.begin(), pulled->skipped.begin(), pulled->skipped.end());
    return pushed;
}

void PortfolioSync::noteChanged(std::int64_t nowMs) {
    m_debouncer.noteChanged(nowMs);
}

std::optional<core::Result<SyncReport>> PortfolioSync::pushIfDue(std::int64_t nowMs) {
    if (m_learnerId.empty() || !m_debouncer.due(nowMs)) {
        return std::nullopt;
    }
    auto pushed = m_service.push(m_learnerId, m_folder);
    m_debouncer.markWritten(nowMs, pushed.ok());
    return pushed;
}

core::Result<SyncReport> PortfolioSync::signOut(std::int64_t nowMs) {
    if (m_learnerId.empty()) {
        return makePortfolioError(kErrNoLearner, "signOut() without signIn()");
    }
    m_debouncer.flush();
    auto pushed = m_service.push(m_learnerId, m_folder);
    m_debouncer.markWritten(nowMs, pushed.ok());
    if (pushed) {
        m_learnerId.clear();
    }
    return pushed;
}

} // namespace pathlight::portfolio
