// The normalized roster (RosterSnapshot) that every reader (OneRoster 1.1/1.2 CSV, Clever CSV) produces
// and that the store imports: schools/orgs, classes, students, and staff and guardians kept apart so
// they can never become learners. Plain values only: no SQLite, no UI, no files.
//
// Three kinds of problem travel with a snapshot, each naming file:line:
//   errors   — a file is broken (bad quoting, not UTF-8, a required column missing): nothing may be
//              imported until it is fixed;
//   skipped  — one row was left out (a student without a name, an enrollment in a class that isn't
//              there); the rest imports;
//   warnings — the row imports, but something in it was ignored or guessed (a grade Pathlight can't
//              read, a manifest value that isn't bulk/delta/absent).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace pathlight::roster {

// Error codes (core::Error::code) of the roster layer.
inline constexpr const char* kErrNotFound = "roster.not_found";    // no such file or folder
inline constexpr const char* kErrUnknownFormat = "roster.unknown"; // neither OneRoster nor Clever
inline constexpr const char* kErrZip = "roster.zip";               // a .zip libzip can't read
inline constexpr const char* kErrTooBig = "roster.too_big";        // past the size limits below
inline constexpr const char* kErrInvalid = "roster.invalid";       // a snapshot with errors
inline constexpr const char* kErrUnreadable = "roster.unreadable"; // a file that can't be read

enum class Format { OneRoster11, OneRoster12, Clever };
const char* formatName(Format format); // "OneRoster 1.1", "OneRoster 1.2", "Clever"

// Where something came from: a file of the bundle ("users.csv") and a 1-based line (0: the whole file).
struct SourceLine {
    std::string file;
    int line = 0;
    std::string text() const; // "users.csv:12", or "users.csv" for line 0
    bool operator==(const SourceLine&) const = default;
};

struct RowIssue {
    SourceLine where;
    std::string reason; // plain words: what is wrong and, where it helps, how to fix it
    bool operator==(const RowIssue&) const = default;
};

// An issue about a whole file (line 0).
inline RowIssue wholeFile(std::string file, std::string reason) {
    RowIssue issue;
    issue.where.file = std::move(file);
    issue.reason = std::move(reason);
    return issue;
}

// A yes/no fact the roster may not state.
enum class Flag : std::uint8_t { Unknown = 0, Yes = 1, No = 2 };

// What OneRoster's demographics.csv (or Clever's students.csv) says about a student, for class
// reports that show equity gaps. Birth date and birthplace are deliberately not kept.
struct Demographics {
    std::string sex; // "male", "female", "other", "unspecified", or "" when not given
    Flag americanIndianOrAlaskaNative = Flag::Unknown;
    Flag asian = Flag::Unknown;
    Flag blackOrAfricanAmerican = Flag::Unknown;
    Flag nativeHawaiianOrOtherPacificIslander = Flag::Unknown;
    Flag white = Flag::Unknown;
    Flag twoOrMoreRaces = Flag::Unknown;
    Flag hispanicOrLatino = Flag::Unknown;
    // Programme flags that only Clever's students.csv carries.
    Flag englishLearner = Flag::Unknown;
    Flag iep = Flag::Unknown;
    Flag freeOrReducedLunch = Flag::Unknown;

    bool empty() const { return *this == Demographics{}; }
    bool operator==(const Demographics&) const = default;
};

struct Org {
    std::string sourcedId;
    std::string name;
    std::string type; // "school", "district", "department", … as the roster says
    std::string parentId;
    SourceLine source;
    bool operator==(const Org&) const = default;
};

struct RosterClass {
    std::string sourcedId; // OneRoster classes.sourcedId or Clever Section_id
    std::string title;
    std::string classCode;
    std::vector<std::string> grades; // as given ("09", "10", "KG")
    std::string schoolId;
    SourceLine source;
    bool operator==(const RosterClass&) const = default;
};

struct Student {
    std::string sourcedId; // OneRoster users.sourcedId or Clever Student_id: the import key
    std::string givenName;
    std::string preferredName; // preferred given name, "" when none
    std::string familyName;
    std::string grade;                 // as given ("06", "7", "KG", ""); see import_plan.hpp for Pathlight's
    std::vector<std::string> classIds; // sorted, unique
    std::vector<std::string> orgIds;   // schools the roster puts them in
    std::optional<Demographics> demographics;
    SourceLine source;
    bool operator==(const Student&) const = default;
};

// Staff (teachers, aides, administrators…) and guardians: counted and kept apart, never learners.
// Names, like a Student's, are as the file writes them (trimmed), line breaks and all.
struct Person {
    std::string sourcedId;
    std::string role; // as the roster says: "teacher", "aide", "guardian", "parent", "staff", …
    std::string givenName;
    std::string familyName;
    std::vector<std::string> classIds; // classes they teach (staff only)
    SourceLine source;
    bool operator==(const Person&) const = default;
};

struct RosterSnapshot {
    Format format = Format::OneRoster11;
    std::string sourceName; // the folder or .zip it was read from, for messages
    std::vector<Org> orgs;
    std::vector<RosterClass> classes;
    std::vector<Student> students; // in file order
    std::vector<Person> staff;
    std::vector<Person> guardians;
    std::vector<RowIssue> errors;
    std::vector<RowIssue> skipped;
    std::vector<RowIssue> warnings;

    bool ok() const { return errors.empty(); }
    const Student* findStudent(const std::string& sourcedId) const;
    const RosterClass* findClass(const std::string& sourcedId) const;
    // Equal rosters: same format and records, same problems (the source name may differ).
    bool sameContent(const RosterSnapshot& other) const;
};

} // namespace pathlight::roster
