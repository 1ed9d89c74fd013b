// Every real roster sample in ../shared/data/roster-samples/ (see its SOURCES.md) reads with the counts
// below, or is refused with a clear message, and each known quirk lands where it should: a skipped row
// with its file:line, a warning, or nothing at all when the quirk is harmless.
#include "roster_test_support.hpp"

#include <gmock/gmock.h>

using namespace pathlight::roster;
using namespace pathlight::roster::testing;
using ::testing::HasSubstr;

namespace {

struct Expected {
    const char* path; // under roster-samples/
    Format format;
    std::size_t students;
    std::size_t classes;
    std::size_t orgs;
    std::size_t staff;
    std::size_t guardians;
    std::size_t skipped;
    std::size_t enrollments; // student-class links
};

// The numbers every sample must give. Each skipped row is explained in the tests below.
const std::vector<Expected> kSamples = {
    {"oneroster-1.1-moodle", Format::OneRoster11, 3, 1, 1, 2, 1, 5, 1},
    {"oneroster-1.1-moodle-minimal", Format::OneRoster11, 3, 2, 1, 2, 1, 2, 2},
    {"oneroster-1.1-moodle-test01", Format::OneRoster11, 1, 2, 3, 1, 1, 1, 0},
    {"oneroster-1.2-moodle", Format::OneRoster12, 3, 1, 1, 3, 0, 5, 1},
    {"oneroster-1.2-moodle-oneroster_test_data", Format::OneRoster12, 1, 1, 1, 0, 0, 0, 1},
    {"oneroster-1.1-oat-sa", Format::OneRoster11, 2, 3, 2, 0, 0, 0, 3},
    {"oneroster-1.1-nicelion-classlink-templates", Format::OneRoster11, 0, 0, 0, 0, 0, 0, 0},
    {"oneroster-1.1-nicelion-generated", Format::OneRoster11, 2, 0, 2, 1, 1, 0, 0},
    {"oneroster-jp-rosterhub-export", Format::OneRoster11, 2, 0, 5, 1, 0, 2, 0},
    {"clever-conroysj-clever-sandbox", Format::Clever, 1004, 379, 3, 89, 0, 0, 8971},
    {"clever-KatieTGardner-attendance_updates", Format::Clever, 14, 45, 3, 13, 0, 0, 0},
    {"oneroster-zips-moodle/Test_full_data_set.zip", Format::OneRoster11, 3, 1, 1, 2, 1, 5, 1},
    {"oneroster-zips-moodle/Test_minimal_data_set.zip", Format::OneRoster11, 3, 2, 1, 2, 1, 2, 2},
    {"oneroster-zips-moodle/test01.zip", Format::OneRoster11, 1, 2, 3, 1, 1, 1, 0},
    {"oneroster-zips-moodle/v1p2_full_dataset.zip", Format::OneRoster12, 3, 1, 1, 3, 0, 5, 1},
    {"oneroster-zips-moodle/v1p2_full_dataset-883b92c-nested-folder.zip", Format::OneRoster12, 3, 1, 1, 3, 0,
     5, 1},
    {"oneroster-zips-moodle/oneroster_test_data.zip", Format::OneRoster12, 1, 1, 1, 0, 0, 0, 1},
};

std::size_t enrollmentsOf(const RosterSnapshot& snapshot) {
    std::size_t count = 0;
    for (const Student& student : snapshot.students) {
        count += student.classIds.size();
    }
    return count;
}

} // namespace

TEST(RosterSamples, EveryRealSampleReadsWithTheExpectedCounts) {
    for (const Expected& e : kSamples) {
        SCOPED_TRACE(e.path);
        const RosterSnapshot snapshot = readOrFail(samples() / e.path);
        EXPECT_TRUE(snapshot.ok()) << describe(snapshot.errors);
        EXPECT_EQ(snapshot.format, e.format);
        EXPECT_EQ(snapshot.students.size(), e.students);
        EXPECT_EQ(snapshot.classes.size(), e.classes);
        EXPECT_EQ(snapshot.orgs.size(), e.orgs);
        EXPECT_EQ(snapshot.staff.size(), e.staff);
        EXPECT_EQ(snapshot.guardians.size(), e.guardians);
        EXPECT_EQ(snapshot.skipped.size(), e.skipped) << describe(snapshot.skipped);
        EXPECT_EQ(enrollmentsOf(snapshot), e.enrollments);
    }
}

TEST(RosterSamples, ZipAndFolderGiveTheSameSnapshot) {
    const std::vector<std::pair<const char*, const char*>> pairs = {
        {"oneroster-zips-moodle/Test_full_data_set.zip", "oneroster-1.1-moodle"},
        {"oneroster-zips-moodle/Test_minimal_data_set.zip", "oneroster-1.1-moodle-minimal"},
        {"oneroster-zips-moodle/test01.zip", "oneroster-1.1-moodle-test01"},
        {"oneroster-zips-moodle/v1p2_full_dataset.zip", "oneroster-1.2-moodle"},
        {"oneroster-zips-moodle/v1p2_full_dataset-883b92c-nested-folder.zip", "oneroster-1.2-moodle"},
        {"oneroster-zips-moodle/oneroster_test_data.zip", "oneroster-1.2-moodle-oneroster_test_data"},
    };
    for (const auto& [zip, folder] : pairs) {
        const RosterSnapshot fromZip = readOrFail(samples() / zip);
        const RosterSnapshot fromFolder = readOrFail(samples() / folder);
        EXPECT_TRUE(fromZip.sameContent(fromFolder)) << zip << " vs " << folder;
        EXPECT_EQ(studentIds(fromZip), studentIds(fromFolder)) << zip;
        EXPECT_FALSE(fromZip.students.empty()) << zip;
    }
}

TEST(RosterSamples, MicrosoftSchoolDataSyncIsRefusedWithAClearMessage) {
    auto snapshot = readRoster(samples() / "other-sds-v2.1-microsoft");
    ASSERT_FALSE(snapshot.ok());
    EXPECT_EQ(snapshot.error().code, kErrUnknownFormat);
    EXPECT_THAT(snapshot.error().message, HasSubstr("OneRoster 1.1 or 1.2 CSV, or as Clever CSV"));
    EXPECT_THAT(snapshot.error().message, HasSubstr("School Data Sync"));
    EXPECT_THAT(snapshot.error().detail, HasSubstr("users.csv"));
}

TEST(RosterSamples, Moodle11QuirksAreSkippedWithTheirLines) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-1.1-moodle");
    // Staff and guardians are never students, whatever enrollments.csv says about them.
    EXPECT_EQ(studentIds(snapshot),
              (std::vector<std::string>{"usr-222-66778899", "usr-222-1234561232", "usr-222-567891"}));
    EXPECT_NE(findIssue(snapshot.skipped, "classes.csv:3", "tobedeleted"), nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:3", "users.csv:5 lists them as a teacher"),
              nullptr);
    for (const char* line : {"enrollments.csv:5", "enrollments.csv:6", "enrollments.csv:7"}) {
        EXPECT_NE(findIssue(snapshot.skipped, line, "was left out (see classes.csv:3)"), nullptr) << line;
    }
    // "TRUE" enabledUser, an empty status and date, upper-case "Scheduled": all harmless.
    const Student* mary = snapshot.findStudent("usr-222-66778899");
    ASSERT_NE(mary, nullptr);
    EXPECT_EQ(mary->givenName, "Mary");
    EXPECT_EQ(mary->grade, "12");
    EXPECT_TRUE(mary->classIds.empty()); // SOURCES.md: no enrollments
    const RosterClass* physics = snapshot.findClass("cls-222-123456");
    ASSERT_NE(physics, nullptr);
    EXPECT_EQ(physics->grades, (std::vector<std::string>{"09", "10", "11"})); // quoted list with commas
    EXPECT_EQ(physics->source.text(), "classes.csv:2");
    EXPECT_EQ(snapshot.findStudent("usr-222-1234561232")->classIds,
              std::vector<std::string>{"cls-222-123456"});
}

TEST(RosterSamples, Moodle12ReadsRolesFromTheRaggedRolesFileAndMisspelledHeaders) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-1.2-moodle");
    // prefferedGivenName is read as preferredGivenName.
    const Student* mary = snapshot.findStudent("usr-222-66778899");
    ASSERT_NE(mary, nullptr);
    EXPECT_EQ(mary->preferredName, "MJ");
    // The teacher who is also a guardian (secondary role) stays staff; the site administrator is staff.
    std::vector<std::string> staff;
    for (const Person& person : snapshot.staff) {
        staff.push_back(person.sourcedId + ":" + person.role);
    }
    EXPECT_EQ(staff, (std::vector<std::string>{"usr-222-123456:teacher", "usr-222-1234561:siteAdministrator",
                                               "usr-222-987654:teacher"}));
    EXPECT_TRUE(snapshot.guardians.empty());
    // file.scoreScales etc. are empty in the manifest: warnings, not errors.
    EXPECT_NE(findIssue(snapshot.warnings, "manifest.csv:21", "file.scoreScales"), nullptr)
        << describe(snapshot.warnings);
}

TEST(RosterSamples, Test01SkipsTheEnrollmentInAClassThatDoesNotExist) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-1.1-moodle-test01");
    EXPECT_NE(findIssue(snapshot.skipped, "enrollments.csv:2", "cls-222-12345 is not in classes.csv"),
              nullptr)
        << describe(snapshot.skipped);
    EXPECT_EQ(snapshot.orgs.size(), 3u); // org_sch-222-7654 with an underscore is fine
}

TEST(RosterSamples, JapaneseNamesTobedeletedRowsAndNoManifest) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-jp-rosterhub-export");
    EXPECT_NE(findIssue(snapshot.warnings, "manifest.csv", "no manifest.csv"), nullptr);
    EXPECT_NE(findIssue(snapshot.skipped, "users.csv:4", "tobedeleted"), nullptr)
        << describe(snapshot.skipped);
    EXPECT_NE(findIssue(snapshot.skipped, "orgs.csv:4", "tobedeleted"), nullptr);
    const Student* taro = snapshot.findStudent("user-e2e-001");
    ASSERT_NE(taro, nullptr);
    EXPECT_EQ(taro->givenName, "\xE5\xA4\xAA\xE9\x83\x8E");  // 太郎
    EXPECT_EQ(taro->familyName, "\xE5\xB1\xB1\xE7\x94\xB0"); // 山田
}

TEST(RosterSamples, OatSaReads10EraColumnsInAnyOrder) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-1.1-oat-sa");
    // enrollments.csv has a non-spec column order; classes.csv says "grade" instead of "grades".
    EXPECT_EQ(snapshot.findStudent("user1")->classIds, (std::vector<std::string>{"class1", "class2"}));
    EXPECT_EQ(snapshot.findStudent("user2")->classIds, std::vector<std::string>{"class3"});
    EXPECT_EQ(snapshot.findClass("class1")->grades, std::vector<std::string>{"2"});
}

TEST(RosterSamples, HeaderOnlyFilesImportNothingAndSaySo) {
    const RosterSnapshot snapshot = readOrFail(samples() / "oneroster-1.1-nicelion-classlink-templates");
    EXPECT_TRUE(snapshot.ok());
    EXPECT_NE(findIssue(snapshot.warnings, "users.csv", "no students"), nullptr)
        << describe(snapshot.warnings);
}

TEST(RosterSamples, CleverBareCrFilesQuotedCommasAndDemographics) {
    const RosterSnapshot snapshot = readOrFail(samples() / "clever-conroysj-clever-sandbox");
    const Student* diane = snapshot.findStudent("738733110");
    ASSERT_NE(diane, nullptr);
    EXPECT_EQ(diane->givenName, "Diane");
    EXPECT_EQ(diane->familyName, "Schmeler");
    EXPECT_EQ(diane->grade, "9");
    EXPECT_EQ(diane->source.text(), "students.csv:2");
    ASSERT_TRUE(diane->demographics.has_value());
    EXPECT_EQ(diane->demographics->sex, "female");
    EXPECT_EQ(diane->demographics->asian, Flag::Yes);
    EXPECT_EQ(diane->demographics->white, Flag::No);
    EXPECT_EQ(diane->demographics->hispanicOrLatino, Flag::Yes);
    EXPECT_EQ(diane->demographics->englishLearner, Flag::Yes);
    const auto comma =
        std::find_if(snapshot.classes.begin(), snapshot.classes.end(), [](const RosterClass& c) {
            return c.title == "English Remediation, Grade 10 - 205 - B. Daniel";
        });
    EXPECT_NE(comma, snapshot.classes.end());
    // Student rows sit on bare-CR lines: the last one is line 1005.
    EXPECT_EQ(snapshot.students.back().source.line, 1005);
}

TEST(RosterSamples, CleverNewerColumnsAndStaffAtTwoSchools) {
    const RosterSnapshot snapshot = readOrFail(samples() / "clever-KatieTGardner-attendance_updates");
    const Student* david = snapshot.findStudent("574095232");
    ASSERT_NE(david, nullptr);
    ASSERT_TRUE(david->demographics.has_value());
    EXPECT_EQ(david->demographics->freeOrReducedLunch, Flag::Yes);
    EXPECT_EQ(david->demographics->iep, Flag::No);
    const auto sally = std::count_if(snapshot.staff.begin(), snapshot.staff.end(),
                                     [](const Person& p) { return p.sourcedId == "67352"; });
    EXPECT_EQ(sally, 1); // one person listed at two schools
    EXPECT_NE(findIssue(snapshot.warnings, "enrollments.csv", "no enrollments.csv"), nullptr);
}
