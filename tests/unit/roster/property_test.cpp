// Property: any roster — names with commas, quotes, apostrophes, line breaks, accents and kanji — written
// as OneRoster 1.1 or Clever CSV, with or without a BOM, with CRLF, LF or CR line ends, quoted or not,
// in a folder or a .zip, reads back as the same students, classes, staff and guardians.
#include "roster/roster_writer.hpp"
#include "roster_test_support.hpp"

#include <random>

using namespace pathlight::roster;
using namespace pathlight::roster::testing;

namespace {

class Generator {
  public:
    explicit Generator(std::uint32_t seed) : m_random(seed) {}

    std::size_t below(std::size_t n) {
        return std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

    // A name that starts and ends with a letter (values are trimmed on reading), with hard parts inside.
    std::string name() {
        static const std::vector<std::string> kLetters = {"a",
                                                          "b",
                                                          "M",
                                                          "z",
                                                          "Q",
                                                          "\xC3\xA9",
                                                          "\xC3\xB1",
                                                          "\xC3\x98",
                                                          "\xC3\xBC",
                                                          "\xE5\xA4\xAA",
                                                          "\xE9\x83\x8E",
                                                          "\xD0\x96"};
        static const std::vector<std::string> kHard = {",",    "\"",   "'",  " ", "\n",
                                                       "\r\n", "\"\"", ", ", "-", "\r"};
        std::string out = kLetters[below(kLetters.size())];
        const std::size_t parts = 1 + below(6);
        for (std::size_t i = 0; i < parts; ++i) {
            out += chance(30) ? kHard[below(kHard.size())] : kLetters[below(kLetters.size())];
        }
        return out + kLetters[below(kLetters.size())];
    }

    // Ids: printable, sometimes with a comma or a quote (OneRoster allows any string).
    std::string id(const std::string& prefix, std::size_t n) {
        return prefix + std::to_string(n) + (chance(10) ? ",x" : "") + (chance(5) ? "\"q" : "");
    }

    Flag flag() { return static_cast<Flag>(below(3)); }

    RosterSnapshot roster() {
        RosterSnapshot s;
        s.orgs.push_back({id("org", 1), "School " + name(), "school", "", {}});
        const std::size_t classes = 1 + below(5);
        for (std::size_t c = 0; c < classes; ++c) {
            s.classes.push_back(
                {id("class", c),
                 "Class " + std::to_string(c) + (chance(50) ? ", part 2" : ""),
                 "",
                 chance(50) ? std::vector<std::string>{"06", "07"} : std::vector<std::string>{"08"},
                 s.orgs[0].sourcedId,
                 {}});
        }
        const std::size_t students = 1 + below(30);
        for (std::size_t i = 0; i < students; ++i) {
            Student student;
            student.sourcedId = id("st", i);
            student.givenName = name();
            student.familyName = chance(90) ? name() : std::string();
            student.preferredName = chance(20) ? name() : std::string();
            static const std::vector<std::string> kGrades = {"05", "6", "07", "8", "09", "KG", "12", ""};
            student.grade = kGrades[below(kGrades.size())];
            for (const RosterClass& rosterClass : s.classes) {
                if (chance(40)) {
                    student.classIds.push_back(rosterClass.sourcedId);
                }
            }
            std::sort(student.classIds.begin(), student.classIds.end());
            student.orgIds = {s.orgs[0].sourcedId};
            if (chance(60)) {
                static const std::vector<std::string> kSex = {"male", "female", "other", "unspecified"};
                Demographics d;
                d.sex = kSex[below(kSex.size())];
                d.asian = flag();
                d.white = flag();
                d.hispanicOrLatino = flag();
                d.blackOrAfricanAmerican = flag();
                student.demographics = d;
            }
            s.students.push_back(std::move(student));
        }
        for (std::size_t i = 0; i < below(4); ++i) {
            s.staff.push_back({id("t", i), "teacher", name(), name(), {s.classes[0].sourcedId}, {}});
        }
        for (std::size_t i = 0; i < below(3); ++i) {
            s.guardians.push_back({id("g", i), chance(50) ? "guardian" : "parent", name(), name(), {}, {}});
        }
        return s;
    }

    WriteOptions options() {
        static const std::vector<std::string> kEnds = {"\r\n", "\n", "\r"};
        return {chance(50), kEnds[below(kEnds.size())], chance(30)};
    }

  private:
    std::mt19937 m_random;
};

void expectSameStudents(const RosterSnapshot& written, const RosterSnapshot& read, bool oneRoster) {
    ASSERT_EQ(read.students.size(), written.students.size());
    for (std::size_t i = 0; i < written.students.size(); ++i) {
        const Student& a = written.students[i];
        const Student& b = read.students[i];
        EXPECT_EQ(b.sourcedId, a.sourcedId);
        EXPECT_EQ(b.givenName, a.givenName);
        EXPECT_EQ(b.familyName, a.familyName);
        EXPECT_EQ(b.grade, a.grade);
        EXPECT_EQ(b.classIds, a.classIds);
        if (oneRoster) {
            EXPECT_EQ(b.preferredName, a.preferredName);
            EXPECT_EQ(b.demographics, a.demographics) << a.sourcedId;
        } else {
            // Clever's Gender has M, F and X: "unspecified" comes back as "other".
            const std::string sex = a.demographics ? a.demographics->sex : "";
            EXPECT_EQ(b.demographics.has_value() ? b.demographics->sex : "",
                      sex == "unspecified" ? "other" : sex);
        }
    }
}

} // namespace

TEST(RosterProperty, WrittenRostersReadBackTheSame) {
    for (std::uint32_t seed = 1; seed <= 150; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        Generator generate(seed);
        const RosterSnapshot roster = generate.roster();
        const WriteOptions options = generate.options();

        const RosterSnapshot oneRoster = readFilesOrFail(writeOneRoster11(roster, options));
        ASSERT_TRUE(oneRoster.ok()) << describe(oneRoster.errors);
        EXPECT_TRUE(oneRoster.skipped.empty()) << describe(oneRoster.skipped);
        EXPECT_EQ(oneRoster.format, Format::OneRoster11);
        expectSameStudents(roster, oneRoster, true);
        ASSERT_EQ(oneRoster.classes.size(), roster.classes.size());
        for (std::size_t c = 0; c < roster.classes.size(); ++c) {
            EXPECT_EQ(oneRoster.classes[c].sourcedId, roster.classes[c].sourcedId);
            EXPECT_EQ(oneRoster.classes[c].title, roster.classes[c].title);
            EXPECT_EQ(oneRoster.classes[c].grades, roster.classes[c].grades);
        }
        EXPECT_EQ(oneRoster.staff.size(), roster.staff.size());
        EXPECT_EQ(oneRoster.guardians.size(), roster.guardians.size());

        const RosterSnapshot clever = readFilesOrFail(writeClever(roster, options));
        ASSERT_TRUE(clever.ok()) << describe(clever.errors);
        EXPECT_EQ(clever.format, Format::Clever);
        RosterSnapshot cleverInput = roster;
        for (Student& student : cleverInput.students) {
            student.preferredName.clear(); // Clever has no preferred name
        }
        expectSameStudents(cleverInput, clever, false);

        // Reading what was read and written again changes nothing at all (file:line included).
        const RosterSnapshot again = readFilesOrFail(writeOneRoster11(oneRoster, options));
        EXPECT_TRUE(again.sameContent(oneRoster));

        // The same bytes from a folder and from a .zip.
        if (seed % 15 == 0) {
            TempDir dir;
            const RosterFiles files = writeOneRoster11(roster, options);
            writeFolder(dir / "folder", files);
            ASSERT_TRUE(writeZip(dir / "roster.zip", membersOf(files)));
            EXPECT_TRUE(readOrFail(dir / "folder").sameContent(oneRoster));
            EXPECT_TRUE(readOrFail(dir / "roster.zip").sameContent(oneRoster));
        }
    }
}
