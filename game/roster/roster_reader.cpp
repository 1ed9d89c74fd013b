// Format detection and the snapshot helpers. OneRoster has manifest.csv (or, in exports that leave it
// out, a users.csv with sourcedId/givenName/familyName and roles); Clever has students.csv with
// Student_id. Anything else is refused with a message that names what was found.
#include "roster/roster_reader.hpp"

#include "core/csv_reader.hpp"
#include "roster/csv_table.hpp"

#include <algorithm>

namespace pathlight::roster {

const char* formatName(Format format) {
    switch (format) {
    case Format::OneRoster11:
        return "OneRoster 1.1";
    case Format::OneRoster12:
        return "OneRoster 1.2";
    case Format::Clever:
        return "Clever";
    }
    return "?";
}

std::string SourceLine::text() const {
    return line > 0 ? file + ":" + std::to_string(line) : file;
}

const Student* RosterSnapshot::findStudent(const std::string& sourcedId) const {
    const auto it = std::find_if(students.begin(), students.end(),
                                 [&](const Student& student) { return student.sourcedId == sourcedId; });
    return it == students.end() ? nullptr : &*it;
}

const RosterClass* RosterSnapshot::findClass(const std::string& sourcedId) const {
    const auto it = std::find_if(classes.begin(), classes.end(), [&](const RosterClass& rosterClass) {
        return rosterClass.sourcedId == sourcedId;
    });
    return it == classes.end() ? nullptr : &*it;
}

bool RosterSnapshot::sameContent(const RosterSnapshot& other) const {
    return format == other.format && orgs == other.orgs && classes == other.classes &&
           students == other.students && staff == other.staff && guardians == other.guardians &&
           errors == other.errors && skipped == other.skipped && warnings == other.warnings;
}

RoleKind classifyRole(std::string_view role) {
    const std::string name = detail::lowered(detail::trimmed(role));
    if (name == "student") {
        return RoleKind::Student;
    }
    for (const char* staff : {"teacher", "administrator", "aide", "proctor", "principal", "counselor",
                              "districtadministrator", "siteadministrator", "systemadministrator", "staff"}) {
        if (name == staff) {
            return RoleKind::Staff;
        }
    }
    for (const char* guardian : {"guardian", "parent", "relative"}) {
        if (name == guardian) {
            return RoleKind::Guardian;
        }
    }
    return RoleKind::Unknown;
}

namespace {

// The lower-cased header names of `file`, or empty when it is absent or unreadable.
std::vector<std::string> headerOf(const RosterFiles& files, std::string_view file) {
    const std::string* bytes = files.find(file);
    if (bytes == nullptr) {
        return {};
    }
    // A broken file has no header here; its reader reports the problem properly later.
    const std::size_t lineEnd = bytes->find_first_of("\r\n");
    core::CsvTable table = core::readCsv(std::string_view(*bytes).substr(0, lineEnd));
    if (table.rows.empty()) {
        return {};
    }
    std::vector<std::string> names;
    for (const std::string& field : table.rows.front().fields) {
        names.push_back(detail::lowered(detail::trimmed(field)));
    }
    return names;
}

bool hasColumn(const std::vector<std::string>& header, std::string_view name) {
    return std::find(header.begin(), header.end(), detail::lowered(name)) != header.end();
}

std::string listNames(const RosterFiles& files) {
    std::string names;
    for (const auto& [key, entry] : files.all()) {
        names += (names.empty() ? "" : ", ") + entry.first;
    }
    return names.empty() ? "no CSV files" : names;
}

} // namespace

core::Result<RosterSnapshot> readRosterFiles(const RosterFiles& files, const std::string& sourceName) {
    RosterSnapshot snapshot;
    snapshot.sourceName = sourceName;

    const std::vector<std::string> students = headerOf(files, "students.csv");
    // An export with headers and no rows is a real thing (a template, an empty school): say so.
    auto finish = [](RosterSnapshot& read, const char* peopleFile) {
        if (read.ok() && read.students.empty()) {
            read.warnings.push_back(
                wholeFile(peopleFile, "the roster lists no students, so there is nothing to import"));
        }
        return std::move(read);
    };
    if (hasColumn(students, "Student_id")) {
        snapshot.format = Format::Clever;
        detail::readClever(files, snapshot);
        return finish(snapshot, "students.csv");
    }
    if (files.find("manifest.csv") != nullptr) {
        detail::readOneRoster(files, snapshot);
        return finish(snapshot, "users.csv");
    }
    // OneRoster without a manifest (some exports leave it out): users.csv must still look like
    // OneRoster, with a role column or a roles.csv. School Data Sync's users.csv has neither.
    const std::vector<std::string> users = headerOf(files, "users.csv");
    const bool oneRosterUsers =
        hasColumn(users, "sourcedId") && hasColumn(users, "givenName") && hasColumn(users, "familyName") &&
        (hasColumn(users, "role") || hasColumn(headerOf(files, "roles.csv"), "roleType"));
    if (oneRosterUsers) {
        detail::readOneRoster(files, snapshot);
        return finish(snapshot, "users.csv");
    }
    std::string hint;
    if (!users.empty()) {
        hint = " Its users.csv has no role column and there is no manifest.csv, so it is not OneRoster "
               "(Microsoft School Data Sync files look like this).";
    }
    return core::makeError("These files are not a roster Pathlight can read. Export the roster as "
                           "OneRoster 1.1 or 1.2 CSV, or as Clever CSV." +
                               hint,
                           sourceName + ": found " + listNames(files) +
                               "; expected manifest.csv + users.csv (OneRoster) or students.csv with "
                               "Student_id (Clever)",
                           kErrUnknownFormat);
}

core::Result<RosterSnapshot> readRoster(const std::filesystem::path& path) {
    auto files = loadBundle(path);
    if (!files) {
        return files.error();
    }
    return readRosterFiles(*files, path.string());
}

} // namespace pathlight::roster
