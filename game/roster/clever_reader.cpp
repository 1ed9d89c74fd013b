// Clever CSV (SFTP) rosters: students.csv (required), sections.csv, enrollments.csv, teachers.csv,
// staff.csv and schools.csv. Columns are found by name, so Clever's varying column order and its
// older and newer column sets (Nces_id, Teacher_2_id…, Frl_status, Iep_status) all read the same;
// optional columns may be missing or empty. Clever has no status column and no deletions.
#include "roster/csv_table.hpp"
#include "roster/roster_reader.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pathlight::roster::detail {

namespace {

// Y/N (and yes/no, true/false); nullopt for anything else.
std::optional<Flag> yesNo(const std::string& value) {
    const std::string v = lowered(value);
    if (v.empty()) {
        return Flag::Unknown;
    }
    if (v == "y" || v == "yes" || v == "true") {
        return Flag::Yes;
    }
    if (v == "n" || v == "no" || v == "false") {
        return Flag::No;
    }
    return std::nullopt;
}

void sortUnique(std::vector<std::string>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

void readClever(const RosterFiles& files, RosterSnapshot& out) {
    out.format = Format::Clever;

    // [SECTION] schools.csv
    {
        enum { kId, kName };
        CsvTableFile table(files, "schools.csv", {{"School_id", true}, {"School_name", true}}, out);
        std::set<std::string> seen;
        for (const TableRow& row : table.rows()) {
            if (row[kId].empty()) {
                out.skipped.push_back({table.at(row.line), "the school has no School_id"});
            } else if (!seen.insert(row[kId]).second) {
                out.skipped.push_back({table.at(row.line), "school " + row[kId] + " is listed twice"});
            } else {
                out.orgs.push_back({row[kId], cleanName(row[kName]), "school", "", table.at(row.line)});
            }
        }
    }

    // [SECTION] teachers.csv and staff.csv: never learners. One person may be listed at two schools.
    std::map<std::string, std::size_t> teachers;
    {
        enum { kId, kFirst, kLast };
        CsvTableFile table(files, "teachers.csv", {{"Teacher_id", true}, {"First_name"}, {"Last_name"}}, out);
        for (const TableRow& row : table.rows()) {
            if (row[kId].empty()) {
                out.skipped.push_back({table.at(row.line), "the teacher has no Teacher_id"});
            } else if (teachers.count(row[kId]) == 0) {
                teachers[row[kId]] = out.staff.size();
                out.staff.push_back({row[kId], "teacher", row[kFirst], row[kLast], {}, table.at(row.line)});
            }
        }
    }
    {
        enum { kId, kFirst, kLast };
        CsvTableFile table(files, "staff.csv", {{"Staff_id", true}, {"First_name"}, {"Last_name"}}, out);
        std::set<std::string> seen;
        for (const TableRow& row : table.rows()) {
            if (row[kId].empty()) {
                out.skipped.push_back({table.at(row.line), "the staff member has no Staff_id"});
            } else if (seen.insert(row[kId]).second) {
                out.staff.push_back({row[kId], "staff", row[kFirst], row[kLast], {}, table.at(row.line)});
            }
        }
    }

    // [SECTION] students.csv
    std::map<std::string, std::size_t> students;
    std::map<std::string, std::string> leftOut;
    {
        enum { kId, kFirst, kLast, kSchool, kGrade, kGender, kRace, kHispanic, kEll, kFrl, kIep };
        CsvTableFile table(files, "students.csv",
                           {{"Student_id", true},
                            {"First_name", true},
                            {"Last_name", true},
                            {"School_id"},
                            {"Grade"},
                            {"Gender"},
                            {"Race"},
                            {"Hispanic_Latino"},
                            {"Ell_status"},
                            {"Frl_status"},
                            {"Iep_status"}},
                           out);
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& id = row[kId];
            if (id.empty()) {
                out.skipped.push_back({where, "the student has no Student_id"});
                continue;
            }
            if (const auto seen = students.find(id); seen != students.end()) {
                out.skipped.push_back({where, "student " + id + " is already on line " +
                                                  std::to_string(out.students[seen->second].source.line)});
                continue;
            }
            if (leftOut.count(id) != 0) {
                out.skipped.push_back({where, "student " + id + " is listed twice"});
                continue;
            }
            if (cleanName(row[kFirst]).empty()) {
                leftOut.emplace(id, where.text());
                out.skipped.push_back({where, "student " + id + " has no First_name"});
                continue;
            }
            Student student;
            student.sourcedId = id;
            student.givenName = row[kFirst];
            student.familyName = row[kLast];
            student.grade = row[kGrade];
            if (!row[kSchool].empty()) {
                student.orgIds.push_back(row[kSchool]);
            }
            student.source = where;

            Demographics demographics;
            const std::string gender = lowered(row[kGender]);
            if (gender == "m" || gender == "male") {
                demographics.sex = "male";
            } else if (gender == "f" || gender == "female") {
                demographics.sex = "female";
            } else if (gender == "x" || gender == "other" || gender == "nonbinary" ||
                       gender == "non-binary") {
                demographics.sex = "other";
            } else if (!gender.empty()) {
                out.warnings.push_back(
                    {where, "Gender \"" + row[kGender] + "\" is not M, F or X; left blank"});
            }
            const std::string race = lowered(row[kRace]);
            if (!race.empty()) {
                // Clever reports one race code per student: the others are then known to be No.
                Flag* chosen = nullptr;
                if (race == "i" || race == "american indian or alaska native") {
                    chosen = &demographics.americanIndianOrAlaskaNative;
                } else if (race == "a" || race == "asian") {
                    chosen = &demographics.asian;
                } else if (race == "b" || race == "black or african american") {
                    chosen = &demographics.blackOrAfricanAmerican;
                } else if (race == "p" || race == "native hawaiian or other pacific islander") {
                    chosen = &demographics.nativeHawaiianOrOtherPacificIslander;
                } else if (race == "w" || race == "white" || race == "caucasian") {
                    chosen = &demographics.white;
                } else if (race == "m" || race == "two or more races" || race == "multiracial") {
                    chosen = &demographics.twoOrMoreRaces;
                }
                if (chosen == nullptr) {
                    out.warnings.push_back({where, "Race \"" + row[kRace] +
                                                       "\" is not one of I, A, B, P, W or M; "
                                                       "left blank"});
                } else {
                    for (Flag* flag : {&demographics.americanIndianOrAlaskaNative, &demographics.asian,
                                       &demographics.blackOrAfricanAmerican,
                                       &demographics.nativeHawaiianOrOtherPacificIslander,
                                       &demographics.white, &demographics.twoOrMoreRaces}) {
                        *flag = flag == chosen ? Flag::Yes : Flag::No;
                    }
                }
            }
            const struct {
                std::size_t column;
                const char* name;
                Flag* flag;
            } yesNoFields[] = {{kHispanic, "Hispanic_Latino", &demographics.hispanicOrLatino},
                               {kEll, "Ell_status", &demographics.englishLearner},
                               {kIep, "Iep_status", &demographics.iep}};
            for (const auto& field : yesNoFields) {
                if (const auto flag = yesNo(row[field.column])) {
                    *field.flag = *flag;
                } else {
                    out.warnings.push_back({where, std::string(field.name) + " \"" + row[field.column] +
                                                       "\" is not Y or N; left blank"});
                }
            }
            const std::string frl = lowered(row[kFrl]);
            if (frl == "f" || frl == "r" || frl == "free" || frl == "reduced") {
                demographics.freeOrReducedLunch = Flag::Yes;
            } else if (frl == "n" || frl == "paid" || frl == "no") {
                demographics.freeOrReducedLunch = Flag::No;
            } else if (!frl.empty() && frl != "other") {
                out.warnings.push_back(
                    {where, "Frl_status \"" + row[kFrl] + "\" is not F, R or N; left blank"});
            }
            if (!demographics.empty()) {
                student.demographics = demographics;
            }
            students[id] = out.students.size();
            out.students.push_back(std::move(student));
        }
    }

    // [SECTION] sections.csv
    std::map<std::string, std::size_t> sections;
    {
        enum { kId, kName, kCourse, kNumber, kGrade, kSchool, kTeacher };
        std::vector<ColumnSpec> columns = {{"Section_id", true}, {"Name"},  {"Course_name"},
                                           {"Section_number"},   {"Grade"}, {"School_id"},
                                           {"Teacher_id"}};
        static const char* const kCoTeachers[] = {"Teacher_2_id", "Teacher_3_id", "Teacher_4_id",
                                                  "Teacher_5_id", "Teacher_6_id", "Teacher_7_id",
                                                  "Teacher_8_id", "Teacher_9_id", "Teacher_10_id"};
        for (const char* coTeacher : kCoTeachers) {
            columns.push_back({coTeacher});
        }
        CsvTableFile table(files, "sections.csv", columns, out);
        if (!table.present()) {
            out.warnings.push_back(
                wholeFile("sections.csv", "there is no sections.csv, so no classes are imported"));
        }
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const std::string& id = row[kId];
            if (id.empty()) {
                out.skipped.push_back({where, "the section has no Section_id"});
                continue;
            }
            if (sections.count(id) != 0) {
                out.skipped.push_back({where, "section " + id + " is listed twice"});
                continue;
            }
            std::string title = cleanName(row[kName]);
            if (title.empty()) {
                title = cleanName(row[kCourse] + " " + row[kNumber]);
            }
            if (title.empty()) {
                out.skipped.push_back({where, "section " + id + " has no Name"});
                continue;
            }
            sections[id] = out.classes.size();
            out.classes.push_back({id, title, row[kNumber], splitList(row[kGrade]), row[kSchool], where});
            for (std::size_t c = kTeacher; c < row.values.size(); ++c) {
                if (const auto teacher = teachers.find(row[c]);
                    !row[c].empty() && teacher != teachers.end()) {
                    out.staff[teacher->second].classIds.push_back(id);
                }
            }
        }
    }

    // [SECTION] enrollments.csv
    {
        enum { kSection, kStudent };
        CsvTableFile table(files, "enrollments.csv", {{"Section_id", true}, {"Student_id", true}}, out);
        if (!table.present()) {
            out.warnings.push_back(wholeFile("enrollments.csv",
                                             "there is no enrollments.csv, so students are not "
                                             "linked to their classes"));
        }
        for (const TableRow& row : table.rows()) {
            const SourceLine where = table.at(row.line);
            const auto section = sections.find(row[kSection]);
            if (section == sections.end()) {
                out.skipped.push_back({where, "section " + row[kSection] + " is not in sections.csv"});
                continue;
            }
            const auto student = students.find(row[kStudent]);
            if (student == students.end()) {
                const auto why = leftOut.find(row[kStudent]);
                out.skipped.push_back(
                    {where, why != leftOut.end()
                                ? "student " + row[kStudent] + " was left out (see " + why->second + ")"
                                : "student " + row[kStudent] + " is not in students.csv"});
                continue;
            }
            out.students[student->second].classIds.push_back(row[kSection]);
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
