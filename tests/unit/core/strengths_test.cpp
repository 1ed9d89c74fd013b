// "My strengths" as a student sees it: the skills rated "I'm good at this" or better are their
// strengths, the rest are growing, and the order follows the ratings.
#include "core/strengths.hpp"

#include <gtest/gtest.h>

using namespace pathlight::core;

TEST(Strengths, GoodAndGreatAreStrengthsGreatFirst) {
    // communication, teamwork, problem solving, creativity, change, leadership, learning, tech
    const StrengthsSummary summary = summarizeStrengths({3, 4, 1, 4, 2, 3, 2, 1});
    EXPECT_EQ(summary.strong, (std::vector<int>{1, 3, 0, 5}));
    EXPECT_EQ(summary.growing, (std::vector<int>{2, 7, 4, 6}));
}

TEST(Strengths, AllStillLearningMeansNoStrengthsYet) {
    const StrengthsSummary summary = summarizeStrengths({1, 1, 2, 1});
    EXPECT_TRUE(summary.strong.empty());
    EXPECT_EQ(summary.growing, (std::vector<int>{0, 1, 3, 2}));
}

TEST(Strengths, UnratedOrImpossibleRatingsCountNowhere) {
    const StrengthsSummary summary = summarizeStrengths({0, 4, 5, -1, 3});
    EXPECT_EQ(summary.strong, (std::vector<int>{1, 4}));
    EXPECT_TRUE(summary.growing.empty());
}
