// Matching on a small hand-made set of occupations: ranking, filters, clusters and reasons.
#include "core/matching.hpp"

#include <gtest/gtest.h>

using namespace pathlight::core;

namespace {
std::vector<OccupationProfile> sampleOccupations() {
    return {
        {"a", {6.5, 3.0, 1.5, 2.0, 2.5, 3.0}, "R", 2, {0}},   // hands-on
        {"b", {2.0, 6.8, 2.0, 4.5, 2.0, 3.0}, "IS", 5, {1}},  // science + helping
        {"c", {1.5, 2.5, 6.9, 3.0, 3.5, 1.5}, "A", 3, {2}},   // arts
        {"d", {2.5, 4.5, 2.0, 6.6, 2.5, 2.5}, "SI", 3, {1}},  // helping + science
        {"e", {1.5, 2.0, 2.0, 3.5, 6.7, 5.0}, "EC", 4, {3}},  // lead + organise
        {"f", {2.0, 2.5, 1.5, 2.5, 4.5, 6.8}, "CE", 2, {3}},  // organise + lead
        {"g", {4.0, 4.0, 4.0, 4.0, 4.0, 4.0}, "", 2, {0}},    // flat: never a match
    };
}
} // namespace

TEST(Matching, IdenticalShapeIsPerfectlySimilar) {
    EXPECT_NEAR(Matcher::similarity({1, 2, 3, 4, 5, 6}, {10, 20, 30, 40, 50, 60}), 1.0, 1e-12);
    EXPECT_NEAR(Matcher::similarity({1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1}), -1.0, 1e-12);
    EXPECT_EQ(Matcher::similarity({3, 3, 3, 3, 3, 3}, {1, 2, 3, 4, 5, 6}), 0.0);
}

TEST(Matching, LearnerShapedLikeAnOccupationGetsItFirst) {
    Matcher matcher(sampleOccupations());
    const auto& occ = matcher.occupations()[3];
    AreaScores learner{};
    for (int i = 0; i < kAreaCount; ++i) {
        learner[i] = (occ.interests[i] - 1.0) / 6.0 * 100.0; // 1–7 -> 0–100
    }
    const MatchResult result = matcher.match(learner);
    ASSERT_TRUE(result.clearPattern);
    ASSERT_FALSE(result.careers.empty());
    EXPECT_EQ(matcher.occupations()[result.careers[0].occupation].code, "d");
    EXPECT_NEAR(result.careers[0].similarity, 1.0, 1e-6);
}

TEST(Matching, ReasonNamesTheLearnersTopAreasTheCareerSharesWith) {
    Matcher matcher(sampleOccupations());
    const MatchResult result = matcher.match({10, 70, 20, 90, 15, 20}); // Helper + Thinker
    ASSERT_FALSE(result.careers.empty());
    const CareerMatch& best = result.careers[0];
    EXPECT_EQ(matcher.occupations()[best.occupation].code, "d");
    ASSERT_EQ(best.sharedAreas.size(), 2u);
    EXPECT_EQ(best.sharedAreas[0], Area::S);
    EXPECT_EQ(best.sharedAreas[1], Area::I);
}

TEST(Matching, FlatProfileGivesNoCareersInsteadOfRandomOnes) {
    Matcher matcher(sampleOccupations());
    const MatchResult result = matcher.match({50, 50, 50, 50, 50, 50});
    EXPECT_FALSE(result.clearPattern);
    EXPECT_TRUE(result.careers.empty());
    EXPECT_TRUE(result.clusters.empty());
}

TEST(Matching, FlatOccupationsAreNeverListed) {
    Matcher matcher(sampleOccupations());
    const MatchResult result = matcher.match({90, 10, 10, 10, 10, 10}, {.top = 100});
    for (const CareerMatch& m : result.careers) {
        EXPECT_NE(matcher.occupations()[m.occupation].code, "g");
    }
}

TEST(Matching, JobZoneFilterKeepsOnlyThatMuchSchool) {
    Matcher matcher(sampleOccupations());
    const MatchResult upTo3 = matcher.match({10, 70, 20, 90, 15, 20}, {.maxJobZone = 3, .top = 10});
    ASSERT_FALSE(upTo3.careers.empty());
    for (const CareerMatch& m : upTo3.careers) {
        EXPECT_LE(matcher.occupations()[m.occupation].jobZone, 3);
    }
    const MatchResult exact5 = matcher.match({10, 70, 20, 90, 15, 20}, {.exactJobZone = 5, .top = 10});
    ASSERT_EQ(exact5.careers.size(), 1u);
    EXPECT_EQ(matcher.occupations()[exact5.careers[0].occupation].code, "b");
}

TEST(Matching, TopLimitsTheListAndOrderIsBestFirst) {
    Matcher matcher(sampleOccupations());
    const MatchResult result = matcher.match({10, 20, 30, 40, 90, 80}, {.top = 3});
    ASSERT_EQ(result.careers.size(), 3u);
    EXPECT_GE(result.careers[0].similarity, result.careers[1].similarity);
    EXPECT_GE(result.careers[1].similarity, result.careers[2].similarity);
    EXPECT_EQ(matcher.occupations()[result.careers[0].occupation].code, "e");
}

TEST(Matching, ClustersAreRankedByTheirBestOccupations) {
    Matcher matcher(sampleOccupations());
    const MatchResult result = matcher.match({10, 20, 30, 40, 90, 80});
    ASSERT_FALSE(result.clusters.empty());
    EXPECT_LE(result.clusters.size(), 3u);
    EXPECT_EQ(result.clusters[0].cluster, 3); // the lead + organise cluster
}

TEST(Matching, ARangeOfWorkNotTenVersionsOfOneJob) {
    std::vector<OccupationProfile> occupations;
    for (int i = 0; i < 8; ++i) { // eight near-identical teaching jobs in one SOC minor group
        occupations.push_back({"25-10" + std::to_string(10 + i) + ".00", {1.5, 5.5, 2.5, 6.5, 2.5, 2.0}, "SI", 5, {0}});
    }
    occupations.push_back({"29-1141.00", {2.0, 5.0, 2.0, 6.0, 3.0, 3.0}, "SI", 3, {1}});
    Matcher matcher(occupations);
    const MatchResult result = matcher.match({10, 70, 20, 90, 15, 20}, {.top = 10, .maxPerGroup = 3});
    ASSERT_EQ(result.careers.size(), 4u);
    std::size_t teachers = 0;
    for (const CareerMatch& m : result.careers) {
        teachers += matcher.occupations()[m.occupation].code.rfind("25-1", 0) == 0;
    }
    EXPECT_EQ(teachers, 3u);
}
