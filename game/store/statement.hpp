// Statement: a small RAII wrapper over one prepared sqlite3 statement, plus the one place that turns
// SQLite result codes into core::Error values with plain messages (db.io, db.corrupt, …).
// Internal to store/: nothing outside game/store/ includes this file or sees SQLite.
#pragma once

#include "core/result.hpp"

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace pathlight::store::detail {

// The plain-words errors of the store, shared so every path says the same thing.
core::Error unwritableError(const std::string& folder, std::string detail);
core::Error corruptError(std::string detail);
core::Error ioError(std::string detail);

// Maps a SQLite result code to an error a person can act on. `what` names the action for the log.
core::Error sqliteError(sqlite3* db, int rc, std::string_view what);

// Runs one or more statements that return no rows (schema scripts, PRAGMA writes, BEGIN/COMMIT).
core::Status exec(sqlite3* db, const std::string& sql);

class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // False when preparing failed (error() says why); every other call is then a no-op.
    bool valid() const { return m_stmt != nullptr; }
    int prepareCode() const { return m_prepareRc; }

    // Binding is 1-based, like SQLite. Strings are copied (SQLITE_TRANSIENT).
    Statement& bind(int index, std::string_view text);
    // Like bind(), without a copy: `text` must stay alive and unchanged until the next reset() or
    // bind of this parameter (bulk inserts of revisions that outlive the step).
    Statement& bindUncopied(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bindNull(int index);

    // One step: true while a row is available. After false, check done()/error().
    bool step();
    // Steps to completion, for statements that return no rows.
    core::Status run();
    bool done() const { return m_lastRc == SQLITE_DONE; }
    int lastCode() const { return m_lastRc; }
    core::Error error(std::string_view what) const;

    std::string text(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const;
    bool isNull(int column) const;

    void reset();

  private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_prepareRc = SQLITE_OK;
    int m_lastRc = SQLITE_OK;
    bool m_bindFailed = false;
};

} // namespace pathlight::store::detail
