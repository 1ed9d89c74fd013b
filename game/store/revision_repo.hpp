// Reads and appends revisions (DESIGN.md §4). Appending is idempotent: a revision already present
// (same entry and HLC, same body) is skipped; one with the same entry and HLC but a different body is
// refused, because that can only come from a corrupt or forged source.
#pragma once

#include "core/result.hpp"
#include "core/revision.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {

class RevisionRepo {
public:
    explicit RevisionRepo(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction if one is open, else in its own.
    core::Status append(const std::vector<core::Revision>& revisions);
    core::Status append(const core::Revision& revision) { return append(std::vector{revision}); }

    // Every revision of a learner, ordered by (entry, hlc).
    std::vector<core::Revision> all(const std::string& learnerId) const;
    // The current (highest-HLC) revision of one entry, tombstones included.
    std::optional<core::Revision> head(const std::string& learnerId, const std::string& entryId) const;
    // Every revision of one entry, oldest first (e.g. to find the last finished round of an entry
    // that was started over since).
    std::vector<core::Revision> history(const std::string& learnerId, const std::string& entryId) const;
    // Current, non-deleted heads of every entry of one kind, ordered by HLC.
    std::vector<core::Revision> heads(const std::string& learnerId, const std::string& kind) const;
    // Like heads(), limited to entries whose id starts with `prefix` (e.g. an attempt's answers,
    // "<attemptId>/").
    std::vector<core::Revision> headsWithPrefix(const std::string& learnerId, const std::string& kind,
                                                const std::string& prefix) const;
    std::size_t count(const std::string& learnerId) const;

private:
    Database& m_db;
};

} // namespace pathlight::store
