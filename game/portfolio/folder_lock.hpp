// A lock file "<portfolio file>.lock" that serializes Pathlight processes writing one portfolio in a
// shared folder (two kiosks on a network share, two windows on one PC). Created with O_EXCL, which
// works on local disks, USB sticks and network shares alike. A lock left by a crash is recovered:
// its owner is a dead process on this host, or it is older than the stale timeout.
// The lock only narrows races: correctness rests on merge-by-union plus re-reading before rename.
#pragma once

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace pathlight::portfolio {

struct LockOptions {
    std::int64_t staleAfterMs = 60000; // a writer holds the lock for well under a second
    std::int64_t waitMs = 10000;       // how long acquire() keeps trying before portfolio.busy
};

// What a lock file says about its owner.
struct LockOwner {
    long pid = 0;
    std::string host;
    std::int64_t timeMs = 0;
    std::string nonce;
};

class FolderLock {
  public:
    // Takes the lock at `lockFile`, waiting up to options.waitMs and recovering stale locks.
    // portfolio.busy when another live process keeps it; portfolio.io when the folder can't be written.
    static core::Result<FolderLock> acquire(const std::filesystem::path& lockFile,
                                            const LockOptions& options = {});

    FolderLock(FolderLock&& other) noexcept;
    FolderLock& operator=(FolderLock&& other) noexcept;
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    ~FolderLock();

    // True while the lock file still holds this lock's token (nobody broke it as stale).
    bool stillHeld() const;
    // Removes the lock file if it is still ours. Safe to call twice.
    void release();
    const std::filesystem::path& path() const { return m_path; }

  private:
    FolderLock(std::filesystem::path path, std::string token);

    std::filesystem::path m_path;
    std::string m_token;
    bool m_held = false;
};

// The owner written in a lock file's text; nullopt when the text is not a Pathlight lock.
std::optional<LockOwner> parseLockOwner(const std::string& text);
// This machine's host name, as written in lock files.
std::string hostName();

} // namespace pathlight::portfolio
