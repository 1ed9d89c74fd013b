// The school's roster on this device: imports a roster::RosterSnapshot (orgs, classes, students) and
// answers the teacher screens' questions (classes, students of a class, a learner's classes).
// Students become learners only through LearnerRepo::create; staff and guardians are never stored.
// An import is one transaction and writes exactly what roster::previewImport says, so importing the
// same roster twice changes nothing the second time. Learners are never deleted by an import.
#pragma once

#include "core/result.hpp"
#include "roster/import_plan.hpp"
#include "roster/roster.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pathlight::store {

struct RosterApplyReport {
    std::size_t created = 0;   // new learners
    std::size_t updated = 0;   // linked learners whose roster data changed
    std::size_t unchanged = 0; // linked learners the roster lists as before
    std::size_t classesAdded = 0;
    std::size_t classesUpdated = 0;
    std::size_t orgsAdded = 0;
    std::size_t orgsUpdated = 0;
    // sourcedId -> learner id, for every student of the roster, in roster order.
    std::vector<std::pair<std::string, std::string>> learnerIds;
};

struct RosterClassInfo {
    std::string sourcedId;
    std::string title;
    std::string classCode;
    std::vector<std::string> grades; // as the roster gives them
    std::string schoolId;
    std::string schoolName; // "" when the roster has no such org
    int students = 0;       // learners enrolled on this device
};

struct RosterStudentInfo {
    std::string learnerId;
    std::string sourcedId;
    std::string nickname;    // what the learner is called in Pathlight
    int grade = 0;           // Pathlight's grade, 5–9
    std::string rosterGrade; // as the roster gives it ("06", "KG"): use this to split reports by grade
    std::string givenName;
    std::string preferredName;
    std::string familyName;
    std::optional<roster::Demographics> demographics; // nullopt when the roster said nothing
};

class RosterRepo {
  public:
    explicit RosterRepo(Database& db) : m_db(db) {}

    // What the device already holds, as roster::previewImport wants it.
    roster::DeviceRoster deviceRoster() const;
    // The preview of importing `snapshot` here (the same one apply() carries out).
    roster::ImportPreview preview(const roster::RosterSnapshot& snapshot) const;
    // Imports `snapshot` in one transaction. Refuses (roster::kErrInvalid, nothing written) a snapshot
    // with errors; a failed write rolls everything back.
    core::Result<RosterApplyReport> apply(const roster::RosterSnapshot& snapshot);

    // [SECTION] Queries for the teacher screens
    std::vector<RosterClassInfo> classes() const;                                // by title
    std::vector<RosterStudentInfo> studentsOf(const std::string& classId) const; // by nickname
    std::vector<RosterClassInfo> classesOf(const std::string& learnerId) const;  // by title
    std::optional<RosterStudentInfo> student(const std::string& learnerId) const;
    std::vector<RosterStudentInfo> students() const; // every learner linked to the roster, by nickname
    std::vector<roster::ExistingOrg> orgs() const;   // by name

  private:
    Database& m_db;
};

} // namespace pathlight::store
