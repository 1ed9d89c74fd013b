// ER triage: scripted rounds that win and lose, the worst sign deciding the care, kind feedback on
// a wrong choice, busy rooms and the waiting room, the view's taps and keys, and a broken levels file.
#include "game_test_support.hpp"

#include "minigames/triage/triage_rules.hpp"

namespace pathlight::test {
namespace {

using namespace minigames::triage;
using minigames::Action;

Action send(int patient, Room room) {
    return {static_cast<int>(Code::Send), patient, static_cast<int>(room)};
}

struct Er {
    std::unique_ptr<minigames::GameRules> owner = loadGame("triage");
    TriageRules& rules = dynamic_cast<TriageRules&>(*owner);
    void step(std::vector<Action> actions = {}, double dt = 0.1) { rules.update(dt, actions); }
    void until(auto done, double limit = 120) {
        for (double t = 0; t < limit && !done(); t += 0.1) {
            step();
        }
    }
    const Patient& patient(int id) const { return rules.patients()[static_cast<std::size_t>(id)]; }
    const Event& lastEvent() const { return rules.events()[rules.eventCount() % rules.events().size()]; }
};

TEST(Triage, AScriptedRoundSendingTheMostUrgentFirstWins) {
    Er er;
    er.rules.start(4, 1);
    while (!er.rules.finished() && er.rules.time() < 400) {
        std::vector<Action> moves;
        for (int urgency = 2; urgency >= 0; --urgency) {
            for (const Patient& p : er.rules.patients()) {
                if ((p.where == Where::Door || p.where == Where::Chair) &&
                    static_cast<int>(p.urgency) == urgency && er.rules.freeBeds(roomFor(p.urgency)) > 0 &&
                    moves.empty()) {
                    moves.push_back(send(p.id, roomFor(p.urgency)));
                }
            }
        }
        er.step(moves);
    }
    const auto result = er.rules.result();
    EXPECT_TRUE(result.won);
    EXPECT_EQ(result.stars, 3);
    EXPECT_EQ(er.rules.wrongs(), 0);
    ASSERT_FALSE(result.didWell.empty());
}

TEST(Triage, AScriptedRoundSendingEveryoneToTheWrongCareLoses) {
    Er er;
    er.rules.start(4, 1);
    while (!er.rules.finished() && er.rules.time() < 400) {
        std::vector<Action> moves;
        for (int id : er.rules.door()) {
            if (id >= 0) {
                const Room wrong = er.patient(id).urgency == Urgency::Green ? Room::Trauma : Room::FastTrack;
                moves.push_back(send(id, wrong));
            }
        }
        er.step(moves, 0.5);
    }
    const auto result = er.rules.result();
    EXPECT_FALSE(result.won);
    EXPECT_EQ(result.score, 0);
    EXPECT_EQ(er.rules.treated(), 0);
    EXPECT_GT(er.rules.wrongs(), 0);
}

TEST(Triage, TheWorstSignDecidesAndAWrongChoiceBouncesBackNamingIt) {
    Er er;
    er.rules.start(9, 3);
    er.until([&] { return er.rules.door()[0] >= 0; });
    const int id = er.rules.door()[0];
    const Patient& p = er.patient(id);
    ASSERT_GE(p.signCount, 2) << "level 3 patients show several signs";
    Urgency worst = Urgency::Green;
    for (int s = 0; s < p.signCount; ++s) {
        worst = std::max(worst, severity(p.signs[static_cast<std::size_t>(s)]));
    }
    EXPECT_EQ(p.urgency, worst);
    EXPECT_EQ(severity(p.worstSign()), worst);
    const Room wrong = worst == Urgency::Red ? Room::FastTrack : Room::Trauma;
    er.step({send(id, wrong)});
    const Event& e = er.lastEvent();
    EXPECT_EQ(e.kind, EventKind::Wrong);
    EXPECT_EQ(e.sign, p.worstSign());
    EXPECT_EQ(e.rightRoom, roomFor(worst));
    EXPECT_EQ(er.rules.points(), -TriageRules::kWrongCost);
    EXPECT_EQ(p.where, Where::Door) << "the patient stays so the player can look again";
    er.step({send(id, roomFor(worst))});
    EXPECT_EQ(p.where, Where::Bed);
    EXPECT_EQ(er.rules.points(), TriageRules::kPointsPerPatient - TriageRules::kWrongCost);
}

TEST(Triage, ABusyRoomSendsNobodyAndTheWaitingRoomHoldsThemUntilItFrees) {
    // Find an afternoon (level 3: one doctor's bed) where a yellow patient arrives while it is busy.
    Er er;
    int next = -1;
    for (std::uint64_t seed = 1; seed <= 40 && next < 0; ++seed) {
        er.rules.start(seed, 3);
        while (!er.rules.finished() && next < 0) {
            std::vector<Action> moves;
            for (int id : er.rules.door()) {
                if (id < 0 || er.patient(id).urgency != Urgency::Yellow) {
                    continue;
                }
                if (er.rules.freeBeds(Room::Doctor) > 0) {
                    moves.push_back(send(id, Room::Doctor));
                    break;
                }
                next = id;
            }
            er.step(moves);
        }
    }
    ASSERT_GE(next, 0);
    ASSERT_EQ(er.rules.freeBeds(Room::Doctor), 0);
    er.step({send(next, Room::Doctor)});
    EXPECT_EQ(er.lastEvent().kind, EventKind::RoomFull);
    EXPECT_EQ(er.patient(next).where, Where::Door);
    EXPECT_EQ(er.rules.wrongs(), 0) << "a busy room is not a wrong choice";
    er.step({send(next, Room::Waiting)});
    EXPECT_EQ(er.patient(next).where, Where::Chair);
    er.until([&] { return er.rules.freeBeds(Room::Doctor) > 0; });
    er.step({send(next, Room::Doctor)});
    EXPECT_EQ(er.patient(next).where, Where::Bed);
}

TEST(Triage, WhenNobodyIsSentTheWaitingRoomOverflows) {
    Er er;
    er.rules.start(1, 3);
    er.until([&] { return er.rules.finished(); }, 400);
    EXPECT_EQ(er.rules.missed(), er.rules.spec().patients);
    EXPECT_FALSE(er.rules.result().won);
}

TEST(Triage, ViewTapsAndKeysBecomeSendActions) {
    HeadlessImGui imgui;
    FakeViewHost host;
    auto view = minigames::makeView("triage");
    Er er;
    er.rules.start(1, 1);
    er.until([&] { return er.rules.door()[0] >= 0; });
    const int id = er.rules.door()[0];
    ViewDriver driver(*view, host);
    driver.frame(er.rules);
    const RecordedItem* card = host.find("Patient " + std::to_string(id + 1));
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(driver.tap(er.rules, card->centre()).empty()) << "tapping a patient only picks them";
    const RecordedItem* fast = host.find("Fast track");
    ASSERT_NE(fast, nullptr);
    const auto tapped = driver.tap(er.rules, fast->centre());
    ASSERT_EQ(tapped.size(), 1u);
    EXPECT_EQ(tapped[0], send(id, Room::FastTrack));
    // Keys: Up to the patients, Enter picks the first, Right moves to the next care, Enter sends.
    ImGuiIO& io = ImGui::GetIO();
    auto press = [&](ImGuiKey key) {
        io.KeysDown[key] = true;
        auto out = driver.frame(er.rules);
        io.KeysDown[key] = false;
        driver.frame(er.rules);
        return out;
    };
    press(ImGuiKey_UpArrow);
    press(ImGuiKey_Enter);
    press(ImGuiKey_LeftArrow); // from the fast track (where the tap left the focus) to the doctor
    const auto keyed = press(ImGuiKey_Enter);
    ASSERT_EQ(keyed.size(), 1u);
    EXPECT_EQ(keyed[0], send(id, Room::Doctor));
    EXPECT_NE(host.find("Trauma room"), nullptr);
    EXPECT_NE(host.find("Waiting room"), nullptr);
}

TEST(Triage, ABrokenLevelIsRefusedNamingTheLevelAndField) {
    const std::string good = R"({"patients": 14, "arriveMin": 5, "arriveMax": 8, "signsMin": 1, "signsMax": 1,
        "trauma": 1, "doctor": 2, "fast": 2, "chairs": 6, "ambulance": 0.3, "treatRed": 14, "treatYellow": 10, "treatGreen": 6})";
    const std::string bad = R"({"patients": 14, "arriveMin": 5, "arriveMax": 8, "signsMin": 1, "signsMax": 1,
        "trauma": 1, "doctor": 2, "fast": 2, "chairs": 0, "ambulance": 0.3, "treatRed": 14, "treatYellow": 10, "treatGreen": 6})";
    EXPECT_TRUE(makeRules(
        {"minigames/triage/levels.json", "{\"levels\": [" + good + "," + good + "," + good + "]}"}));
    const auto result =
        makeRules({"minigames/triage/levels.json", "{\"levels\": [" + bad + "," + good + "," + good + "]}"});
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().detail.find("minigames/triage/levels.json: level 1: 'chairs'"),
              std::string::npos)
        << result.error().detail;
    EXPECT_FALSE(makeRules({"minigames/triage/levels.json", "{\"levels\": [" + good + "]}"}));
}

} // namespace
} // namespace pathlight::test
