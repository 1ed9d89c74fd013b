// OneRoster 1.1 / 1.2 CSV bundles (1EdTech): manifest.csv, orgs.csv, users.csv, roles.csv (1.2),
// classes.csv, enrollments.csv and the optional demographics.csv. Files Pathlight has no use for
// (academicSessions, courses, resources, results…) are not read.
//
// Strict where the spec is clear: required columns, one record per sourcedId, enrollment roles that
// match the user's role, true/false demographic flags. Liberal where real exports differ (see
// shared/data/roster-samples/SOURCES.md): a missing manifest, empty or odd manifest values, 1.0-era
// column names, misspelled 1.2 headers, a 1.2 users.csv that still has a role column, a non-spec
// "principal" role. Rows marked tobedeleted are skipped, never applied as deletions.
#include "roster/csv_table.hpp"
#include "roster/roster_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pathlight::roster::detail {

namespace {

const char* kTobedeleted = "tobedeleted";

struct ManifestInfo {
    bool present = false;
    std::string version;                     // "1.1", "1.2", …
    std::map<std::string, std::string> mode; // lower-case file name ("users.csv") -> bulk|delta|absent|""
};

ManifestInfo readManifest(const RosterFiles& files, RosterSnapshot& out) {
    ManifestInfo info;
    enum { kName, kValue };
    CsvTableFile table(files, "manifest.csv", {{"propertyName", true}, {"value", true}}, out);
    info.present = table.present();
    if (!table.ok()) {
        return info;
    }
    for (const TableRow& row : table.rows()) {
        const std::string name = row[kName];
        const std::string value = lowered(row[kValue]);
        if (name == "oneroster.version") {
            info.version = row[kValue];
        } else if (name.rfind("file.", 0) == 0) {
            const std::string file = lowered(name.substr(5)) + ".csv";
            if (value != "bulk" && value != "delta" && value != "absent") {
                out.warnings.push_back({table.at(row.line), name + " is \"" + row[kValue] +
                                                                "\"; it should be bulk, delta or absent. "
                                                                "Read as absent unless the file is there."});
            }
            info.mode[file] = value;
        }
    }
    return info;
}

bool isTobedeleted(const std::string& status) {
    return lowered(status) == kTobedeleted;
}

// "true"/"false" in any case. Anything else is refused (nullopt); "" is Unknown.
std::optional<Flag> parseFlag(const std::string& value) {
    const std::string v = lowered(value);
    if (v.empty()) {
        return Flag::Unknown;
    }
    if (v == "true") {
        return Flag::Yes;
    }
    if (v == "false") {
        return Flag::No;
    }
    return std::nullopt;
}

struct UserRecord {
    RoleKind kind = RoleKind::Unknown;
    std::size_t index = 0; // into students / staff / guardians
    int line = 0;
};

// Roles from roles.csv (1.2): each user's primary role, else the first other role.
struct UserRoles {
    std::string primary;
    std::string secondary;
    std::vector<std::string> orgIds;
};

std::map<std::string, UserRoles> readRoles(const RosterFiles& files, RosterSnapshot& out) {
    enum { kUser, kStatus, kRoleType, kRole, kOrg };
    CsvTableFile table(
        files, "roles.csv",
        {{"userSourcedId", true}, {"status"}, {"roleType", true}, {"role", true}, {"orgSourcedId"}}, out);
    std::map<std::string, UserRoles> roles;
    if (!table.ok()) {
        return roles;
    }
    for (const TableRow& row : table.rows()) {
        if (row[kUser].empty()) {
            out.skipped.push_back({table.at(row.line), "the role has no userSourcedId"});
            continue;
        }
        if (isTobedeleted(row[kStatus])) {
            out.skipped.push_back({table.at(row.line), "the role is marked tobedeleted"});
            continue;
        }
        if (classifyRole(row[kRole]) == RoleKind::Unknown) {
            out.skipped.push_back({table.at(row.line), "\"" + row[kRole] + "\" is not a OneRoster role"});
            continue;
        }
        UserRoles& user = roles[row[kUser]];
        const std::string type = lowered(row[kRoleType]);
        if (type == "primary" && user.primary.empty()) {
            user.primary = row[kRole];
        } else if (user.secondary.empty()) {
            user.secondary = row[kRole];
        }
        if (!row[kOrg].empty()) {
            user.orgIds.push_back(row[kOrg]);
        }
    }
    return roles;
}

void sortUnique(std::vector<std::string>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

void readOneRoster(const RosterFiles& files, RosterSnapshot& out) {
    const ManifestInfo manifest = readManifest(files, out);
    if (!manifest.present) {
        out.warnings.push_back(wholeFile("manifest.csv",
                                         "there is no manifest.csv; the files were read as OneRoster "
                                         "by their columns"));
    }

    // Which version: the manifest says, else users.csv tells (1.2 moved roles to roles.csv).
    const bool hasRolesFile = files.find("roles.csv") != nullptr;
    if (manifest.version.rfind("1.2", 0) == 0) {
        out.format = Format::OneRoster12;
    } else if (manifest.version.rfind("1.1", 0) == 0 || manifest.version.rfind("1.0", 0) == 0) {
        out.format = Format::OneRoster11;
    } else {
        out.format = hasRolesFile ? Format::OneRoster12 : Format::OneRoster11;
        if (manifest.present) {
            out.warnings.push_back(wholeFile("manifest.csv", "oneroster.version is \"" + manifest.version +
                                                                 "\"; read as " + formatName(out.format)));
        }
    }

    // Files the manifest promises must be there.
    for (const char* file :
         {"orgs.csv", "users.csv", "classes.csv", "enrollments.csv", "demographics.csv", "roles.csv"}) {
        const auto it = manifest.mode.find(file);
        const bool promised = it != manifest.mode.end() && (it->second == "bulk" || it->second == "delta");
        if (promised && files.find(file) == nullptr) {
            out.errors.push_back(wholeFile("manifest.csv", "the manifest lists " + std::string(file) +
                                                               " as " + it->second +
                                                               ", but the file is not there"));
        }
    }
    if (files.find("users.csv") == nullptr) {
        out.errors.push_back(
            wholeFile("users.csv", "users.csv is missing, so there are no students to import"));
        return;
    }

    // [SECTION] orgs.csv
    std::set<std::string> orgIds;
    {
        enum { kId, kStatus, kName, kType, kParent };
        CsvTableFile table(
            files, "orgs.csv",
            {{"sourcedId", true}, {"status"}, {"name", true}, {"type", true}, {"parentSourcedId"}}, out);
        for (const TableRow& row : table.rows()) {
            if (row[kId].empty()) {
                out.skipped.push_back({table.at(row.line), "the org has no sourcedId"});
            } else if (isTobedeleted(row[kStatus])) {
                out.skipped.push_back({table.at(row.line), "org " + row[kId] + " is marked tobedeleted"});
            } else if (!orgIds.insert(row[kId]).second) {
                out.skipped.push_back({table.at(row.line), "org " + row[kId] + " is listed twice"});
            } else {
                out.orgs.push_back(
                    {row[kId], cleanName(row[kName]), row[kType], row[kParent], table.at(row.line)});
            }
        }
    }

    // [SECTION] users.csv (+ roles.csv)
    const std::map<std::string, UserRoles> roles = readRoles(files, out);
    std::map<std::string, UserRecord> users;
    std::map<std::string, std::string> leftOut;        // user id -> why it was skipped, with file:line
    std::map<std::string, std::string> leftOutClasses; // class id -> the same
    {
        enum {
            kId,
            kStatus,
            kEnabled,
            kOrgs,
            kRole,
            kGiven,
            kFamily,
            kGrades,
            kPreferredGiven,
            kPreferredFamily,
            kPrimaryOrg
        };
        CsvTableFile table(files, "users.csv",
                           {{"sourcedId", true},
                            {"status"},
                            {"enabledUser"},
                            {"orgSourcedIds"},
                            {"role"},
                            {"givenName", true},
                            {"familyName", true},
                            {"grades", false, "grade"},
                            {"preferredGivenName", false, "prefferedGivenName"},
                            {"preferredFamilyName", false, "prefferedFamilyName"},
                            {"primaryOrgSourcedId"}},
                           out);
        if (table.ok() && !table.has(kRole) && !hasRolesFile) {
            out.errors.push_back({table.at(1), "users.csv has no role column and there is no roles.csv, so "
                                               "students can't be told from teachers"});
            return;
        }
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& id = row[kId];
            auto skip = [&](std::string reason) {
                leftOut.emplace(id, where.text());
                out.skipped.push_back({where, std::move(reason)});
            };
            if (id.empty()) {
                out.skipped.push_back({where, "the user has no sourcedId"});
                continue;
            }
            if (const auto seen = users.find(id); seen != users.end()) {
                out.skipped.push_back(
                    {where, "user " + id + " is already on line " + std::to_string(seen->second.line)});
                continue;
            }
            if (leftOut.count(id) != 0) {
                out.skipped.push_back({where, "user " + id + " is listed twice"});
                continue;
            }
            if (isTobedeleted(row[kStatus])) {
                skip("user " + id + " is marked tobedeleted");
                continue;
            }
            std::string role = row[kRole];
            std::vector<std::string> userOrgs = splitList(row[kOrgs]);
            if (!row[kPrimaryOrg].empty()) {
                userOrgs.push_back(row[kPrimaryOrg]);
            }
            if (const auto fromRoles = roles.find(id); fromRoles != roles.end()) {
                if (role.empty()) {
                    role = fromRoles->second.primary.empty() ? fromRoles->second.secondary
                                                             : fromRoles->second.primary;
                }
                userOrgs.insert(userOrgs.end(), fromRoles->second.orgIds.begin(),
                                fromRoles->second.orgIds.end());
            }
            if (role.empty()) {
                skip("user " + id + " has no role (" + (table.has(kRole) ? "the role column is empty" : "") +
                     (table.has(kRole) && hasRolesFile ? " and " : "") +
                     (hasRolesFile ? "roles.csv has none" : "") + ")");
                continue;
            }
            const RoleKind kind = classifyRole(role);
            if (kind == RoleKind::Unknown) {
                skip("\"" + role + "\" is not a OneRoster role");
                continue;
            }
            if (lowered(role) == "principal" && out.format == Format::OneRoster11) {
                out.warnings.push_back({where, "\"principal\" is not a OneRoster 1.1 role; read as staff"});
            }
            sortUnique(userOrgs);
            if (kind != RoleKind::Student) {
                Person person{id, role, row[kGiven], row[kFamily], {}, where};
                auto& list = kind == RoleKind::Staff ? out.staff : out.guardians;
                users[id] = {kind, list.size(), row.line};
                list.push_back(std::move(person));
                continue;
            }
            if (lowered(row[kEnabled]) == "false") {
                skip("student " + id + " has enabledUser false (their account is switched off)");
                continue;
            }
            if (cleanName(row[kGiven]).empty() && cleanName(row[kPreferredGiven]).empty()) {
                skip("student " + id + " has no givenName");
                continue;
            }
            Student student;
            student.sourcedId = id;
            student.givenName = row[kGiven];
            student.preferredName = row[kPreferredGiven];
            student.familyName = row[kPreferredFamily].empty() ? row[kFamily] : row[kPreferredFamily];
            const std::vector<std::string> grades = splitList(row[kGrades]);
            student.grade = grades.empty() ? std::string() : grades.front();
            student.orgIds = std::move(userOrgs);
            student.source = where;
            users[id] = {RoleKind::Student, out.students.size(), row.line};
            out.students.push_back(std::move(student));
        }
    }

    // [SECTION] classes.csv
    std::map<std::string, std::size_t> classes;
    {
        enum { kId, kStatus, kTitle, kGrades, kCode, kSchool };
        CsvTableFile table(files, "classes.csv",
                           {{"sourcedId", true},
                            {"status"},
                            {"title", true},
                            {"grades", false, "grade"},
                            {"classCode"},
                            {"schoolSourcedId", true}},
                           out);
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& id = row[kId];
            if (id.empty()) {
                out.skipped.push_back({where, "the class has no sourcedId"});
            } else if (classes.count(id) != 0 || leftOutClasses.count(id) != 0) {
                out.skipped.push_back({where, "class " + id + " is listed twice"});
            } else if (isTobedeleted(row[kStatus])) {
                leftOutClasses.emplace(id, where.text());
                out.skipped.push_back({where, "class " + id + " is marked tobedeleted"});
            } else if (cleanName(row[kTitle]).empty()) {
                leftOutClasses.emplace(id, where.text());
                out.skipped.push_back({where, "class " + id + " has no title"});
            } else {
                classes[id] = out.classes.size();
                out.classes.push_back(
                    {id, cleanName(row[kTitle]), row[kCode], splitList(row[kGrades]), row[kSchool], where});
            }
        }
    }

    // [SECTION] enrollments.csv
    {
        enum { kStatus, kClass, kUser, kRole };
        CsvTableFile table(files, "enrollments.csv",
                           {{"status"}, {"classSourcedId", true}, {"userSourcedId", true}, {"role", true}},
                           out);
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& classId = row[kClass];
            const std::string& userId = row[kUser];
            if (isTobedeleted(row[kStatus])) {
                out.skipped.push_back({where, "the enrollment is marked tobedeleted"});
                continue;
            }
            const auto rosterClass = classes.find(classId);
            if (rosterClass == classes.end()) {
                const auto why = leftOutClasses.find(classId);
                out.skipped.push_back(
                    {where, why != leftOutClasses.end()
                                ? "class " + classId + " was left out (see " + why->second + ")"
                                : "class " + classId + " is not in classes.csv"});
                continue;
            }
            const auto user = users.find(userId);
            if (user == users.end()) {
                const auto why = leftOut.find(userId);
                out.skipped.push_back(
                    {where, why != leftOut.end()
                                ? "user " + userId + " was left out (see " + why->second + ")"
                                : "user " + userId + " is not in users.csv"});
                continue;
            }
            const RoleKind enrolledAs = classifyRole(row[kRole]);
            const UserRecord& record = user->second;
            if (enrolledAs == RoleKind::Student && record.kind == RoleKind::Student) {
                out.students[record.index].classIds.push_back(classId);
            } else if (enrolledAs == RoleKind::Staff && record.kind == RoleKind::Staff) {
                out.staff[record.index].classIds.push_back(classId);
            } else if (enrolledAs == RoleKind::Unknown || enrolledAs == RoleKind::Guardian) {
                out.skipped.push_back({where, "\"" + row[kRole] + "\" is not a role for a class enrollment"});
            } else {
                const Person* person = record.kind == RoleKind::Staff      ? &out.staff[record.index]
                                       : record.kind == RoleKind::Guardian ? &out.guardians[record.index]
                                                                           : nullptr;
                const std::string is = person != nullptr ? "a " + person->role : std::string("a student");
                out.skipped.push_back({where, "user " + userId + " is enrolled as " + row[kRole] +
                                                  ", but users.csv:" + std::to_string(record.line) +
                                                  " lists them as " + is});
            }
        }
    }

    // [SECTION] demographics.csv (optional)
    {
        enum { kId, kStatus, kSex, kIndian, kAsian, kBlack, kPacific, kWhite, kTwoOrMore, kHispanic };
        CsvTableFile table(files, "demographics.csv",
                           {{"sourcedId", true, "userSourcedId"},
                            {"status"},
                            {"sex"},
                            {"americanIndianOrAlaskaNative"},
                            {"asian"},
                            {"blackOrAfricanAmerican"},
                            {"nativeHawaiianOrOtherPacificIslander"},
                            {"white"},
                            {"demographicRaceTwoOrMoreRaces"},
                            {"hispanicOrLatinoEthnicity"}},
                           out);
        static const char* const kFlagNames[] = {"americanIndianOrAlaskaNative",
                                                 "asian",
                                                 "blackOrAfricanAmerican",
                                                 "nativeHawaiianOrOtherPacificIslander",
                                                 "white",
                                                 "demographicRaceTwoOrMoreRaces",
                                                 "hispanicOrLatinoEthnicity"};
        std::set<std::string> seen;
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& id = row[kId];
            if (isTobedeleted(row[kStatus])) {
                out.skipped.push_back({where, "the demographics of " + id + " are marked tobedeleted"});
                continue;
            }
            const auto user = users.find(id);
            if (user == users.end()) {
                const auto why = leftOut.find(id);
                out.skipped.push_back({where, why != leftOut.end()
                                                  ? "user " + id + " was left out (see " + why->second + ")"
                                                  : "user " + id + " is not in users.csv"});
                continue;
            }
            if (user->second.kind != RoleKind::Student) {
                out.skipped.push_back({where, "user " + id +
                                                  " is not a student; Pathlight keeps demographics of "
                                                  "students only"});
                continue;
            }
            if (!seen.insert(id).second) {
                out.skipped.push_back({where, "the demographics of " + id + " are listed twice"});
                continue;
            }
            Demographics demographics;
            const std::string sex = lowered(row[kSex]);
            if (!sex.empty() && sex != "male" && sex != "female" && sex != "other" && sex != "unspecified") {
                out.skipped.push_back({where, "sex is \"" + row[kSex] +
                                                  "\"; it must be male, female, other or "
                                                  "unspecified"});
                continue;
            }
            demographics.sex = sex;
            Flag* flags[] = {&demographics.americanIndianOrAlaskaNative,
                             &demographics.asian,
                             &demographics.blackOrAfricanAmerican,
                             &demographics.nativeHawaiianOrOtherPacificIslander,
                             &demographics.white,
                             &demographics.twoOrMoreRaces,
                             &demographics.hispanicOrLatino};
            bool valid = true;
            for (std::size_t f = 0; f < 7 && valid; ++f) {
                const auto flag = parseFlag(row[kIndian + f]);
                if (!flag) {
                    out.skipped.push_back({where, std::string(kFlagNames[f]) + " is \"" + row[kIndian + f] +
                                                      "\"; it must be true, false or empty"});
                    valid = false;
                } else {
                    *flags[f] = *flag;
                }
            }
            if (valid && !demographics.empty()) {
                out.students[user->second.index].demographics = demographics;
            }
        }
    }

    for (Student& student : out.students) {
        sortUnique(student.classIds);
    }
    for (Person& person : out.staff) {
        sortUnique(person.classIds);
    }
}

} // namespace pathlight::roster::detail
