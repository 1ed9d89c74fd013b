// PortfolioSync: one signed-in learner and the device's portfolio folder. The app creates one at
// sign-in (when a folder is configured) and drives it with the time: pull on sign-in, a debounced
// push after changes (at most one write every few seconds), and a final push on sign-out.
// Owns the debouncer; the work itself is PortfolioService's. Never throws; never blocks on a lock
// for longer than SyncOptions::lock.waitMs.
#pragma once

#include "portfolio/debouncer.hpp"
#include "portfolio/portfolio_service.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace pathlight::portfolio {

class PortfolioSync {
  public:
    // `folder` is the device's portfolio folder; `options` come from service.syncOptions() when empty.
    PortfolioSync(PortfolioService& service, std::filesystem::path folder, DebounceOptions debounce = {},
                  std::optional<SyncOptions> options = std::nullopt);

    // Sign-in: merges the learner's file (and conflict copies) into the database, then writes the
    // union back and removes the copies it merged. Refuses someone else's file (wrong_learner).
    core::Result<SyncReport> signIn(const std::string& learnerId);
    // The learner changed something (an answer, a journal entry…) at `nowMs` (any steady clock).
    void noteChanged(std::int64_t nowMs);
    // Call every frame or tick: pushes when the debouncer says so. nullopt when nothing was due.
    // A failed push stays pending and is retried after the interval.
    std::optional<core::Result<SyncReport>> pushIfDue(std::int64_t nowMs);
    // Sign-out: pushes now, whether or not anything is pending, and forgets the learner.
    core::Result<SyncReport> signOut(std::int64_t nowMs);

    bool pending() const { return m_debouncer.pending(); }
    const std::string& learnerId() const { return m_learnerId; }
    const SyncFolder& folder() const { return m_folder; }

  private:
    PortfolioService& m_service;
    SyncFolder m_folder;
    Debouncer m_debouncer;
    std::string m_learnerId;
};

} // namespace pathlight::portfolio
