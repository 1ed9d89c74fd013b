// store::RosterRepo: a roster import creates learners through LearnerRepo and links them to classes in
// one transaction; importing again changes nothing; a broken roster changes nothing; a changed roster
// updates only what changed; the teacher screens' queries see the result.
#include "roster_test_support.hpp"
#include "store/learner_repo.hpp"
#include "store/revision_repo.hpp"
#include "store/roster_repo.hpp"

#include <gmock/gmock.h>

using namespace pathlight;
using namespace pathlight::roster;
using namespace pathlight::roster::testing;
using store::RosterRepo;

namespace {

std::string count(const fs::path& file, const std::string& table) {
    return store::testing::rawQuery(file, "SELECT count(*) FROM " + table);
}

// Row counts of every table the import may touch, and the learner ids.
std::string fingerprint(const fs::path& file) {
    std::string out;
    for (const char* table : {"learners", "revisions", "heads", "roster_orgs", "roster_classes",
                              "roster_students", "roster_enrollments", "roster_demographics"}) {
        out += std::string(table) + "=" + count(file, table) + " ";
    }
    return out + store::testing::rawQuery(
                     file, "SELECT group_concat(id) FROM (SELECT id FROM learners ORDER BY id)");
}

class RosterRepoTest : public store::testing::InMemoryDbTest {};

} // namespace

TEST_F(RosterRepoTest, ImportCreatesLearnersLinkedToTheirClasses) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    RosterRepo repo(*m_db);
    auto report = repo.apply(snapshot);
    ASSERT_TRUE(report.ok()) << report.error().detail;
    EXPECT_EQ(report->created, 4u);
    EXPECT_EQ(report->classesAdded, 2u);
    EXPECT_EQ(report->orgsAdded, 2u);
    ASSERT_EQ(report->learnerIds.size(), 4u);

    // Learners exist, through LearnerRepo, with the planned nickname, grade and a stable avatar.
    store::LearnerRepo learners(*m_db);
    EXPECT_EQ(learners.list().size(), 4u); // staff and guardians are never learners
    const auto mary = learners.find(report->learnerIds[0].second);
    ASSERT_TRUE(mary.has_value());
    EXPECT_EQ(mary->nickname, "Mary Jon.");
    EXPECT_EQ(mary->grade, 6);
    EXPECT_EQ(mary->avatar, avatarFor("st1"));
    EXPECT_FALSE(mary->hasPin);
    EXPECT_EQ(store::RevisionRepo(*m_db).heads(mary->id, core::kind::kProfile).size(), 1u);

    // The teacher screens' queries.
    const auto classes = repo.classes();
    ASSERT_EQ(classes.size(), 2u);
    EXPECT_EQ(classes[0].title, "Math, Period 2");
    EXPECT_EQ(classes[0].students, 2);
    EXPECT_EQ(classes[0].grades, (std::vector<std::string>{"06", "07"}));
    EXPECT_EQ(classes[0].schoolName, "Lakeview Middle School");
    EXPECT_EQ(classes[1].title, "Science 6");

    const auto science = repo.studentsOf("c1");
    ASSERT_EQ(science.size(), 2u);
    EXPECT_EQ(science[0].nickname, "Jos\xC3\xA9");
    EXPECT_EQ(science[0].rosterGrade, "08");
    EXPECT_EQ(science[0].grade, 8);
    ASSERT_TRUE(science[0].demographics.has_value());
    EXPECT_EQ(science[0].demographics->sex, "male");
    EXPECT_EQ(science[1].nickname, "Mary Jon.");
    EXPECT_EQ(science[1].familyName, "Jones");
    EXPECT_EQ(science[1].demographics->white, Flag::Yes);
    EXPECT_EQ(science[1].demographics->asian, Flag::No);
    EXPECT_EQ(science[1].demographics->englishLearner, Flag::Unknown);

    const auto maryClasses = repo.classesOf(mary->id);
    ASSERT_EQ(maryClasses.size(), 2u);
    EXPECT_EQ(maryClasses[1].sourcedId, "c1");
    const auto sam = repo.student(report->learnerIds[3].second);
    ASSERT_TRUE(sam.has_value());
    EXPECT_EQ(sam->familyName, "Lee, Jr.");
    EXPECT_FALSE(sam->demographics.has_value());
    EXPECT_TRUE(repo.classesOf(sam->learnerId).empty());
    EXPECT_EQ(repo.students().size(), 4u);
    EXPECT_EQ(repo.orgs().size(), 2u);
}

TEST(RosterRepo, ReimportIsIdempotentOnDisk) {
    TempDir dir;
    const fs::path file = dir / "pathlight.db";
    for (const char* sample :
         {"oneroster-1.1-moodle", "clever-conroysj-clever-sandbox", "oneroster-1.2-moodle"}) {
        SCOPED_TRACE(sample);
        const RosterSnapshot snapshot = readOrFail(samples() / sample);
        std::string first;
        std::vector<std::pair<std::string, std::string>> ids;
        {
            auto db = store::testing::openOrFail(file);
            ASSERT_NE(db, nullptr);
            auto report = RosterRepo(*db).apply(snapshot);
            ASSERT_TRUE(report.ok()) << report.error().detail;
            ids = report->learnerIds;
        }
        first = fingerprint(file);
        const std::string bytes = store::testing::readBytes(file);
        {
            auto db = store::testing::openOrFail(file);
            ASSERT_NE(db, nullptr);
            RosterRepo repo(*db);
            EXPECT_TRUE(repo.preview(snapshot).changesNothing());
            const std::int64_t before = db->changeCount();
            auto again = repo.apply(snapshot);
            ASSERT_TRUE(again.ok()) << again.error().detail;
            EXPECT_EQ(db->changeCount(), before); // not a single row written
            EXPECT_EQ(again->created, 0u);
            EXPECT_EQ(again->updated, 0u);
            EXPECT_EQ(again->unchanged, snapshot.students.size());
            EXPECT_EQ(again->learnerIds, ids);
        }
        EXPECT_EQ(fingerprint(file), first);
        EXPECT_EQ(store::testing::readBytes(file), bytes); // the closed database file is byte-identical
    }
}

TEST(RosterRepo, ABrokenRosterChangesNothing) {
    TempDir dir;
    const fs::path file = dir / "pathlight.db";
    {
        auto db = store::testing::openOrFail(file);
        ASSERT_TRUE(RosterRepo(*db).apply(readOrFail(fixtures() / "clever")).ok());
    }
    const std::string before = fingerprint(file);
    const std::string bytes = store::testing::readBytes(file);

    auto files = loadBundle(fixtures() / "oneroster11");
    ASSERT_TRUE(files.ok());
    files->add("enrollments.csv", *files->find("enrollments.csv") + "e99,,,c1,s1,\"st4,student,false,,\r\n");
    const RosterSnapshot broken = readFilesOrFail(*files);
    ASSERT_FALSE(broken.ok());
    EXPECT_NE(findIssue(broken.errors, "enrollments.csv:13", "never closed"), nullptr)
        << describe(broken.errors);
    {
        auto db = store::testing::openOrFail(file);
        const std::int64_t changes = db->changeCount();
        auto refused = RosterRepo(*db).apply(broken);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, kErrInvalid);
        EXPECT_THAT(refused.error().detail, ::testing::HasSubstr("enrollments.csv:13"));
        EXPECT_EQ(db->changeCount(), changes);
    }
    EXPECT_EQ(fingerprint(file), before);
    EXPECT_EQ(store::testing::readBytes(file), bytes);
}

TEST_F(RosterRepoTest, AChangedRosterUpdatesOnlyWhatChanged) {
    RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    RosterRepo repo(*m_db);
    auto first = repo.apply(snapshot);
    ASSERT_TRUE(first.ok());
    const std::string jose = first->learnerIds[2].second;

    // Next year: José is in grade 9 and left Science; Mary changed her name; a class was renamed.
    Student& joseRow = snapshot.students[2];
    joseRow.grade = "09";
    joseRow.classIds.clear();
    snapshot.students[0].preferredName = "Molly";
    snapshot.classes[1].title = "Math, Period 3";
    snapshot.students[1].demographics = Demographics{};
    snapshot.students[1].demographics->sex = "female";

    const ImportPreview preview = repo.preview(snapshot);
    EXPECT_EQ(preview.updatedStudents.size(), 3u);
    EXPECT_EQ(preview.changedClasses(), 1u);
    auto second = repo.apply(snapshot);
    ASSERT_TRUE(second.ok()) << second.error().detail;
    EXPECT_EQ(second->created, 0u);
    EXPECT_EQ(second->updated, 3u);
    EXPECT_EQ(second->unchanged, 1u);
    EXPECT_EQ(second->classesUpdated, 1u);

    const auto learner = store::LearnerRepo(*m_db).find(jose);
    ASSERT_TRUE(learner.has_value());
    EXPECT_EQ(learner->grade, 9); // a new profile revision, so it travels in the portfolio
    EXPECT_EQ(learner->nickname, "Jos\xC3\xA9");
    EXPECT_EQ(store::RevisionRepo(*m_db)
                  .history(jose, store::RevisionRepo(*m_db).heads(jose, core::kind::kProfile).back().entryId)
                  .size(),
              2u);
    EXPECT_TRUE(repo.classesOf(jose).empty());
    EXPECT_EQ(repo.student(first->learnerIds[0].second)->preferredName, "Molly");
    EXPECT_EQ(repo.student(first->learnerIds[0].second)->nickname, "Mary Jon."); // who they are stays
    EXPECT_EQ(repo.student(first->learnerIds[1].second)->demographics->sex, "female");
    EXPECT_TRUE(repo.preview(snapshot).changesNothing());
}

TEST_F(RosterRepoTest, StudentsMissingFromALaterRosterAreKept) {
    RosterRepo repo(*m_db);
    ASSERT_TRUE(repo.apply(readOrFail(fixtures() / "oneroster11")).ok());
    ASSERT_TRUE(repo.apply(readOrFail(fixtures() / "clever")).ok());
    EXPECT_EQ(store::LearnerRepo(*m_db).list().size(), 8u);
    const ImportPreview preview = repo.preview(readOrFail(fixtures() / "clever"));
    EXPECT_EQ(preview.notInRoster, 4u);
    EXPECT_TRUE(preview.changesNothing());
}

TEST_F(RosterRepoTest, DeletingALearnerRemovesTheirRosterLinkEnrollmentsAndDemographics) {
    RosterRepo repo(*m_db);
    auto report = repo.apply(readOrFail(fixtures() / "oneroster11"));
    ASSERT_TRUE(report.ok());
    const std::string mary = report->learnerIds[0].second;
    ASSERT_TRUE(store::LearnerRepo(*m_db).remove(mary).ok());
    EXPECT_FALSE(repo.student(mary).has_value());
    EXPECT_EQ(repo.studentsOf("c1").size(), 1u);
    EXPECT_EQ(store::testing::rawQuery(m_db->handle(),
                                       "SELECT count(*) FROM roster_demographics WHERE learner_id = '" +
                                           mary + "'"),
              "0");
    // Importing again brings her back as a new learner (her old work went with her).
    auto again = repo.apply(readOrFail(fixtures() / "oneroster11"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->created, 1u);
}
