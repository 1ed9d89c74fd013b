// The work values ranking as a student sees it: the values whose cards went to "Very important"
// come out on top, ties are settled the documented way, and putting everything in "Not for me"
// gives no top values instead of made-up ones.
#include "core/work_values.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace pathlight::core;

namespace {

constexpr int kValues =
    6; // achievement, independence, recognition, relationships, support, working conditions

// `cards[v]` lists the piles of value v's cards.
std::vector<CardPlacement> sort(const std::vector<std::vector<Pile>>& cards) {
    std::vector<CardPlacement> placements;
    for (int value = 0; value < static_cast<int>(cards.size()); ++value) {
        for (Pile pile : cards[static_cast<std::size_t>(value)]) {
            placements.push_back({value, pile});
        }
    }
    return placements;
}

constexpr Pile V = Pile::VeryImportant;
constexpr Pile S = Pile::Somewhat;
constexpr Pile N = Pile::NotForMe;

} // namespace

TEST(WorkValues, PilesEarnTwoOneAndZeroPoints) {
    EXPECT_EQ(pilePoints(Pile::VeryImportant), 2);
    EXPECT_EQ(pilePoints(Pile::Somewhat), 1);
    EXPECT_EQ(pilePoints(Pile::NotForMe), 0);
}

TEST(WorkValues, TopThreeAreTheValuesWithTheMostPointsPerCard) {
    const ValuesRanking ranking = rankValues(sort({{N, N, S, N, N},      // achievement 0.2
                                                   {V, V, V, V, S},      // independence 1.8
                                                   {N, N, N, N, N},      // recognition 0
                                                   {V, S, S, S, N},      // relationships 1.0
                                                   {V, V, V, S, S},      // support 1.6
                                                   {S, S, N, N, N, N}}), // working conditions 0.33
                                             kValues);
    EXPECT_EQ(ranking.top, (std::vector<int>{1, 4, 3}));
    EXPECT_FALSE(ranking.nothingImportant);
    EXPECT_FALSE(ranking.allEqual);
    ASSERT_EQ(ranking.ranked.size(), 6u);
    EXPECT_EQ(ranking.ranked[0].value, 1);
    EXPECT_EQ(ranking.ranked[0].cards, 5);
    EXPECT_EQ(ranking.ranked[0].veryImportant, 4);
    EXPECT_DOUBLE_EQ(ranking.ranked[0].score(), 1.8);
    EXPECT_EQ(ranking.ranked.back().value, 2); // recognition: every card "Not for me"
}

TEST(WorkValues, AValueWithMoreCardsGetsNoHeadStart) {
    // Working conditions has six cards, achievement five: 6 × "Somewhat" (mean 1) loses to
    // 3 × "Very important" + 2 × "Not for me" (mean 1.2), though it has more points in total.
    const ValuesRanking ranking =
        rankValues(sort({{V, V, V, N, N}, {}, {}, {}, {}, {S, S, S, S, S, S}}), kValues);
    EXPECT_EQ(ranking.top, (std::vector<int>{0, 5}));
}

TEST(WorkValues, TiesGoToTheLargerShareOfVeryImportantCardsThenToFileOrder) {
    // Four values have a mean of 1. Relationships (V,N) has one "Very important" card, so it leads;
    // achievement, recognition and support (S,S each) tie fully, so the file order decides.
    const ValuesRanking ranking = rankValues(sort({{S, S}, {N, N}, {S, S}, {V, N}, {S, S}, {N, N}}), kValues);
    ASSERT_GE(ranking.top.size(), 3u);
    EXPECT_EQ(ranking.top, (std::vector<int>{3, 0, 2}));

    // A share, not a count: support (V,V,N,N) and working conditions (V,V,S,S,N,N) both have a
    // mean of 1 and two "Very important" cards, but that is half of support's cards and a third of
    // the other's, so support leads.
    const ValuesRanking shares =
        rankValues(sort({{}, {}, {}, {}, {V, V, N, N}, {V, V, S, S, N, N}}), kValues);
    EXPECT_EQ(shares.top, (std::vector<int>{4, 5}));
}

TEST(WorkValues, EverythingInNotForMeGivesNoTopValues) {
    const ValuesRanking ranking = rankValues(sort({{N, N}, {N, N}, {N}, {N, N, N}, {N}, {N, N}}), kValues);
    EXPECT_TRUE(ranking.top.empty());
    EXPECT_TRUE(ranking.nothingImportant);
    EXPECT_EQ(ranking.ranked.size(), 6u);
}

TEST(WorkValues, FewerThanThreeWhenOnlySomeValuesScored) {
    const ValuesRanking ranking = rankValues(sort({{N, N}, {N, N}, {S, N}, {N, N}, {N, N}, {V, N}}), kValues);
    EXPECT_EQ(ranking.top, (std::vector<int>{5, 2}));
    EXPECT_FALSE(ranking.nothingImportant);
}

TEST(WorkValues, EverythingTheSameTellsNoValueApart) {
    const ValuesRanking all = rankValues(sort({{V, V}, {V, V}, {V}, {V, V, V}, {V}, {V, V}}), kValues);
    EXPECT_TRUE(all.allEqual);
    EXPECT_TRUE(all.top.empty());
    EXPECT_FALSE(all.nothingImportant);
    // One card different is a pattern again.
    const ValuesRanking one = rankValues(sort({{V, V}, {V, V}, {V}, {V, V, S}, {V}, {V, V}}), kValues);
    EXPECT_FALSE(one.allEqual);
    EXPECT_EQ(one.top.size(), 3u);
    EXPECT_EQ(std::count(one.top.begin(), one.top.end(), 3), 0);
}

TEST(WorkValues, PlacementsOfUnknownValuesAreIgnored) {
    const ValuesRanking ranking =
        rankValues({{7, Pile::VeryImportant}, {-1, Pile::VeryImportant}, {2, Pile::Somewhat}}, kValues);
    EXPECT_EQ(ranking.top, (std::vector<int>{2}));
    EXPECT_TRUE(rankValues({}, 0).top.empty());
}

TEST(WorkValues, TopCountCanBeSmaller) {
    const ValuesRanking ranking = rankValues(sort({{V}, {V}, {S}, {S}, {N}, {N}}), kValues, 1);
    EXPECT_EQ(ranking.top, (std::vector<int>{0}));
}

TEST(WorkValues, DeckOrderIsAShuffleThatTheSeedRepeats) {
    const auto a = deckOrder(31, 42);
    EXPECT_EQ(a, deckOrder(31, 42));
    EXPECT_NE(a, deckOrder(31, 43));
    EXPECT_EQ(std::set<std::size_t>(a.begin(), a.end()).size(), 31u);
    EXPECT_EQ(*std::max_element(a.begin(), a.end()), 30u);
    std::vector<std::size_t> inOrder(31);
    for (std::size_t i = 0; i < inOrder.size(); ++i) {
        inOrder[i] = i;
    }
    EXPECT_NE(a, inOrder); // cards of one value don't all come in a row
    EXPECT_TRUE(deckOrder(0, 1).empty());
    EXPECT_EQ(deckOrder(1, 1), (std::vector<std::size_t>{0}));
}
