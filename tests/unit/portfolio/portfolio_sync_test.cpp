// The sign-in / after-change / sign-out rhythm with a portfolio folder: sign-in brings another
// kiosk's work in and cleans up conflict copies, changes are written at most once every few seconds
// (the clock is handed in, so no test sleeps), sign-out writes the last change, and two kiosks with
// their own databases sharing one folder end up with the same work.
#include "portfolio/debouncer.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/portfolio_sync.hpp"
#include "portfolio_test_support.hpp"
#include "store/revision_repo.hpp"

#include <gmock/gmock.h>

#include <unistd.h>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;

namespace {

DebounceOptions debounce() {
    return DebounceOptions{5000, 1500, 15000};
}

core::Status addJournal(store::Database& db, const std::string& learnerId, const std::string& entry) {
    return store::RevisionRepo(db).append(
        core::Revision{learnerId, entry, "journal", db.clock().tick(), false, R"({"text":"today"})"});
}

// A device with Sam on it and an empty shared folder.
struct Kiosk : Device {
    store::Learner sam = disk.addLearner("Sam");
    fs::path folder = dir / "share";
    Kiosk() { fs::create_directories(folder); }
};

bool holds(const fs::path& file, const std::string& entry) {
    auto decoded = decode(readBytes(file));
    return decoded.ok() && std::any_of(decoded->revisions.begin(), decoded->revisions.end(),
                                       [&](const core::Revision& r) { return r.entryId == entry; });
}

} // namespace

TEST(Debouncer, WaitsForAPauseAndWritesAtMostOncePerInterval) {
    Debouncer d(debounce());
    EXPECT_FALSE(d.due(0)) << "nothing changed";
    d.noteChanged(1000);
    EXPECT_FALSE(d.due(2000)) << "the learner may still be typing";
    EXPECT_TRUE(d.due(2500)) << "1.5 s after the last change";
    d.markWritten(2500, true);
    EXPECT_FALSE(d.pending());
    d.noteChanged(3000);
    EXPECT_FALSE(d.due(5000)) << "quiet, but only 2.5 s since the last write";
    EXPECT_TRUE(d.due(7500)) << "5 s after the last write";
}

TEST(Debouncer, KeepsWritingWhileTheLearnerNeverPauses) {
    Debouncer d(debounce());
    for (std::int64_t t = 0; t < 14000; t += 500) {
        d.noteChanged(t);
        EXPECT_FALSE(d.due(t)) << t;
    }
    d.noteChanged(15000);
    EXPECT_TRUE(d.due(15000)) << "no change waits longer than 15 s";
}

TEST(Debouncer, FailedWriteIsRetriedAfterTheIntervalNotEveryFrame) {
    Debouncer d(debounce());
    d.noteChanged(0);
    ASSERT_TRUE(d.due(2000));
    d.markWritten(2000, false);
    EXPECT_TRUE(d.pending());
    EXPECT_FALSE(d.due(2016));
    EXPECT_TRUE(d.due(7000));
    EXPECT_TRUE(d.flush()) << "sign-out still has something to write";
    EXPECT_FALSE(d.flush());
    EXPECT_FALSE(d.due(100000));
}

TEST(PortfolioSync, SignInMergesTheFolderThenChangesAreWrittenBackDebounced) {
    Kiosk k;
    DiskDatabase& kiosk = k.disk;
    const store::Learner& sam = k.sam;
    const fs::path& folder = k.folder;
    // Another kiosk left Sam's file and a Syncthing conflict copy with work this one lacks.
    auto exported = k.service.exportLearner(sam.id);
    ASSERT_TRUE(exported.ok());
    Portfolio elsewhere = *exported;
    elsewhere.revisions.push_back(core::Revision{sam.id, "from-kiosk-2", "journal",
                                                 core::Hlc{1732406400000, 0, "kiosk2"}, false, "{}"});
    const fs::path mainFile = folder / ("Sam-" + sam.id.substr(0, 8) + ".pathlight");
    writeBytes(mainFile, encoded(elsewhere));
    Portfolio copy = *exported;
    copy.revisions.push_back(
        core::Revision{sam.id, "from-copy", "journal", core::Hlc{1732406400001, 0, "kiosk3"}, false, "{}"});
    const fs::path copyFile =
        folder / ("Sam-" + sam.id.substr(0, 8) + ".sync-conflict-20241124-101500-K3K3K3K.pathlight");
    writeBytes(copyFile, encoded(copy));

    PortfolioSync sync(k.service, folder, debounce());
    auto signedIn = sync.signIn(sam.id);
    ASSERT_TRUE(signedIn.ok()) << signedIn.error().detail;
    EXPECT_EQ(signedIn->pulled, 2u);
    EXPECT_TRUE(store::RevisionRepo(kiosk.db()).head(sam.id, "from-kiosk-2").has_value());
    EXPECT_TRUE(store::RevisionRepo(kiosk.db()).head(sam.id, "from-copy").has_value());
    EXPECT_FALSE(fs::exists(copyFile)) << "the conflict copy was merged and removed";
    EXPECT_TRUE(holds(mainFile, "from-copy"));

    // A change: not written at once, but after a pause.
    ASSERT_TRUE(addJournal(kiosk.db(), sam.id, "journal-1").ok());
    sync.noteChanged(10000);
    EXPECT_FALSE(sync.pushIfDue(10100).has_value());
    EXPECT_FALSE(holds(mainFile, "journal-1"));
    auto pushed = sync.pushIfDue(11600);
    ASSERT_TRUE(pushed.has_value());
    ASSERT_TRUE(pushed->ok()) << pushed->error().detail;
    EXPECT_TRUE(holds(mainFile, "journal-1"));

    // Sign-out writes the last change even inside the interval.
    ASSERT_TRUE(addJournal(kiosk.db(), sam.id, "journal-2").ok());
    sync.noteChanged(12000);
    EXPECT_FALSE(sync.pushIfDue(13600).has_value()) << "at most one write per 5 s";
    auto out = sync.signOut(13700);
    ASSERT_TRUE(out.ok()) << out.error().detail;
    EXPECT_TRUE(holds(mainFile, "journal-2"));
    EXPECT_FALSE(sync.pending());
}

TEST(PortfolioSync, SomeoneElsesFileUnderThisNameStopsTheSyncWithTheKidMessage) {
    Kiosk k;
    DiskDatabase& kiosk = k.disk;
    const store::Learner& sam = k.sam;
    const fs::path& folder = k.folder;
    // A file with Sam's name and short id, but another learner inside.
    std::string otherId = sam.id;
    otherId.replace(30, 6, "ffffff");
    writeBytes(folder / ("Sam-" + sam.id.substr(0, 8) + ".pathlight"),
               encoded(makePortfolio({profileRev("Impostor", 1000, otherId)}, otherId)));
    const std::string before = kiosk.snapshot();
    PortfolioSync sync(k.service, folder, debounce());
    auto signedIn = sync.signIn(sam.id);
    ASSERT_FALSE(signedIn.ok());
    EXPECT_EQ(signedIn.error().code, kErrWrongLearner);
    EXPECT_EQ(signedIn.error().message, "This is someone else's portfolio. Pick your own file.");
    EXPECT_EQ(kiosk.snapshot(), before);
}

TEST(PortfolioSync, TwoKiosksWithTheirOwnDatabasesShareOneFolderAndLoseNothing) {
    TempDir dir;
    const fs::path folder = dir / "share";
    fs::create_directories(folder);
    std::string learnerId;
    {
        DiskDatabase first(dir / "kiosk0");
        learnerId = first.addLearner("Sam").id;
        PortfolioService service(first.db(), "pathlight test");
        ASSERT_TRUE(service.saveToFolder(learnerId, folder).ok());
    }
    constexpr int kChanges = 12;
    std::vector<pid_t> kiosks;
    for (int k = 0; k < 2; ++k) {
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            fs::create_directories(dir / ("kiosk" + std::to_string(k)));
            DiskDatabase disk(dir / ("kiosk" + std::to_string(k)));
            PortfolioService service(disk.db(), "pathlight test");
            PortfolioSync sync(service, folder, DebounceOptions{0, 0, 0});
            int failures = sync.signIn(learnerId).ok() ? 0 : 1;
            for (int i = 0; i < kChanges; ++i) {
                failures +=
                    addJournal(disk.db(), learnerId, "k" + std::to_string(k) + "-" + std::to_string(i)).ok()
                        ? 0
                        : 1;
                sync.noteChanged(i);
                const auto pushed = sync.pushIfDue(i);
                failures += pushed && pushed->ok() ? 0 : 1;
            }
            failures += sync.signOut(kChanges).ok() ? 0 : 1;
            ::_exit(failures == 0 ? 0 : 1);
        }
        kiosks.push_back(child);
    }
    expectAllSucceed(kiosks);
    // One more sign-in on each kiosk, and both hold every change of both.
    std::vector<std::size_t> counts;
    for (int k = 0; k < 2; ++k) {
        DiskDatabase disk(dir / ("kiosk" + std::to_string(k)));
        PortfolioService service(disk.db(), "pathlight test");
        PortfolioSync sync(service, folder);
        ASSERT_TRUE(sync.signIn(learnerId).ok());
        for (int j = 0; j < 2; ++j) {
            for (int i = 0; i < kChanges; ++i) {
                const std::string entry =
                    std::string("k").append(std::to_string(j)).append("-").append(std::to_string(i));
                EXPECT_TRUE(store::RevisionRepo(disk.db()).head(learnerId, entry).has_value())
                    << "kiosk " << k << " lacks k" << j << "-" << i;
            }
        }
        counts.push_back(store::RevisionRepo(disk.db()).count(learnerId));
    }
    EXPECT_EQ(counts[0], counts[1]);
}
