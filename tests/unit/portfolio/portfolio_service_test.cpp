// PortfolioService against real on-disk databases: a learner carried to another device arrives with
// their work, their name on the sign-in list and their PIN; every bad, hostile or someone-else's
// file is refused with a kid message and a teacher detail, and the database file stays
// byte-for-byte the same; a class folder imports file by file.
#include "portfolio/errors.hpp"
#include "portfolio/portfolio_service.hpp"
#include "portfolio_test_support.hpp"
#include "store/quiz_repo.hpp"
#include "store/revision_repo.hpp"

#include <gmock/gmock.h>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::HasSubstr;

namespace {

// Exports a learner of `from` to a file in `folder` and returns its path.
fs::path exportTo(Device& from, const std::string& learnerId, const fs::path& folder) {
    auto portfolio = from.service.exportLearner(learnerId);
    EXPECT_TRUE(portfolio.ok()) << (portfolio.ok() ? "" : portfolio.error().detail);
    const fs::path file = folder / "exported.pathlight";
    writeBytes(file, portfolio.ok() ? encoded(*portfolio) : "");
    return file;
}

ImportOptions signedIn(const std::string& learnerId) {
    ImportOptions options;
    options.expectedLearnerId = learnerId;
    options.pinChecked = true;
    return options;
}

} // namespace

TEST(PortfolioService, LearnerBroughtFromAnotherDeviceArrivesWithWorkNameAndPin) {
    Device kioskA;
    Device kioskB;
    const store::Learner sam = kioskA.disk.addLearner("Sam", "2580");
    store::QuizRepo quizzes(kioskA.disk.db());
    auto attempt = quizzes.openAttempt(sam.id, "interest");
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(quizzes.recordAnswer(sam.id, *attempt, "r01", 4, 1).ok());
    ASSERT_TRUE(quizzes.recordAnswer(sam.id, *attempt, "i01", 2, 2).ok());

    const fs::path file = exportTo(kioskA, sam.id, kioskA.dir.path());
    auto imported = kioskB.service.importFile(file, ImportOptions{});
    ASSERT_TRUE(imported.ok()) << imported.error().detail;
    EXPECT_TRUE(imported->newLearner);
    EXPECT_EQ(imported->nickname, "Sam");
    EXPECT_EQ(imported->added, store::RevisionRepo(kioskA.disk.db()).count(sam.id));

    // On the sign-in screen of kiosk B, protected by the same PIN.
    store::LearnerRepo learnersB(kioskB.disk.db());
    const auto list = learnersB.list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].id, sam.id);
    EXPECT_EQ(list[0].nickname, "Sam");
    EXPECT_EQ(list[0].grade, 6);
    EXPECT_EQ(list[0].avatar, 3);
    EXPECT_TRUE(list[0].hasPin);
    EXPECT_TRUE(learnersB.checkPin(sam.id, "2580"));
    EXPECT_FALSE(learnersB.checkPin(sam.id, "1111"));

    // The quiz resumes where it was left.
    const auto resumed = store::QuizRepo(kioskB.disk.db()).unfinishedAttempt(sam.id, "interest");
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->position, 2);
    EXPECT_EQ(resumed->answers.at("r01"), 4);

    // Kiosk B's clock now sorts after everything it imported, so B's next change wins.
    core::Hlc newest;
    for (const core::Revision& r : store::RevisionRepo(kioskB.disk.db()).all(sam.id)) {
        newest = std::max(newest, r.hlc);
    }
    EXPECT_GT(kioskB.disk.db().clock().tick(), newest);
}

TEST(PortfolioService, ImportingTheSameFileTwiceChangesNothing) {
    Device kioskA;
    Device kioskB;
    const store::Learner sam = kioskA.disk.addLearner("Sam");
    const fs::path file = exportTo(kioskA, sam.id, kioskA.dir.path());
    ASSERT_TRUE(kioskB.service.importFile(file, ImportOptions{}).ok());
    const std::string before = kioskB.disk.snapshot();
    auto again = kioskB.service.importFile(file, signedIn(sam.id));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->added, 0u);
    EXPECT_FALSE(again->newLearner);
    EXPECT_EQ(kioskB.disk.snapshot(), before);
}

TEST(PortfolioService, ChangesMadeOnBothDevicesMergeAndTheNewestNameWins) {
    Device kioskA;
    Device kioskB;
    const store::Learner sam = kioskA.disk.addLearner("Sam");
    ASSERT_TRUE(kioskB.service.importFile(exportTo(kioskA, sam.id, kioskA.dir.path()), ImportOptions{}).ok());
    // B renames the learner (a new profile revision of the same entry), A adds a journal entry.
    const auto profile = store::RevisionRepo(kioskB.disk.db()).heads(sam.id, core::kind::kProfile).at(0);
    core::Revision renamed = profile;
    renamed.hlc = kioskB.disk.db().clock().tick();
    renamed.body = R"({"avatar":9,"grade":7,"guest":false,"nickname":"Samira"})";
    ASSERT_TRUE(store::RevisionRepo(kioskB.disk.db()).append(renamed).ok());
    ASSERT_TRUE(store::RevisionRepo(kioskA.disk.db())
                    .append(core::Revision{sam.id, "journal-1", "journal", kioskA.disk.db().clock().tick(),
                                           false, R"({"text":"I liked the robot game"})"})
                    .ok());

    auto toA = kioskA.service.importFile(exportTo(kioskB, sam.id, kioskB.dir.path()), signedIn(sam.id));
    ASSERT_TRUE(toA.ok()) << toA.error().detail;
    EXPECT_EQ(toA->added, 1u);
    const auto learner = store::LearnerRepo(kioskA.disk.db()).find(sam.id);
    EXPECT_EQ(learner->nickname, "Samira") << "the learners row follows the newest profile";
    EXPECT_EQ(learner->avatar, 9);
    EXPECT_EQ(learner->grade, 7);
    auto toB = kioskB.service.importFile(exportTo(kioskA, sam.id, kioskA.dir.path()), signedIn(sam.id));
    ASSERT_TRUE(toB.ok());
    EXPECT_EQ(store::RevisionRepo(kioskA.disk.db()).all(sam.id).size(),
              store::RevisionRepo(kioskB.disk.db()).all(sam.id).size())
        << "both devices now hold the same revisions";
}

TEST(PortfolioService, BadAndHostileFilesAreRefusedAndTheDatabaseStaysByteForByteTheSame) {
    Device kiosk;
    const store::Learner sam = kiosk.disk.addLearner("Sam");
    const store::Learner other = kiosk.disk.addLearner("Ana");
    auto exported = kiosk.service.exportLearner(sam.id);
    ASSERT_TRUE(exported.ok());
    const std::string good = encoded(*exported);
    auto replaced = [&](const std::string& from, const std::string& to) {
        std::string text = good;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    auto foreign = kiosk.service.exportLearner(other.id);
    ASSERT_TRUE(foreign.ok());
    std::string tooMany = R"({"format":"pathlight-portfolio","version":1,"revisions":[)";
    for (std::size_t i = 0; i <= kMaxRevisions; ++i) {
        tooMany += i == 0 ? "0" : ",0";
    }
    tooMany += "]}";

    struct Case {
        std::string name;
        std::string bytes;
        const char* code;
        std::string kidSays;
    };
    const std::vector<Case> cases{
        {"truncated", good.substr(0, good.size() * 2 / 3), kErrTruncated, "cut off"},
        {"wrong checksum", replaced("\"nickname\\\":\\\"Sam", "\"nickname\\\":\\\"Max"), kErrChecksum,
         "changed or damaged"},
        {"newer format", replaced("\"version\": 1", "\"version\": 3"), kErrTooNew, "update Pathlight"},
        {"unknown format", R"({"format":"pathlight-roster","version":1})", kErrUnknownFormat,
         "isn't a Pathlight portfolio"},
        {"invalid UTF-8", replaced("Sam", "S\xc3\x28m"), kErrUtf8, "broken"},
        {"wrong JSON types", replaced("\"deleted\": false", "\"deleted\": 0"), kErrTypes, "broken"},
        {"over 16 MB", std::string(kMaxFileBytes + 10, ' '), kErrTooBig, "too big"},
        {"nesting over 32",
         replaced("\"version\": 1,",
                  "\"version\": 1, \"x\": " + std::string(40, '[') + std::string(40, ']') + ","),
         kErrTooDeep, "broken"},
        {"over 200,000 revisions", tooMany, kErrTooMany, "more saved work"},
        {"string over 64 KB",
         replaced("\"version\": 1,", "\"version\": 1, \"x\": \"" + std::string(70000, 'a') + "\","),
         kErrStringTooLong, "broken"},
        {"someone else's", encoded(*foreign), kErrWrongLearner, "someone else's portfolio"},
        {"stick pulled mid-write (zeros)",
         good.substr(0, good.size() / 2) + std::string(good.size() / 2, '\0'), kErrTruncated, "cut off"},
        {"stick pulled mid-write (empty)", "", kErrTruncated, "cut off"},
    };
    kiosk.disk.db().clock().tick();
    const std::string before = kiosk.disk.snapshot();
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const fs::path file = kiosk.dir / "incoming.pathlight";
        writeBytes(file, c.bytes);
        auto result = kiosk.service.importFile(file, signedIn(sam.id));
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, c.code) << result.error().detail;
        EXPECT_THAT(result.error().message, HasSubstr(c.kidSays));
        EXPECT_THAT(result.error().detail, HasSubstr("incoming.pathlight")) << "the teacher sees which file";
        EXPECT_EQ(kiosk.disk.snapshot(), before) << "the database changed";
        // Checking the file first (the "Is this you?" step) refuses it just the same.
        auto checked = kiosk.service.checkFile(file);
        if (checked.ok()) {
            EXPECT_EQ(std::string(c.code), kErrWrongLearner);
        }
    }
    // And after all that, the device still works and nothing of Sam's changed.
    kiosk.disk.reopen();
    EXPECT_EQ(store::LearnerRepo(kiosk.disk.db()).list().size(), 2u);
}

TEST(PortfolioService, ConflictingOrForeignEntriesAreRefusedNamingTheEntry) {
    Device kiosk;
    const store::Learner sam = kiosk.disk.addLearner("Sam");
    const store::Learner ana = kiosk.disk.addLearner("Ana");
    const core::Hlc stamp{1732406400000, 0, "otherkiosk"};
    ASSERT_TRUE(store::RevisionRepo(kiosk.disk.db())
                    .append(core::Revision{sam.id, "entry-42", "journal", stamp, false, R"({"text":"mine"})"})
                    .ok());
    ASSERT_TRUE(
        store::RevisionRepo(kiosk.disk.db())
            .append(core::Revision{ana.id, "ana-entry", "journal", stamp, false, R"({"text":"Ana's"})"})
            .ok());
    auto exported = kiosk.service.exportLearner(sam.id);
    ASSERT_TRUE(exported.ok());
    const std::string before = kiosk.disk.snapshot();

    Portfolio forged = *exported;
    for (core::Revision& r : forged.revisions) {
        if (r.entryId == "entry-42") {
            r.body = R"({"text":"forged"})";
        }
    }
    auto conflict = kiosk.service.importPortfolio(forged, signedIn(sam.id), "forged.pathlight");
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, kErrConflict);
    EXPECT_THAT(conflict.error().message, HasSubstr("entry-42"));
    EXPECT_THAT(conflict.error().detail, HasSubstr("forged.pathlight"));

    Portfolio stealing = *exported;
    stealing.revisions.push_back(core::Revision{
        sam.id, "ana-entry", "journal", core::Hlc{1732406500000, 0, "x"}, false, R"({"text":"mine now"})"});
    auto foreign = kiosk.service.importPortfolio(stealing, signedIn(sam.id), "stealing.pathlight");
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().code, kErrConflict);
    EXPECT_THAT(foreign.error().message, HasSubstr("ana-entry"));
    EXPECT_EQ(kiosk.disk.snapshot(), before);
}

TEST(PortfolioService, APinOnThisDeviceIsNotBypassedByAFile) {
    Device kioskA;
    Device kioskB;
    const store::Learner sam = kioskA.disk.addLearner("Sam", "2580");
    const fs::path file = exportTo(kioskA, sam.id, kioskA.dir.path());
    ASSERT_TRUE(kioskB.service.importFile(file, ImportOptions{}).ok());
    // A file carrying a tombstone for the PIN, brought by someone who doesn't know it.
    auto portfolio = kioskB.service.exportLearner(sam.id);
    ASSERT_TRUE(portfolio.ok());
    portfolio->revisions.push_back(core::Revision{sam.id, store::pinEntryId(sam.id), store::kPinKind,
                                                  core::Hlc{9999999999999, 0, "attacker"}, true, "{}"});
    const std::string before = kioskB.disk.snapshot();
    auto refused = kioskB.service.importPortfolio(*portfolio, ImportOptions{}, "no-pin.pathlight");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, kErrPinNeeded);
    EXPECT_EQ(kioskB.disk.snapshot(), before);
    auto check = kioskB.service.checkFile(file);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check->knownHere);
    EXPECT_TRUE(check->pinHere) << "the screen knows to ask for the PIN first";
    EXPECT_EQ(check->summary.nickname, "Sam");

    // A PIN revision holding something that is not an Argon2id hash is refused outright.
    auto bad = kioskB.service.exportLearner(sam.id);
    bad->revisions.push_back(core::Revision{sam.id, store::pinEntryId(sam.id), store::kPinKind,
                                            core::Hlc{9999999999999, 0, "attacker"}, false,
                                            R"({"hash":"1234"})"});
    auto badPin = kioskB.service.importPortfolio(*bad, signedIn(sam.id), "bad-pin.pathlight");
    ASSERT_FALSE(badPin.ok());
    EXPECT_EQ(badPin.error().code, kErrTypes);
    EXPECT_TRUE(store::LearnerRepo(kioskB.disk.db()).checkPin(sam.id, "2580"));
}

TEST(PortfolioService, NewLearnerWithoutAProfileIsRefused) {
    Device kiosk;
    Portfolio nameless = makePortfolio({rev("journal-1", 1000)});
    const std::string before = kiosk.disk.snapshot();
    auto result = kiosk.service.importPortfolio(nameless, ImportOptions{}, "nameless.pathlight");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, kErrNoProfile);
    EXPECT_THAT(result.error().message, HasSubstr("no name"));
    EXPECT_EQ(kiosk.disk.snapshot(), before);
    // A profile with an impossible grade is no profile either.
    Portfolio badGrade =
        makePortfolio({rev("p", 1000, R"({"avatar":3,"grade":42,"guest":false,"nickname":"Sam"})", false,
                           core::kind::kProfile)});
    EXPECT_EQ(kiosk.service.importPortfolio(badGrade, ImportOptions{}, "x").error().code, kErrNoProfile);
}

TEST(PortfolioService, GuestsAreNeverExported) {
    Device kiosk;
    auto guest = store::LearnerRepo(kiosk.disk.db()).create({"Visitor", 0, 1, "", true});
    ASSERT_TRUE(guest.ok());
    auto exported = kiosk.service.exportLearner(guest->id);
    ASSERT_FALSE(exported.ok());
    EXPECT_EQ(exported.error().code, kErrGuest);
    EXPECT_EQ(kiosk.service.exportLearner("no-such-learner").error().code, kErrNoLearner);
}

TEST(PortfolioService, SaveToFileMergesWithTheLearnersFileAndRefusesAnyoneElses) {
    Device kiosk;
    const store::Learner sam = kiosk.disk.addLearner("Sam");
    const store::Learner ana = kiosk.disk.addLearner("Ana");
    const fs::path file = kiosk.dir / "usb" / "sam.pathlight";
    fs::create_directories(file.parent_path());
    writeBytes(file, encoded(makePortfolio({profileRev("Sam", 1000, sam.id),
                                            rev("from-elsewhere", 5000, "{}", false, "journal", sam.id)},
                                           sam.id)));
    ASSERT_TRUE(kiosk.service.saveToFile(sam.id, file).ok());
    auto saved = decode(readBytes(file));
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(std::any_of(saved->revisions.begin(), saved->revisions.end(), [](const core::Revision& r) {
        return r.entryId == "from-elsewhere";
    })) << "what was in the file is kept";
    EXPECT_TRUE(fs::exists(backupPath(file)));
    const std::string samsFile = readBytes(file);
    const core::Status overwrite = kiosk.service.saveToFile(ana.id, file);
    ASSERT_FALSE(overwrite.ok());
    EXPECT_EQ(overwrite.error().code, kErrWrongLearner);
    EXPECT_EQ(readBytes(file), samsFile);
}

TEST(PortfolioService, AClassFolderImportsGoodFilesAndListsTheRefusedOnes) {
    Device teacher;
    Device kiosk;
    const fs::path folder = teacher.dir / "class";
    fs::create_directories(folder);
    for (const char* name : {"Ava", "Ben", "Cai"}) {
        const store::Learner learner = kiosk.disk.addLearner(name);
        auto portfolio = kiosk.service.exportLearner(learner.id);
        ASSERT_TRUE(portfolio.ok());
        writeBytes(folder / (std::string(name) + "-" + learner.id.substr(0, 8) + ".pathlight"),
                   encoded(*portfolio));
    }
    writeBytes(folder / "Broken-00000000.pathlight", "{\"format\": \"pathlight-portfolio\"");
    writeBytes(folder / "notes.txt", "not a portfolio, not even looked at");
    auto report = teacher.service.importFolder(folder, false);
    ASSERT_TRUE(report.ok()) << report.error().detail;
    EXPECT_EQ(report->imported.size(), 3u);
    ASSERT_EQ(report->refused.size(), 1u);
    EXPECT_EQ(report->refused[0].path.filename(), "Broken-00000000.pathlight");
    EXPECT_EQ(report->refused[0].error.code, kErrTruncated);
    EXPECT_EQ(store::LearnerRepo(teacher.disk.db()).list().size(), 3u);
}
