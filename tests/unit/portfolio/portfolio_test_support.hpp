// Helpers for the portfolio tests: revisions and portfolios built in a line, an on-disk database with
// a learner in it, byte snapshots of a database's files (to show a refused import changed nothing),
// a USB stick that can be pulled out at any system call, and running pathlight-tool with its stdout
// and stderr kept apart.
#pragma once

#include "core/revision.hpp"
#include "portfolio/atomic_file.hpp"
#include "portfolio/portfolio_file.hpp"
#include "portfolio/portfolio_service.hpp"
#include "store/database.hpp"
#include "store/learner_repo.hpp"
#include "unit/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cerrno>
#include <climits>
#include <cstdint>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pathlight::portfolio::testing {

namespace fs = std::filesystem;
using store::testing::readBytes;
using store::testing::TempDir;
using store::testing::writeBytes;

inline constexpr const char* kLearnerA = "1a2b3c4d-0000-4000-8000-00000000000a";
inline constexpr const char* kLearnerB = "5e6f7a8b-0000-4000-8000-00000000000b";

inline core::Revision rev(const std::string& entry, std::int64_t ms,
                          const std::string& body = R"({"text":"hi"})", bool deleted = false,
                          const std::string& kind = "journal", const std::string& learner = kLearnerA,
                          std::uint32_t counter = 0, const std::string& device = "dev1") {
    return core::Revision{learner, entry, kind, core::Hlc{ms, counter, device}, deleted, body};
}

inline core::Revision profileRev(const std::string& nickname, std::int64_t ms,
                                 const std::string& learner = kLearnerA,
                                 const std::string& entry = "profile-entry") {
    return rev(entry, ms, R"({"avatar":3,"grade":6,"guest":false,"nickname":")" + nickname + R"("})", false,
               core::kind::kProfile, learner);
}

inline Portfolio makePortfolio(std::vector<core::Revision> revisions,
                               const std::string& learner = kLearnerA) {
    Portfolio portfolio;
    portfolio.learnerId = learner;
    portfolio.writer = Writer{"pathlight test", "testdevice", "2024-11-24T10:00:00Z"};
    portfolio.revisions = std::move(revisions);
    return portfolio;
}

inline std::string encoded(const Portfolio& portfolio) {
    auto bytes = encode(portfolio);
    EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().detail);
    return bytes.ok() ? bytes.value() : std::string();
}

// A database file in a temp folder, as the app keeps it, reopened at will.
class DiskDatabase {
  public:
    explicit DiskDatabase(const fs::path& folder) : m_file(folder / "pathlight.db") { reopen(); }
    void reopen() {
        m_db.reset();
        auto opened = store::Database::open(m_file);
        if (!opened.ok()) {
            ADD_FAILURE() << opened.error().detail;
            return;
        }
        m_db = std::move(opened.value());
    }
    void close() { m_db.reset(); }
    store::Database& db() { return *m_db; }
    const fs::path& file() const { return m_file; }

    // The bytes of the database and its write-ahead log: what "unchanged" means on disk.
    std::string snapshot() const {
        fs::path wal = m_file;
        wal += "-wal";
        return readBytes(m_file) + "|wal|" + (fs::exists(wal) ? readBytes(wal) : std::string());
    }

    store::Learner addLearner(const std::string& nickname, const std::string& pin = "") {
        auto created = store::LearnerRepo(*m_db).create({nickname, 6, 3, pin, false});
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().detail);
        return created.ok() ? created.value() : store::Learner{};
    }

  private:
    fs::path m_file;
    std::unique_ptr<store::Database> m_db;
};

// A USB stick that is pulled out at one system call (or after some bytes were written): that call
// and every later one fail with EIO, as the kernel does once the device is gone. plug() brings it
// back for checking what is left on it.
class PulledStick : public FileOps {
  public:
    int pullAtCall = INT_MAX; // 1-based
    std::size_t pullAfterBytes = SIZE_MAX;
    int calls = 0;

    void plug() { m_gone = false; }
    bool gone() const { return m_gone; }

    int open(const char* path, int flags, mode_t mode) override {
        return pulled() ? fail<int>() : FileOps::open(path, flags, mode);
    }
    ssize_t read(int fd, void* data, std::size_t size) override {
        return pulled() ? fail<ssize_t>() : FileOps::read(fd, data, size);
    }
    ssize_t write(int fd, const void* data, std::size_t size) override {
        if (pulled()) {
            return fail<ssize_t>();
        }
        if (m_written + size > pullAfterBytes) {
            const std::size_t part = pullAfterBytes - m_written; // the last bytes that made it
            m_gone = true;
            const ssize_t n = part > 0 ? FileOps::write(fd, data, part) : 0;
            m_written += part;
            return n > 0 ? n : fail<ssize_t>();
        }
        m_written += size;
        return FileOps::write(fd, data, size);
    }
    int fsync(int fd) override { return pulled() ? fail<int>() : FileOps::fsync(fd); }
    int close(int fd) override {
        const bool failed = pulled();
        FileOps::close(fd); // the descriptor goes away either way
        return failed ? fail<int>() : 0;
    }
    int rename(const char* from, const char* to) override {
        return pulled() ? fail<int>() : FileOps::rename(from, to);
    }
    int unlink(const char* path) override { return pulled() ? fail<int>() : FileOps::unlink(path); }

  private:
    bool pulled() {
        ++calls;
        if (calls == pullAtCall) {
            m_gone = true;
        }
        return m_gone;
    }
    template <class T> T fail() {
        errno = EIO;
        return static_cast<T>(-1);
    }
    bool m_gone = false;
    std::size_t m_written = 0;
};

// One device: a data folder with its database, and the portfolio service on it.
struct Device {
    TempDir dir;
    DiskDatabase disk{dir.path()};
    PortfolioService service{disk.db(), "pathlight test"};
};

// Waits for forked children; each must exit with 0.
inline void expectAllSucceed(const std::vector<pid_t>& children) {
    for (pid_t child : children) {
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "process " << child << " failed";
    }
}

struct ToolRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

// Runs pathlight-tool with `args` (each quoted here) and an isolated XDG_DATA_HOME.
inline ToolRun runTool(const std::vector<std::string>& args, const fs::path& scratch) {
    const fs::path errFile = scratch / "tool-stderr.txt";
    std::string command =
        "XDG_DATA_HOME=" + shellQuote((scratch / "xdg").string()) + " " + shellQuote(PATHLIGHT_TOOL_PATH);
    for (const std::string& arg : args) {
        command.append(" ").append(shellQuote(arg));
    }
    command += " 2>" + shellQuote(errFile.string());
    ToolRun run;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        ADD_FAILURE() << "popen failed: " << command;
        return run;
    }
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        run.out.append(buffer, got);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = readBytes(errFile);
    return run;
}

} // namespace pathlight::portfolio::testing
