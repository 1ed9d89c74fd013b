// `pathlight-tool roster import PATH [--dry-run] [--data-dir DIR]`: reads a OneRoster or Clever export
// (folder or .zip), prints the preview the teacher screen shows (counts, new and updated students,
// every skipped row with its reason and file:line), and without --dry-run imports it into a device's
// database through store::RosterRepo. Results go to stdout; refusals to stderr.
// Exit codes: 0 ok (rows may have been skipped), 1 a broken roster or a failed import, 2 usage.
#include "commands.hpp"

#include "roster/import_plan.hpp"
#include "roster/roster_reader.hpp"
#include "store/database.hpp"
#include "store/roster_repo.hpp"

#include <cstdlib>
#include <filesystem>

namespace pathlight::tool {

namespace {

namespace fs = std::filesystem;

constexpr const char* kRosterHelp = R"(Usage: pathlight-tool roster import PATH [--dry-run] [--data-dir DIR]

  import PATH     read a roster export and import its students as learners:
                  OneRoster 1.1 or 1.2 CSV (a folder or a .zip with manifest.csv,
                  users.csv, classes.csv, enrollments.csv, ...) or Clever CSV
                  (students.csv, sections.csv, enrollments.csv, teachers.csv,
                  schools.csv). Prints what the import does first: new and updated
                  students, classes, and every skipped row with its file:line.
  --dry-run       print that preview only; change nothing
  --data-dir DIR  the app's data folder (default: $XDG_DATA_HOME/pathlight, else
                  ~/.local/share/pathlight); the database is pathlight.db in it

Importing the same roster again changes nothing. Staff and guardians never become
learners. A roster with broken files imports nothing.
Exit codes: 0 ok, 1 a broken roster or a failed import, 2 usage error.
)";

constexpr std::string_view kHelpCommand = "roster ";
constexpr const char* kDatabaseName = "pathlight.db";

int fail(const core::Error& error) {
    std::fprintf(stderr, "pathlight-tool: %s\n  %s [%s]\n", error.message.c_str(), error.detail.c_str(),
                 error.code.c_str());
    return kExitFailure;
}

fs::path defaultDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg != nullptr && *xdg != '\0') {
        return fs::path(xdg) / "pathlight";
    }
    const char* home = std::getenv("HOME");
    return home != nullptr && *home != '\0' ? fs::path(home) / ".local/share/pathlight"
                                            : fs::path("pathlight-data");
}

void printIssues(const char* title, const std::vector<roster::RowIssue>& issues) {
    if (issues.empty()) {
        return;
    }
    std::printf("%s (%zu):\n", title, issues.size());
    for (const roster::RowIssue& issue : issues) {
        std::printf("  %s: %s\n", issue.where.text().c_str(), issue.reason.c_str());
    }
}

void printStudents(const char* title, const std::vector<roster::PlannedStudent>& students, bool isNew) {
    if (students.empty()) {
        return;
    }
    std::printf("%s (%zu):\n", title, students.size());
    for (const roster::PlannedStudent& student : students) {
        if (isNew) {
            std::printf("  %s  %s -> \"%s\", grade %d (roster: %s)\n", student.sourcedId.c_str(),
                        student.displayName.c_str(), student.nickname.c_str(), student.grade,
                        student.rosterGrade.empty() ? "none" : student.rosterGrade.c_str());
            continue;
        }
        std::string changes;
        for (const std::string& change : student.changes) {
            changes += (changes.empty() ? "" : "; ") + change;
        }
        std::printf("  %s  \"%s\": %s\n", student.sourcedId.c_str(), student.nickname.c_str(),
                    changes.c_str());
    }
}

void printPreview(const roster::ImportPreview& preview) {
    std::printf("roster:     %s (%s)\n", preview.sourceName.c_str(), roster::formatName(preview.format));
    std::printf("students:   %zu new, %zu updated, %zu unchanged", preview.newStudents.size(),
                preview.updatedStudents.size(), preview.unchangedStudents);
    if (preview.notInRoster > 0) {
        std::printf(", %zu on this device not in this roster (kept)", preview.notInRoster);
    }
    std::printf("\nclasses:    %zu (%zu new, %zu changed)\n", preview.classes.size(), preview.newClasses(),
                preview.changedClasses());
    std::printf("orgs:       %zu (%zu new, %zu changed)\n", preview.orgs, preview.newOrgs,
                preview.changedOrgs);
    std::printf("staff:      %zu, guardians: %zu (never learners)\n", preview.staff, preview.guardians);
    std::printf("skipped:    %zu rows\n", preview.skipped.size());
    printStudents("New students", preview.newStudents, true);
    printStudents("Updated students", preview.updatedStudents, false);
    if (!preview.classes.empty()) {
        std::printf("Classes (%zu):\n", preview.classes.size());
        for (const roster::PlannedClass& planned : preview.classes) {
            std::printf("  %s  %s, %zu students%s\n", planned.sourcedId.c_str(), planned.title.c_str(),
                        planned.students,
                        planned.isNew     ? " (new)"
                        : planned.changed ? " (changed)"
                                          : "");
        }
    }
    printIssues("Skipped rows", preview.skipped);
    printIssues("Warnings", preview.warnings);
    printIssues("Errors: nothing can be imported until these are fixed", preview.errors);
}

} // namespace

int runRoster(const Args& args) {
    if (args.empty()) {
        return usageError("roster needs a command: import", kHelpCommand);
    }
    if (isHelpFlag(args.front())) {
        std::fputs(kRosterHelp, stdout);
        return kExitOk;
    }
    if (args.front() != "import") {
        return usageError("unknown roster command '" + std::string(args.front()) + "'", kHelpCommand);
    }
    std::vector<std::string> positional;
    std::string dataDir;
    bool dryRun = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (isHelpFlag(arg)) {
            std::fputs(kRosterHelp, stdout);
            return kExitOk;
        }
        if (arg == "--dry-run") {
            dryRun = true;
        } else if (arg == "--data-dir") {
            const auto value = flagValue(args, i);
            if (!value || value->empty()) {
                return usageError("--data-dir needs a value", kHelpCommand);
            }
            dataDir = std::string(*value);
        } else if (!arg.empty() && arg.front() == '-') {
            return usageError("unknown option '" + std::string(arg) + "'", kHelpCommand);
        } else {
            positional.emplace_back(arg);
        }
    }
    if (positional.size() != 1) {
        return usageError("roster import takes one PATH (a folder or a .zip)", kHelpCommand);
    }

    auto snapshot = roster::readRoster(positional.front());
    if (!snapshot) {
        return fail(snapshot.error());
    }

    const fs::path file = (dataDir.empty() ? defaultDataDir() : fs::path(dataDir)) / kDatabaseName;
    std::error_code ec;
    std::unique_ptr<store::Database> db;
    if (!dryRun || fs::exists(file, ec)) { // a dry run never creates a database
        auto opened = store::Database::open(file);
        if (!opened) {
            return fail(opened.error());
        }
        db = std::move(opened.value());
    }
    const roster::ImportPreview preview =
        db ? store::RosterRepo(*db).preview(*snapshot) : roster::previewImport(*snapshot, {});
    printPreview(preview);
    if (!preview.canApply()) {
        std::fprintf(stderr, "pathlight-tool: %zu error(s) in the roster; nothing was imported\n",
                     preview.errors.size());
        return kExitFailure;
    }
    if (dryRun) {
        std::printf("dry run: nothing was changed\n");
        return kExitOk;
    }
    auto applied = store::RosterRepo(*db).apply(*snapshot);
    if (!applied) {
        return fail(applied.error());
    }
    std::printf("imported: %zu new learners, %zu updated, %zu unchanged; %zu classes added, %zu changed; "
                "into %s\n",
                applied->created, applied->updated, applied->unchanged, applied->classesAdded,
                applied->classesUpdated, file.string().c_str());
    return kExitOk;
}

} // namespace pathlight::tool
