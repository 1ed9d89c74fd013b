// Opens, checks and migrates the device database; owns the sqlite3 handle and the device's clock.
// A file we refuse (damaged, another program's, from a newer Pathlight) is never written to: it is
// checked through a read-only connection before the read-write one is opened.
// Schema changes are only ever appended to kMigrations; a shipped migration is never edited.
#include "store/database.hpp"

#include "core/ids.hpp"
#include "store/statement.hpp"

#include <sqlite3.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <exception>
#include <fstream>
#include <string_view>
#include <system_error>

namespace pathlight::store {

namespace {

using detail::Statement;

// [SECTION] Migrations. Migration N (1-based) takes user_version N-1 to N, in one transaction.
// Later ones (teachers, roster, audit log) are appended here.
constexpr std::array<std::string_view, 4> kMigrations = {
    // 1: revisions with a head table for fast reads, learners index, device settings, device id.
    R"sql(
CREATE TABLE revisions (
    learner_id TEXT NOT NULL,
    entry_id   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    hlc        TEXT NOT NULL,          -- core::Hlc::toString(): byte order == clock order
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    body       TEXT NOT NULL,          -- JSON object; "{}" for tombstones
    PRIMARY KEY (entry_id, hlc)
) WITHOUT ROWID;
CREATE INDEX revisions_learner_kind ON revisions (learner_id, kind);

-- The highest-HLC revision of every entry, kept current by RevisionRepo::append.
CREATE TABLE heads (
    entry_id   TEXT PRIMARY KEY,
    learner_id TEXT NOT NULL,
    kind       TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX heads_learner_kind ON heads (learner_id, kind, hlc);

CREATE TABLE learners (
    id         TEXT PRIMARY KEY,
    nickname   TEXT NOT NULL,
    grade      INTEGER NOT NULL,
    avatar     INTEGER NOT NULL,
    pin_hash   TEXT,                   -- Argon2id (libsodium crypto_pwhash_str); NULL = no PIN
    guest      INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1)),
    created_ms INTEGER NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE device (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL
);
)sql",
    // 2: revisions are keyed by (learner, entry, HLC). A learner's revisions then sit together in the
    // table, so bringing in a class folder writes in runs instead of jumping between random entry
    // UUIDs (about 3x faster for 1,500 portfolios, and a smaller file), and every read names the learner.
    R"sql(
CREATE TABLE revisions_v2 (
    learner_id TEXT NOT NULL,
    entry_id   TEXT NOT NULL,
    kind       TEXT NOT NULL,
    hlc        TEXT NOT NULL,          -- core::Hlc::toString(): byte order == clock order
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    body       TEXT NOT NULL,          -- JSON object; "{}" for tombstones
    PRIMARY KEY (learner_id, entry_id, hlc)
) WITHOUT ROWID;
INSERT INTO revisions_v2 (learner_id, entry_id, kind, hlc, deleted, body)
    SELECT learner_id, entry_id, kind, hlc, deleted, body FROM revisions ORDER BY learner_id, entry_id, hlc;
DROP TABLE revisions;
ALTER TABLE revisions_v2 RENAME TO revisions;
)sql",
    // 3: wrong-guess counters for every secret a person types (a learner's PIN, the device's grown-up
    // passphrase, later teachers'), so a lockout survives Back, another screen and a restart.
    R"sql(
CREATE TABLE lockouts (
    subject  TEXT PRIMARY KEY,         -- "learner:<id>", "device"
    failures INTEGER NOT NULL,         -- wrong tries since the last right one
    until_ms INTEGER NOT NULL          -- wall-clock ms before which no try is taken; 0 = none
) WITHOUT ROWID;
)sql",
    // 4: the school's roster (RosterRepo): orgs, classes, which learner a roster student is, their class
    // enrollments and demographics. Keyed by the roster's own ids (OneRoster sourcedId, Clever
    // Student_id/Section_id), so a re-import finds what it made. Deleting a learner deletes their link,
    // enrollments and demographics with them.
    R"sql(
CREATE TABLE roster_orgs (
    sourced_id TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    parent_id  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE roster_classes (
    sourced_id TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    class_code TEXT NOT NULL DEFAULT '',
    grades     TEXT NOT NULL DEFAULT '',  -- comma-separated, as the roster gives them ("09,10")
    school_id  TEXT NOT NULL DEFAULT ''   -- roster_orgs.sourced_id; not a foreign key: rosters leave it dangling
) WITHOUT ROWID;

CREATE TABLE roster_students (
    sourced_id     TEXT PRIMARY KEY,
    learner_id     TEXT NOT NULL UNIQUE REFERENCES learners (id) ON DELETE CASCADE,
    given_name     TEXT NOT NULL,
    preferred_name TEXT NOT NULL DEFAULT '',
    family_name    TEXT NOT NULL DEFAULT '',
    grade          TEXT NOT NULL DEFAULT '',  -- as the roster gives it ("06", "KG"); learners.grade is 5-9
    format         TEXT NOT NULL              -- roster::formatName of the import that last wrote it
) WITHOUT ROWID;

CREATE TABLE roster_enrollments (
    class_id   TEXT NOT NULL REFERENCES roster_classes (sourced_id) ON DELETE CASCADE,
    learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
    PRIMARY KEY (class_id, learner_id)
) WITHOUT ROWID;
CREATE INDEX roster_enrollments_learner ON roster_enrollments (learner_id, class_id);

-- Flags: NULL unknown, 1 yes, 0 no.
CREATE TABLE roster_demographics (
    learner_id                  TEXT PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
    sex                         TEXT NOT NULL DEFAULT '',
    american_indian_alaska_native INTEGER,
    asian                       INTEGER,
    black_african_american      INTEGER,
    native_hawaiian_pacific_islander INTEGER,
    white                       INTEGER,
    two_or_more_races           INTEGER,
    hispanic_latino             INTEGER,
    english_learner             INTEGER,
    iep                         INTEGER,
    free_reduced_lunch          INTEGER
) WITHOUT ROWID;
)sql",
};

constexpr int kBusyTimeoutMs = 5000;
constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

std::string displayFolder(const std::filesystem::path& file) {
    std::error_code ec;
    std::filesystem::path folder = file.parent_path();
    if (folder.empty()) {
        folder = ".";
    }
    const std::filesystem::path absolute = std::filesystem::absolute(folder, ec);
    return (ec ? folder : absolute).lexically_normal().string();
}

core::Error notOursError(const std::filesystem::path& file, std::string detail) {
    return core::makeError("This file belongs to another program, so Pathlight left it alone. Ask a "
                           "grown-up to choose a different place to save.",
                           file.string() + ": " + detail, kErrNotOurs);
}

core::Error tooNewError(const std::filesystem::path& file, int version) {
    return core::makeError("This saved work was made by a newer Pathlight. Ask a grown-up to update "
                           "Pathlight on this computer.",
                           file.string() + ": schema version " + std::to_string(version) +
                               ", this build knows up to " + std::to_string(latestSchemaVersion()),
                           kErrTooNew);
}

// Reads one integer PRAGMA; nullopt-like failure reported through `rc`.
int pragmaInt(sqlite3* db, const char* sql, int* rc) {
    Statement stmt(db, sql);
    if (!stmt.step()) {
        *rc = stmt.lastCode();
        return 0;
    }
    *rc = SQLITE_OK;
    return stmt.int32(0);
}

// The cheap checks that need no SQLite: the file is readable and starts with SQLite's header.
core::Status checkHeader(const std::filesystem::path& file, std::uintmax_t size) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return detail::unwritableError(displayFolder(file), "cannot read " + file.string());
    }
    std::array<char, 100> header{};
    in.read(header.data(), header.size());
    if (size < header.size() || in.gcount() != static_cast<std::streamsize>(header.size())) {
        return detail::corruptError(file.string() + ": only " + std::to_string(size) +
                                    " bytes, shorter than a SQLite header");
    }
    if (std::string_view(header.data(), kSqliteMagic.size()) != kSqliteMagic) {
        return detail::corruptError(file.string() + ": not a SQLite database (bad header)");
    }
    return {};
}

// Checks an existing database through a read-only connection that never checkpoints, so a file we
// refuse is left byte-for-byte as it was.
core::Status checkExisting(const std::filesystem::path& file) {
    sqlite3* raw = nullptr;
    const int openRc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> db(raw, &sqlite3_close_v2);
    if (openRc != SQLITE_OK) {
        return detail::sqliteError(raw, openRc, "checking " + file.string());
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);

    int rc = SQLITE_OK;
    const int appId = pragmaInt(raw, "PRAGMA application_id", &rc);
    if (rc != SQLITE_OK) {
        return detail::sqliteError(raw, rc, "reading application_id of " + file.string());
    }
    const int version = pragmaInt(raw, "PRAGMA user_version", &rc);
    if (rc != SQLITE_OK) {
        return detail::sqliteError(raw, rc, "reading user_version of " + file.string());
    }
    if (appId != 0 && appId != kApplicationId) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%08x", static_cast<unsigned>(appId));
        return notOursError(file, std::string("application_id 0x") + hex);
    }
    if (appId == 0) {
        // Migration 1 sets application_id in the same transaction that creates our tables, so a
        // file without it that holds any schema or version belongs to someone else.
        const int objects = pragmaInt(raw, "SELECT count(*) FROM sqlite_master", &rc);
        if (rc != SQLITE_OK) {
            return detail::sqliteError(raw, rc, "reading schema of " + file.string());
        }
        if (objects > 0 || version != 0) {
            return notOursError(file, "no Pathlight application_id but " + std::to_string(objects) +
                                          " schema objects, user_version " + std::to_string(version));
        }
    }
    if (version > latestSchemaVersion()) {
        return tooNewError(file, version);
    }

    Statement check(raw, "PRAGMA quick_check");
    std::string problems;
    while (check.step()) {
        const std::string line = check.text(0);
        if (line != "ok" && problems.size() < 400) {
            problems += line + "; ";
        }
    }
    if (!check.done()) {
        return check.error("checking " + file.string());
    }
    if (!problems.empty()) {
        return detail::corruptError(file.string() + ": quick_check: " + problems);
    }
    return {};
}

std::string timestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &local);
    return text;
}

bool validDeviceId(const std::string& id) {
    if (id.empty() || id.size() > 64) {
        return false;
    }
    for (char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
            return false;
        }
    }
    return true;
}

} // namespace

int latestSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

Database::Database(sqlite3* db) : m_db(db) {}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

core::Result<std::unique_ptr<Database>> Database::open(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path folder = file.parent_path();
    if (!folder.empty()) {
        const bool folderExists = fs::exists(folder, ec);
        if (ec || (folderExists && !fs::is_directory(folder, ec))) {
            return detail::unwritableError(displayFolder(file), folder.string() + " is not a folder" +
                                                                    (ec ? ": " + ec.message() : ""));
        }
        if (!folderExists) {
            if (!fs::create_directories(folder, ec) && ec) {
                return detail::unwritableError(displayFolder(file),
                                               "creating " + folder.string() + ": " + ec.message());
            }
            // Learners' work is private (DESIGN.md §9): the data folder we make is ours alone.
            fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
        }
    }

    const bool existed = fs::exists(file, ec);
    if (existed) {
        if (fs::is_directory(file, ec)) {
            return detail::unwritableError(displayFolder(file), file.string() + " is a folder, not a file");
        }
        const std::uintmax_t size = fs::file_size(file, ec);
        if (ec) {
            return detail::unwritableError(displayFolder(file),
                                           "reading " + file.string() + ": " + ec.message());
        }
        if (size > 0) { // an empty file is an empty database: SQLite starts it from scratch
            if (auto header = checkHeader(file, size); !header) {
                return header.error();
            }
            if (auto existing = checkExisting(file); !existing) {
                return existing.error();
            }
        }
    }

    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        if (primary == SQLITE_CANTOPEN || primary == SQLITE_PERM || primary == SQLITE_READONLY) {
            return detail::unwritableError(displayFolder(file),
                                           "opening " + file.string() + ": " + sqlite3_errstr(rc));
        }
        return detail::sqliteError(raw, rc, "opening " + file.string());
    }
    if (sqlite3_db_readonly(raw, "main") == 1) {
        return detail::unwritableError(displayFolder(file), file.string() + " can only be read, not written");
    }
    if (!existed) {
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
    }

    if (auto configured = db->configure(true); !configured) {
        return configured.error();
    }
    if (auto migrated = db->migrate(); !migrated) {
        return migrated.error();
    }
    if (auto loaded = db->loadDevice(); !loaded) {
        return loaded.error();
    }
    return db;
}

core::Result<std::unique_ptr<Database>> Database::openInMemory() {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK) {
        return detail::sqliteError(raw, rc, "opening an in-memory database");
    }
    if (auto configured = db->configure(false); !configured) {
        return configured.error();
    }
    if (auto migrated = db->migrate(); !migrated) {
        return migrated.error();
    }
    if (auto loaded = db->loadDevice(); !loaded) {
        return loaded.error();
    }
    return db;
}

core::Result<std::unique_ptr<Database>> Database::startFresh(const std::filesystem::path& file,
                                                             std::filesystem::path* keptAs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (keptAs != nullptr) {
        keptAs->clear();
    }
    if (fs::exists(fs::symlink_status(file, ec))) {
        fs::path kept = file;
        kept += ".damaged-" + timestamp();
        for (int n = 2; fs::exists(fs::symlink_status(kept, ec)); ++n) {
            kept = file;
            kept += ".damaged-" + timestamp() + "-" + std::to_string(n);
        }
        fs::rename(file, kept, ec);
        if (ec) {
            return detail::unwritableError(displayFolder(file), "keeping " + file.string() + " as " +
                                                                    kept.string() + ": " + ec.message());
        }
        // The journal files travel with the damaged file ("<kept>-wal" is where SQLite looks for
        // it), and must never be left beside the fresh file, which would replay them.
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            fs::path side = file;
            side += suffix;
            if (!fs::exists(fs::symlink_status(side, ec))) {
                continue;
            }
            fs::path keptSide = kept;
            keptSide += suffix;
            fs::rename(side, keptSide, ec);
            if (ec && !fs::remove(side, ec)) {
                return detail::unwritableError(displayFolder(file),
                                               "moving " + side.string() + " aside: " + ec.message());
            }
        }
        if (keptAs != nullptr) {
            *keptAs = kept;
        }
    }
    return open(file);
}

Database::BulkWrite::BulkWrite(Database& db, int megabytes) : m_db(db) {
    int rc = SQLITE_OK;
    m_previous = pragmaInt(m_db.m_db, "PRAGMA cache_size", &rc);
    if (rc != SQLITE_OK) {
        m_previous = 0;
        return;
    }
    (void)detail::exec(m_db.m_db, "PRAGMA cache_size = -" + std::to_string(megabytes * 1024));
}

Database::BulkWrite::~BulkWrite() {
    if (m_previous != 0) {
        (void)detail::exec(m_db.m_db, "PRAGMA cache_size = " + std::to_string(m_previous));
    }
}

std::int64_t Database::changeCount() const {
    return sqlite3_total_changes64(m_db);
}

core::Status Database::configure(bool onDisk) {
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (auto fk = detail::exec(m_db, "PRAGMA foreign_keys = ON"); !fk) {
        return fk;
    }
    if (onDisk) {
        // Bigger pages for a new file (an existing one keeps its own): a learner's revisions are a few
        // hundred bytes each, and 8 KB pages make a class folder import about 20 % faster. It must
        // come before WAL, which fixes the page size.
        if (auto page = detail::exec(m_db, "PRAGMA page_size = 8192"); !page) {
            return page;
        }
        // WAL can be refused (e.g. some network folders); the database still works, just slower,
        // so only a real error stops the open.
        Statement wal(m_db, "PRAGMA journal_mode = WAL");
        while (wal.step()) {
        }
        if (!wal.done()) {
            return wal.error("switching to WAL");
        }
    }
    return detail::exec(m_db, "PRAGMA synchronous = FULL");
}

int Database::schemaVersion() const {
    int rc = SQLITE_OK;
    return pragmaInt(m_db, "PRAGMA user_version", &rc);
}

core::Status Database::migrate() {
    const int current = schemaVersion();
    if (current > latestSchemaVersion()) { // only reachable through a race with a newer build
        return tooNewError(sqlite3_db_filename(m_db, "main"), current);
    }
    for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
        core::Status applied = transaction([&]() -> core::Status {
            if (auto script =
                    detail::exec(m_db, std::string(kMigrations[static_cast<std::size_t>(version - 1)]));
                !script) {
                return script;
            }
            if (auto id = detail::exec(m_db, "PRAGMA application_id = " + std::to_string(kApplicationId));
                !id) {
                return id;
            }
            return detail::exec(m_db, "PRAGMA user_version = " + std::to_string(version));
        });
        if (!applied) {
            return applied;
        }
    }
    return {};
}

core::Status Database::loadDevice() {
    {
        Statement select(m_db, "SELECT device_id FROM device WHERE id = 1");
        if (select.step()) {
            m_deviceId = select.text(0);
        } else if (!select.done()) {
            return select.error("reading the device id");
        }
    }
    if (!validDeviceId(m_deviceId)) {
        m_deviceId = core::newDeviceId();
        Statement store(m_db, "INSERT INTO device (id, device_id) VALUES (1, ?) "
                              "ON CONFLICT (id) DO UPDATE SET device_id = excluded.device_id");
        store.bind(1, m_deviceId);
        if (auto stored = store.run(); !stored) {
            return stored;
        }
    }
    m_clock = std::make_unique<core::HlcClock>(m_deviceId, core::systemNowMs);
    // Never issue a stamp older than one already stored (the PC's clock may have been set back).
    Statement latest(m_db, "SELECT max(hlc) FROM heads"); // each entry's newest: the same maximum, smaller

    if (latest.step() && !latest.isNull(0)) {
        if (auto hlc = core::Hlc::parse(latest.text(0))) {
            m_clock->observe(*hlc);
        }
    } else if (!latest.done() && latest.lastCode() != SQLITE_ROW) {
        return latest.error("reading the newest revision");
    }
    return {};
}

core::Status Database::transaction(const std::function<core::Status()>& body) {
    // Inside an open transaction a savepoint gives the nested body its own all-or-nothing scope.
    const bool outer = sqlite3_get_autocommit(m_db) != 0;
    if (auto begun = detail::exec(m_db, outer ? "BEGIN IMMEDIATE" : "SAVEPOINT pathlight_nested"); !begun) {
        return begun;
    }
    core::Status result;
    try {
        result = body();
    } catch (const std::exception& e) {
        result = core::makeError("Something went wrong while saving, so your last change was not saved.",
                                 std::string("exception in transaction: ") + e.what(), kErrIo);
    } catch (...) {
        result = core::makeError("Something went wrong while saving, so your last change was not saved.",
                                 "unknown exception in transaction", kErrIo);
    }
    if (result) {
        result = detail::exec(m_db, outer ? "COMMIT" : "RELEASE pathlight_nested");
        if (result) {
            return result;
        }
    }
    // SQLite may already have rolled back by itself (disk full, I/O error): only undo what is open.
    if (sqlite3_get_autocommit(m_db) == 0) {
        if (outer) {
            (void)detail::exec(m_db, "ROLLBACK");
        } else {
            (void)detail::exec(m_db, "ROLLBACK TO pathlight_nested; RELEASE pathlight_nested");
        }
    }
    return result;
}

std::string Database::setting(const std::string& key, const std::string& fallback) const {
    Statement select(m_db, "SELECT value FROM settings WHERE key = ?");
    select.bind(1, key);
    return select.step() ? select.text(0) : fallback;
}

core::Status Database::setSetting(const std::string& key, const std::string& value) {
    Statement upsert(m_db, "INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value);
    return upsert.run();
}

} // namespace pathlight::store
