// Appends and reads revisions; keeps the `heads` table (highest HLC per entry) current on append.
// Owns no state. Never rewrites or drops a stored revision: the only deletes are LearnerRepo::remove.
#include "store/revision_repo.hpp"

#include "store/statement.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pathlight::store {

namespace {

using detail::Statement;

constexpr const char* kErrInvalid = "revision.invalid";
constexpr const char* kErrConflict = "revision.conflict";

constexpr const char* kSelectColumns = "r.learner_id, r.entry_id, r.kind, r.hlc, r.deleted, r.body";

// Reads one row selected with kSelectColumns; nullopt for a row whose HLC does not parse.
std::optional<core::Revision> readRow(const Statement& row) {
    auto hlc = core::Hlc::parse(row.text(3));
    if (!hlc) {
        return std::nullopt;
    }
    core::Revision revision;
    revision.learnerId = row.text(0);
    revision.entryId = row.text(1);
    revision.kind = row.text(2);
    revision.hlc = std::move(*hlc);
    revision.deleted = row.int64(4) != 0;
    revision.body = row.text(5);
    return revision;
}

std::vector<core::Revision> readAll(Statement& stmt) {
    std::vector<core::Revision> out;
    while (stmt.step()) {
        if (auto revision = readRow(stmt)) {
            out.push_back(std::move(*revision));
        }
    }
    return out;
}

constexpr const char* kInsertRevision =
    "INSERT INTO revisions (learner_id, entry_id, kind, hlc, deleted, body) VALUES (?, ?, ?, ?, ?, ?)";
// Keeps `heads` on the highest HLC of each entry, whatever order revisions arrive in.
constexpr const char* kUpsertHead =
    "INSERT INTO heads (entry_id, learner_id, kind, hlc, deleted) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (entry_id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted "
    "WHERE excluded.hlc > heads.hlc";

// The strings are bound without a copy: `revision` and `hlc` outlive the statement's step.
Statement& bindRevision(Statement& insert, const core::Revision& revision, const std::string& hlc) {
    return insert.bindUncopied(1, revision.learnerId)
        .bindUncopied(2, revision.entryId)
        .bindUncopied(3, revision.kind)
        .bindUncopied(4, hlc)
        .bind(5, revision.deleted)
        .bindUncopied(6, revision.body);
}

Statement& bindHead(Statement& head, const core::Revision& revision, const std::string& hlc) {
    return head.bind(1, revision.entryId)
        .bind(2, revision.learnerId)
        .bind(3, revision.kind)
        .bind(4, hlc)
        .bind(5, revision.deleted);
}

core::Status invalid(const core::Revision& revision, const std::string& why) {
    return core::makeError("Some saved work is damaged, so it was not added.",
                           "revision of entry '" + revision.entryId + "' at " + revision.hlc.toString() +
                               ": " + why,
                           kErrInvalid);
}

core::Status validate(const core::Revision& revision) {
    if (revision.learnerId.empty() || revision.entryId.empty() || revision.kind.empty()) {
        return invalid(revision, "learner, entry and kind must not be empty");
    }
    if (!core::Hlc::parse(revision.hlc.toString())) {
        return invalid(revision, "malformed HLC");
    }
    const auto body = nlohmann::json::parse(revision.body, nullptr, /*allow_exceptions=*/false);
    if (!body.is_object()) {
        return invalid(revision, "body is not a JSON object");
    }
    return {};
}

core::Status appendOne(sqlite3* db, const core::Revision& revision) {
    if (auto valid = validate(revision); !valid) {
        return valid;
    }
    const std::string hlc = revision.hlc.toString();

    Statement existing(db, "SELECT learner_id, kind, deleted, body FROM revisions "
                           "WHERE learner_id = ? AND entry_id = ? AND hlc = ?");
    existing.bind(1, revision.learnerId).bind(2, revision.entryId).bind(3, hlc);
    if (existing.step()) {
        if (existing.text(0) == revision.learnerId && existing.text(1) == revision.kind &&
            (existing.int64(2) != 0) == revision.deleted && existing.text(3) == revision.body) {
            return {}; // already here: appending is idempotent
        }
        return core::makeError("Saved work for entry " + revision.entryId +
                                   " doesn't match the copy already on this computer, so nothing was added.",
                               "entry '" + revision.entryId + "' at " + hlc +
                                   " is already stored with a different body, kind, learner or deletion",
                               kErrConflict);
    }
    if (!existing.done()) {
        return existing.error("reading revisions");
    }

    // An entry belongs to one learner and has one kind for its whole life.
    Statement owner(db, "SELECT learner_id, kind FROM heads WHERE entry_id = ?");
    owner.bind(1, revision.entryId);
    if (owner.step()) {
        if (owner.text(0) != revision.learnerId || owner.text(1) != revision.kind) {
            return core::makeError(
                "Saved work for entry " + revision.entryId +
                    " doesn't match the copy already on this computer, so nothing was added.",
                "entry '" + revision.entryId + "' belongs to learner '" + owner.text(0) + "' with kind '" +
                    owner.text(1) + "', not '" + revision.learnerId + "'/'" + revision.kind + "'",
                kErrConflict);
        }
    } else if (!owner.done()) {
        return owner.error("reading heads");
    }

    Statement insert(db, kInsertRevision);
    if (auto inserted = bindRevision(insert, revision, hlc).run(); !inserted) {
        return inserted;
    }
    Statement head(db, kUpsertHead);
    return bindHead(head, revision, hlc).run();
}

} // namespace

core::Status RevisionRepo::append(const std::vector<core::Revision>& revisions) {
    core::Status status = m_db.transaction([&]() -> core::Status {
        for (const core::Revision& revision : revisions) {
            if (auto appended = appendOne(m_db.handle(), revision); !appended) {
                return appended;
            }
        }
        return {};
    });
    if (status) {
        for (const core::Revision& revision : revisions) {
            m_db.clock().observe(revision.hlc);
        }
    }
    return status;
}

std::vector<core::Revision> RevisionRepo::all(const std::string& learnerId) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM revisions r WHERE r.learner_id = ? ORDER BY r.entry_id, r.hlc");
    select.bind(1, learnerId);
    return readAll(select);
}

std::optional<core::Revision> RevisionRepo::head(const std::string& learnerId,
                                                 const std::string& entryId) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM heads h JOIN revisions r"
                         " ON r.learner_id = h.learner_id AND r.entry_id = h.entry_id AND r.hlc = h.hlc"
                         " WHERE h.learner_id = ? AND h.entry_id = ?");
    select.bind(1, learnerId).bind(2, entryId);
    if (!select.step()) {
        return std::nullopt;
    }
    return readRow(select);
}

std::vector<core::Revision> RevisionRepo::history(const std::string& learnerId,
                                                  const std::string& entryId) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM revisions r WHERE r.learner_id = ? AND r.entry_id = ? ORDER BY r.hlc");
    select.bind(1, learnerId).bind(2, entryId);
    return readAll(select);
}

std::vector<core::Revision> RevisionRepo::heads(const std::string& learnerId, const std::string& kind) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM heads h JOIN revisions r"
                         " ON r.learner_id = h.learner_id AND r.entry_id = h.entry_id AND r.hlc = h.hlc"
                         " WHERE h.learner_id = ? AND h.kind = ? AND h.deleted = 0 ORDER BY h.hlc");
    select.bind(1, learnerId).bind(2, kind);
    return readAll(select);
}

std::vector<core::Revision> RevisionRepo::headsWithPrefix(const std::string& learnerId,
                                                          const std::string& kind,
                                                          const std::string& prefix) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM heads h JOIN revisions r"
                         " ON r.learner_id = h.learner_id AND r.entry_id = h.entry_id AND r.hlc = h.hlc"
                         " WHERE h.learner_id = ?1 AND h.kind = ?2 AND h.deleted = 0"
                         " AND substr(h.entry_id, 1, length(?3)) = ?3 ORDER BY h.hlc");
    select.bind(1, learnerId).bind(2, kind).bind(3, prefix);
    return readAll(select);
}

std::size_t RevisionRepo::count(const std::string& learnerId) const {
    Statement select(m_db.handle(), "SELECT count(*) FROM revisions WHERE learner_id = ?");
    select.bind(1, learnerId);
    return select.step() ? static_cast<std::size_t>(select.int64(0)) : 0;
}

std::map<std::string, EntryOwner> RevisionRepo::owners(const std::vector<std::string>& entryIds) const {
    std::map<std::string, EntryOwner> found;
    if (entryIds.empty()) {
        return found;
    }
    // One statement over a JSON array of ids: no limit on host parameters, one prepare.
    Statement select(m_db.handle(), "SELECT h.entry_id, h.learner_id, h.kind FROM json_each(?) AS ids "
                                    "JOIN heads h ON h.entry_id = ids.value");
    select.bind(1, nlohmann::json(entryIds).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    while (select.step()) {
        found.emplace(select.text(0), EntryOwner{select.text(1), select.text(2)});
    }
    return found;
}

core::Status RevisionRepo::appendMissing(const std::vector<core::Revision>& revisions, bool ownersChecked) {
    // Checks first, writes last: a refusal never leaves a partial batch. Inside an open transaction
    // no savepoint is taken (it would copy every page it touches to a sub-journal); there a failed
    // write is undone by the caller's rollback.
    auto body = [&]() -> core::Status {
        std::vector<std::string> entryIds;
        entryIds.reserve(ownersChecked ? 0 : revisions.size());
        for (const core::Revision& revision : revisions) {
            if (revision.learnerId.empty() || revision.entryId.empty() || revision.kind.empty() ||
                revision.body.size() < 2 || revision.body.front() != '{' || revision.body.back() != '}') {
                return invalid(revision, "empty learner, entry or kind, or a body that is not a JSON object");
            }
            if (!ownersChecked) {
                entryIds.push_back(revision.entryId);
            }
        }
        const auto owned = ownersChecked ? std::map<std::string, EntryOwner>{} : owners(entryIds);
        for (const core::Revision& revision : revisions) {
            const auto it = owned.find(revision.entryId);
            if (it != owned.end() &&
                (it->second.learnerId != revision.learnerId || it->second.kind != revision.kind)) {
                return core::makeError(
                    "Saved work for entry " + revision.entryId +
                        " doesn't match the copy already on this computer, so nothing was added.",
                    "entry '" + revision.entryId + "' belongs to learner '" + it->second.learnerId +
                        "' with kind '" + it->second.kind + "', not '" + revision.learnerId + "'/'" +
                        revision.kind + "'",
                    kErrConflict);
            }
        }
        // A plain INSERT: a revision that is already stored violates the primary key and fails the batch.
        Statement insert(m_db.handle(), kInsertRevision);
        Statement head(m_db.handle(), kUpsertHead);
        // In (entry, HLC) order only an entry's last revision of the batch can become its head.
        const bool sorted =
            std::is_sorted(revisions.begin(), revisions.end(), [](const auto& a, const auto& b) {
                return a.entryId != b.entryId ? a.entryId < b.entryId : a.hlc < b.hlc;
            });
        for (std::size_t i = 0; i < revisions.size(); ++i) {
            const core::Revision& revision = revisions[i];
            const std::string hlc = revision.hlc.toString();
            insert.reset();
            if (auto inserted = bindRevision(insert, revision, hlc).run(); !inserted) {
                return inserted;
            }
            if (sorted && i + 1 < revisions.size() && revisions[i + 1].entryId == revision.entryId) {
                continue;
            }
            head.reset();
            if (auto updated = bindHead(head, revision, hlc).run(); !updated) {
                return updated;
            }
        }
        return {};
    };
    const bool nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    core::Status status = nested ? body() : m_db.transaction(body);
    if (status) {
        for (const core::Revision& revision : revisions) {
            m_db.clock().observe(revision.hlc);
        }
    }
    return status;
}

} // namespace pathlight::store
