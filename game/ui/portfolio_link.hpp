// PortfolioLink: the signed-in learner and the device's portfolio folder, for the whole app. At
// sign-in it merges the learner's file from the folder (and the copies sync engines left), then
// it watches the database's change counter and pushes the learner's work back, debounced (at most
// one write every few seconds), and once more at sign-out. Guests are never synced. Owns the
// PortfolioSync of the current learner; the work itself is PortfolioService's. No SQL, no SDL.
#pragma once

#include "core/result.hpp"
#include "portfolio/portfolio_sync.hpp"
#include "store/database.hpp"
#include "store/learner_repo.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>

namespace pathlight::ui {

// What a sync step wants the person in front of the screen to know.
struct SyncNews {
    std::optional<core::Error> error; // the step failed (the kid message is error->message)
    std::size_t skipped = 0;          // files in the folder left alone (damaged, someone else's copy…)
    std::size_t pulled = 0;           // revisions that came in from the folder
};

class PortfolioLink {
public:
    PortfolioLink(portfolio::PortfolioService& service, store::Database& db) : m_service(service), m_db(db) {}

    // The device's portfolio folder ("" = none). Takes effect at the next sign-in.
    void setFolder(std::filesystem::path folder) { m_folder = std::move(folder); }
    const std::filesystem::path& folder() const { return m_folder; }
    bool syncing() const { return m_sync != nullptr; }

    SyncNews signedIn(const store::Learner& learner);
    // Every turn of the app's loop (and every frame): notice changes, push when due.
    SyncNews tick(std::int64_t nowMs);
    SyncNews signedOut(std::int64_t nowMs);

private:
    static SyncNews newsOf(const core::Result<portfolio::SyncReport>& result);

    portfolio::PortfolioService& m_service;
    store::Database& m_db;
    std::filesystem::path m_folder;
    std::unique_ptr<portfolio::PortfolioSync> m_sync;
    std::int64_t m_seenChanges = 0;
};

} // namespace pathlight::ui
