// What importing a roster would do on this device — the preview a teacher sees before anything is
// written, and the plan store::RosterRepo::apply() carries out. Pure: it compares a RosterSnapshot
// with what the device already holds (passed in as plain values) and never touches the store.
//
// The rules, each decided here once:
//  - Key: a student is the same learner when their sourcedId (OneRoster) or Student_id (Clever) is
//    already linked. Existing learners keep their nickname and picture; their roster names, grade,
//    classes and demographics are updated. Students missing from the roster are kept, untouched.
//  - Nickname (new learners): the preferred given name, else the given name, whitespace tidied, at most
//    24 characters. When students of the roster share it (ignoring case), each gets the first letter
//    of their family name ("Mary J."), or as many letters as it takes to tell their family names apart
//    ("Mary Jo.", "Mary Ju."); students whose names are still the same (same family name), or whose
//    nickname a linked learner already has, get a number ("Mary J. 2").
//  - Grade: the roster's grade is kept as given (teachers and reports see "KG", "10"). Pathlight's own
//    grade is 5–9: a number is clamped into 5–9, KG/PK/TK/PR/IT and Clever's Kindergarten… become 5,
//    grade 13 and PS (post-secondary) 9; an empty or unreadable grade becomes 5 with a warning.
//  - Picture: one of the 16 drawn avatars, chosen from a hash of the sourcedId, so it is the same on
//    every device and at every re-import.
#pragma once

#include "roster/roster.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::roster {

// The number of drawn avatars (game/ui/art.hpp kAvatarCount); a roster learner gets one of them.
inline constexpr int kRosterAvatarCount = 16;
inline constexpr std::size_t kNicknameMaxChars = 24; // store::LearnerRepo's limit

// A learner this device already links to a roster student.
struct ExistingLearner {
    std::string sourcedId;
    std::string learnerId;
    std::string nickname;
    int grade = 0; // Pathlight's 5–9
    std::string rosterGrade;
    std::string givenName;
    std::string preferredName;
    std::string familyName;
    std::vector<std::string> classIds; // sorted
    std::optional<Demographics> demographics;
};

// A class (or org) as the device stores it.
struct ExistingClass {
    std::string sourcedId;
    std::string title;
    std::string classCode;
    std::vector<std::string> grades;
    std::string schoolId;
};
struct ExistingOrg {
    std::string sourcedId;
    std::string name;
    std::string type;
    std::string parentId;
};

// Everything previewImport needs to know about the device.
struct DeviceRoster {
    std::vector<ExistingLearner> learners;
    std::vector<ExistingClass> classes;
    std::vector<ExistingOrg> orgs;
};

struct PlannedStudent {
    std::string sourcedId;
    std::string learnerId;   // "" for a new learner
    std::string displayName; // "Mary Jones" (preferred or given name + family name), for the teacher
    std::string nickname;    // what the learner is called in Pathlight
    int grade = 5;           // Pathlight's grade (new learners; updated ones when it changes)
    int avatar = 0;
    std::string rosterGrade;
    std::vector<std::string> changes; // updated learners: "grade 6 → 7", "joins class History - 2", …
    SourceLine source;
};

struct PlannedClass {
    std::string sourcedId;
    std::string title;
    bool isNew = false;
    bool changed = false;     // an existing class whose title, code, grades or school changed
    std::size_t students = 0; // students of this roster in it
};

struct ImportPreview {
    Format format = Format::OneRoster11;
    std::string sourceName;
    std::vector<PlannedStudent> newStudents;     // in roster order
    std::vector<PlannedStudent> updatedStudents; // in roster order
    std::size_t unchangedStudents = 0;
    std::size_t notInRoster = 0; // linked learners this roster doesn't list: kept as they are
    std::vector<PlannedClass> classes;
    std::size_t newOrgs = 0;
    std::size_t changedOrgs = 0;
    std::size_t orgs = 0;
    std::size_t staff = 0;     // never learners
    std::size_t guardians = 0; // never learners
    std::vector<RowIssue> errors;
    std::vector<RowIssue> skipped;
    std::vector<RowIssue> warnings;

    bool canApply() const { return errors.empty(); }
    std::size_t newClasses() const;
    std::size_t changedClasses() const;
    // True when applying would write nothing (a re-import of the same roster).
    bool changesNothing() const;
};

ImportPreview previewImport(const RosterSnapshot& snapshot, const DeviceRoster& device);

// [SECTION] The rules, exposed for tests and for the store.
// Pathlight's grade (5–9) for a roster grade; `known` is false when the text said nothing usable.
int pathlightGrade(std::string_view rosterGrade, bool* known = nullptr);
// A stable avatar index (0..kRosterAvatarCount-1) for a sourcedId.
int avatarFor(std::string_view sourcedId);
// The first `count` code points of `text` (UTF-8), never splitting one.
std::string firstCodePoints(std::string_view text, std::size_t count);

} // namespace pathlight::roster
