// Atomic replacement: the previous version is kept as .bak, a USB stick pulled at any system call
// leaves the old file (or, after the rename, the new one) and a clear error, and a process killed at
// random moments while writing in a loop never leaves a torn file behind.
#include "portfolio/atomic_file.hpp"
#include "portfolio/errors.hpp"
#include "portfolio_test_support.hpp"

#include <gmock/gmock.h>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <random>
#include <thread>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::AnyOf;
using ::testing::HasSubstr;

namespace {

// A valid portfolio of about `revisions` × 150 bytes whose bodies all say `tag`.
std::string portfolioBytes(int revisions, const std::string& tag) {
    std::vector<core::Revision> list{profileRev("Sam", 1000)};
    for (int i = 0; i < revisions; ++i) {
        list.push_back(rev("entry-" + std::to_string(i), 2000 + i,
                           R"({"tag":")" + tag + R"(","n":)" + std::to_string(i) + "}"));
    }
    return encoded(makePortfolio(list));
}

std::vector<std::string> tempFilesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 4 && name.substr(name.size() - 4) == ".tmp") {
            names.push_back(name);
        }
    }
    return names;
}

} // namespace

TEST(AtomicFile, EachWriteReplacesTheFileAndKeepsThePreviousAsBak) {
    TempDir dir;
    const fs::path file = dir / "Sam-1a2b3c4d.pathlight";
    ASSERT_TRUE(writeAtomically(file, "one").ok());
    EXPECT_EQ(readBytes(file), "one");
    EXPECT_FALSE(fs::exists(backupPath(file))) << "nothing to keep the first time";
    ASSERT_TRUE(writeAtomically(file, "two").ok());
    ASSERT_TRUE(writeAtomically(file, "three").ok());
    EXPECT_EQ(readBytes(file), "three");
    EXPECT_EQ(readBytes(backupPath(file)), "two");
    EXPECT_TRUE(tempFilesIn(dir.path()).empty());
    EXPECT_EQ(fs::status(file).permissions() & fs::perms::others_all, fs::perms::none)
        << "private to the user";
}

TEST(AtomicFile, UsbStickPulledMidWriteLeavesTheOldFileAndAClearError) {
    TempDir dir;
    const fs::path file = dir / "Sam-1a2b3c4d.pathlight";
    const std::string oldBytes = portfolioBytes(50, "old");
    const std::string newBytes = portfolioBytes(3000, "new"); // several write chunks
    ASSERT_TRUE(writeAtomically(file, oldBytes).ok());
    ASSERT_TRUE(writeAtomically(file, oldBytes).ok()); // now there is a .bak too

    PulledStick stick;
    stick.pullAfterBytes = newBytes.size() / 2;
    const core::Status status = writeAtomically(file, newBytes, true, stick);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, kErrIo);
    EXPECT_THAT(status.error().message, HasSubstr("USB stick"));
    EXPECT_THAT(status.error().detail, HasSubstr("of " + std::to_string(newBytes.size()) + " bytes written"));
    EXPECT_THAT(status.error().detail, HasSubstr("Input/output error"));

    stick.plug();
    EXPECT_EQ(readBytes(file), oldBytes) << "the learner's file is exactly the old one";
    EXPECT_EQ(readBytes(backupPath(file)), oldBytes);
    EXPECT_TRUE(decode(readBytes(file)).ok());
    EXPECT_EQ(tempFilesIn(dir.path()).size(), 1u)
        << "the half-written temp could not be removed from a gone stick";
    EXPECT_TRUE(isTempFor(tempFilesIn(dir.path())[0], file));
}

TEST(AtomicFile, StickPulledAtAnySystemCallLeavesOldOrNewNeverTorn) {
    const std::string oldBytes = portfolioBytes(20, "old");
    const std::string newBytes = portfolioBytes(600, "new");
    int refusedBeforeRename = 0;
    for (int call = 1;; ++call) {
        TempDir dir;
        const fs::path file = dir / "Sam-1a2b3c4d.pathlight";
        ASSERT_TRUE(writeAtomically(file, oldBytes).ok());
        PulledStick stick;
        stick.pullAtCall = call;
        const core::Status status = writeAtomically(file, newBytes, true, stick);
        stick.plug();
        const std::string now = readBytes(file);
        ASSERT_THAT(now, AnyOf(oldBytes, newBytes)) << "pulled at call " << call;
        if (status.ok()) {
            // Only a stick that stayed in until the rename was made durable gives success.
            EXPECT_EQ(now, newBytes);
            EXPECT_GE(call, stick.calls - 1) << "success although pulled at call " << call;
            break;
        }
        EXPECT_EQ(status.error().code, kErrIo) << status.error().detail;
        refusedBeforeRename += now == oldBytes ? 1 : 0;
        ASSERT_LT(call, 200) << "runaway";
    }
    EXPECT_GT(refusedBeforeRename, 5);
}

TEST(AtomicFile, KillAtRandomMomentsNeverLeavesATornFile) {
    TempDir dir;
    const fs::path file = dir / "Sam-1a2b3c4d.pathlight";
    const std::string a =
        portfolioBytes(2000, "aaaa"); // a few hundred kilobytes each, so kills land mid-write
    const std::string b = portfolioBytes(2500, "bb");
    ASSERT_TRUE(writeAtomically(file, a).ok());
    std::mt19937 random(7);
    int sawA = 0;
    int sawB = 0;
    for (int round = 0; round < 25; ++round) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            for (int i = 0;; ++i) {
                (void)writeAtomically(file, i % 2 == 0 ? b : a);
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 40000)); // a random moment
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        const std::string now = readBytes(file);
        ASSERT_TRUE(now == a || now == b) << "round " << round << ": torn file of " << now.size() << " bytes";
        ASSERT_TRUE(decode(now).ok());
        (now == a ? sawA : sawB) += 1;
        const std::string bak = readBytes(backupPath(file));
        if (!bak.empty()) {
            ASSERT_TRUE(bak == a || bak == b) << "torn .bak in round " << round;
        }
    }
    EXPECT_GT(sawA + sawB, 0);
}

TEST(AtomicFile, ReadingRefusesOversizedMissingAndBlockingFiles) {
    TempDir dir;
    writeBytes(dir / "big", std::string(1000, 'x'));
    auto big = readWholeFile(dir / "big", 999);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, kErrTooBig);
    EXPECT_TRUE(readWholeFile(dir / "big", 1000).ok());

    auto missing = readWholeFile(dir / "missing.pathlight", kMaxFileBytes);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, kErrUnreadable);
    EXPECT_THAT(missing.error().detail, HasSubstr("No such file"));

    // A FIFO dropped in a shared folder must not hang the app.
    ASSERT_EQ(::mkfifo((dir / "trap.pathlight").c_str(), 0600), 0);
    auto fifo = readWholeFile(dir / "trap.pathlight", kMaxFileBytes);
    EXPECT_TRUE(!fifo.ok() || fifo->empty());

    PulledStick stick;
    stick.pullAtCall = 2; // open works, the first read fails
    writeBytes(dir / "on-stick.pathlight", portfolioBytes(10, "x"));
    auto pulled = readWholeFile(dir / "on-stick.pathlight", kMaxFileBytes, stick);
    ASSERT_FALSE(pulled.ok());
    EXPECT_EQ(pulled.error().code, kErrUnreadable);
    EXPECT_THAT(pulled.error().message, HasSubstr("USB stick"));
}
