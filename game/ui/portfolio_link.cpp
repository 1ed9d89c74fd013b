// See portfolio_link.hpp.
#include "ui/portfolio_link.hpp"

namespace pathlight::ui {

SyncNews PortfolioLink::newsOf(const core::Result<portfolio::SyncReport>& result) {
    SyncNews news;
    if (!result) {
        news.error = result.error();
        return news;
    }
    news.skipped = result->skipped.size();
    news.pulled = result->pulled;
    return news;
}

SyncNews PortfolioLink::signedIn(const store::Learner& learner) {
    m_sync.reset();
    if (m_folder.empty() || learner.guest) {
        return {};
    }
    m_sync = std::make_unique<portfolio::PortfolioSync>(m_service, m_folder);
    SyncNews news = newsOf(m_sync->signIn(learner.id));
    if (news.error) {
        // Keep going without the folder (a pulled stick, someone else's file under this name):
        // the learner's work is safe in the database, and the next sign-in tries again.
        m_sync.reset();
    }
    m_seenChanges = m_db.changeCount(); // what the sign-in merge wrote is not a change to push
    return news;
}

SyncNews PortfolioLink::tick(std::int64_t nowMs) {
    if (!m_sync) {
        return {};
    }
    if (const std::int64_t changes = m_db.changeCount(); changes != m_seenChanges) {
        m_seenChanges = changes;
        m_sync->noteChanged(nowMs);
    }
    const auto pushed = m_sync->pushIfDue(nowMs);
    if (!pushed) {
        return {};
    }
    m_seenChanges = m_db.changeCount();
    return newsOf(*pushed);
}

SyncNews PortfolioLink::signedOut(std::int64_t nowMs) {
    if (!m_sync) {
        return {};
    }
    SyncNews news = newsOf(m_sync->signOut(nowMs));
    m_sync.reset();
    return news;
}

} // namespace pathlight::ui
