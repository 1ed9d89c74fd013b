// FavoritesRepo: the heart on a career card. Saving is kept as a revision per career, taking the
// heart off is a tombstone that wins, repeats change nothing, and one learner's hearts are theirs.
#include "store/favorites_repo.hpp"

#include "store/database.hpp"
#include "store/revision_repo.hpp"

#include "store_test_support.hpp"

#include <gtest/gtest.h>

using namespace pathlight;
using namespace pathlight::store;

namespace {

using FavoritesRepoTest = pathlight::store::testing::InMemoryDbTest;

} // namespace

TEST_F(FavoritesRepoTest, SavedCareersAreListedNewestFirst) {
    FavoritesRepo favorites(*m_db);
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    ASSERT_TRUE(favorites.set("ana", "15-1252.00", true).ok());
    EXPECT_EQ(favorites.list("ana"), (std::vector<std::string>{"15-1252.00", "29-1141.00"}));
    EXPECT_TRUE(favorites.contains("ana", "29-1141.00"));
    EXPECT_FALSE(favorites.contains("ana", "35-1011.00"));
}

TEST_F(FavoritesRepoTest, TakingTheHeartOffWritesATombstoneThatWins) {
    FavoritesRepo favorites(*m_db);
    RevisionRepo revisions(*m_db);
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", false).ok());
    EXPECT_TRUE(favorites.list("ana").empty());
    EXPECT_FALSE(favorites.contains("ana", "29-1141.00"));
    // Both changes are kept, so another device that still has the heart merges to "not saved".
    EXPECT_EQ(revisions.count("ana"), 2u);
    const auto head = revisions.head("ana", "ana/favorite/29-1141.00");
    ASSERT_TRUE(head.has_value());
    EXPECT_TRUE(head->deleted);
    // Saving again brings it back.
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    EXPECT_EQ(favorites.list("ana"), std::vector<std::string>{"29-1141.00"});
}

TEST_F(FavoritesRepoTest, SavingWhatIsAlreadySavedWritesNothing) {
    FavoritesRepo favorites(*m_db);
    RevisionRepo revisions(*m_db);
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    ASSERT_TRUE(favorites.set("ana", "15-1252.00", false).ok());
    EXPECT_EQ(revisions.count("ana"), 1u);
}

TEST_F(FavoritesRepoTest, EachLearnerHasTheirOwnHearts) {
    FavoritesRepo favorites(*m_db);
    ASSERT_TRUE(favorites.set("ana", "29-1141.00", true).ok());
    ASSERT_TRUE(favorites.set("ben", "15-1252.00", true).ok());
    EXPECT_EQ(favorites.list("ana"), std::vector<std::string>{"29-1141.00"});
    EXPECT_EQ(favorites.list("ben"), std::vector<std::string>{"15-1252.00"});
    EXPECT_FALSE(favorites.contains("ben", "29-1141.00"));
}
