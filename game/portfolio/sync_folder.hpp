// A portfolio folder (USB stick, network share, or a folder a sync engine keeps in step): finds a
// learner's file, its older names and the conflict copies sync engines leave, merges them, and
// writes the union back atomically under a lock file, re-reading the file just before the rename.
// Knows nothing about the database: it reads and writes revisions; portfolio_service does the rest.
// Never deletes a file whose revisions are not safely in the written file; never overwrites a file
// it cannot read (a newer format, another learner's, a failing stick).
#pragma once

#include "core/result.hpp"
#include "portfolio/atomic_file.hpp"
#include "portfolio/file_naming.hpp"
#include "portfolio/folder_lock.hpp"
#include "portfolio/portfolio_file.hpp"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pathlight::portfolio {

struct SyncOptions {
    LockOptions lock;
    FileOps* ops = nullptr;                  // nullptr = the real system calls
    std::string app = "pathlight";           // Writer::app of files written here
    std::string device;                      // Writer::device
    std::function<std::int64_t()> nowMs;     // nullptr = the system clock
    int maxAttempts = 5;                     // re-read rounds before giving up as busy
    std::int64_t tempMaxAgeMs = 3600 * 1000; // leftover temp files older than this are removed
};

// A file of the folder that may hold the learner's revisions.
struct FolderFile {
    std::filesystem::path path;
    NameKind kind = NameKind::kMain;
};

// A file that was left alone, and why (damaged, another learner's, conflicting).
struct SkippedFile {
    std::filesystem::path path;
    core::Error error;
};

struct PullResult {
    std::vector<core::Revision> revisions;     // union of every readable file of the learner, canonical
    std::vector<std::filesystem::path> merged; // the files that went into it
    std::vector<SkippedFile> skipped;
};

struct PushResult {
    std::filesystem::path file;                       // the learner's file
    bool wrote = false;                               // false: it already held exactly these revisions
    std::vector<core::Revision> revisions;            // what the file holds now, canonical
    std::vector<std::filesystem::path> removed;       // conflict copies and old names merged, then removed
    std::vector<SkippedFile> skipped;                 // left alone and reported
    std::optional<std::filesystem::path> keptDamaged; // a damaged file moved aside, never deleted
};

class SyncFolder {
  public:
    explicit SyncFolder(std::filesystem::path folder, SyncOptions options = {});

    const std::filesystem::path& folder() const { return m_folder; }

    // Every file whose name marks it as this learner's (main, older nicknames, conflict copies),
    // sorted by name. Names only: nothing is read.
    core::Result<std::vector<FolderFile>> findFiles(const std::string& learnerId) const;

    // Reads and merges the learner's files without writing anything. A damaged main file is
    // skipped (its .bak is read instead); a main file from a newer Pathlight fails with too_new.
    core::Result<PullResult> pull(const std::string& learnerId) const;

    // Merges `local` with the learner's files and writes the union as "<nickname>-<short id>.pathlight",
    // under the lock, re-reading the file just before the rename. Conflict copies and older names
    // that were merged are removed afterwards; damaged or conflicting copies are left and reported.
    core::Result<PushResult> push(const Portfolio& local, std::string_view nickname);

  private:
    struct Loaded;
    struct Scan;
    core::Result<Scan> scan(const std::string& learnerId, const std::filesystem::path& target) const;
    FileOps& ops() const;
    std::int64_t now() const;

    std::filesystem::path m_folder;
    SyncOptions m_options;
};

} // namespace pathlight::portfolio
