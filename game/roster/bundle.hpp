// A roster bundle in memory: the CSV files of a folder or a .zip (read with Debian's libzip), by name.
// Owns the bytes; opens nothing but the path it is given, reads only *.csv members, and never writes.
// Every size is bounded before it is read, so a hostile .zip (a zip bomb, thousands of members) is
// refused with kErrTooBig instead of filling memory.
#pragma once

#include "core/result.hpp"

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace pathlight::roster {

inline constexpr std::size_t kMaxCsvBytes = 64u << 20;     // one file
inline constexpr std::size_t kMaxBundleBytes = 256u << 20; // all files together
inline constexpr std::size_t kMaxZipMembers = 1000;

class RosterFiles {
  public:
    // Adds or replaces a file. Names are compared without regard to case ("userprofiles.csv").
    void add(std::string name, std::string bytes);
    // The bytes of `name` (any case), or nullptr.
    const std::string* find(std::string_view name) const;
    // The name as the bundle spells it ("userprofiles.csv"), or "" when absent.
    std::string spelledName(std::string_view name) const;
    bool empty() const { return m_files.empty(); }
    std::size_t size() const { return m_files.size(); }
    const std::map<std::string, std::pair<std::string, std::string>>& all() const { return m_files; }

  private:
    // lower-case name -> (name as spelled, bytes)
    std::map<std::string, std::pair<std::string, std::string>> m_files;
};

// The *.csv files directly inside `folder`.
core::Result<RosterFiles> loadFolder(const std::filesystem::path& folder);
// The *.csv members of a .zip, at its root or all inside one folder of it (some exports nest them).
core::Result<RosterFiles> loadZip(const std::filesystem::path& zip);
// A folder or a .zip file.
core::Result<RosterFiles> loadBundle(const std::filesystem::path& path);

} // namespace pathlight::roster
