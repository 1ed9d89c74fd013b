// PortfolioLink: the device's class (portfolio) folder and the portable file, for the whole app.
// At sign-in it merges the learner's file from the folder (and the copies sync engines left); then
// it watches the database's change counter and pushes the learner's work back, debounced (at most
// one write every few seconds), and once more at sign-out. Guests are never synced. It also runs
// "Bring my portfolio" (check a file, then bring it in) and "Save my portfolio". The work itself is
// portfolio::PortfolioService's; screens see only the plain results below, never portfolio types.
#pragma once

#include "core/learner.hpp"
#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace pathlight::store {
class Database;
}
namespace pathlight::portfolio {
class PortfolioService;
class PortfolioSync;
} // namespace pathlight::portfolio

namespace pathlight::app {

// What a sync step wants the person in front of the screen to know.
struct SyncNews {
    std::optional<core::Error> error; // the step failed (the kid message is error->message)
    std::size_t skipped = 0;          // files in the folder left alone (damaged, someone else's copy…)
    std::size_t pulled = 0;           // revisions that came in from the folder
};

// Whose file it is, before anything is brought in.
struct FileCheck {
    std::string learnerId;
    std::string nickname;
    bool knownHere = false; // the learner already exists on this device
    bool pinHere = false;   // …and has a PIN here: Session::checkPin first, then bring it in
};

struct BroughtIn {
    std::string learnerId;
    std::string nickname;
    std::size_t added = 0;   // revisions this device did not have
    bool newLearner = false; // the learner was not on this device before
};

class PortfolioLink {
public:
    PortfolioLink(portfolio::PortfolioService& service, store::Database& db);
    ~PortfolioLink();
    PortfolioLink(const PortfolioLink&) = delete;
    PortfolioLink& operator=(const PortfolioLink&) = delete;

    // The device's portfolio folder ("" = none). Takes effect at the next sign-in.
    void setFolder(std::filesystem::path folder) { m_folder = std::move(folder); }
    const std::filesystem::path& folder() const { return m_folder; }
    bool syncing() const { return m_sync != nullptr; }

    SyncNews signedIn(const core::Learner& learner);
    // Every turn of the app's loop (and every frame): notice changes, push when due.
    SyncNews tick(std::int64_t nowMs);
    // Pushes once more and stops syncing (the time is the last tick's).
    SyncNews signedOut();

    // "Bring my portfolio": reads and verifies a file, writing nothing.
    core::Result<FileCheck> check(const std::filesystem::path& file) const;
    // Brings the file in. `pinChecked`: the learner's PIN on this device was just typed right
    // (Session::checkPin); without it a learner with a PIN here is refused.
    core::Result<BroughtIn> bringIn(const std::filesystem::path& file, bool pinChecked);
    // "Save my portfolio": the learner's file in `folder`, merged with what is there. Returns its name.
    core::Result<std::string> saveToFolder(const std::string& learnerId, const std::filesystem::path& folder);

private:
    portfolio::PortfolioService& m_service;
    store::Database& m_db;
    std::filesystem::path m_folder;
    std::unique_ptr<portfolio::PortfolioSync> m_sync;
    std::int64_t m_seenChanges = 0;
    std::int64_t m_lastTickMs = 0; // the loop's clock, as tick() last saw it
};

} // namespace pathlight::app
