// Helpers for the store tests: a temporary folder that is removed afterwards, whole-file reads,
// small raw-SQLite queries that look at a database file the way another program would, and a
// database with a learner in it.
#pragma once

#include "store/database.hpp"
#include "store/learner_repo.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace pathlight::store::testing {

class TempDir {
  public:
    TempDir() {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_path =
            std::filesystem::temp_directory_path() / ("pathlight-store-" + std::to_string(::getpid()) + "-" +
                                                      std::to_string(counter++) + "-" + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        // Tests may have made parts read-only; give them back so everything can be removed.
        for (auto it = std::filesystem::recursive_directory_iterator(m_path, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::add, ec);
        }
        std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

  private:
    std::filesystem::path m_path;
};

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Runs SQL on a file through a separate connection, as another program would.
inline bool rawExec(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(file.c_str(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// The first column of the first row of `sql`, as text ("" when there is none).
inline std::string rawQuery(sqlite3* db, const std::string& sql) {
    sqlite3_stmt* stmt = nullptr;
    std::string out;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        if (const auto* text = sqlite3_column_text(stmt, 0)) {
            out = reinterpret_cast<const char*>(text);
        }
    }
    sqlite3_finalize(stmt);
    return out;
}

inline std::string rawQuery(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        out = rawQuery(db, sql);
    }
    sqlite3_close(db);
    return out;
}

// True when this process can write into `folder` despite its mode bits (e.g. running as root).
inline bool canWriteAnyway(const std::filesystem::path& folder) {
    const auto probe = folder / "probe";
    std::ofstream out(probe);
    const bool wrote = static_cast<bool>(out);
    out.close();
    std::error_code ec;
    std::filesystem::remove(probe, ec);
    return wrote;
}

// Root can write anywhere, so a permission test run as root (CI, containers) would prove nothing.
// While this lives, a root process acts as the unprivileged user "nobody": `tree` is handed to
// nobody first (so its owner bits are the ones that count) and handed back afterwards.
class ActAsNobody {
  public:
    static constexpr uid_t kNobody = 65534;
    explicit ActAsNobody(std::filesystem::path tree) : m_tree(std::move(tree)) {
        if (::geteuid() != 0) {
            return;
        }
        chownTree(kNobody);
        m_active = ::setegid(kNobody) == 0 && ::seteuid(kNobody) == 0;
    }
    ~ActAsNobody() {
        if (::geteuid() != 0 && m_active) {
            (void)::seteuid(0);
            (void)::setegid(0);
        }
        if (::geteuid() == 0 && !m_tree.empty()) {
            chownTree(0);
        }
    }
    ActAsNobody(const ActAsNobody&) = delete;
    ActAsNobody& operator=(const ActAsNobody&) = delete;

  private:
    void chownTree(uid_t owner) {
        (void)::lchown(m_tree.c_str(), owner, owner);
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(m_tree, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            (void)::lchown(it->path().c_str(), owner, owner);
        }
    }

    std::filesystem::path m_tree;
    bool m_active = false;
};

// Opens (or creates) a database file; a failure fails the test and returns null.
inline std::unique_ptr<Database> openOrFail(const std::filesystem::path& file) {
    auto db = Database::open(file);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().detail);
    return db.ok() ? std::move(db.value()) : nullptr;
}

// A new grade-6 learner without a PIN; its id ("" when that failed the test).
inline std::string newLearner(Database& db, const std::string& name = "Rio") {
    auto learner = LearnerRepo(db).create({name, 6, 0, "", false});
    EXPECT_TRUE(learner.ok());
    return learner.ok() ? learner->id : std::string{};
}

// A fixture: an in-memory database.
class InMemoryDbTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Database::openInMemory();
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        m_db = std::move(opened.value());
    }
    std::unique_ptr<Database> m_db;
};

// A fixture: an in-memory database with one learner in it.
class LearnerTest : public InMemoryDbTest {
  protected:
    void SetUp() override {
        InMemoryDbTest::SetUp();
        m_learner = newLearner(*m_db);
    }
    std::string m_learner;
};

} // namespace pathlight::store::testing
