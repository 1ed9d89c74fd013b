// Statement wrapper and SQLite error mapping. Owns no state beyond one prepared statement; never
// throws and never aborts: every failure becomes a core::Error with a message a person can act on.
#include "store/statement.hpp"

#include "store/database.hpp"

#include <filesystem>

namespace pathlight::store::detail {

core::Error unwritableError(const std::string& folder, std::string detail) {
    return core::makeError("Pathlight can't save here. Ask a grown-up to check the folder " + folder +
                               " can be written to.",
                           std::move(detail), kErrUnwritable);
}

core::Error corruptError(std::string detail) {
    return core::makeError("Your saved work file is damaged. A grown-up can keep the damaged file and "
                           "start a fresh one.",
                           std::move(detail), kErrCorrupt);
}

core::Error ioError(std::string detail) {
    return core::makeError("Pathlight couldn't save your work. The disk may be full. Ask a grown-up to "
                           "make some space, then try again.",
                           std::move(detail), kErrIo);
}

core::Error sqliteError(sqlite3* db, int rc, std::string_view what) {
    std::string detail(what);
    detail += ": ";
    // sqlite3_errmsg describes the most recent failure on this handle, which may be a different
    // one than `rc` when the caller reports a code it kept; errstr is always about `rc`.
    detail += (db != nullptr && (sqlite3_errcode(db) & 0xff) == (rc & 0xff)) ? sqlite3_errmsg(db)
                                                                             : sqlite3_errstr(rc);
    detail += " (SQLite code " + std::to_string(rc) + ")";
    std::string folder = ".";
    if (db != nullptr) {
        if (const char* name = sqlite3_db_filename(db, "main"); name != nullptr && name[0] != '\0') {
            detail += " in " + std::string(name);
            folder = std::filesystem::path(name).parent_path().string();
        }
    }
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
        return corruptError(std::move(detail));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return unwritableError(folder, std::move(detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return core::makeError("Pathlight is busy saving somewhere else. Wait a moment, then try again.",
                               std::move(detail), kErrIo);
    default:
        // SQLITE_FULL, SQLITE_IOERR and anything unexpected: the work was not saved.
        return ioError(std::move(detail));
    }
}

core::Status exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) {
        return {};
    }
    std::string what = "running \"" + sql.substr(0, 60) + "\"";
    sqlite3_free(message);
    return sqliteError(db, rc, what);
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    m_prepareRc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (m_prepareRc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_lastRc = m_prepareRc;
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::string_view text) {
    if (m_stmt != nullptr && sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                               SQLITE_TRANSIENT) != SQLITE_OK) {
        m_bindFailed = true;
    }
    return *this;
}

Statement& Statement::bindUncopied(int index, std::string_view text) {
    if (m_stmt != nullptr && sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()),
                                               SQLITE_STATIC) != SQLITE_OK) {
        m_bindFailed = true;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (m_stmt != nullptr && sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) {
        m_bindFailed = true;
    }
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (m_stmt != nullptr && sqlite3_bind_null(m_stmt, index) != SQLITE_OK) {
        m_bindFailed = true;
    }
    return *this;
}

bool Statement::step() {
    if (m_stmt == nullptr) {
        return false;
    }
    if (m_bindFailed) {
        m_lastRc = SQLITE_RANGE;
        return false;
    }
    m_lastRc = sqlite3_step(m_stmt);
    return m_lastRc == SQLITE_ROW;
}

core::Status Statement::run() {
    while (step()) {
    }
    if (done()) {
        return {};
    }
    return error("saving");
}

core::Error Statement::error(std::string_view what) const {
    std::string action(what);
    if (m_stmt != nullptr) {
        if (const char* sql = sqlite3_sql(m_stmt); sql != nullptr) {
            action += " [" + std::string(sql).substr(0, 80) + "]";
        }
    }
    return sqliteError(m_db, m_lastRc, action);
}

std::string Statement::text(int column) const {
    if (m_stmt == nullptr) {
        return {};
    }
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (data == nullptr || size <= 0) {
        return {};
    }
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::int64_t Statement::int64(int column) const {
    return m_stmt == nullptr ? 0 : sqlite3_column_int64(m_stmt, column);
}

int Statement::int32(int column) const {
    return m_stmt == nullptr ? 0 : sqlite3_column_int(m_stmt, column);
}

bool Statement::isNull(int column) const {
    return m_stmt == nullptr || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

void Statement::reset() {
    if (m_stmt != nullptr) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_lastRc = SQLITE_OK;
    m_bindFailed = false;
}

} // namespace pathlight::store::detail
