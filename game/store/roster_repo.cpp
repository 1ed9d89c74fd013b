// Roster tables (migration 3) and the roster import. Writes only what the preview lists as new or
// changed; a learner's grade change travels as a new profile revision (like any profile edit), so it
// reaches the portfolio file; nickname and picture are never changed by a roster.
#include "store/roster_repo.hpp"

#include "core/revision.hpp"
#include "store/learner_repo.hpp"
#include "store/revision_repo.hpp"
#include "store/statement.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace pathlight::store {

namespace {

using detail::Statement;

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : ",") + item;
    }
    return out;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t comma = text.find(',', start);
        out.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return out;
}

void bindFlag(Statement& statement, int index, roster::Flag flag) {
    if (flag == roster::Flag::Unknown) {
        statement.bindNull(index);
    } else {
        statement.bind(index, flag == roster::Flag::Yes ? 1 : 0);
    }
}

roster::Flag readFlag(const Statement& row, int column) {
    if (row.isNull(column)) {
        return roster::Flag::Unknown;
    }
    return row.int64(column) != 0 ? roster::Flag::Yes : roster::Flag::No;
}

// The demographics columns in table order; `first` is the column index of `sex` in a SELECT.
constexpr const char* kDemographicColumns =
    "d.sex, d.american_indian_alaska_native, d.asian, d.black_african_american, "
    "d.native_hawaiian_pacific_islander, d.white, d.two_or_more_races, d.hispanic_latino, d.english_learner, "
    "d.iep, d.free_reduced_lunch";

roster::Flag* flagFields(roster::Demographics& d, std::size_t i) {
    roster::Flag* fields[] = {&d.americanIndianOrAlaskaNative,
                              &d.asian,
                              &d.blackOrAfricanAmerican,
                              &d.nativeHawaiianOrOtherPacificIslander,
                              &d.white,
                              &d.twoOrMoreRaces,
                              &d.hispanicOrLatino,
                              &d.englishLearner,
                              &d.iep,
                              &d.freeOrReducedLunch};
    return fields[i];
}
constexpr std::size_t kFlagCount = 10;

std::optional<roster::Demographics> readDemographics(const Statement& row, int hasColumn, int first) {
    if (row.isNull(hasColumn)) {
        return std::nullopt;
    }
    roster::Demographics d;
    d.sex = row.text(first);
    for (std::size_t i = 0; i < kFlagCount; ++i) {
        *flagFields(d, i) = readFlag(row, first + 1 + static_cast<int>(i));
    }
    return d;
}

constexpr const char* kStudentSelect =
    "SELECT s.learner_id, s.sourced_id, l.nickname, l.grade, s.grade, s.given_name, s.preferred_name, "
    "s.family_name, d.learner_id, ";

RosterStudentInfo readStudent(const Statement& row) {
    RosterStudentInfo info;
    info.learnerId = row.text(0);
    info.sourcedId = row.text(1);
    info.nickname = row.text(2);
    info.grade = row.int32(3);
    info.rosterGrade = row.text(4);
    info.givenName = row.text(5);
    info.preferredName = row.text(6);
    info.familyName = row.text(7);
    info.demographics = readDemographics(row, 8, 9);
    return info;
}

constexpr const char* kClassSelect =
    "SELECT c.sourced_id, c.title, c.class_code, c.grades, c.school_id, coalesce(o.name, ''), "
    "(SELECT count(*) FROM roster_enrollments n WHERE n.class_id = c.sourced_id) "
    "FROM roster_classes c LEFT JOIN roster_orgs o ON o.sourced_id = c.school_id ";

RosterClassInfo readClass(const Statement& row) {
    RosterClassInfo info;
    info.sourcedId = row.text(0);
    info.title = row.text(1);
    info.classCode = row.text(2);
    info.grades = splitList(row.text(3));
    info.schoolId = row.text(4);
    info.schoolName = row.text(5);
    info.students = row.int32(6);
    return info;
}

// The writes of one import, each statement prepared once.
class Writer {
  public:
    explicit Writer(Database& db)
        : m_db(db),
          m_org(db.handle(),
                "INSERT INTO roster_orgs (sourced_id, name, type, parent_id) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (sourced_id) DO UPDATE SET name = excluded.name, type = excluded.type, "
                "parent_id = excluded.parent_id"),
          m_class(db.handle(), "INSERT INTO roster_classes (sourced_id, title, class_code, grades, "
                               "school_id) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (sourced_id) DO UPDATE SET title = excluded.title, class_code = "
                               "excluded.class_code, "
                               "grades = excluded.grades, school_id = excluded.school_id"),
          m_student(
              db.handle(),
              "INSERT INTO roster_students (sourced_id, learner_id, given_name, preferred_name, family_name, "
              "grade, format) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sourced_id) DO UPDATE SET "
              "given_name = excluded.given_name, preferred_name = excluded.preferred_name, "
              "family_name = excluded.family_name, grade = excluded.grade, format = excluded.format"),
          m_join(db.handle(),
                 "INSERT OR IGNORE INTO roster_enrollments (class_id, learner_id) VALUES (?, ?)"),
          m_leave(db.handle(), "DELETE FROM roster_enrollments WHERE class_id = ? AND learner_id = ?"),
          m_demographics(
              db.handle(),
              "INSERT INTO roster_demographics (learner_id, sex, american_indian_alaska_native, asian, "
              "black_african_american, native_hawaiian_pacific_islander, white, two_or_more_races, "
              "hispanic_latino, english_learner, iep, free_reduced_lunch) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id) DO UPDATE SET "
              "sex = excluded.sex, american_indian_alaska_native = excluded.american_indian_alaska_native, "
              "asian = excluded.asian, black_african_american = excluded.black_african_american, "
              "native_hawaiian_pacific_islander = excluded.native_hawaiian_pacific_islander, "
              "white = excluded.white, two_or_more_races = excluded.two_or_more_races, "
              "hispanic_latino = excluded.hispanic_latino, english_learner = excluded.english_learner, "
              "iep = excluded.iep, free_reduced_lunch = excluded.free_reduced_lunch"),
          m_noDemographics(db.handle(), "DELETE FROM roster_demographics WHERE learner_id = ?") {}

    core::Status org(const roster::Org& org) {
        m_org.reset();
        m_org.bind(1, org.sourcedId).bind(2, org.name).bind(3, org.type).bind(4, org.parentId);
        return m_org.run();
    }

    core::Status rosterClass(const roster::RosterClass& c) {
        m_class.reset();
        m_class.bind(1, c.sourcedId)
            .bind(2, c.title)
            .bind(3, c.classCode)
            .bind(4, joinList(c.grades))
            .bind(5, c.schoolId);
        return m_class.run();
    }

    core::Status student(const roster::Student& s, const std::string& learnerId, roster::Format format) {
        m_student.reset();
        m_student.bind(1, s.sourcedId).bind(2, learnerId).bind(3, s.givenName).bind(4, s.preferredName);
        m_student.bind(5, s.familyName).bind(6, s.grade).bind(7, std::string(roster::formatName(format)));
        return m_student.run();
    }

    core::Status enrollment(const std::string& classId, const std::string& learnerId, bool joins) {
        Statement& statement = joins ? m_join : m_leave;
        statement.reset();
        statement.bind(1, classId).bind(2, learnerId);
        return statement.run();
    }

    core::Status demographics(const std::string& learnerId, const std::optional<roster::Demographics>& d) {
        if (!d) {
            m_noDemographics.reset();
            m_noDemographics.bind(1, learnerId);
            return m_noDemographics.run();
        }
        roster::Demographics copy = *d;
        m_demographics.reset();
        m_demographics.bind(1, learnerId).bind(2, copy.sex);
        for (std::size_t i = 0; i < kFlagCount; ++i) {
            bindFlag(m_demographics, 3 + static_cast<int>(i), *flagFields(copy, i));
        }
        return m_demographics.run();
    }

    // A new profile revision with the roster's grade (nickname, picture and anything else kept).
    core::Status grade(const std::string& learnerId, int grade) {
        RevisionRepo revisions(m_db);
        const auto heads = revisions.heads(learnerId, core::kind::kProfile);
        if (heads.empty()) {
            return {};
        }
        const core::Revision& current = heads.back();
        auto body = nlohmann::json::parse(current.body, nullptr, /*allow_exceptions=*/false);
        if (!body.is_object()) {
            return {};
        }
        body["grade"] = grade;
        core::Revision next{learnerId,           current.entryId, core::kind::kProfile,
                            m_db.clock().tick(), false,           body.dump()};
        if (auto appended = revisions.append(next); !appended) {
            return appended;
        }
        return LearnerRepo(m_db).refreshFromRevisions(learnerId);
    }

  private:
    Database& m_db;
    Statement m_org;
    Statement m_class;
    Statement m_student;
    Statement m_join;
    Statement m_leave;
    Statement m_demographics;
    Statement m_noDemographics;
};

} // namespace

roster::DeviceRoster RosterRepo::deviceRoster() const {
    roster::DeviceRoster device;
    std::map<std::string, std::size_t> byLearner;
    {
        Statement select(m_db.handle(), std::string(kStudentSelect) + kDemographicColumns +
                                            " FROM roster_students s JOIN learners l ON l.id = s.learner_id "
                                            "LEFT JOIN roster_demographics d ON d.learner_id = s.learner_id "
                                            "ORDER BY s.sourced_id");
        while (select.step()) {
            const RosterStudentInfo info = readStudent(select);
            byLearner[info.learnerId] = device.learners.size();
            device.learners.push_back({info.sourcedId,
                                       info.learnerId,
                                       info.nickname,
                                       info.grade,
                                       info.rosterGrade,
                                       info.givenName,
                                       info.preferredName,
                                       info.familyName,
                                       {},
                                       info.demographics});
        }
    }
    {
        Statement select(m_db.handle(),
                         "SELECT learner_id, class_id FROM roster_enrollments ORDER BY learner_id, class_id");
        while (select.step()) {
            if (const auto it = byLearner.find(select.text(0)); it != byLearner.end()) {
                device.learners[it->second].classIds.push_back(select.text(1));
            }
        }
    }
    {
        Statement select(m_db.handle(),
                         "SELECT sourced_id, title, class_code, grades, school_id FROM roster_classes");
        while (select.step()) {
            device.classes.push_back(
                {select.text(0), select.text(1), select.text(2), splitList(select.text(3)), select.text(4)});
        }
    }
    {
        Statement select(m_db.handle(), "SELECT sourced_id, name, type, parent_id FROM roster_orgs");
        while (select.step()) {
            device.orgs.push_back({select.text(0), select.text(1), select.text(2), select.text(3)});
        }
    }
    return device;
}

roster::ImportPreview RosterRepo::preview(const roster::RosterSnapshot& snapshot) const {
    return roster::previewImport(snapshot, deviceRoster());
}

core::Result<RosterApplyReport> RosterRepo::apply(const roster::RosterSnapshot& snapshot) {
    RosterApplyReport report;
    std::optional<core::Error> refused;
    const core::Status applied = m_db.transaction([&]() -> core::Status {
        const roster::DeviceRoster device = deviceRoster();
        const roster::ImportPreview plan = roster::previewImport(snapshot, device);
        if (!plan.canApply()) {
            const roster::RowIssue& first = plan.errors.front();
            refused =
                core::makeError("This roster has mistakes, so nothing was imported. Fix the rows listed "
                                "and import it again.",
                                std::to_string(plan.errors.size()) +
                                    " error(s); first: " + first.where.text() + ": " + first.reason,
                                roster::kErrInvalid);
            return *refused;
        }
        Writer writer(m_db);

        std::map<std::string, const roster::ExistingOrg*> orgs;
        for (const roster::ExistingOrg& org : device.orgs) {
            orgs[org.sourcedId] = &org;
        }
        for (const roster::Org& org : snapshot.orgs) {
            const auto it = orgs.find(org.sourcedId);
            const bool isNew = it == orgs.end();
            if (isNew || it->second->name != org.name || it->second->type != org.type ||
                it->second->parentId != org.parentId) {
                if (auto wrote = writer.org(org); !wrote) {
                    return wrote;
                }
                ++(isNew ? report.orgsAdded : report.orgsUpdated);
            }
        }
        for (std::size_t i = 0; i < snapshot.classes.size(); ++i) {
            const roster::PlannedClass& planned = plan.classes[i];
            if (planned.isNew || planned.changed) {
                if (auto wrote = writer.rosterClass(snapshot.classes[i]); !wrote) {
                    return wrote;
                }
                ++(planned.isNew ? report.classesAdded : report.classesUpdated);
            }
        }

        std::map<std::string, const roster::PlannedStudent*> newcomers;
        std::map<std::string, const roster::PlannedStudent*> updates;
        for (const roster::PlannedStudent& planned : plan.newStudents) {
            newcomers[planned.sourcedId] = &planned;
        }
        for (const roster::PlannedStudent& planned : plan.updatedStudents) {
            updates[planned.sourcedId] = &planned;
        }
        std::map<std::string, const roster::ExistingLearner*> linked;
        for (const roster::ExistingLearner& learner : device.learners) {
            linked[learner.sourcedId] = &learner;
        }

        LearnerRepo learners(m_db);
        for (const roster::Student& student : snapshot.students) {
            if (const auto it = newcomers.find(student.sourcedId); it != newcomers.end()) {
                const roster::PlannedStudent& planned = *it->second;
                auto created = learners.create({planned.nickname, planned.grade, planned.avatar, "", false});
                if (!created) {
                    return core::makeError(created.error().message,
                                           student.source.text() + ": " + student.sourcedId + ": " +
                                               created.error().detail,
                                           created.error().code);
                }
                const std::string& id = created->id;
                if (auto wrote = writer.student(student, id, snapshot.format); !wrote) {
                    return wrote;
                }
                for (const std::string& classId : student.classIds) {
                    if (auto wrote = writer.enrollment(classId, id, true); !wrote) {
                        return wrote;
                    }
                }
                if (student.demographics) {
                    if (auto wrote = writer.demographics(id, student.demographics); !wrote) {
                        return wrote;
                    }
                }
                report.learnerIds.emplace_back(student.sourcedId, id);
                ++report.created;
                continue;
            }
            const roster::ExistingLearner& learner = *linked.at(student.sourcedId);
            report.learnerIds.emplace_back(student.sourcedId, learner.learnerId);
            const auto update = updates.find(student.sourcedId);
            if (update == updates.end()) {
                ++report.unchanged;
                continue;
            }
            const std::string& id = learner.learnerId;
            if (auto wrote = writer.student(student, id, snapshot.format); !wrote) {
                return wrote;
            }
            if (learner.rosterGrade != student.grade && learner.grade != update->second->grade) {
                if (auto wrote = writer.grade(id, update->second->grade); !wrote) {
                    return wrote;
                }
            }
            const std::set<std::string> before(learner.classIds.begin(), learner.classIds.end());
            const std::set<std::string> after(student.classIds.begin(), student.classIds.end());
            for (const std::string& classId : after) {
                if (before.count(classId) == 0) {
                    if (auto wrote = writer.enrollment(classId, id, true); !wrote) {
                        return wrote;
                    }
                }
            }
            for (const std::string& classId : before) {
                if (after.count(classId) == 0) {
                    if (auto wrote = writer.enrollment(classId, id, false); !wrote) {
                        return wrote;
                    }
                }
            }
            if (learner.demographics != student.demographics) {
                if (auto wrote = writer.demographics(id, student.demographics); !wrote) {
                    return wrote;
                }
            }
            ++report.updated;
        }
        return {};
    });
    if (!applied) {
        return refused ? *refused : applied.error();
    }
    return report;
}

std::vector<RosterClassInfo> RosterRepo::classes() const {
    Statement select(m_db.handle(),
                     std::string(kClassSelect) + "ORDER BY c.title COLLATE NOCASE, c.sourced_id");
    std::vector<RosterClassInfo> out;
    while (select.step()) {
        out.push_back(readClass(select));
    }
    return out;
}

std::vector<RosterClassInfo> RosterRepo::classesOf(const std::string& learnerId) const {
    Statement select(m_db.handle(),
                     std::string(kClassSelect) +
                         "WHERE c.sourced_id IN (SELECT class_id FROM roster_enrollments WHERE "
                         "learner_id = ?) ORDER BY c.title COLLATE NOCASE, c.sourced_id");
    select.bind(1, learnerId);
    std::vector<RosterClassInfo> out;
    while (select.step()) {
        out.push_back(readClass(select));
    }
    return out;
}

std::vector<RosterStudentInfo> RosterRepo::studentsOf(const std::string& classId) const {
    Statement select(m_db.handle(),
                     std::string(kStudentSelect) + kDemographicColumns +
                         " FROM roster_enrollments e JOIN roster_students s ON s.learner_id = e.learner_id "
                         "JOIN learners l ON l.id = s.learner_id "
                         "LEFT JOIN roster_demographics d ON d.learner_id = s.learner_id "
                         "WHERE e.class_id = ? ORDER BY l.nickname COLLATE NOCASE, s.sourced_id");
    select.bind(1, classId);
    std::vector<RosterStudentInfo> out;
    while (select.step()) {
        out.push_back(readStudent(select));
    }
    return out;
}

std::optional<RosterStudentInfo> RosterRepo::student(const std::string& learnerId) const {
    Statement select(m_db.handle(), std::string(kStudentSelect) + kDemographicColumns +
                                        " FROM roster_students s JOIN learners l ON l.id = s.learner_id "
                                        "LEFT JOIN roster_demographics d ON d.learner_id = s.learner_id "
                                        "WHERE s.learner_id = ?");
    select.bind(1, learnerId);
    if (!select.step()) {
        return std::nullopt;
    }
    return readStudent(select);
}

std::vector<RosterStudentInfo> RosterRepo::students() const {
    Statement select(m_db.handle(), std::string(kStudentSelect) + kDemographicColumns +
                                        " FROM roster_students s JOIN learners l ON l.id = s.learner_id "
                                        "LEFT JOIN roster_demographics d ON d.learner_id = s.learner_id "
                                        "ORDER BY l.nickname COLLATE NOCASE, s.sourced_id");
    std::vector<RosterStudentInfo> out;
    while (select.step()) {
        out.push_back(readStudent(select));
    }
    return out;
}

std::vector<roster::ExistingOrg> RosterRepo::orgs() const {
    Statement select(
        m_db.handle(),
        "SELECT sourced_id, name, type, parent_id FROM roster_orgs ORDER BY name COLLATE NOCASE, sourced_id");
    std::vector<roster::ExistingOrg> out;
    while (select.step()) {
        out.push_back({select.text(0), select.text(1), select.text(2), select.text(3)});
    }
    return out;
}

} // namespace pathlight::store
