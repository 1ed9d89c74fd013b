// Appends and reads revisions; keeps the `heads` table (highest HLC per entry) current on append.
// Owns no state. Never rewrites or drops a stored revision: the only deletes are LearnerRepo::remove.
#include "store/revision_repo.hpp"

#include "store/statement.hpp"

#include <nlohmann/json.hpp>

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

    Statement existing(
        db, "SELECT learner_id, kind, deleted, body FROM revisions WHERE entry_id = ? AND hlc = ?");
    existing.bind(1, revision.entryId).bind(2, hlc);
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

    Statement insert(db, "INSERT INTO revisions (learner_id, entry_id, kind, hlc, deleted, body) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, revision.learnerId)
        .bind(2, revision.entryId)
        .bind(3, revision.kind)
        .bind(4, hlc)
        .bind(5, revision.deleted)
        .bind(6, revision.body);
    if (auto inserted = insert.run(); !inserted) {
        return inserted;
    }

    Statement head(db, "INSERT INTO heads (entry_id, learner_id, kind, hlc, deleted) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (entry_id) DO UPDATE SET hlc = excluded.hlc, deleted = excluded.deleted "
                       "WHERE excluded.hlc > heads.hlc");
    head.bind(1, revision.entryId)
        .bind(2, revision.learnerId)
        .bind(3, revision.kind)
        .bind(4, hlc)
        .bind(5, revision.deleted);
    return head.run();
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
                         " FROM heads h JOIN revisions r ON r.entry_id = h.entry_id AND r.hlc = h.hlc"
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
                         " FROM heads h JOIN revisions r ON r.entry_id = h.entry_id AND r.hlc = h.hlc"
                         " WHERE h.learner_id = ? AND h.kind = ? AND h.deleted = 0 ORDER BY h.hlc");
    select.bind(1, learnerId).bind(2, kind);
    return readAll(select);
}

std::vector<core::Revision> RevisionRepo::headsWithPrefix(const std::string& learnerId,
                                                          const std::string& kind,
                                                          const std::string& prefix) const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kSelectColumns +
                         " FROM heads h JOIN revisions r ON r.entry_id = h.entry_id AND r.hlc = h.hlc"
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

} // namespace pathlight::store
