// SelfCheckRepo: every card placed and every skill rated is saved at once and survives a restart;
// "start over" keeps the last finished round; rounds from other computers merge as revisions; the
// career card gets the learner's top values and strong skills as content ids.
#include "store/self_check_repo.hpp"

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

const std::vector<std::string> kValueIds{"achievement",   "independence", "recognition",
                                         "relationships", "support",      "working-conditions"};
const std::vector<std::string> kSkillIds{"communication", "collaboration", "problem-solving", "creativity"};

// Two cards per value, in a fixed "shuffled" order.
std::vector<SelfCheckItem> deck() {
    return {{"sup1", 4}, {"ach1", 0}, {"wc1", 5},  {"ind1", 1}, {"rel1", 3}, {"rec1", 2},
            {"ach2", 0}, {"sup2", 4}, {"rel2", 3}, {"ind2", 1}, {"wc2", 5},  {"rec2", 2}};
}

std::vector<SelfCheckItem> skills() {
    std::vector<SelfCheckItem> items;
    for (std::size_t i = 0; i < kSkillIds.size(); ++i) {
        items.push_back({kSkillIds[i], static_cast<int>(i)});
    }
    return items;
}

// Sorts the whole deck: achievement and support cards "Very important", relationships "Somewhat",
// the rest "Not for me".
void sortWholeDeck(SelfCheckRepo& repo, const std::string& learner, SelfCheck& check) {
    while (!check.finished()) {
        const int group = check.items[static_cast<std::size_t>(check.position)].group;
        const int pile = group == 0 || group == 4 ? 0 : group == 3 ? 1 : 2;
        ASSERT_TRUE(repo.answer(learner, check, pile).ok());
    }
}

using SelfCheckRepoTest = pathlight::store::testing::LearnerTest;

} // namespace

TEST(SelfCheckRepoRestart, EveryPlacementIsOnDiskAtOnceAndTheSortResumesAtTheSameCard) {
    TempDir dir;
    const auto file = dir / "pathlight.db";
    auto db = openOrFail(file);
    ASSERT_TRUE(db);
    const std::string learner = newLearner(*db);
    SelfCheckRepo repo(*db);
    auto check = repo.start(learner, SelfCheckKind::Values, kValueIds, deck());
    ASSERT_TRUE(check.ok());
    const std::size_t before = RevisionRepo(*db).count(learner);
    ASSERT_TRUE(repo.answer(learner, *check, 0).ok());
    ASSERT_TRUE(repo.answer(learner, *check, 2).ok());
    ASSERT_TRUE(repo.answer(learner, *check, 1).ok());
    EXPECT_EQ(RevisionRepo(*db).count(learner), before + 3); // one revision per card placed

    // Another connection (another program, or the app after a crash) already sees every card.
    {
        auto other = openOrFail(file);
        ASSERT_TRUE(other);
        const auto seen = SelfCheckRepo(*other).current(learner, SelfCheckKind::Values);
        ASSERT_TRUE(seen.has_value());
        EXPECT_EQ(seen->position, 3);
        EXPECT_EQ(seen->answers, (std::map<std::string, int>{{"sup1", 0}, {"ach1", 2}, {"wc1", 1}}));
    }
    const std::string round = check->round;
    db.reset(); // the app quits

    auto again = openOrFail(file);
    ASSERT_TRUE(again);
    const auto resumed = SelfCheckRepo(*again).current(learner, SelfCheckKind::Values);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->round, round);
    EXPECT_EQ(resumed->position, 3);
    EXPECT_EQ(resumed->items.size(), deck().size());
    EXPECT_EQ(resumed->items[3].id, "ind1"); // the same deck order: the next card is the same card
    EXPECT_EQ(resumed->groups, kValueIds);
    EXPECT_FALSE(resumed->finished());
}

TEST_F(SelfCheckRepoTest, UndoPutsTheLastCardBackOnTheDeck) {
    SelfCheckRepo repo(*m_db);
    auto check = repo.start(m_learner, SelfCheckKind::Values, kValueIds, deck());
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(repo.takeBack(m_learner, *check).ok()); // nothing to take back yet
    ASSERT_TRUE(repo.answer(m_learner, *check, 0).ok());
    ASSERT_TRUE(repo.answer(m_learner, *check, 0).ok());
    ASSERT_TRUE(repo.takeBack(m_learner, *check).ok());
    EXPECT_EQ(check->position, 1);
    EXPECT_EQ(check->answers, (std::map<std::string, int>{{"sup1", 0}}));
    const auto stored = repo.current(m_learner, SelfCheckKind::Values);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->position, 1);
    EXPECT_EQ(stored->answers.count("ach1"), 0u);
}

TEST_F(SelfCheckRepoTest, BackInTheStrengthsCheckKeepsTheRating) {
    SelfCheckRepo repo(*m_db);
    auto check = repo.start(m_learner, SelfCheckKind::Strengths, kSkillIds, skills());
    ASSERT_TRUE(check.ok());
    ASSERT_TRUE(repo.answer(m_learner, *check, 4).ok());
    ASSERT_TRUE(repo.goBack(m_learner, *check).ok());
    EXPECT_EQ(check->position, 0);
    EXPECT_EQ(check->answers.at("communication"), 4);
    ASSERT_TRUE(repo.answer(m_learner, *check, 2).ok()); // changes the rating
    const auto stored = repo.current(m_learner, SelfCheckKind::Strengths);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->answers.at("communication"), 2);
    EXPECT_EQ(stored->position, 1);
}

TEST_F(SelfCheckRepoTest, AnswersOutOfRangeAndBadDecksStoreNothing) {
    SelfCheckRepo repo(*m_db);
    EXPECT_FALSE(repo.start(m_learner, SelfCheckKind::Values, kValueIds, {{"a", 0}, {"a", 1}}).ok());
    EXPECT_FALSE(repo.start(m_learner, SelfCheckKind::Values, kValueIds, {{"a", 6}}).ok());
    EXPECT_FALSE(repo.start(m_learner, SelfCheckKind::Values, kValueIds, {}).ok());
    EXPECT_FALSE(repo.current(m_learner, SelfCheckKind::Values).has_value());

    auto values = repo.start(m_learner, SelfCheckKind::Values, kValueIds, deck());
    auto strengths = repo.start(m_learner, SelfCheckKind::Strengths, kSkillIds, skills());
    ASSERT_TRUE(values.ok());
    ASSERT_TRUE(strengths.ok());
    const std::size_t before = RevisionRepo(*m_db).count(m_learner);
    EXPECT_FALSE(repo.answer(m_learner, *values, 3).ok()); // piles are 0–2
    EXPECT_FALSE(repo.answer(m_learner, *values, -1).ok());
    EXPECT_FALSE(repo.answer(m_learner, *strengths, 0).ok()); // ratings are 1–4
    EXPECT_FALSE(repo.answer(m_learner, *strengths, 5).ok());
    EXPECT_EQ(RevisionRepo(*m_db).count(m_learner), before);
    EXPECT_EQ(values->position, 0);
    EXPECT_TRUE(strengths->answers.empty());
}

TEST_F(SelfCheckRepoTest, StartingOverIsANewRevisionAndTheFinishedRoundStaysTheResult) {
    SelfCheckRepo repo(*m_db);
    auto first = repo.start(m_learner, SelfCheckKind::Values, kValueIds, deck());
    ASSERT_TRUE(first.ok());
    sortWholeDeck(repo, m_learner, *first);
    EXPECT_EQ(rankValues(*first).top, (std::vector<int>{0, 4, 3}));

    const std::size_t before = RevisionRepo(*m_db).count(m_learner);
    auto second = repo.start(m_learner, SelfCheckKind::Values, kValueIds, deck()); // "Sort again"
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(RevisionRepo(*m_db).count(m_learner), before + 1);
    EXPECT_NE(second->round, first->round);
    ASSERT_TRUE(repo.answer(m_learner, *second, 2).ok());

    const auto current = repo.current(m_learner, SelfCheckKind::Values);
    ASSERT_TRUE(current.has_value());
    EXPECT_EQ(current->round, second->round);
    EXPECT_EQ(current->answered(), 1);
    const auto finished = repo.latestFinished(m_learner, SelfCheckKind::Values);
    ASSERT_TRUE(finished.has_value());
    EXPECT_EQ(finished->round, first->round);
    // Still one entry: every round is a revision of "<learner>/values".
    EXPECT_EQ(RevisionRepo(*m_db).heads(m_learner, core::kind::kValuesSort).size(), 1u);
    EXPECT_EQ(repo.aboutMe(m_learner).topValues,
              (std::vector<std::string>{"achievement", "support", "relationships"}));
}

TEST_F(SelfCheckRepoTest, AboutMeGivesTopValuesAndStrongSkillsAsContentIds) {
    SelfCheckRepo repo(*m_db);
    AboutMe none = repo.aboutMe(m_learner);
    EXPECT_FALSE(none.valuesDone);
    EXPECT_FALSE(none.strengthsDone);
    EXPECT_TRUE(none.topValues.empty());

    auto values = repo.start(m_learner, SelfCheckKind::Values, kValueIds, deck());
    ASSERT_TRUE(values.ok());
    sortWholeDeck(repo, m_learner, *values);
    auto strengths = repo.start(m_learner, SelfCheckKind::Strengths, kSkillIds, skills());
    ASSERT_TRUE(strengths.ok());
    for (int rating : {3, 1, 4, 2}) {
        ASSERT_TRUE(repo.answer(m_learner, *strengths, rating).ok());
    }
    EXPECT_TRUE(strengths->finished());

    const AboutMe me = repo.aboutMe(m_learner);
    EXPECT_TRUE(me.valuesDone);
    EXPECT_TRUE(me.strengthsDone);
    EXPECT_EQ(me.topValues, (std::vector<std::string>{"achievement", "support", "relationships"}));
    // Rated 3, 1, 4, 2 in file order: the 4 first, then the 3; the 1 first, then the 2.
    EXPECT_EQ(me.strongSkills, (std::vector<std::string>{"problem-solving", "communication"}));
    EXPECT_EQ(me.growingSkills, (std::vector<std::string>{"collaboration", "creativity"}));
    // Another learner's rounds are their own.
    EXPECT_FALSE(repo.aboutMe(newLearner(*m_db, "Other")).valuesDone);
}

TEST_F(SelfCheckRepoTest, RoundsFromTwoComputersMergeAsRevisions) {
    auto opened = Database::openInMemory();
    ASSERT_TRUE(opened.ok());
    std::unique_ptr<Database> other = std::move(opened.value()); // a second kiosk
    SelfCheckRepo here(*m_db);
    SelfCheckRepo there(*other);

    auto mine = here.start(m_learner, SelfCheckKind::Values, kValueIds, deck());
    ASSERT_TRUE(mine.ok());
    ASSERT_TRUE(here.answer(m_learner, *mine, 0).ok());

    // The learner's portfolio reaches the other kiosk, which finishes a round later on.
    auto copy = [](Database& from, Database& to, const std::string& learner) {
        return RevisionRepo(to).append(RevisionRepo(from).all(learner));
    };
    ASSERT_TRUE(copy(*m_db, *other, m_learner).ok());
    auto resumed = there.current(m_learner, SelfCheckKind::Values);
    ASSERT_TRUE(resumed.has_value());
    EXPECT_EQ(resumed->round, mine->round);
    sortWholeDeck(there, m_learner, *resumed);

    // Union in both directions, twice: both sides agree, and nothing is added the second time.
    ASSERT_TRUE(copy(*other, *m_db, m_learner).ok());
    ASSERT_TRUE(copy(*m_db, *other, m_learner).ok());
    const std::size_t merged = RevisionRepo(*m_db).count(m_learner);
    ASSERT_TRUE(copy(*other, *m_db, m_learner).ok());
    EXPECT_EQ(RevisionRepo(*m_db).count(m_learner), merged);
    EXPECT_EQ(RevisionRepo(*other).count(m_learner), merged);

    const auto a = here.current(m_learner, SelfCheckKind::Values);
    const auto b = there.current(m_learner, SelfCheckKind::Values);
    ASSERT_TRUE(a.has_value());
    ASSERT_TRUE(b.has_value());
    EXPECT_TRUE(a->finished());
    EXPECT_EQ(a->answers, b->answers);
    EXPECT_EQ(here.aboutMe(m_learner).topValues, there.aboutMe(m_learner).topValues);

    // An older revision arriving late (a stale copy) does not roll the sort back.
    const core::Hlc older{1, 0, "stale"};
    ASSERT_TRUE(RevisionRepo(*m_db)
                    .append(core::Revision{
                        m_learner, m_learner + "/values", core::kind::kValuesSort, older, false,
                        R"({"round":"old","groups":["achievement"],"items":[{"id":"x","group":0}],)"
                        R"("answers":{},"position":0})"})
                    .ok());
    EXPECT_TRUE(here.current(m_learner, SelfCheckKind::Values)->finished());
}

TEST_F(SelfCheckRepoTest, ADamagedRoundIsSkippedAndTheLastGoodOneStillCounts) {
    SelfCheckRepo repo(*m_db);
    auto check = repo.start(m_learner, SelfCheckKind::Strengths, kSkillIds, skills());
    ASSERT_TRUE(check.ok());
    for (int rating : {4, 4, 4, 4}) {
        ASSERT_TRUE(repo.answer(m_learner, *check, rating).ok());
    }
    ASSERT_TRUE(RevisionRepo(*m_db)
                    .append(core::Revision{m_learner, m_learner + "/strengths", core::kind::kStrengthsCheck,
                                           m_db->clock().tick(), false,
                                           R"({"round":"r","groups":["a"],"items":[{"id":"a","group":3}]})"})
                    .ok());
    EXPECT_FALSE(
        repo.current(m_learner, SelfCheckKind::Strengths).has_value()); // the screen starts a new round
    EXPECT_EQ(repo.aboutMe(m_learner).strongSkills.size(), 4u);
}
