// QuizRepo: every answer survives a quit or crash and the quiz resumes at the same item; finishing
// stores the interest profile; answers written on two computers merge.
#include "store/quiz_repo.hpp"

#include "core/revision.hpp"
#include "store/database.hpp"
#include "store/learner_repo.hpp"
#include "store/revision_repo.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight;
using namespace pathlight::store;
using pathlight::store::testing::newLearner;
using pathlight::store::testing::openOrFail;
using pathlight::store::testing::TempDir;

namespace {

using QuizRepoTest = pathlight::store::testing::LearnerTest;

} // namespace

TEST(QuizRepoRestart, AnswersSurviveClosingTheAppAndTheQuizResumesAtTheSameItem) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    std::string learner;
    std::string attemptId;
    {
        auto db = openOrFail(file);
        ASSERT_TRUE(db);
        learner = newLearner(*db);
        QuizRepo quizzes(*db);
        auto attempt = quizzes.openAttempt(learner, "interest");
        ASSERT_TRUE(attempt.ok());
        attemptId = attempt->id;
        EXPECT_EQ(attempt->position, 0);
        EXPECT_TRUE(attempt->answers.empty());
        ASSERT_TRUE(quizzes.recordAnswer(learner, *attempt, "r1", 4, 1).ok());
        ASSERT_TRUE(quizzes.recordAnswer(learner, *attempt, "i1", 0, 2).ok());
        ASSERT_TRUE(quizzes.recordAnswer(learner, *attempt, "a1", 2, 3).ok());
        EXPECT_EQ(attempt->position, 3);
    } // the app quits

    auto db = openOrFail(file);
    ASSERT_TRUE(db);
    QuizRepo quizzes(*db);
    const auto unfinished = quizzes.unfinishedAttempt(learner, "interest");
    ASSERT_TRUE(unfinished.has_value());
    EXPECT_EQ(unfinished->id, attemptId);

    auto resumed = quizzes.openAttempt(learner, "interest");
    ASSERT_TRUE(resumed.ok());
    EXPECT_EQ(resumed->id, attemptId);
    EXPECT_EQ(resumed->quizId, "interest");
    EXPECT_EQ(resumed->position, 3);
    EXPECT_FALSE(resumed->finished);
    const std::map<std::string, int> expected{{"r1", 4}, {"i1", 0}, {"a1", 2}};
    EXPECT_EQ(resumed->answers, expected);
}

TEST_F(QuizRepoTest, NewAttemptIsStoredAtOnce) {
    QuizRepo quizzes(*m_db);
    EXPECT_FALSE(quizzes.unfinishedAttempt(m_learner, "interest").has_value());
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    const auto stored = quizzes.unfinishedAttempt(m_learner, "interest");
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->id, attempt->id);
    // Opening again does not start a second attempt.
    EXPECT_EQ(quizzes.openAttempt(m_learner, "interest")->id, attempt->id);
    // Another quiz is a separate attempt.
    EXPECT_NE(quizzes.openAttempt(m_learner, "values")->id, attempt->id);
}

TEST_F(QuizRepoTest, ChangingAnAnswerAndGoingBackKeepTheLatestChoice) {
    QuizRepo quizzes(*m_db);
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *attempt, "r1", 1, 1).ok());
    ASSERT_TRUE(quizzes.setPosition(m_learner, *attempt, 0).ok()); // Back
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *attempt, "r1", 3, 1).ok());
    ASSERT_TRUE(quizzes.setPosition(m_learner, *attempt, 0).ok());

    const auto resumed = quizzes.unfinishedAttempt(m_learner, "interest");
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->position, 0);
    EXPECT_EQ(resumed->answers.at("r1"), 3);
    EXPECT_EQ(resumed->answers.size(), 1u);
}

TEST_F(QuizRepoTest, OutOfRangeAnswerIsRefusedAndNothingIsStored) {
    QuizRepo quizzes(*m_db);
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    const std::size_t before = RevisionRepo(*m_db).count(m_learner);
    EXPECT_FALSE(quizzes.recordAnswer(m_learner, *attempt, "r1", 5, 1).ok());
    EXPECT_FALSE(quizzes.recordAnswer(m_learner, *attempt, "r1", -1, 1).ok());
    EXPECT_FALSE(quizzes.recordAnswer(m_learner, *attempt, "", 2, 1).ok());
    EXPECT_EQ(RevisionRepo(*m_db).count(m_learner), before);
    EXPECT_EQ(attempt->position, 0);
    EXPECT_TRUE(attempt->answers.empty());
}

TEST_F(QuizRepoTest, FinishingStoresTheProfileAndTheNextQuizStartsFresh) {
    QuizRepo quizzes(*m_db);
    EXPECT_FALSE(quizzes.latestProfile(m_learner).has_value());
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *attempt, "s1", 4, 1).ok());
    const core::AreaScores scores{10, 50, 62.5, 100, 0, 25};
    const std::int64_t before = core::systemNowMs();
    ASSERT_TRUE(quizzes.finish(m_learner, *attempt, scores, "SAI").ok());
    EXPECT_TRUE(attempt->finished);

    const auto profile = quizzes.latestProfile(m_learner);
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->scores, scores);
    EXPECT_EQ(profile->code, "SAI");
    EXPECT_EQ(profile->attemptId, attempt->id);
    EXPECT_GE(profile->finishedMs, before);

    EXPECT_FALSE(quizzes.unfinishedAttempt(m_learner, "interest").has_value());
    auto next = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(next.ok());
    EXPECT_NE(next->id, attempt->id);
    EXPECT_EQ(next->position, 0);
    EXPECT_TRUE(next->answers.empty());

    // A finished attempt takes no more answers, and a second "finish" stores no second profile.
    EXPECT_FALSE(quizzes.recordAnswer(m_learner, *attempt, "s2", 1, 2).ok());
    ASSERT_TRUE(quizzes.finish(m_learner, *attempt, scores, "SAI").ok());
    EXPECT_EQ(RevisionRepo(*m_db).heads(m_learner, core::kind::kInterestProfile).size(), 1u);
}

TEST_F(QuizRepoTest, LatestProfileIsTheNewest) {
    QuizRepo quizzes(*m_db);
    for (const char* code : {"RIA", "CES", "SAE"}) {
        auto attempt = quizzes.openAttempt(m_learner, "interest");
        ASSERT_TRUE(attempt.ok());
        ASSERT_TRUE(quizzes.finish(m_learner, *attempt, core::AreaScores{1, 2, 3, 4, 5, 6}, code).ok());
    }
    const auto profile = quizzes.latestProfile(m_learner);
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->code, "SAE");
    EXPECT_EQ(RevisionRepo(*m_db).heads(m_learner, core::kind::kInterestProfile).size(), 3u);

    // Another learner has none.
    EXPECT_FALSE(quizzes.latestProfile(newLearner(*m_db, "Other")).has_value());
}

TEST_F(QuizRepoTest, ImpossibleScoresAreNotStored) {
    QuizRepo quizzes(*m_db);
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    EXPECT_FALSE(quizzes.finish(m_learner, *attempt, core::AreaScores{1, 2, 3, 4, 5, 101}, "CEA").ok());
    EXPECT_FALSE(quizzes.finish(m_learner, *attempt, core::AreaScores{1, 2, 3, 4, 5, 6}, "XYZ").ok());
    EXPECT_FALSE(attempt->finished);
    EXPECT_FALSE(quizzes.latestProfile(m_learner).has_value());
    EXPECT_TRUE(quizzes.unfinishedAttempt(m_learner, "interest").has_value());
}

TEST_F(QuizRepoTest, MalformedBodiesFromElsewhereAreSkippedNotFatal) {
    QuizRepo quizzes(*m_db);
    RevisionRepo revisions(*m_db);
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *attempt, "r1", 2, 1).ok());
    ASSERT_TRUE(quizzes.finish(m_learner, *attempt, core::AreaScores{1, 2, 3, 4, 5, 6}, "CES").ok());

    auto second = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(second.ok());
    auto tick = [&] { return m_db->clock().tick(); };
    ASSERT_TRUE(revisions
                    .append(std::vector<core::Revision>{
                        // newer, but broken: a profile with five scores, an attempt without a position,
                        // an answer with an impossible value
                        {m_learner, "bad-profile", core::kind::kInterestProfile, tick(), false,
                         R"({"attempt":"x","scores":[1,2,3,4,5],"code":"RIA","finished_ms":1})"},
                        {m_learner, "bad-attempt", core::kind::kQuizAttempt, tick(), false,
                         R"({"quiz":"interest","finished":false})"},
                        {m_learner, second->id + "/r9", core::kind::kQuizAnswer, tick(), false,
                         R"({"attempt":")" + second->id + R"(","item":"r9","value":"lots"})"},
                    })
                    .ok());
    const auto profile = quizzes.latestProfile(m_learner);
    ASSERT_TRUE(profile.has_value());
    EXPECT_EQ(profile->code, "CES");
    const auto resumed = quizzes.unfinishedAttempt(m_learner, "interest");
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->id, second->id);
    EXPECT_TRUE(resumed->answers.empty());
}

TEST_F(QuizRepoTest, AnswersFromAnotherComputerMergeIntoTheSameAttempt) {
    QuizRepo quizzes(*m_db);
    auto attempt = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *attempt, "r1", 1, 1).ok());

    // The same attempt continued on another computer: same deterministic answer entry ids.
    const core::Hlc later{core::systemNowMs() + 60'000, 0, "otherdevice"};
    ASSERT_TRUE(RevisionRepo(*m_db)
                    .append(std::vector<core::Revision>{
                        {m_learner, attempt->id + "/r1", core::kind::kQuizAnswer, later, false,
                         R"({"attempt":")" + attempt->id + R"(","item":"r1","value":4})"},
                        {m_learner, attempt->id + "/i1", core::kind::kQuizAnswer, later, false,
                         R"({"attempt":")" + attempt->id + R"(","item":"i1","value":2})"},
                    })
                    .ok());
    const auto merged = quizzes.unfinishedAttempt(m_learner, "interest");
    ASSERT_TRUE(merged.has_value());
    const std::map<std::string, int> expected{{"r1", 4}, {"i1", 2}};
    EXPECT_EQ(merged->answers, expected);
}

TEST_F(QuizRepoTest, OneLearnersAttemptIsNeverResumedByAnother) {
    QuizRepo quizzes(*m_db);
    auto mine = quizzes.openAttempt(m_learner, "interest");
    ASSERT_TRUE(mine.ok());
    ASSERT_TRUE(quizzes.recordAnswer(m_learner, *mine, "r1", 4, 1).ok());
    const std::string other = newLearner(*m_db, "Other");
    auto theirs = quizzes.openAttempt(other, "interest");
    ASSERT_TRUE(theirs.ok());
    EXPECT_NE(theirs->id, mine->id);
    EXPECT_TRUE(theirs->answers.empty());
}
