// The import preview: new and updated students with what changed, classes, skipped rows with file:line,
// and the nickname, grade and avatar rules (roster/import_plan.hpp).
#include "roster/import_plan.hpp"
#include "roster_test_support.hpp"

#include <gmock/gmock.h>

using namespace pathlight::roster;
using namespace pathlight::roster::testing;

namespace {

Student student(const std::string& id, const std::string& given, const std::string& family,
                const std::string& grade = "6", const std::string& preferred = {}) {
    Student s;
    s.sourcedId = id;
    s.givenName = given;
    s.familyName = family;
    s.grade = grade;
    s.preferredName = preferred;
    s.source = {"users.csv", 2};
    return s;
}

RosterSnapshot rosterOf(std::vector<Student> students) {
    RosterSnapshot snapshot;
    snapshot.students = std::move(students);
    return snapshot;
}

std::map<std::string, std::string> nicknames(const ImportPreview& preview) {
    std::map<std::string, std::string> out;
    for (const PlannedStudent& planned : preview.newStudents) {
        out[planned.sourcedId] = planned.nickname;
    }
    return out;
}

} // namespace

TEST(ImportPlan, NicknameIsThePreferredOrGivenNameWithAFamilyInitialOnlyWhenNeeded) {
    const ImportPreview preview = previewImport(
        rosterOf({student("1", "Mary", "Jones"), student("2", "mary", "Smith"),
                  student("3", "Jonathan", "Smith", "6", "Jon"), student("4", "  Ana \n Sofia ", "Ruiz"),
                  student("5", "Mary", "Johnson"), student("6", "Lee", "Kim"), student("7", "Lee", "Kim"),
                  student("8", "Zo\xC3\xAB", "\xC3\x89lise"), student("9", "Zo\xC3\xAB", "Eve")}),
        {});
    const auto names = nicknames(preview);
    EXPECT_EQ(names.at("1"), "Mary Jon."); // Jones, Johnson: "Jo" is not enough
    EXPECT_EQ(names.at("5"), "Mary Joh.");
    EXPECT_EQ(names.at("2"), "mary S.");   // the same name ignoring case
    EXPECT_EQ(names.at("3"), "Jon");       // preferred name, unique
    EXPECT_EQ(names.at("4"), "Ana Sofia"); // whitespace tidied
    EXPECT_EQ(names.at("6"), "Lee K.");    // same family name: numbered
    EXPECT_EQ(names.at("7"), "Lee K. 2");
    EXPECT_EQ(names.at("8"), "Zo\xC3\xAB \xC3\x89."); // an accented initial is one whole character
    EXPECT_EQ(names.at("9"), "Zo\xC3\xAB E.");
}

TEST(ImportPlan, NicknamesFitTwentyFourCharactersAndAvoidLinkedLearners) {
    DeviceRoster device;
    device.learners.push_back({"old", "learner-1", "Sam", 6, "6", "Sam", "", "Old", {}, std::nullopt});
    const std::string longName = "Maximilian-Alexander Christopher";
    const ImportPreview preview =
        previewImport(rosterOf({student("old", "Sam", "Old"), student("new", "Sam", "Lee"),
                                student("x", longName, "Ng"), student("y", longName, "Ortiz")}),
                      device);
    const auto names = nicknames(preview);
    EXPECT_EQ(names.count("old"), 0u); // a linked learner keeps their nickname
    EXPECT_EQ(names.at("new"), "Sam L.");
    EXPECT_LE(firstCodePoints(names.at("x"), 100).size(), 24u);
    EXPECT_EQ(names.at("x"), "Maximilian-Alexander N.");
    EXPECT_EQ(names.at("y"), "Maximilian-Alexander O.");

    const ImportPreview clash = previewImport(rosterOf({student("new2", "Sam", "Zed")}), device);
    EXPECT_EQ(nicknames(clash).at("new2"), "Sam 2"); // "Sam" is already someone on this device
}

TEST(ImportPlan, GradesMapIntoFiveToNineAndTheRosterGradeIsKept) {
    const std::vector<std::pair<const char*, int>> cases = {
        {"05", 5}, {"6", 6},  {"07", 7},           {"8", 8},  {"9", 9},  {"3", 5},           {"12", 9},
        {"13", 9}, {"KG", 5}, {"Kindergarten", 5}, {"PK", 5}, {"PS", 9}, {"PostGraduate", 9}};
    for (const auto& [grade, expected] : cases) {
        bool known = false;
        EXPECT_EQ(pathlightGrade(grade, &known), expected) << grade;
        EXPECT_TRUE(known) << grade;
    }
    for (const char* unknown : {"", "Other", "UG", "sixth", "-1", "1234"}) {
        bool known = true;
        EXPECT_EQ(pathlightGrade(unknown, &known), 5) << unknown;
        EXPECT_FALSE(known) << unknown;
    }
    const ImportPreview preview =
        previewImport(rosterOf({student("1", "Ana", "Ruiz", "11"), student("2", "Bo", "Li", "")}), {});
    EXPECT_EQ(preview.newStudents[0].grade, 9);
    EXPECT_EQ(preview.newStudents[0].rosterGrade, "11");
    EXPECT_NE(findIssue(preview.warnings, "users.csv:2", "2 has no grade"), nullptr)
        << describe(preview.warnings);
}

TEST(ImportPlan, AvatarIsStableAndSpreadOverTheDrawnOnes) {
    EXPECT_EQ(avatarFor("usr-222-66778899"), avatarFor("usr-222-66778899"));
    std::set<int> seen;
    for (int i = 0; i < 400; ++i) {
        const int avatar = avatarFor("student-" + std::to_string(i));
        EXPECT_GE(avatar, 0);
        EXPECT_LT(avatar, kRosterAvatarCount);
        seen.insert(avatar);
    }
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(kRosterAvatarCount));
}

TEST(ImportPlan, UpdatedStudentsSayWhatChanged) {
    RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    DeviceRoster device;
    device.classes.push_back({"c1", "Science 6", "SCI6", {"06"}, "s1"});
    device.classes.push_back({"c3", "Old Class", "", {}, "s1"});
    device.learners.push_back(
        {"st1", "L1", "Mary J.", 6, "06", "Mary", "", "Jones", {"c1", "c3"}, std::nullopt});
    device.learners.push_back({"st3",
                               "L3",
                               "José",
                               7,
                               "07",
                               "José",
                               "",
                               "Núñez",
                               {"c1"},
                               snapshot.findStudent("st3")->demographics});
    device.learners.push_back({"st4", "L4", "Sam", 5, "05", "Sam", "", "Lee, Jr.", {}, std::nullopt});
    device.learners.push_back({"gone", "L9", "Gone", 6, "6", "Gone", "", "", {}, std::nullopt});
    const ImportPreview preview = previewImport(snapshot, device);

    EXPECT_EQ(nicknames(preview).size(), 1u); // st2 only
    ASSERT_EQ(preview.updatedStudents.size(), 2u);
    const PlannedStudent& mary = preview.updatedStudents[0];
    EXPECT_EQ(mary.learnerId, "L1");
    EXPECT_EQ(mary.nickname, "Mary J."); // kept
    EXPECT_EQ(mary.changes,
              (std::vector<std::string>{"joins Math, Period 2", "leaves Old Class", "demographics"}));
    const PlannedStudent& jose = preview.updatedStudents[1];
    EXPECT_EQ(jose.changes, std::vector<std::string>{"grade 07 → 08"});
    EXPECT_EQ(preview.unchangedStudents, 1u); // Sam
    EXPECT_EQ(preview.notInRoster, 1u);       // "gone" is kept
    ASSERT_EQ(preview.classes.size(), 2u);
    EXPECT_FALSE(preview.classes[0].isNew);
    EXPECT_FALSE(preview.classes[0].changed);
    EXPECT_EQ(preview.classes[0].students, 2u);
    EXPECT_TRUE(preview.classes[1].isNew);
    EXPECT_EQ(preview.newOrgs, 2u);
    EXPECT_EQ(preview.staff, 2u);
    EXPECT_EQ(preview.guardians, 2u);
    EXPECT_TRUE(preview.canApply());
    EXPECT_FALSE(preview.changesNothing());
}

TEST(ImportPlan, ThePreviewCarriesEverySkippedRowAndErrorWithFileAndLine) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    const ImportPreview preview = previewImport(snapshot, {});
    EXPECT_EQ(preview.skipped, snapshot.skipped);
    for (const RowIssue& issue : preview.skipped) {
        EXPECT_FALSE(issue.where.file.empty());
        EXPECT_GT(issue.where.line, 0) << issue.reason;
        EXPECT_FALSE(issue.reason.empty());
    }
    RosterSnapshot broken = snapshot;
    broken.errors.push_back({{"users.csv", 11}, "a quoted value is never closed"});
    EXPECT_FALSE(previewImport(broken, {}).canApply());
}
