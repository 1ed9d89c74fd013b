// LearnerRepo: creating, listing and signing in learners; PINs are checked but never stored in the
// clear; removing a learner (or every guest) removes all of their work.
#include "store/learner_repo.hpp"

#include "core/revision.hpp"
#include "store/database.hpp"
#include "store/quiz_repo.hpp"
#include "store/revision_repo.hpp"
#include "store_test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace pathlight;
using namespace pathlight::store;
using pathlight::store::testing::rawQuery;

namespace {

class LearnerRepoTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Database::openInMemory();
        ASSERT_TRUE(opened.ok()) << opened.error().detail;
        m_db = std::move(opened.value());
    }
    Learner create(NewLearner input) {
        auto created = LearnerRepo(*m_db).create(input);
        EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().detail);
        return created.ok() ? created.value() : Learner{};
    }
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(LearnerRepoTest, CreatedLearnersAreListedByNicknameAndFound) {
    LearnerRepo repo(*m_db);
    const Learner zoe = create({"  Zoe ", 7, 12, "", false});
    const Learner ana = create({"ana", 5, 3, "", false});
    EXPECT_EQ(zoe.nickname, "Zoe"); // trimmed
    EXPECT_FALSE(zoe.hasPin);

    const auto list = repo.list();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].nickname, "ana"); // case-insensitive order
    EXPECT_EQ(list[1].nickname, "Zoe");

    const auto found = repo.find(zoe.id);
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->nickname, "Zoe");
    EXPECT_EQ(found->grade, 7);
    EXPECT_EQ(found->avatar, 12);
    EXPECT_FALSE(found->guest);
    EXPECT_FALSE(repo.find("no-such-learner").has_value());
    EXPECT_NE(ana.id, zoe.id);
}

TEST_F(LearnerRepoTest, ProfileIsStoredAsARevisionSoItTravels) {
    const Learner mia = create({"Mia", 6, 4, "", false});
    const auto profiles = RevisionRepo(*m_db).heads(mia.id, core::kind::kProfile);
    ASSERT_EQ(profiles.size(), 1u);
    const auto body = nlohmann::json::parse(profiles[0].body);
    EXPECT_EQ(body.at("nickname"), "Mia");
    EXPECT_EQ(body.at("grade"), 6);
    EXPECT_EQ(body.at("avatar"), 4);
    EXPECT_EQ(body.at("guest"), false);
    EXPECT_EQ(profiles[0].hlc.device, m_db->deviceId());
}

TEST_F(LearnerRepoTest, PinIsCheckedAndStoredOnlyAsAnArgon2idHash) {
    LearnerRepo repo(*m_db);
    const Learner kai = create({"Kai", 8, 1, "2580", false});
    EXPECT_TRUE(kai.hasPin);
    EXPECT_TRUE(repo.find(kai.id)->hasPin);
    EXPECT_TRUE(repo.checkPin(kai.id, "2580"));
    EXPECT_FALSE(repo.checkPin(kai.id, "2581"));
    EXPECT_FALSE(repo.checkPin(kai.id, ""));
    EXPECT_FALSE(repo.checkPin("someone-else", "2580"));

    const std::string stored =
        rawQuery(m_db->handle(), "SELECT pin_hash FROM learners WHERE id = '" + kai.id + "'");
    EXPECT_EQ(stored.rfind("$argon2id$", 0), 0u) << stored;
    EXPECT_EQ(stored.find("2580"), std::string::npos);

    const Learner noPin = create({"Lee", 8, 1, "", false});
    EXPECT_TRUE(repo.checkPin(noPin.id, ""));
    EXPECT_TRUE(repo.checkPin(noPin.id, "1234"));
}

TEST_F(LearnerRepoTest, InvalidFormsGiveAKidReadableReasonAndStoreNothing) {
    struct Case {
        NewLearner input;
        const char* code;
        const char* message;
    };
    const std::vector<Case> cases = {
        {{"   ", 6, 0, "", false}, kErrNickname, "name"},
        {{"", 6, 0, "", false}, kErrNickname, "name"},
        {{std::string(25, 'a'), 6, 0, "", false}, kErrNickname, "24"},
        {{"Sam\x07", 6, 0, "", false}, kErrNickname, "name"},
        {{"Sa\nm", 6, 0, "", false}, kErrNickname, "name"},
        {{"Bad\xff", 6, 0, "", false}, kErrNickname, "name"},
        {{"Sam", 4, 0, "", false}, kErrGrade, "Pick a grade from 5 to 9."},
        {{"Sam", 10, 0, "", false}, kErrGrade, "Pick a grade from 5 to 9."},
        {{"Sam", 6, -1, "", false}, kErrAvatar, "picture"},
        {{"Sam", 6, 64, "", false}, kErrAvatar, "picture"},
        {{"Sam", 6, 0, "123", false}, kErrPin, "4 numbers"},
        {{"Sam", 6, 0, "12345", false}, kErrPin, "4 numbers"},
        {{"Sam", 6, 0, "12a4", false}, kErrPin, "4 numbers"},
        {{"Sam", 6, 0, "\xd9\xa1\xd9\xa2", false}, kErrPin, "4 numbers"}, // Arabic-Indic digits
    };
    LearnerRepo repo(*m_db);
    for (const Case& c : cases) {
        auto created = repo.create(c.input);
        ASSERT_FALSE(created.ok()) << c.input.nickname << " / " << c.input.pin;
        EXPECT_EQ(created.error().code, c.code) << c.input.nickname;
        EXPECT_NE(created.error().message.find(c.message), std::string::npos) << created.error().message;
    }
    EXPECT_TRUE(repo.list().empty());
    EXPECT_EQ(rawQuery(m_db->handle(), "SELECT count(*) FROM revisions"), "0");
    EXPECT_EQ(rawQuery(m_db->handle(), "SELECT count(*) FROM learners"), "0");
}

TEST_F(LearnerRepoTest, NicknameLengthCountsLettersNotBytes) {
    std::string name;
    for (int i = 0; i < 24; ++i) {
        name += "\xc3\xb1"; // ñ
    }
    EXPECT_EQ(create({name, 6, 0, "", false}).nickname, name);
    EXPECT_FALSE(LearnerRepo(*m_db).create({name + "n", 6, 0, "", false}).ok());
}

TEST_F(LearnerRepoTest, RemovingALearnerRemovesEveryRevisionOfTheirs) {
    LearnerRepo repo(*m_db);
    QuizRepo quizzes(*m_db);
    RevisionRepo revisions(*m_db);
    const Learner gone = create({"Gone", 6, 0, "1111", false});
    const Learner stays = create({"Stays", 6, 0, "", false});
    for (const Learner& learner : {gone, stays}) {
        auto attempt = quizzes.openAttempt(learner.id, "interest");
        ASSERT_TRUE(attempt.ok());
        ASSERT_TRUE(quizzes.recordAnswer(learner.id, *attempt, "r1", 3, 1).ok());
    }
    ASSERT_GT(revisions.count(gone.id), 2u);
    const std::size_t staysCount = revisions.count(stays.id);

    ASSERT_TRUE(repo.remove(gone.id).ok());
    EXPECT_FALSE(repo.find(gone.id).has_value());
    EXPECT_EQ(revisions.count(gone.id), 0u);
    EXPECT_EQ(rawQuery(m_db->handle(), "SELECT count(*) FROM heads WHERE learner_id = '" + gone.id + "'"),
              "0");
    EXPECT_FALSE(quizzes.unfinishedAttempt(gone.id, "interest").has_value());
    EXPECT_FALSE(repo.checkPin(gone.id, "1111"));

    EXPECT_EQ(revisions.count(stays.id), staysCount);
    ASSERT_EQ(repo.list().size(), 1u);
    EXPECT_EQ(repo.list()[0].id, stays.id);
}

TEST_F(LearnerRepoTest, GuestsAreNotListedAndAreRemovedTogether) {
    LearnerRepo repo(*m_db);
    const Learner guest = create({"Visitor", 0, 5, "", true}); // no grade needed
    const Learner guest2 = create({"Visitor", 0, 6, "", true});
    const Learner student = create({"Ava", 9, 2, "", false});
    EXPECT_TRUE(guest.guest);
    ASSERT_EQ(repo.list().size(), 1u);
    EXPECT_EQ(repo.list()[0].id, student.id);
    ASSERT_TRUE(repo.find(guest.id).has_value());
    EXPECT_TRUE(repo.find(guest.id)->guest);

    ASSERT_TRUE(repo.removeGuests().ok());
    EXPECT_FALSE(repo.find(guest.id).has_value());
    EXPECT_FALSE(repo.find(guest2.id).has_value());
    EXPECT_EQ(RevisionRepo(*m_db).count(guest.id), 0u);
    EXPECT_EQ(RevisionRepo(*m_db).count(guest2.id), 0u);
    EXPECT_TRUE(repo.find(student.id).has_value());
    EXPECT_EQ(RevisionRepo(*m_db).count(student.id), 1u);
}
