// The OneRoster 1.1/1.2 and Clever readers on fixtures written from the published specifications
// (tests/unit/roster/fixtures/), and on broken or hostile input: a broken file is an error with its
// file:line and nothing else is trusted; staff and guardians never become students.
#include "core/csv_reader.hpp"
#include "roster/roster_writer.hpp"
#include "roster_test_support.hpp"

#include <gmock/gmock.h>

#include <random>

using namespace pathlight::roster;
using namespace pathlight::roster::testing;
using ::testing::HasSubstr;

TEST(OneRoster11, SpecFixtureReadsStudentsClassesAndDemographics) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    EXPECT_TRUE(snapshot.ok()) << describe(snapshot.errors);
    EXPECT_EQ(snapshot.format, Format::OneRoster11);
    EXPECT_EQ(studentIds(snapshot), (std::vector<std::string>{"st1", "st2", "st3", "st4"}));
    ASSERT_EQ(snapshot.orgs.size(), 2u);
    EXPECT_EQ(snapshot.orgs[1].parentId, "d1");

    const Student& mary = *snapshot.findStudent("st1");
    EXPECT_EQ(mary.grade, "06");
    EXPECT_EQ(mary.classIds, (std::vector<std::string>{"c1", "c2"}));
    EXPECT_EQ(mary.orgIds, std::vector<std::string>{"s1"});
    ASSERT_TRUE(mary.demographics.has_value());
    EXPECT_EQ(mary.demographics->sex, "female");
    EXPECT_EQ(mary.demographics->white, Flag::Yes);
    EXPECT_EQ(mary.demographics->asian, Flag::No);
    EXPECT_EQ(mary.demographics->hispanicOrLatino, Flag::Yes);
    EXPECT_EQ(mary.demographics->englishLearner, Flag::Unknown); // OneRoster doesn't carry it

    const Student& jose = *snapshot.findStudent("st3");
    EXPECT_EQ(jose.givenName, "Jos\xC3\xA9");
    EXPECT_EQ(jose.demographics->sex, "male");
    EXPECT_EQ(jose.demographics->white, Flag::Unknown);

    const Student& sam = *snapshot.findStudent("st4");
    EXPECT_EQ(sam.familyName, "Lee, Jr.");
    EXPECT_EQ(sam.orgIds, (std::vector<std::string>{"d1", "s1"}));
    EXPECT_TRUE(sam.classIds.empty());

    EXPECT_EQ(snapshot.findClass("c2")->title, "Math, Period 2");
    EXPECT_EQ(snapshot.findClass("c2")->grades, (std::vector<std::string>{"06", "07"}));
}

TEST(OneRoster11, StaffAndGuardiansNeverBecomeStudents) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    std::vector<std::string> staff;
    for (const Person& person : snapshot.staff) {
        staff.push_back(person.sourcedId + ":" + person.role);
    }
    EXPECT_EQ(staff, (std::vector<std::string>{"t1:teacher", "a1:aide"}));
    ASSERT_EQ(snapshot.guardians.size(), 2u);
    EXPECT_EQ(snapshot.guardians[0].role, "guardian");
    EXPECT_EQ(snapshot.guardians[1].role, "parent");
    EXPECT_EQ(snapshot.staff[0].classIds, (std::vector<std::string>{"c1", "c2"}));
    EXPECT_EQ(snapshot.staff[1].classIds, std::vector<std::string>{"c1"});
    // A guardian enrolled as a student is refused; a teacher's demographics are not kept.
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:11", "users.csv:8 lists them as a guardian"),
              nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "demographics.csv:4", "not a student"), nullptr);
    for (const Student& student : snapshot.students) {
        for (const auto* people : {&snapshot.staff, &snapshot.guardians}) {
            for (const Person& person : *people) {
                EXPECT_NE(student.sourcedId, person.sourcedId);
            }
        }
    }
}

TEST(OneRoster11, EverySkippedRowNamesItsFileAndLine) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster11");
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:7", "enabledUser false"), nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:9", "was left out (see users.csv:7)"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:10", "st9 is not in users.csv"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:12", "c9 is not in classes.csv"), nullptr);
    EXPECT_EQ(snapshot.skipped.size(), 6u) << describe(snapshot.skipped);
}

TEST(OneRoster12, RolesFilePreferredNamesBomAndDelta) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "oneroster12");
    EXPECT_TRUE(snapshot.ok()) << describe(snapshot.errors);
    EXPECT_EQ(snapshot.format, Format::OneRoster12);
    EXPECT_EQ(studentIds(snapshot), (std::vector<std::string>{"u2", "u3"}));
    const Student& jon = *snapshot.findStudent("u2");
    EXPECT_EQ(jon.givenName, "Jonathan");
    EXPECT_EQ(jon.preferredName, "Jon");
    EXPECT_EQ(jon.orgIds, std::vector<std::string>{"sch1"});
    EXPECT_EQ(jon.demographics->blackOrAfricanAmerican, Flag::Yes);
    const Student& zoe = *snapshot.findStudent("u3");
    EXPECT_EQ(zoe.givenName, "Zo\xC3\xAB");
    EXPECT_EQ(zoe.familyName, "O\"Brien");
    EXPECT_EQ(zoe.grade, "KG");
    EXPECT_FALSE(zoe.demographics.has_value()); // its row was refused: "maybe" is no flag
    EXPECT_NE(findIssue(snapshot.skipped, "demographics.csv:3", "hispanicOrLatinoEthnicity is \"maybe\""),
              nullptr);
    // A primary teacher with a secondary guardian role is staff; a primary guardian is a guardian.
    ASSERT_EQ(snapshot.staff.size(), 1u);
    EXPECT_EQ(snapshot.staff[0].sourcedId, "u1");
    ASSERT_EQ(snapshot.guardians.size(), 1u);
    EXPECT_EQ(snapshot.guardians[0].sourcedId, "u4");
    EXPECT_NE(findIssue(snapshot.skipped, "roles.csv:8", "\"wizard\" is not a OneRoster role"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:6", "tobedeleted"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:7", "has no role"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:5", "was left out (see users.csv:6)"), nullptr);
}

TEST(Clever, SpecFixtureWithItsOwnColumnOrder) {
    const RosterSnapshot snapshot = readOrFail(fixtures() / "clever");
    EXPECT_EQ(snapshot.format, Format::Clever);
    EXPECT_EQ(studentIds(snapshot), (std::vector<std::string>{"1001", "1002", "1003", "1004"}));
    const Student& ryan = *snapshot.findStudent("1002");
    EXPECT_EQ(ryan.familyName, "O'Neil");
    EXPECT_EQ(ryan.classIds, (std::vector<std::string>{"s1", "s2"}));
    EXPECT_EQ(ryan.demographics->iep, Flag::Yes);
    EXPECT_EQ(ryan.demographics->freeOrReducedLunch, Flag::No);
    const Student& lucia = *snapshot.findStudent("1003");
    EXPECT_EQ(lucia.demographics->sex, "other");
    EXPECT_EQ(lucia.demographics->hispanicOrLatino, Flag::Yes);
    EXPECT_EQ(lucia.demographics->white, Flag::Unknown); // Race left empty
    // An empty Name falls back to the course name; a teacher is staff, linked to their sections.
    EXPECT_EQ(snapshot.findClass("s2")->title, "Robotics Club");
    ASSERT_EQ(snapshot.staff.size(), 1u);
    EXPECT_EQ(snapshot.staff[0].classIds, (std::vector<std::string>{"s1", "s2"}));
    EXPECT_NE(findIssue(snapshot.skipped, "students.csv:6", "no First_name"), nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:6", "1009 is not in students.csv"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:7", "s7 is not in sections.csv"), nullptr);
    EXPECT_NE(findIssue(snapshot.warnings, "students.csv:5", "Race \"Q\""), nullptr)
        << describe(snapshot.warnings);
}

// Every Clever file of the big real sample, its columns shuffled: the same roster comes out.
TEST(Clever, ShuffledColumnsGiveTheSameSnapshot) {
    auto files = loadBundle(samples() / "clever-conroysj-clever-sandbox");
    ASSERT_TRUE(files.ok());
    const RosterSnapshot original = readFilesOrFail(*files);
    std::mt19937 random(20251202);
    for (int round = 0; round < 3; ++round) {
        RosterFiles shuffled;
        for (const auto& [key, entry] : files->all()) {
            const pathlight::core::CsvTable table = pathlight::core::readCsv(entry.second);
            ASSERT_TRUE(table.ok());
            std::vector<std::size_t> order(table.rows.front().fields.size());
            for (std::size_t i = 0; i < order.size(); ++i) {
                order[i] = i;
            }
            std::shuffle(order.begin(), order.end(), random);
            std::string text;
            for (const pathlight::core::CsvRow& row : table.rows) {
                std::vector<std::string> fields;
                for (const std::size_t column : order) {
                    fields.push_back(row.fields[column]);
                }
                pathlight::core::appendCsvRow(text, fields, "\r");
            }
            shuffled.add(entry.first, text);
        }
        const RosterSnapshot again = readFilesOrFail(shuffled);
        EXPECT_TRUE(again.sameContent(original)) << "round " << round;
        EXPECT_EQ(again.students.size(), 1004u);
    }
}

TEST(Clever, OptionalColumnsMayBeMissingOrEmpty) {
    const RosterSnapshot snapshot = readFilesOrFail(filesOf({
        {"students.csv", "Student_id,First_name,Last_name\n7,Ana,\n8,Bo,Li\n"},
        {"sections.csv", "Section_id,Name\nx,Art\n"},
        {"enrollments.csv", "Section_id,Student_id\nx,7\n"},
    }));
    EXPECT_TRUE(snapshot.ok()) << describe(snapshot.errors);
    EXPECT_EQ(snapshot.students.size(), 2u);
    EXPECT_FALSE(snapshot.students[0].demographics.has_value());
    EXPECT_EQ(snapshot.students[0].classIds, std::vector<std::string>{"x"});
    EXPECT_TRUE(snapshot.skipped.empty()) << describe(snapshot.skipped);
}

// [SECTION] Broken files: an error with file:line; the snapshot must not be applied.

TEST(RosterErrors, ABrokenQuoteIsAnErrorWithItsLine) {
    auto files = loadBundle(fixtures() / "oneroster11");
    ASSERT_TRUE(files.ok());
    std::string users = *files->find("users.csv");
    users += "st8,,,true,s1,student,broken,,\"Unclosed,Name,,S-8,,,,,06,\r\n";
    files->add("users.csv", users);
    const RosterSnapshot snapshot = readFilesOrFail(*files);
    EXPECT_FALSE(snapshot.ok());
    EXPECT_NE(findIssue(snapshot.errors, "users.csv:11", "never closed"), nullptr)
        << describe(snapshot.errors);
}

TEST(RosterErrors, Latin1IsRefusedWithItsLine) {
    const RosterSnapshot snapshot = readFilesOrFail(filesOf({
        {"students.csv", "Student_id,First_name,Last_name\n1,Ana,Ruiz\n2,Jos\xE9,Nu\xF1"
                         "ez\n"},
    }));
    EXPECT_FALSE(snapshot.ok());
    EXPECT_NE(findIssue(snapshot.errors, "students.csv:3", "not UTF-8"), nullptr)
        << describe(snapshot.errors);
}

TEST(RosterErrors, MissingRequiredColumnsAndFilesAreErrors) {
    const RosterSnapshot noName = readFilesOrFail(filesOf({
        {"manifest.csv", "propertyName,value\noneroster.version,1.1\nfile.users,bulk\n"},
        {"users.csv", "sourcedId,role,familyName\n1,student,Ruiz\n"},
    }));
    EXPECT_NE(findIssue(noName.errors, "users.csv:1", "no givenName column"), nullptr)
        << describe(noName.errors);

    const RosterSnapshot promised = readFilesOrFail(filesOf({
        {"manifest.csv",
         "propertyName,value\noneroster.version,1.1\nfile.users,bulk\nfile.enrollments,bulk\n"},
        {"users.csv", "sourcedId,role,givenName,familyName\n1,student,Ana,Ruiz\n"},
    }));
    EXPECT_NE(findIssue(promised.errors, "manifest.csv", "enrollments.csv as bulk"), nullptr)
        << describe(promised.errors);

    const RosterSnapshot twice = readFilesOrFail(filesOf({
        {"manifest.csv", "propertyName,value\noneroster.version,1.1\n"},
        {"users.csv", "sourcedId,role,givenName,familyName,givenname\n1,student,Ana,Ruiz,Ann\n"},
    }));
    EXPECT_NE(findIssue(twice.errors, "users.csv:1", "appears twice"), nullptr) << describe(twice.errors);

    const RosterSnapshot noRole = readFilesOrFail(filesOf({
        {"manifest.csv", "propertyName,value\noneroster.version,1.2\n"},
        {"users.csv", "sourcedId,givenName,familyName\n1,Ana,Ruiz\n"},
    }));
    EXPECT_NE(findIssue(noRole.errors, "users.csv:1", "no role column"), nullptr) << describe(noRole.errors);
}

TEST(RosterErrors, RaggedAndDuplicateRowsAreSkippedNotFatal) {
    const RosterSnapshot snapshot = readFilesOrFail(filesOf({
        {"manifest.csv", "propertyName,value\noneroster.version,1.1\n"},
        {"users.csv", "sourcedId,role,givenName,familyName\n"
                      "1,student,Ana,Ruiz\n"
                      "2,student,Bo\n"
                      "3,student,Cy,Day,extra\n"
                      "4,student,Di,Eve,,\n"
                      "1,student,Ana,Again\n"
                      ",,,\n"
                      "5,student,,Nofirst\n"
                      "6,wizard,Ed,Fox\n"},
    }));
    EXPECT_TRUE(snapshot.ok()) << describe(snapshot.errors);
    EXPECT_EQ(studentIds(snapshot), (std::vector<std::string>{"1", "4"}));
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:3", "has 3 values but the header names 4"), nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:4", "header has only 4"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:6", "already on line 2"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:7", "empty"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:8", "no givenName"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:9", "not a OneRoster role"), nullptr);
}

TEST(RosterErrors, EmptyFileAndUnknownFormatAndMissingPath) {
    const RosterSnapshot empty = readFilesOrFail(
        filesOf({{"manifest.csv", ""}, {"users.csv", "sourcedId,role,givenName,familyName\n"}}));
    EXPECT_NE(findIssue(empty.errors, "manifest.csv:1", "empty"), nullptr) << describe(empty.errors);

    auto unknown = readRosterFiles(filesOf({{"grades.csv", "a,b\n"}}), "somewhere");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, kErrUnknownFormat);
    EXPECT_THAT(unknown.error().detail, HasSubstr("grades.csv"));

    auto missing = readRoster("/nonexistent/roster.zip");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, kErrNotFound);
}

// [SECTION] Zip files

TEST(RosterZip, NestedFolderCaseAndMacResourceForksAreHandled) {
    TempDir dir;
    auto files = loadBundle(fixtures() / "oneroster11");
    ASSERT_TRUE(files.ok());
    auto members = membersOf(*files, "export-2025/");
    members.insert(members.begin(), {"export-2025/", ""});
    members.emplace_back("__MACOSX/export-2025/._users.csv", "\x00\x05\x16\x07junk");
    const fs::path zip = dir / "roster.ZIP";
    ASSERT_TRUE(writeZip(zip, members));
    const RosterSnapshot fromZip = readOrFail(zip);
    const RosterSnapshot fromFolder = readOrFail(fixtures() / "oneroster11");
    EXPECT_TRUE(fromZip.sameContent(fromFolder));
    // Choosing one CSV of an exported folder reads the whole folder.
    EXPECT_TRUE(readOrFail(fixtures() / "oneroster11" / "users.csv").sameContent(fromFolder));
}

TEST(RosterZip, DamagedOrScatteredZipsAreRefused) {
    TempDir dir;
    pathlight::store::testing::writeBytes(dir / "not.zip", "PK\x03\x04 this is not really a zip");
    auto damaged = readRoster(dir / "not.zip");
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.error().code, kErrZip);

    ASSERT_TRUE(writeZip(dir / "scattered.zip", {{"a/users.csv", "x\n"}, {"b/manifest.csv", "y\n"}}));
    auto scattered = readRoster(dir / "scattered.zip");
    ASSERT_FALSE(scattered.ok());
    EXPECT_THAT(scattered.error().detail, HasSubstr("different folders"));
}

TEST(RosterZip, AZipBombIsRefusedBeforeItIsUnpacked) {
    TempDir dir;
    // 80 MB of zeros compress to about 80 KB; the limit per file is 64 MB.
    const std::string zeros(kMaxCsvBytes + (16u << 20), '0');
    ASSERT_TRUE(writeZip(dir / "bomb.zip", {{"users.csv", zeros}}));
    auto bomb = readRoster(dir / "bomb.zip");
    ASSERT_FALSE(bomb.ok());
    EXPECT_EQ(bomb.error().code, kErrTooBig);
}
