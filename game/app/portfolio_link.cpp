// See portfolio_link.hpp.
#include "app/portfolio_link.hpp"

#include "portfolio/portfolio_service.hpp"
#include "portfolio/portfolio_sync.hpp"
#include "store/database.hpp"

namespace pathlight::app {

namespace {
SyncNews newsOf(const core::Result<portfolio::SyncReport>& result) {
    SyncNews news;
    if (!result) {
        news.error = result.error();
        return news;
    }
    news.skipped = result->skipped.size();
    news.pulled = result->pulled;
    return news;
}
} // namespace

PortfolioLink::PortfolioLink(portfolio::PortfolioService& service, store::Database& db)
    : m_service(service), m_db(db) {}

PortfolioLink::~PortfolioLink() = default;

SyncNews PortfolioLink::signedIn(const core::Learner& learner) {
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
    m_lastTickMs = nowMs;
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

SyncNews PortfolioLink::signedOut() {
    if (!m_sync) {
        return {};
    }
    SyncNews news = newsOf(m_sync->signOut(m_lastTickMs));
    m_sync.reset();
    return news;
}

core::Result<FileCheck> PortfolioLink::check(const std::filesystem::path& file) const {
    auto checked = m_service.checkFile(file);
    if (!checked) {
        return checked.error();
    }
    return FileCheck{checked->portfolio.learnerId, checked->summary.nickname, checked->knownHere, checked->pinHere};
}

core::Result<BroughtIn> PortfolioLink::bringIn(const std::filesystem::path& file, bool pinChecked) {
    portfolio::ImportOptions options;
    options.pinChecked = pinChecked;
    auto imported = m_service.importFile(file, options);
    if (!imported) {
        return imported.error();
    }
    return BroughtIn{imported->learnerId, imported->nickname, imported->added, imported->newLearner};
}

core::Result<std::string> PortfolioLink::saveToFolder(const std::string& learnerId,
                                                      const std::filesystem::path& folder) {
    auto saved = m_service.saveToFolder(learnerId, folder);
    if (!saved) {
        return saved.error();
    }
    return saved->file.filename().string();
}

} // namespace pathlight::app
