// Reads a roster export — OneRoster 1.1 or 1.2 CSV (folder or .zip) or Clever CSV — into a
// RosterSnapshot. Tells the formats apart by their files; never writes anything.
//
// A core::Error means there is nothing to preview (no such path, an unreadable .zip, files that are
// neither OneRoster nor Clever, such as Microsoft School Data Sync). Everything else — a broken file,
// a skipped row, a guessed value — is in the snapshot's errors/skipped/warnings with file:line.
#pragma once

#include "core/result.hpp"
#include "roster/bundle.hpp"
#include "roster/roster.hpp"

#include <filesystem>
#include <string>

namespace pathlight::roster {

core::Result<RosterSnapshot> readRoster(const std::filesystem::path& path);
// The same, on files already in memory (tests, the fuzzer). `sourceName` is for messages only.
core::Result<RosterSnapshot> readRosterFiles(const RosterFiles& files, const std::string& sourceName);

// What kind of person a OneRoster or Clever role names.
enum class RoleKind { Student, Staff, Guardian, Unknown };
RoleKind classifyRole(std::string_view role);

namespace detail {
// The format readers (oneroster_reader.cpp, clever_reader.cpp); they fill `out`.
void readOneRoster(const RosterFiles& files, RosterSnapshot& out);
void readClever(const RosterFiles& files, RosterSnapshot& out);
} // namespace detail

} // namespace pathlight::roster
