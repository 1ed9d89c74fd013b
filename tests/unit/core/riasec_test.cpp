// Interest scoring as a student sees it: answers become six 0–100 bars and a three-letter code.
#include "core/riasec.hpp"

#include <gtest/gtest.h>

using namespace pathlight::core;

TEST(Riasec, AreaScoreIsMeanAnswerOnAZeroToHundredScale) {
    const AreaScores scores = scoreAnswers({{Area::S, 4}, {Area::S, 2}, {Area::R, 0}, {Area::I, 1}});
    EXPECT_DOUBLE_EQ(scores[index(Area::S)], 75.0);
    EXPECT_DOUBLE_EQ(scores[index(Area::R)], 0.0);
    EXPECT_DOUBLE_EQ(scores[index(Area::I)], 25.0);
    EXPECT_DOUBLE_EQ(scores[index(Area::A)], 0.0); // unanswered area
}

TEST(Riasec, OutOfRangeAnswersAreClampedNotTrusted) {
    const AreaScores scores = scoreAnswers({{Area::E, 9}, {Area::C, -3}});
    EXPECT_DOUBLE_EQ(scores[index(Area::E)], 100.0);
    EXPECT_DOUBLE_EQ(scores[index(Area::C)], 0.0);
}

TEST(Riasec, HollandCodeTakesTheThreeHighestAreas) {
    AreaScores scores{10, 80, 40, 90, 20, 60};
    EXPECT_EQ(hollandCode(scores), "SIC");
}

TEST(Riasec, TiesKeepRiasecOrderSoTheCodeIsStable) {
    AreaScores scores{50, 50, 50, 50, 90, 50};
    EXPECT_EQ(hollandCode(scores), "ERI");
}

TEST(Riasec, LettersRoundTrip) {
    for (Area area : kAllAreas) {
        EXPECT_EQ(areaFromLetter(areaLetter(area)), area);
    }
    EXPECT_EQ(areaFromLetter('s'), Area::S);
    EXPECT_FALSE(areaFromLetter('X').has_value());
}

TEST(Riasec, FlatProfileHasNoClearPattern) {
    EXPECT_FALSE(hasClearPattern({50, 50, 50, 50, 50, 50}));
    EXPECT_FALSE(hasClearPattern({50, 55, 45, 50, 52, 48}));
    EXPECT_TRUE(hasClearPattern({50, 75, 45, 50, 52, 48}));
}
