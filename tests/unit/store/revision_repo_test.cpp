// RevisionRepo: appending is idempotent, conflicting copies are refused without changing anything,
// and an entry's current value is its highest-HLC revision, whatever order revisions arrive in.
#include "store/revision_repo.hpp"

#include "store/database.hpp"

#include "store_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight;
using namespace pathlight::store;

namespace {

core::Revision rev(const std::string& entry, std::int64_t ms, const std::string& body, bool deleted = false,
                   const std::string& learner = "learner-1", const std::string& kind = "journal") {
    return core::Revision{learner, entry, kind, core::Hlc{ms, 0, "dev1"}, deleted, body};
}

using RevisionRepoTest = pathlight::store::testing::InMemoryDbTest;

} // namespace

TEST_F(RevisionRepoTest, AppendingTheSameRevisionTwiceKeepsOneCopy) {
    RevisionRepo repo(*m_db);
    const auto r = rev("e1", 1000, R"({"text":"hello"})");
    ASSERT_TRUE(repo.append(r).ok());
    ASSERT_TRUE(repo.append(r).ok());
    ASSERT_TRUE(repo.append(std::vector{r, r}).ok());
    EXPECT_EQ(repo.count("learner-1"), 1u);
    const auto all = repo.all("learner-1");
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].body, R"({"text":"hello"})");
    EXPECT_EQ(all[0].hlc, r.hlc);
}

TEST_F(RevisionRepoTest, ConflictingCopyIsRefusedNamingTheEntryAndChangesNothing) {
    RevisionRepo repo(*m_db);
    ASSERT_TRUE(repo.append(rev("entry-42", 1000, R"({"text":"mine"})")).ok());

    // A batch holding a new revision and a forged one is refused as a whole.
    const core::Status status = repo.append(
        std::vector{rev("entry-7", 900, R"({"text":"new"})"), rev("entry-42", 1000, R"({"text":"forged"})")});
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("entry-42"), std::string::npos) << status.error().message;
    EXPECT_EQ(repo.count("learner-1"), 1u);
    EXPECT_FALSE(repo.head("learner-1", "entry-7").has_value());
    EXPECT_EQ(repo.head("learner-1", "entry-42")->body, R"({"text":"mine"})");

    // Same entry and HLC but a tombstone, or another learner: also refused.
    EXPECT_FALSE(repo.append(rev("entry-42", 1000, R"({"text":"mine"})", true)).ok());
    EXPECT_FALSE(repo.append(rev("entry-42", 1000, R"({"text":"mine"})", false, "learner-2")).ok());
    EXPECT_EQ(repo.count("learner-1"), 1u);
    EXPECT_EQ(repo.count("learner-2"), 0u);
}

TEST_F(RevisionRepoTest, AnEntryCannotMoveToAnotherLearner) {
    RevisionRepo repo(*m_db);
    ASSERT_TRUE(repo.append(rev("e1", 1000, R"({"v":1})")).ok());
    EXPECT_FALSE(repo.append(rev("e1", 2000, R"({"v":2})", false, "learner-2")).ok());
    EXPECT_EQ(repo.count("learner-2"), 0u);
    EXPECT_FALSE(repo.head("learner-2", "e1").has_value());
}

TEST_F(RevisionRepoTest, HeadIsTheHighestHlcWhateverTheArrivalOrder) {
    RevisionRepo repo(*m_db);
    ASSERT_TRUE(repo.append(rev("e1", 3000, R"({"v":3})")).ok());
    ASSERT_TRUE(repo.append(rev("e1", 1000, R"({"v":1})")).ok()); // an older edit merged in later
    ASSERT_TRUE(repo.append(rev("e1", 2000, R"({"v":2})")).ok());
    ASSERT_TRUE(repo.append(rev("e2", 1500, R"({"v":15})")).ok());

    EXPECT_EQ(repo.head("learner-1", "e1")->body, R"({"v":3})");
    const auto heads = repo.heads("learner-1", "journal");
    ASSERT_EQ(heads.size(), 2u);
    EXPECT_EQ(heads[0].entryId, "e2"); // ordered by HLC
    EXPECT_EQ(heads[1].entryId, "e1");
    EXPECT_EQ(heads[1].body, R"({"v":3})");

    // Same millisecond: the counter and then the device break the tie.
    core::Revision later = rev("e1", 3000, R"({"v":4})");
    later.hlc.counter = 1;
    ASSERT_TRUE(repo.append(later).ok());
    EXPECT_EQ(repo.head("learner-1", "e1")->body, R"({"v":4})");
    EXPECT_EQ(repo.all("learner-1").size(), 5u);
}

TEST_F(RevisionRepoTest, TombstoneHidesTheEntryButKeepsItsHistory) {
    RevisionRepo repo(*m_db);
    ASSERT_TRUE(repo.append(rev("e1", 1000, R"({"v":1})")).ok());
    ASSERT_TRUE(repo.append(rev("e1", 2000, "{}", true)).ok());
    const auto head = repo.head("learner-1", "e1");
    ASSERT_TRUE(head.has_value());
    EXPECT_TRUE(head->deleted);
    EXPECT_TRUE(repo.heads("learner-1", "journal").empty());
    EXPECT_EQ(repo.all("learner-1").size(), 2u);

    // An edit older than the deletion arriving late does not bring the entry back.
    ASSERT_TRUE(repo.append(rev("e1", 1500, R"({"v":"late"})")).ok());
    EXPECT_TRUE(repo.heads("learner-1", "journal").empty());
    // A newer edit does.
    ASSERT_TRUE(repo.append(rev("e1", 3000, R"({"v":"again"})")).ok());
    ASSERT_EQ(repo.heads("learner-1", "journal").size(), 1u);
}

TEST_F(RevisionRepoTest, AppendInsideAFailedActionIsRolledBack) {
    RevisionRepo repo(*m_db);
    const core::Status status = m_db->transaction([&]() -> core::Status {
        EXPECT_TRUE(repo.append(rev("e1", 1000, R"({"v":1})")).ok());
        return core::makeError("the rest of the action failed");
    });
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(repo.count("learner-1"), 0u);
    EXPECT_FALSE(repo.head("learner-1", "e1").has_value());
}

TEST_F(RevisionRepoTest, MalformedRevisionsAreRefused) {
    RevisionRepo repo(*m_db);
    EXPECT_FALSE(repo.append(rev("e1", 1000, "not json")).ok());
    EXPECT_FALSE(repo.append(rev("e1", 1000, "[1,2]")).ok());
    EXPECT_FALSE(repo.append(rev("", 1000, "{}")).ok());
    EXPECT_FALSE(repo.append(rev("e1", 1000, "{}", false, "")).ok());
    core::Revision badClock = rev("e1", 1000, "{}");
    badClock.hlc.device = "UPPER case";
    EXPECT_FALSE(repo.append(badClock).ok());
    EXPECT_EQ(repo.count("learner-1"), 0u);
}

TEST_F(RevisionRepoTest, AppendedStampsMoveTheClockForward) {
    RevisionRepo repo(*m_db);
    const std::int64_t future = core::systemNowMs() + 3'600'000;
    ASSERT_TRUE(repo.append(rev("e1", future, "{}")).ok());
    EXPECT_GT(m_db->clock().tick(), (core::Hlc{future, 0, "dev1"}));
}

TEST_F(RevisionRepoTest, LearnersSeeOnlyTheirOwnRevisions) {
    RevisionRepo repo(*m_db);
    ASSERT_TRUE(repo.append(rev("a", 1000, "{}", false, "learner-1")).ok());
    ASSERT_TRUE(repo.append(rev("b", 1000, "{}", false, "learner-2")).ok());
    EXPECT_EQ(repo.all("learner-1").size(), 1u);
    EXPECT_EQ(repo.heads("learner-2", "journal").size(), 1u);
    EXPECT_FALSE(repo.head("learner-1", "b").has_value());
}
