// Reads and appends revisions (DESIGN.md §4). Appending is idempotent: a revision already present
// (same entry and HLC, same body) is skipped; one with the same entry and HLC but a different body is
// refused, because that can only come from a corrupt or forged source.
#pragma once

#include "core/result.hpp"
#include "core/revision.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {

// Who an entry belongs to on this device (an entry has one learner and one kind for life).
struct EntryOwner {
    std::string learnerId;
    std::string kind;
};

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
    // The owners of those of `entryIds` that are stored here (one query however many ids).
    std::map<std::string, EntryOwner> owners(const std::vector<std::string>& entryIds) const;
    // Bulk path for revisions known to be absent (e.g. portfolio::missingFrom after a merge check),
    // with bodies already checked to be JSON objects (the portfolio decoder does). Statements are
    // prepared once, so importing a class's portfolios takes seconds, not minutes. Still refuses,
    // changing nothing, an entry owned by another learner or kind, a revision already stored, and
    // empty ids. Inside the caller's transaction if one is open (without a savepoint: if a write fails
    // there, the caller must roll back, as Database::transaction does on error), else in its own.
    // The clock observes every HLC.
    // `ownersChecked`: the caller already made sure, in the open transaction, that no entry belongs to
    // another learner or kind (owners()), so the check is not repeated.
    core::Status appendMissing(const std::vector<core::Revision>& revisions, bool ownersChecked = false);

private:
    Database& m_db;
};

} // namespace pathlight::store
