// The device's SQLite database (DESIGN.md §4): application_id, numbered migrations in user_version,
// WAL, synchronous=FULL, foreign keys on, one transaction per user action.
// Owns the sqlite3 handle and the device's HLC clock. Only store/ code sees SQLite.
#pragma once

#include "core/hlc.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

struct sqlite3;

namespace pathlight::store {

// 'PLgt' — marks the file as Pathlight's.
constexpr int kApplicationId = 0x504c6774;
// The newest schema this build knows; migrations 1..kSchemaVersion run in order.
int latestSchemaVersion();

// Error codes (core::Error::code) that open() can return.
inline constexpr const char* kErrCorrupt = "db.corrupt";         // not a database / damaged
inline constexpr const char* kErrNotOurs = "db.not_pathlight";   // a database of another program
inline constexpr const char* kErrTooNew = "db.too_new";          // written by a newer Pathlight
inline constexpr const char* kErrUnwritable = "db.unwritable";   // folder or file not writable
inline constexpr const char* kErrIo = "db.io";                   // disk full, I/O error

class Database {
public:
    // Opens (creating if missing) the database file and runs pending migrations.
    static core::Result<std::unique_ptr<Database>> open(const std::filesystem::path& file);
    static core::Result<std::unique_ptr<Database>> openInMemory();
    // Keeps a damaged file for a grown-up to look at (renamed to "<name>.damaged-<time>")
    // and creates a fresh database in its place. Returns the kept file's path in `keptAs`.
    static core::Result<std::unique_ptr<Database>> startFresh(const std::filesystem::path& file,
                                                               std::filesystem::path* keptAs = nullptr);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    int schemaVersion() const;
    const std::string& deviceId() const { return m_deviceId; }
    core::HlcClock& clock() { return *m_clock; }

    // Runs `body` inside BEGIN IMMEDIATE … COMMIT; rolls back if it returns an error.
    core::Status transaction(const std::function<core::Status()>& body);

    // While a BulkWrite lives, SQLite may keep up to `megabytes` of pages in memory, so a big import
    // (a teacher's folder of a whole class) doesn't spill and re-read pages. Restored afterwards.
    class BulkWrite {
    public:
        BulkWrite(Database& db, int megabytes);
        ~BulkWrite();
        BulkWrite(const BulkWrite&) = delete;
        BulkWrite& operator=(const BulkWrite&) = delete;

    private:
        Database& m_db;
        int m_previous = 0;
    };

    // Rows written through this connection since it opened: a cheap way to notice that something
    // changed (the portfolio sync pushes after changes) without a hook in every repository.
    std::int64_t changeCount() const;

    // Device settings (key/value), e.g. "language".
    std::string setting(const std::string& key, const std::string& fallback = {}) const;
    core::Status setSetting(const std::string& key, const std::string& value);

    sqlite3* handle() const { return m_db; } // for store/ repositories only

private:
    explicit Database(sqlite3* db);
    core::Status configure(bool onDisk);
    core::Status migrate();
    core::Status loadDevice();

    sqlite3* m_db = nullptr;
    std::string m_deviceId;
    std::unique_ptr<core::HlcClock> m_clock;
};

} // namespace pathlight::store
