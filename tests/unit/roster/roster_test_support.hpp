// Helpers for the roster tests: where the real samples and our own spec fixtures are, reading a bundle
// that must be readable, finding a problem by file:line, writing folders and .zip files.
#pragma once

#include "roster/bundle.hpp"
#include "roster/roster_reader.hpp"
#include "unit/store/store_test_support.hpp"

#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace pathlight::roster::testing {

namespace fs = std::filesystem;
using store::testing::TempDir;

inline fs::path samples() {
    return fs::path(PATHLIGHT_SHARED_DATA_DIR) / "roster-samples";
}
inline fs::path fixtures() {
    return fs::path(PATHLIGHT_ROSTER_FIXTURES_DIR);
}

// Reads a roster that must be readable (errors inside the snapshot are allowed).
inline RosterSnapshot readOrFail(const fs::path& path) {
    auto snapshot = readRoster(path);
    EXPECT_TRUE(snapshot.ok()) << path << ": " << (snapshot.ok() ? "" : snapshot.error().detail);
    return snapshot.ok() ? std::move(snapshot.value()) : RosterSnapshot{};
}

inline RosterFiles filesOf(const std::vector<std::pair<std::string, std::string>>& files) {
    RosterFiles out;
    for (const auto& [name, bytes] : files) {
        out.add(name, bytes);
    }
    return out;
}

inline RosterSnapshot readFilesOrFail(const RosterFiles& files) {
    auto snapshot = readRosterFiles(files, "test");
    EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().detail);
    return snapshot.ok() ? std::move(snapshot.value()) : RosterSnapshot{};
}

// The issue at `where` ("users.csv:7") whose reason holds `text`, or nullptr.
inline const RowIssue* findIssue(const std::vector<RowIssue>& issues, const std::string& where,
                                 const std::string& text = {}) {
    const auto it = std::find_if(issues.begin(), issues.end(), [&](const RowIssue& issue) {
        return issue.where.text() == where && issue.reason.find(text) != std::string::npos;
    });
    return it == issues.end() ? nullptr : &*it;
}

inline std::string describe(const std::vector<RowIssue>& issues) {
    std::string out;
    for (const RowIssue& issue : issues) {
        out += "\n  " + issue.where.text() + ": " + issue.reason;
    }
    return out;
}

inline std::vector<std::string> studentIds(const RosterSnapshot& snapshot) {
    std::vector<std::string> ids;
    for (const Student& student : snapshot.students) {
        ids.push_back(student.sourcedId);
    }
    return ids;
}

inline void writeFolder(const fs::path& folder, const RosterFiles& files) {
    fs::create_directories(folder);
    for (const auto& [key, entry] : files.all()) {
        store::testing::writeBytes(folder / entry.first, entry.second);
    }
}

// A .zip holding `members` (name -> bytes; a name ending in '/' is a folder entry).
inline bool writeZip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& members) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        return false;
    }
    for (const auto& [name, bytes] : members) {
        if (!name.empty() && name.back() == '/') {
            zip_dir_add(archive, name.c_str(), ZIP_FL_ENC_UTF_8);
            continue;
        }
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

inline std::vector<std::pair<std::string, std::string>> membersOf(const RosterFiles& files,
                                                                  const std::string& prefix = {}) {
    std::vector<std::pair<std::string, std::string>> members;
    for (const auto& [key, entry] : files.all()) {
        members.emplace_back(prefix + entry.first, entry.second);
    }
    return members;
}

} // namespace pathlight::roster::testing
