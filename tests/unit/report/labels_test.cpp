// Labels come from the app's strings by key: every field is filled from its own key, and the list
// a content check uses is exactly what is read.
#include "report/career_card.hpp"
#include "report/family_talk_card.hpp"
#include "report/labels.hpp"
#include "report/report_labels.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace pathlight::report;

namespace {
const Translate kEcho = [](std::string_view key) { return std::string(key); };
} // namespace

TEST(Labels, EveryFieldComesFromItsOwnKey) {
    const CareerCardLabels card = CareerCardLabels::fromStrings(kEcho);
    EXPECT_EQ(card.title, "print.card.title");
    EXPECT_EQ(card.payloadMore, "print.card.payload_more");
    const FamilyTalkText talk = FamilyTalkText::fromStrings(kEcho);
    EXPECT_EQ(talk.questions.size(), 5u);
    EXPECT_EQ(talk.questions[4], "print.family.question5");
    const ReportLabels report = ReportLabels::fromStrings(kEcho);
    EXPECT_EQ(report.allStudents, "report.all_students");
    EXPECT_EQ(report.months[11], "report.month12");

    const std::vector<std::string> keys = printStringKeys();
    const std::set<std::string> unique(keys.begin(), keys.end());
    EXPECT_EQ(unique.size(), keys.size()) << "two fields share a key";
    EXPECT_TRUE(unique.count("report.code_count"));
    EXPECT_TRUE(unique.count("print.family.notes_heading"));
}

TEST(Labels, UnsetFamilyQuestionsAreSkipped) {
    const FamilyTalkText talk = FamilyTalkText::fromStrings([](std::string_view key) {
        return key == "print.family.question4" || key == "print.family.question5" ? std::string()
                                                                                  : std::string(key);
    });
    EXPECT_EQ(talk.questions.size(), 3u);
}
