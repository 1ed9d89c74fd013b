// A shared portfolio folder: push writes the union of this device's revisions and the folder's,
// conflict copies of every sync engine are merged then removed, damaged or foreign files are left
// alone and reported, a late writer is caught by the re-read before the rename, stale locks are
// recovered, and two processes pushing at once lose nothing.
#include "portfolio/errors.hpp"
#include "portfolio/merge.hpp"
#include "portfolio/sync_folder.hpp"
#include "portfolio_test_support.hpp"

#include <gmock/gmock.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <set>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::HasSubstr;

namespace {

constexpr const char* kMain = "Sam-1a2b3c4d.pathlight";

SyncOptions options() {
    SyncOptions o;
    o.app = "pathlight test";
    o.device = "kiosk1";
    o.lock.waitMs = 2000;
    return o;
}

std::set<std::string> entriesOf(const std::vector<core::Revision>& revisions) {
    std::set<std::string> out;
    for (const core::Revision& r : revisions) {
        out.insert(r.entryId + "@" + std::to_string(r.hlc.wallMs));
    }
    return out;
}

std::set<std::string> entriesIn(const fs::path& file) {
    auto decoded = decode(readBytes(file), file.string());
    EXPECT_TRUE(decoded.ok()) << (decoded.ok() ? "" : decoded.error().detail);
    return decoded.ok() ? entriesOf(decoded->revisions) : std::set<std::string>{};
}

void writePortfolio(const fs::path& file, std::vector<core::Revision> revisions,
                    const std::string& learner = kLearnerA) {
    writeBytes(file, encoded(makePortfolio(std::move(revisions), learner)));
}

Portfolio local(std::vector<core::Revision> revisions) {
    return makePortfolio(std::move(revisions));
}

// Sets a file's modification time `secondsAgo` in the past.
void age(const fs::path& file, int secondsAgo) {
    struct timespec times[2];
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= secondsAgo;
    times[1] = times[0];
    ASSERT_EQ(::utimensat(AT_FDCWD, file.c_str(), times, 0), 0);
}

} // namespace

TEST(SyncFolder, PushWritesTheLearnersFileAndPullReadsItBack) {
    TempDir dir;
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({profileRev("Sam", 1000), rev("j1", 2000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_TRUE(pushed->wrote);
    EXPECT_EQ(pushed->file, dir / kMain);
    EXPECT_EQ(entriesIn(dir / kMain), (std::set<std::string>{"j1@2000", "profile-entry@1000"}));
    EXPECT_FALSE(fs::exists(dir / (std::string(kMain) + ".lock"))) << "the lock is released";

    auto pulled = folder.pull(kLearnerA);
    ASSERT_TRUE(pulled.ok()) << pulled.error().detail;
    EXPECT_EQ(entriesOf(pulled->revisions), entriesIn(dir / kMain));
    EXPECT_TRUE(pulled->skipped.empty());
    auto none = folder.pull(kLearnerB);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->revisions.empty()) << "another learner has no file here";
}

TEST(SyncFolder, PushMergesWhatAnotherKioskWroteAndWritesNothingWhenAlreadyEqual) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000), rev("from-kiosk-2", 3000)});
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({profileRev("Sam", 1000), rev("from-kiosk-1", 2000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_EQ(entriesIn(dir / kMain),
              (std::set<std::string>{"from-kiosk-1@2000", "from-kiosk-2@3000", "profile-entry@1000"}));
    EXPECT_EQ(entriesOf(pushed->revisions), entriesIn(dir / kMain))
        << "the caller learns what the folder had";
    EXPECT_EQ(entriesIn(dir / (std::string(kMain) + ".bak")),
              (std::set<std::string>{"from-kiosk-2@3000", "profile-entry@1000"}));

    const std::string before = readBytes(dir / kMain);
    auto again = folder.push(local({profileRev("Sam", 1000), rev("from-kiosk-1", 2000)}), "Sam");
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->wrote) << "nothing new: no write, so sync engines see no change";
    EXPECT_EQ(readBytes(dir / kMain), before);
}

TEST(SyncFolder, ConflictCopiesOfEverySyncEngineAreMergedThenRemoved) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000)});
    const std::vector<std::string> copies{
        "Sam-1a2b3c4d.sync-conflict-20241124-101500-ABCDEF7.pathlight",
        "Sam-1a2b3c4d (conflicted copy 2024-11-24).pathlight",
        "Sam-1a2b3c4d (conflicted copy 2024-11-24 101500).pathlight",
        "Sam-1a2b3c4d-KIOSK3.pathlight",
        "Sam-1a2b3c4d (1).pathlight",
        "Samuel-1a2b3c4d.pathlight", // the learner's file under an older nickname
    };
    std::set<std::string> expected{"profile-entry@1000", "local@9000"};
    for (std::size_t i = 0; i < copies.size(); ++i) {
        const std::string entry = "copy-" + std::to_string(i);
        writePortfolio(dir / copies[i], {profileRev("Sam", 1000), rev(entry, 5000 + static_cast<int>(i))});
        expected.insert(entry + "@" + std::to_string(5000 + i));
    }
    SyncFolder folder(dir.path(), options());
    auto pulled = folder.pull(kLearnerA);
    ASSERT_TRUE(pulled.ok());
    EXPECT_EQ(pulled->merged.size(), copies.size() + 1);

    auto pushed = folder.push(local({rev("local", 9000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_EQ(entriesIn(dir / kMain), expected);
    EXPECT_EQ(pushed->removed.size(), copies.size());
    for (const std::string& copy : copies) {
        EXPECT_FALSE(fs::exists(dir / copy)) << copy << " should have been merged and removed";
    }
    EXPECT_TRUE(pushed->skipped.empty());
}

TEST(SyncFolder, DamagedForeignOrConflictingCopiesAreLeftAloneAndReported) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000), rev("shared", 2000, R"({"text":"original"})")});
    const fs::path corrupt = dir / "Sam-1a2b3c4d (conflicted copy 2024-11-24).pathlight";
    std::string bytes = encoded(makePortfolio({profileRev("Sam", 1000), rev("only-in-corrupt", 3000)}));
    bytes.replace(bytes.find("only-in-corrupt"), 4, "ONLY");
    writeBytes(corrupt, bytes);
    const fs::path foreign = dir / "Sam-1a2b3c4d-LAPTOP.pathlight";
    writePortfolio(foreign, {profileRev("Other", 1000, kLearnerB)}, kLearnerB);
    const fs::path forged = dir / "Sam-1a2b3c4d (2).pathlight";
    writePortfolio(forged, {profileRev("Sam", 1000), rev("shared", 2000, R"({"text":"forged"})")});

    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({rev("mine", 4000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    std::map<fs::path, std::string> codes;
    for (const SkippedFile& skipped : pushed->skipped) {
        codes[skipped.path] = skipped.error.code;
    }
    EXPECT_EQ(codes[corrupt], kErrChecksum);
    EXPECT_EQ(codes[foreign], kErrWrongLearner);
    EXPECT_EQ(codes[forged], kErrConflict);
    EXPECT_EQ(readBytes(corrupt), bytes) << "a damaged copy is never deleted";
    EXPECT_TRUE(fs::exists(foreign));
    EXPECT_TRUE(fs::exists(forged));
    EXPECT_EQ(entriesIn(dir / kMain),
              (std::set<std::string>{"mine@4000", "profile-entry@1000", "shared@2000"}));
}

TEST(SyncFolder, DamagedMainFileIsKeptAsideAndItsBackupMerged) {
    TempDir dir;
    SyncFolder folder(dir.path(), options());
    ASSERT_TRUE(folder.push(local({profileRev("Sam", 1000), rev("first", 2000)}), "Sam").ok());
    ASSERT_TRUE(
        folder.push(local({profileRev("Sam", 1000), rev("first", 2000), rev("second", 3000)}), "Sam").ok());
    const std::string good = readBytes(dir / kMain);
    const std::string torn = good.substr(0, good.size() / 2);
    writeBytes(dir / kMain, torn);

    auto pulled = folder.pull(kLearnerA);
    ASSERT_TRUE(pulled.ok());
    EXPECT_EQ(entriesOf(pulled->revisions), (std::set<std::string>{"first@2000", "profile-entry@1000"}))
        << "the .bak still holds the previous version";
    ASSERT_EQ(pulled->skipped.size(), 1u);
    EXPECT_EQ(pulled->skipped[0].error.code, kErrTruncated);

    auto pushed = folder.push(local({rev("third", 4000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    ASSERT_TRUE(pushed->keptDamaged.has_value());
    EXPECT_EQ(readBytes(*pushed->keptDamaged), torn) << "the damaged file is kept for a teacher";
    EXPECT_THAT(pushed->keptDamaged->filename().string(), HasSubstr(".damaged-"));
    EXPECT_EQ(entriesIn(dir / kMain),
              (std::set<std::string>{"first@2000", "profile-entry@1000", "third@4000"}));
    EXPECT_EQ(entriesIn(dir / (std::string(kMain) + ".bak")),
              (std::set<std::string>{"first@2000", "profile-entry@1000"}))
        << "the good backup is not replaced by the damaged file";
}

TEST(SyncFolder, FileFromANewerPathlightIsNeverOverwritten) {
    TempDir dir;
    std::string newer = encoded(makePortfolio({profileRev("Sam", 1000)}));
    newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 2");
    writeBytes(dir / kMain, newer);
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({rev("mine", 4000)}), "Sam");
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().code, kErrTooNew);
    EXPECT_EQ(readBytes(dir / kMain), newer);
    EXPECT_EQ(folder.pull(kLearnerA).error().code, kErrTooNew);
}

TEST(SyncFolder, MainFileDisagreeingWithThisDeviceStopsTheWrite) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000), rev("entry-42", 2000, R"({"text":"theirs"})")});
    const std::string before = readBytes(dir / kMain);
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({rev("entry-42", 2000, R"({"text":"mine"})")}), "Sam");
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().code, kErrConflict);
    EXPECT_THAT(pushed.error().message, HasSubstr("entry-42"));
    EXPECT_EQ(readBytes(dir / kMain), before);
}

namespace {

// Ignores the lock like a careless program: the first time the pusher syncs its temp file, another
// kiosk's version of the main file lands in the folder.
class LateWriter : public FileOps {
  public:
    LateWriter(fs::path main, std::string bytes) : m_main(std::move(main)), m_bytes(std::move(bytes)) {}
    int fsync(int fd) override {
        if (!m_done) {
            m_done = true;
            writeBytes(m_main, m_bytes);
        }
        return FileOps::fsync(fd);
    }

  private:
    fs::path m_main;
    std::string m_bytes;
    bool m_done = false;
};

} // namespace

TEST(SyncFolder, ARevisionThatLandsJustBeforeTheRenameIsMergedNotLost) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000)});
    LateWriter late(dir / kMain,
                    encoded(makePortfolio({profileRev("Sam", 1000), rev("late-arrival", 7000)})));
    SyncOptions o = options();
    o.ops = &late;
    SyncFolder folder(dir.path(), o);
    auto pushed = folder.push(local({rev("mine", 4000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_EQ(entriesIn(dir / kMain),
              (std::set<std::string>{"late-arrival@7000", "mine@4000", "profile-entry@1000"}));
}

TEST(SyncFolder, UsbStickPulledDuringPushLeavesFolderAsItWas) {
    TempDir dir;
    writePortfolio(dir / kMain, {profileRev("Sam", 1000)});
    const fs::path copy = dir / "Sam-1a2b3c4d (1).pathlight";
    writePortfolio(copy, {profileRev("Sam", 1000), rev("in-copy", 2000)});
    const std::string mainBefore = readBytes(dir / kMain);
    std::vector<core::Revision> many{profileRev("Sam", 1000)};
    for (int i = 0; i < 2000; ++i) {
        many.push_back(rev(std::string("e").append(std::to_string(i)), 3000 + i));
    }
    PulledStick stick;
    stick.pullAfterBytes = 100000;
    SyncOptions o = options();
    o.ops = &stick;
    SyncFolder folder(dir.path(), o);
    auto pushed = folder.push(local(many), "Sam");
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().code, kErrIo);
    stick.plug();
    EXPECT_EQ(readBytes(dir / kMain), mainBefore);
    EXPECT_TRUE(fs::exists(copy)) << "copies are removed only after a successful write";
    EXPECT_FALSE(fs::exists(dir / (std::string(kMain) + ".lock")));
}

TEST(SyncFolder, LockOfADeadProcessOnThisHostIsRecovered) {
    TempDir dir;
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::_exit(0);
    }
    ::waitpid(child, nullptr, 0); // now certainly dead
    const fs::path lock = dir / (std::string(kMain) + ".lock");
    writeBytes(lock, "pathlight-lock 1\npid " + std::to_string(child) + "\nhost " + hostName() +
                         "\ntime 1\nnonce 00\n");
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({profileRev("Sam", 1000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_FALSE(fs::exists(lock));
}

TEST(SyncFolder, LockOlderThanTheTimeoutIsRecoveredEvenFromAnotherHost) {
    TempDir dir;
    const fs::path lock = dir / (std::string(kMain) + ".lock");
    writeBytes(lock, "pathlight-lock 1\npid 4242\nhost some-other-kiosk\ntime 1\nnonce 00\n");
    age(lock, 120);
    SyncFolder folder(dir.path(), options());
    auto pushed = folder.push(local({profileRev("Sam", 1000)}), "Sam");
    ASSERT_TRUE(pushed.ok()) << pushed.error().detail;
    EXPECT_FALSE(fs::exists(lock));
    // An unreadable lock (its writer died before writing a line) is judged by age alone.
    writeBytes(lock, "");
    age(lock, 120);
    EXPECT_TRUE(folder.push(local({profileRev("Sam", 1000), rev("x", 2)}), "Sam").ok());
}

TEST(SyncFolder, LiveLockMakesPushWaitThenSayBusy) {
    TempDir dir;
    const fs::path lock = dir / (std::string(kMain) + ".lock");
    auto held = FolderLock::acquire(lock);
    ASSERT_TRUE(held.ok());
    SyncOptions o = options();
    o.lock.waitMs = 150;
    SyncFolder folder(dir.path(), o);
    auto pushed = folder.push(local({profileRev("Sam", 1000)}), "Sam");
    ASSERT_FALSE(pushed.ok());
    EXPECT_EQ(pushed.error().code, kErrBusy);
    EXPECT_THAT(pushed.error().message, HasSubstr("Try again in a moment"));
    EXPECT_THAT(pushed.error().detail, HasSubstr("process " + std::to_string(::getpid())));
    EXPECT_FALSE(fs::exists(dir / kMain));
    held->release();
    EXPECT_TRUE(folder.push(local({profileRev("Sam", 1000)}), "Sam").ok());
}

TEST(SyncFolder, TwoProcessesPushingAtOnceLoseNothing) {
    TempDir dir;
    constexpr int kPushes = 25;
    std::vector<pid_t> children;
    for (int p = 0; p < 2; ++p) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            SyncOptions o = options();
            o.device = "kiosk" + std::to_string(p);
            o.lock.waitMs = 20000;
            SyncFolder folder(dir.path(), o);
            std::vector<core::Revision> mine{profileRev("Sam", 1000)};
            int failures = 0;
            for (int i = 0; i < kPushes; ++i) {
                mine.push_back(rev("p" + std::to_string(p) + "-" + std::to_string(i), 2000 + i));
                failures += folder.push(local(mine), "Sam").ok() ? 0 : 1;
            }
            ::_exit(failures == 0 ? 0 : 1);
        }
        children.push_back(child);
    }
    expectAllSucceed(children);
    const auto entries = entriesIn(dir / kMain);
    EXPECT_EQ(entries.size(), 1u + 2 * kPushes);
    for (int p = 0; p < 2; ++p) {
        for (int i = 0; i < kPushes; ++i) {
            const std::string name =
                std::string("p").append(std::to_string(p)).append("-").append(std::to_string(i));
            EXPECT_TRUE(entries.count(name + "@" + std::to_string(2000 + i))) << "lost p" << p << "-" << i;
        }
    }
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name == kMain || name == std::string(kMain) + ".bak") << "left behind: " << name;
    }
}
