// Database: a new file gets the current schema; files Pathlight must not use (damaged, another
// program's, newer, unwritable) are refused with a clear error and left exactly as they were.
#include "store/database.hpp"
#include "store/revision_repo.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace pathlight;
using namespace pathlight::store;
using pathlight::store::testing::rawExec;
using pathlight::store::testing::rawQuery;
using pathlight::store::testing::readBytes;
using pathlight::store::testing::TempDir;
using pathlight::store::testing::writeBytes;

namespace {

std::string randomBytes(std::size_t size) {
    std::mt19937 gen(42);
    std::string out(size, '\0');
    for (char& c : out) {
        c = static_cast<char>(gen() & 0xff);
    }
    return out;
}

// A database of ours with some data in it, closed again (so its WAL is checkpointed into the file).
void makeDatabaseWithData(const std::filesystem::path& file, int revisions) {
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    RevisionRepo repo(**db);
    std::vector<core::Revision> batch;
    for (int i = 0; i < revisions; ++i) {
        batch.push_back({"learner", "entry-" + std::to_string(i), "journal", (*db)->clock().tick(), false,
                         R"({"text":")" + std::string(200, 'x') + R"("})"});
    }
    ASSERT_TRUE(repo.append(batch).ok());
}

} // namespace

TEST(Database, NewFileGetsTheCurrentSchemaAndIsMarkedAsPathlights) {
    TempDir dir;
    const auto file = dir / "data/pathlight.db"; // the folder does not exist yet
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    sqlite3* raw = (*db)->handle();
    EXPECT_EQ(rawQuery(raw, "PRAGMA user_version"), std::to_string(latestSchemaVersion()));
    EXPECT_EQ(rawQuery(raw, "PRAGMA application_id"), std::to_string(kApplicationId));
    EXPECT_EQ(rawQuery(raw, "PRAGMA journal_mode"), "wal");
    EXPECT_EQ(rawQuery(raw, "PRAGMA synchronous"), "2"); // FULL
    EXPECT_EQ(rawQuery(raw, "PRAGMA foreign_keys"), "1");
    for (const char* table : {"revisions", "heads", "learners", "settings", "device"}) {
        EXPECT_EQ(rawQuery(raw, std::string(
                                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '") +
                                    table + "'"),
                  "1")
            << table;
    }
    EXPECT_EQ((*db)->deviceId().size(), 16u);
    db = Database::openInMemory(); // closes the file

    // Another program sees it as Pathlight's file too.
    EXPECT_EQ(rawQuery(file, "PRAGMA application_id"), std::to_string(kApplicationId));
}

TEST(Database, ReopeningKeepsTheDeviceIdAndSettings) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    std::string deviceId;
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok()) << db.error().detail;
        deviceId = (*db)->deviceId();
        ASSERT_TRUE((*db)->setSetting("language", "es").ok());
        ASSERT_TRUE((*db)->setSetting("language", "en").ok());
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    EXPECT_EQ((*db)->deviceId(), deviceId);
    EXPECT_EQ((*db)->clock().device(), deviceId);
    EXPECT_EQ((*db)->setting("language"), "en");
    EXPECT_EQ((*db)->setting("missing", "fallback"), "fallback");
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());

    // A different file is a different device.
    auto other = Database::open(dir / "other.db");
    ASSERT_TRUE(other.ok());
    EXPECT_NE((*other)->deviceId(), deviceId);
}

TEST(Database, ClockNeverGoesBackBehindStoredWorkAfterRestart) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    core::Hlc future;
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        // Work written while the PC's clock was a day ahead.
        future = core::Hlc{core::systemNowMs() + 86'400'000, 7, (*db)->deviceId()};
        ASSERT_TRUE(RevisionRepo(**db).append({"l", "e", "journal", future, false, "{}"}).ok());
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok());
    EXPECT_GT((*db)->clock().tick(), future);
}

TEST(Database, GarbageFileIsRefusedAsDamagedAndLeftUntouched) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    const std::string garbage = randomBytes(8192);
    writeBytes(file, garbage);

    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrCorrupt);
    EXPECT_NE(db.error().message.find("damaged"), std::string::npos) << db.error().message;
    EXPECT_EQ(readBytes(file), garbage);
    EXPECT_FALSE(std::filesystem::exists(dir / "pathlight.db-wal"));
}

TEST(Database, TinyFileIsRefusedAsDamaged) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    writeBytes(file, "SQLite format 3");
    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrCorrupt);
    EXPECT_EQ(readBytes(file), "SQLite format 3");
}

TEST(Database, TruncatedDatabaseIsRefusedAtOpenNotLater) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    makeDatabaseWithData(file, 400);
    ASSERT_FALSE(std::filesystem::exists(dir / "pathlight.db-wal")) << "closing should checkpoint";
    const std::string whole = readBytes(file);
    ASSERT_GT(whole.size(), 16u * 4096u);
    const std::string truncated = whole.substr(0, whole.size() / 2);
    writeBytes(file, truncated);

    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrCorrupt) << db.error().detail;
    EXPECT_EQ(readBytes(file), truncated);
}

TEST(Database, DamagedPageInTheMiddleIsFoundAtOpenNotLater) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    makeDatabaseWithData(file, 400);
    std::string bytes = readBytes(file);
    const std::size_t pageSize = 4096;
    const std::size_t pages = bytes.size() / pageSize;
    ASSERT_GT(pages, 16u);
    // Scribble over one page in the middle, the kind of damage a bad USB stick does; a quick read
    // of the newest data would not notice it.
    const std::size_t page = pages / 2;
    bytes.replace(page * pageSize, pageSize, randomBytes(pageSize));
    writeBytes(file, bytes);

    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrCorrupt) << db.error().detail;
    EXPECT_EQ(readBytes(file), bytes);
}

TEST(Database, StartFreshKeepsTheDamagedFileAndOpensAWorkingOne) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    const std::string garbage = randomBytes(5000);
    writeBytes(file, garbage);
    writeBytes(dir / "pathlight.db-wal", "stale wal");
    ASSERT_FALSE(Database::open(file).ok());

    std::filesystem::path kept;
    auto db = Database::startFresh(file, &kept);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    EXPECT_EQ(kept.parent_path(), dir.path());
    EXPECT_EQ(kept.filename().string().rfind("pathlight.db.damaged-", 0), 0u) << kept;
    EXPECT_EQ(readBytes(kept), garbage);
    EXPECT_EQ(readBytes(kept.string() + "-wal"), "stale wal");
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    EXPECT_TRUE((*db)->setSetting("language", "en").ok());

    // The fresh file opens again normally.
    db = Database::openInMemory();
    auto again = Database::open(file);
    ASSERT_TRUE(again.ok()) << again.error().detail;
    EXPECT_EQ((*again)->setting("language"), "en");
}

TEST(Database, AnotherProgramsDatabaseIsRefusedAndLeftUntouched) {
    TempDir dir;
    const auto file = dir / "photos.db";
    ASSERT_TRUE(
        rawExec(file, "PRAGMA application_id = 305419896; CREATE TABLE photos (id INTEGER PRIMARY KEY);"));
    const std::string before = readBytes(file);

    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrNotOurs);
    EXPECT_FALSE(db.error().message.empty());
    EXPECT_EQ(readBytes(file), before);
    EXPECT_EQ(rawQuery(file, "SELECT count(*) FROM sqlite_master WHERE name = 'revisions'"), "0");
}

TEST(Database, UnmarkedDatabaseWithTablesIsAnotherPrograms) {
    TempDir dir;
    const auto file = dir / "notes.db";
    ASSERT_TRUE(rawExec(file, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('hi');"));
    const std::string before = readBytes(file);
    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrNotOurs);
    EXPECT_EQ(readBytes(file), before);
}

TEST(Database, FileFromANewerPathlightIsRefusedAndLeftUntouched) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    makeDatabaseWithData(file, 3);
    ASSERT_TRUE(rawExec(file, "PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1)));
    const std::string before = readBytes(file);

    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrTooNew);
    EXPECT_NE(db.error().message.find("newer Pathlight"), std::string::npos);
    EXPECT_EQ(readBytes(file), before);
}

TEST(Database, FolderThatCannotExistIsUnwritable) {
    TempDir dir;
    const auto notAFolder = dir / "a-file";
    writeBytes(notAFolder, "x");
    auto db = Database::open(notAFolder / "sub" / "pathlight.db"); // fails even for root
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrUnwritable);
    EXPECT_NE(db.error().message.find("can't save here"), std::string::npos) << db.error().message;
    EXPECT_NE(db.error().message.find("a-file"), std::string::npos) << db.error().message;
    EXPECT_EQ(readBytes(notAFolder), "x");
}

TEST(Database, ReadOnlyFolderIsUnwritable) {
    TempDir dir;
    const auto locked = dir / "locked";
    std::filesystem::create_directories(locked);
    std::filesystem::permissions(locked,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec,
                                 std::filesystem::perm_options::replace);
    const pathlight::store::testing::ActAsNobody nobody(dir.path());
    if (pathlight::store::testing::canWriteAnyway(locked)) {
        GTEST_SKIP() << "this user (root?) can write to a read-only folder";
    }
    auto db = Database::open(locked / "pathlight.db");
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrUnwritable);
    EXPECT_NE(db.error().message.find("locked"), std::string::npos) << db.error().message;
}

TEST(Database, SavedWorkInAFolderThatBecameReadOnlyIsUnwritable) {
    TempDir dir;
    const auto folder = dir / "class";
    makeDatabaseWithData(folder / "pathlight.db", 3);
    std::filesystem::permissions(folder,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec,
                                 std::filesystem::perm_options::replace);
    const pathlight::store::testing::ActAsNobody nobody(dir.path());
    if (pathlight::store::testing::canWriteAnyway(folder)) {
        GTEST_SKIP() << "this user (root?) can write to a read-only folder";
    }
    const std::string before = readBytes(folder / "pathlight.db");
    auto db = Database::open(folder / "pathlight.db");
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrUnwritable) << db.error().detail;
    EXPECT_NE(db.error().message.find("class"), std::string::npos) << db.error().message;
    EXPECT_EQ(readBytes(folder / "pathlight.db"), before);
}

TEST(Database, ReadOnlyFileIsUnwritable) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    makeDatabaseWithData(file, 3);
    std::filesystem::permissions(file, std::filesystem::perms::owner_read,
                                 std::filesystem::perm_options::replace);
    const pathlight::store::testing::ActAsNobody nobody(dir.path());
    if (std::ofstream probe(file, std::ios::app); probe) {
        GTEST_SKIP() << "this user (root?) can write to a read-only file";
    }
    const std::string before = readBytes(file);
    auto db = Database::open(file);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, kErrUnwritable) << db.error().detail;
    EXPECT_EQ(readBytes(file), before);
}

TEST(Database, DiskFullIsAnIoErrorAndNothingIsHalfSaved) {
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->setSetting("language", "en").ok());
    // Simulate a full disk: the database may not grow by another page.
    const std::string pages = rawQuery((*db)->handle(), "PRAGMA page_count");
    ASSERT_EQ(rawQuery((*db)->handle(), "PRAGMA max_page_count = " + pages), pages);

    const core::Status status = (*db)->setSetting("big", std::string(64 * 1024, 'x'));
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, kErrIo);
    EXPECT_NE(status.error().message.find("disk may be full"), std::string::npos) << status.error().message;
    EXPECT_EQ((*db)->setting("big", "none"), "none");
    EXPECT_EQ((*db)->setting("language"), "en");
}

TEST(Database, FailedTransactionLeavesNothingBehind) {
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok());
    Database& database = **db;
    const core::Status failed = database.transaction([&]() -> core::Status {
        EXPECT_TRUE(database.setSetting("a", "1").ok());
        return core::makeError("nope", "", "test");
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, "test");
    EXPECT_EQ(database.setting("a", "unset"), "unset");

    const core::Status threw = database.transaction([&]() -> core::Status {
        EXPECT_TRUE(database.setSetting("b", "1").ok());
        throw std::runtime_error("boom");
    });
    EXPECT_FALSE(threw.ok());
    EXPECT_EQ(database.setting("b", "unset"), "unset");

    // A failing nested step undoes only itself; the outer action still commits.
    const core::Status outer = database.transaction([&]() -> core::Status {
        EXPECT_TRUE(database.setSetting("outer", "1").ok());
        const core::Status inner = database.transaction([&]() -> core::Status {
            EXPECT_TRUE(database.setSetting("inner", "1").ok());
            return core::makeError("inner failed");
        });
        EXPECT_FALSE(inner.ok());
        return {};
    });
    EXPECT_TRUE(outer.ok());
    EXPECT_EQ(database.setting("outer"), "1");
    EXPECT_EQ(database.setting("inner", "unset"), "unset");
}

TEST(Database, WorkSavedByTheFirstSchemaIsKeptByTheSecond) {
    // A database as Pathlight 0.1 left it (schema 1): revisions keyed by (entry, HLC).
    TempDir dir;
    const auto file = dir / "pathlight.db";
    ASSERT_TRUE(rawExec(file, R"sql(
PRAGMA application_id = 1347184500;
CREATE TABLE revisions (learner_id TEXT NOT NULL, entry_id TEXT NOT NULL, kind TEXT NOT NULL, hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), body TEXT NOT NULL,
    PRIMARY KEY (entry_id, hlc)) WITHOUT ROWID;
CREATE INDEX revisions_learner_kind ON revisions (learner_id, kind);
CREATE TABLE heads (entry_id TEXT PRIMARY KEY, learner_id TEXT NOT NULL, kind TEXT NOT NULL, hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))) WITHOUT ROWID;
CREATE INDEX heads_learner_kind ON heads (learner_id, kind, hlc);
CREATE TABLE learners (id TEXT PRIMARY KEY, nickname TEXT NOT NULL, grade INTEGER NOT NULL, avatar INTEGER NOT NULL,
    pin_hash TEXT, guest INTEGER NOT NULL DEFAULT 0 CHECK (guest IN (0, 1)), created_ms INTEGER NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE device (id INTEGER PRIMARY KEY CHECK (id = 1), device_id TEXT NOT NULL);
INSERT INTO revisions VALUES ('ana', 'e1', 'journal', '001700000000000-00000000-dev1', 0, '{"text":"one"}');
INSERT INTO revisions VALUES ('ana', 'e1', 'journal', '001700000000500-00000000-dev1', 0, '{"text":"two"}');
INSERT INTO heads VALUES ('e1', 'ana', 'journal', '001700000000500-00000000-dev1', 0);
PRAGMA user_version = 1;
)sql"));
    ASSERT_EQ(rawQuery(file, "PRAGMA application_id"), std::to_string(kApplicationId));
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.error().detail;
    EXPECT_EQ((*db)->schemaVersion(), latestSchemaVersion());
    pathlight::store::RevisionRepo revisions(**db);
    EXPECT_EQ(revisions.count("ana"), 2u);
    const auto head = revisions.head("ana", "e1");
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->body, R"({"text":"two"})");
    // The device's clock still never goes back past the newest stamp it has seen.
    EXPECT_GT((*db)->clock().tick().wallMs, 1700000000500);
}
