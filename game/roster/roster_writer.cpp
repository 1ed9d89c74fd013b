// OneRoster 1.1 and Clever CSV writers; see roster_writer.hpp.
#include "roster/roster_writer.hpp"

#include "core/csv_reader.hpp"

namespace pathlight::roster {

namespace {

class FileWriter {
  public:
    explicit FileWriter(const WriteOptions& options) : m_options(options) {
        if (options.bom) {
            m_text = "\xEF\xBB\xBF";
        }
    }
    void row(const std::vector<std::string>& fields) {
        core::appendCsvRow(m_text, fields, m_options.lineEnd, m_options.alwaysQuote);
    }
    std::string take() { return std::move(m_text); }

  private:
    const WriteOptions& m_options;
    std::string m_text;
};

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        out += (out.empty() ? "" : ",") + item;
    }
    return out;
}

const char* flagText(Flag flag) {
    return flag == Flag::Yes ? "true" : flag == Flag::No ? "false" : "";
}

} // namespace

RosterFiles writeOneRoster11(const RosterSnapshot& snapshot, const WriteOptions& options) {
    RosterFiles files;
    bool anyDemographics = false;
    for (const Student& student : snapshot.students) {
        anyDemographics = anyDemographics || student.demographics.has_value();
    }

    FileWriter manifest(options);
    manifest.row({"propertyName", "value"});
    manifest.row({"manifest.version", "1.0"});
    manifest.row({"oneroster.version", "1.1"});
    for (const char* file : {"academicSessions", "categories", "classResources", "courseResources", "courses",
                             "lineItems", "resources", "results"}) {
        manifest.row({std::string("file.") + file, "absent"});
    }
    for (const char* file : {"orgs", "users", "classes", "enrollments"}) {
        manifest.row({std::string("file.") + file, "bulk"});
    }
    manifest.row({"file.demographics", anyDemographics ? "bulk" : "absent"});
    manifest.row({"source.systemName", "Pathlight"});
    manifest.row({"source.systemCode", "pathlight"});
    files.add("manifest.csv", manifest.take());

    FileWriter orgs(options);
    orgs.row({"sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"});
    for (const Org& org : snapshot.orgs) {
        orgs.row({org.sourcedId, "active", "", org.name, org.type, "", org.parentId});
    }
    files.add("orgs.csv", orgs.take());

    FileWriter users(options);
    users.row({"sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role", "username",
               "userIds", "givenName", "familyName", "middleName", "identifier", "email", "sms", "phone",
               "agentSourcedIds", "grades", "password", "preferredGivenName"});
    for (const Student& s : snapshot.students) {
        users.row({s.sourcedId, "active", "", "true", joinList(s.orgIds), "student", "", "", s.givenName,
                   s.familyName, "", "", "", "", "", "", s.grade, "", s.preferredName});
    }
    for (const auto* people : {&snapshot.staff, &snapshot.guardians}) {
        for (const Person& p : *people) {
            users.row({p.sourcedId, "active", "", "true", "", p.role, "", "", p.givenName, p.familyName, "",
                       "", "", "", "", "", "", "", ""});
        }
    }
    files.add("users.csv", users.take());

    FileWriter classes(options);
    classes.row({"sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
                 "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes",
                 "periods"});
    for (const RosterClass& c : snapshot.classes) {
        classes.row({c.sourcedId, "active", "", c.title, joinList(c.grades), "", c.classCode, "scheduled", "",
                     c.schoolId, "", "", "", ""});
    }
    files.add("classes.csv", classes.take());

    FileWriter enrollments(options);
    enrollments.row({"sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId",
                     "userSourcedId", "role", "primary", "beginDate", "endDate"});
    std::size_t n = 0;
    for (const Student& s : snapshot.students) {
        for (const std::string& classId : s.classIds) {
            enrollments.row({"enr-" + std::to_string(++n), "active", "", classId, "", s.sourcedId, "student",
                             "false", "", ""});
        }
    }
    for (const Person& p : snapshot.staff) {
        for (const std::string& classId : p.classIds) {
            enrollments.row({"enr-" + std::to_string(++n), "active", "", classId, "", p.sourcedId, p.role,
                             "true", "", ""});
        }
    }
    files.add("enrollments.csv", enrollments.take());

    if (anyDemographics) {
        FileWriter demographics(options);
        demographics.row({"sourcedId", "status", "dateLastModified", "birthDate", "sex",
                          "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
                          "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces",
                          "hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation",
                          "cityOfBirth", "publicSchoolResidenceStatus"});
        for (const Student& s : snapshot.students) {
            if (!s.demographics) {
                continue;
            }
            const Demographics& d = *s.demographics;
            demographics.row({s.sourcedId, "active", "", "", d.sex, flagText(d.americanIndianOrAlaskaNative),
                              flagText(d.asian), flagText(d.blackOrAfricanAmerican),
                              flagText(d.nativeHawaiianOrOtherPacificIslander), flagText(d.white),
                              flagText(d.twoOrMoreRaces), flagText(d.hispanicOrLatino), "", "", "", ""});
        }
        files.add("demographics.csv", demographics.take());
    }
    return files;
}

RosterFiles writeClever(const RosterSnapshot& snapshot, const WriteOptions& options) {
    RosterFiles files;
    FileWriter schools(options);
    schools.row({"School_id", "School_name", "School_number", "Low_grade", "High_grade"});
    for (const Org& org : snapshot.orgs) {
        schools.row({org.sourcedId, org.name, "", "", ""});
    }
    files.add("schools.csv", schools.take());

    FileWriter students(options);
    students.row({"School_id", "Student_id", "Student_number", "Last_name", "Middle_name", "First_name",
                  "Grade", "Gender"});
    for (const Student& s : snapshot.students) {
        const std::string sex = s.demographics ? s.demographics->sex : std::string();
        students.row({s.orgIds.empty() ? "" : s.orgIds.front(), s.sourcedId, s.sourcedId, s.familyName, "",
                      s.givenName, s.grade,
                      sex == "male"     ? "M"
                      : sex == "female" ? "F"
                      : sex.empty()     ? ""
                                        : "X"});
    }
    files.add("students.csv", students.take());

    FileWriter teachers(options);
    teachers.row({"School_id", "Teacher_id", "Teacher_number", "Last_name", "First_name", "Title"});
    for (const Person& p : snapshot.staff) {
        teachers.row({"", p.sourcedId, p.sourcedId, p.familyName, p.givenName, p.role});
    }
    files.add("teachers.csv", teachers.take());

    FileWriter sections(options);
    sections.row({"School_id", "Section_id", "Teacher_id", "Name", "Section_number", "Grade"});
    for (const RosterClass& c : snapshot.classes) {
        std::string teacher;
        for (const Person& p : snapshot.staff) {
            for (const std::string& id : p.classIds) {
                if (id == c.sourcedId && teacher.empty()) {
                    teacher = p.sourcedId;
                }
            }
        }
        sections.row({c.schoolId, c.sourcedId, teacher, c.title, c.classCode,
                      c.grades.empty() ? "" : c.grades.front()});
    }
    files.add("sections.csv", sections.take());

    FileWriter enrollments(options);
    enrollments.row({"School_id", "Section_id", "Student_id"});
    for (const Student& s : snapshot.students) {
        for (const std::string& classId : s.classIds) {
            enrollments.row({"", classId, s.sourcedId});
        }
    }
    files.add("enrollments.csv", enrollments.take());
    return files;
}

} // namespace pathlight::roster
