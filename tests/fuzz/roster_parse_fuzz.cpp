// libFuzzer target for the roster parser: any bytes, read as one CSV file, as a OneRoster users.csv, as
// a Clever students.csv, or (input starting "#files\n") as a whole bundle with "@@ name.csv" lines
// between files, must either read or be refused with a coded error — never crash, hang or leak. What
// reads must hold up: the strict CSV reader's rows write and read back the same; every problem names
// its file; the preview gives every student a valid, unique nickname, a grade of 5–9 and a drawn
// avatar; and a readable roster written back as OneRoster 1.1 reads back to the same students.
// Built with clang++ -fsanitize=fuzzer,address,undefined (PATHLIGHT_FUZZ, `tools/dev fuzz`); the
// normal build replays the seed corpus through it with roster_corpus_replay.
#include "core/csv_reader.hpp"
#include "roster/import_plan.hpp"
#include "roster/roster_reader.hpp"
#include "roster/roster_writer.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>

namespace {

using namespace pathlight;

void require(bool condition) {
    if (!condition) {
        std::abort(); // a finding: libFuzzer saves the input that got here
    }
}

void csvRoundTrip(std::string_view bytes) {
    const core::CsvTable table = core::readCsv(bytes);
    if (!table.ok()) {
        require(table.errorLine >= 1 && !table.error.empty());
        return;
    }
    std::string written;
    for (const core::CsvRow& row : table.rows) {
        core::appendCsvRow(written, row.fields);
    }
    const core::CsvTable again = core::readCsv(written);
    require(again.ok() && again.rows.size() == table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        require(again.rows[i].fields == table.rows[i].fields);
    }
}

std::size_t codePoints(const std::string& text) {
    std::size_t n = 0;
    for (const char c : text) {
        n += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    }
    return n;
}

std::string lower(std::string text) {
    for (char& c : text) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    return text;
}

void checkSnapshot(const roster::RosterSnapshot& snapshot, bool writeBack) {
    for (const auto* issues : {&snapshot.errors, &snapshot.skipped, &snapshot.warnings}) {
        for (const roster::RowIssue& issue : *issues) {
            require(!issue.where.file.empty() && !issue.reason.empty() && issue.where.line >= 0);
        }
    }
    std::set<std::string> ids;
    std::set<std::string> classIds;
    for (const roster::RosterClass& rosterClass : snapshot.classes) {
        require(classIds.insert(rosterClass.sourcedId).second && !rosterClass.title.empty());
    }
    for (const roster::Student& student : snapshot.students) {
        require(!student.sourcedId.empty() && ids.insert(student.sourcedId).second);
        require(!student.givenName.empty() || !student.preferredName.empty());
        for (const std::string& classId : student.classIds) {
            require(classIds.count(classId) == 1);
        }
    }

    const roster::ImportPreview preview = roster::previewImport(snapshot, {});
    require(preview.newStudents.size() == snapshot.students.size());
    require(preview.canApply() == snapshot.ok());
    std::set<std::string> nicknames;
    for (const roster::PlannedStudent& planned : preview.newStudents) {
        require(!planned.nickname.empty() && codePoints(planned.nickname) <= roster::kNicknameMaxChars);
        require(!core::firstInvalidUtf8(planned.nickname).has_value());
        require(nicknames.insert(lower(planned.nickname)).second);
        require(planned.grade >= 5 && planned.grade <= 9);
        require(planned.avatar >= 0 && planned.avatar < roster::kRosterAvatarCount);
    }

    if (!writeBack || !snapshot.ok()) {
        return;
    }
    auto reread = roster::readRosterFiles(roster::writeOneRoster11(snapshot), "written back");
    require(reread.ok() && reread->ok() && reread->students.size() == snapshot.students.size());
    for (std::size_t i = 0; i < snapshot.students.size(); ++i) {
        const roster::Student& a = snapshot.students[i];
        const roster::Student& b = reread->students[i];
        require(a.sourcedId == b.sourcedId && a.givenName == b.givenName &&
                a.preferredName == b.preferredName && a.familyName == b.familyName &&
                a.classIds == b.classIds);
    }
}

void readBundle(const roster::RosterFiles& files) {
    auto snapshot = roster::readRosterFiles(files, "fuzz");
    if (!snapshot) {
        require(!snapshot.error().code.empty() && !snapshot.error().message.empty() &&
                !snapshot.error().detail.empty());
        return;
    }
    checkSnapshot(*snapshot, true);
}

// "#files\n@@ users.csv\n...\n@@ manifest.csv\n..." -> a bundle.
roster::RosterFiles splitBundle(std::string_view text) {
    roster::RosterFiles files;
    std::string name;
    std::string body;
    auto flush = [&] {
        if (!name.empty()) {
            files.add(name, body);
        }
        body.clear();
    };
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
        text.remove_prefix(line.size());
        if (line.substr(0, 3) == "@@ ") {
            flush();
            name = std::string(line.substr(3));
            while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) {
                name.pop_back();
            }
        } else {
            body += line;
        }
    }
    flush();
    return files;
}

constexpr std::string_view kManifest = "propertyName,value\r\noneroster.version,1.1\r\nfile.users,bulk\r\n";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    csvRoundTrip(bytes);
    if (bytes.substr(0, 7) == "#files\n") {
        readBundle(splitBundle(bytes.substr(7)));
        return 0;
    }
    roster::RosterFiles oneRoster;
    oneRoster.add("manifest.csv", std::string(kManifest));
    oneRoster.add("users.csv", std::string(bytes));
    readBundle(oneRoster);

    roster::RosterFiles clever;
    clever.add("students.csv", std::string(bytes));
    readBundle(clever);
    return 0;
}
