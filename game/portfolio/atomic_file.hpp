// Reading and atomically replacing a file, so that a kill, a crash or a pulled USB stick at any
// moment leaves either the old file or the new one, never a torn one: write a temp file in the same
// folder, fsync it, keep the old version as "<file>.bak", rename over the file, fsync the folder.
// Every system call goes through FileOps, so a test can fail one the way a pulled stick does.
// Owns no policy about what is written; knows nothing about portfolios' contents.
#pragma once

#include "core/result.hpp"

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace pathlight::portfolio {

// The few POSIX calls used here. Each returns what POSIX returns and sets errno on failure.
class FileOps {
  public:
    virtual ~FileOps() = default;
    virtual int open(const char* path, int flags, mode_t mode);
    virtual ssize_t read(int fd, void* data, std::size_t size);
    virtual ssize_t write(int fd, const void* data, std::size_t size);
    virtual int fsync(int fd);
    virtual int close(int fd);
    virtual int rename(const char* from, const char* to);
    virtual int unlink(const char* path);
};

// The real system calls.
FileOps& systemFileOps();

// Reads a whole file. Refuses one larger than `maxBytes` (portfolio.too_big) after reading at most
// maxBytes + 1 bytes; a missing file or an I/O error is portfolio.unreadable.
core::Result<std::string> readWholeFile(const std::filesystem::path& file, std::size_t maxBytes,
                                        FileOps& ops = systemFileOps());

// "<file>.bak": where the previous version is kept.
std::filesystem::path backupPath(const std::filesystem::path& file);

// One atomic replacement, in two steps so a caller can look at the folder again between writing
// the new bytes and publishing them (the sync folder re-reads and merges there). Destroying it
// before commit() removes the temp file and leaves the target untouched.
class AtomicWrite {
  public:
    explicit AtomicWrite(std::filesystem::path target, FileOps& ops = systemFileOps());
    ~AtomicWrite();
    AtomicWrite(const AtomicWrite&) = delete;
    AtomicWrite& operator=(const AtomicWrite&) = delete;

    // Writes `bytes` to a new temp file beside the target and fsyncs it (replacing an earlier
    // temp of this object). portfolio.io on failure; the target is untouched either way.
    core::Status writeTemp(std::string_view bytes);
    // Copies the current target to "<target>.bak" (when `keepBackup` and the target exists), renames
    // the temp file over the target and fsyncs the folder.
    core::Status commit(bool keepBackup = true);

    const std::filesystem::path& target() const { return m_target; }
    const std::filesystem::path& tempPath() const { return m_temp; }

  private:
    void discardTemp();

    std::filesystem::path m_target;
    std::filesystem::path m_temp;
    FileOps& m_ops;
    bool m_haveTemp = false;
};

// writeTemp + commit in one call.
core::Status writeAtomically(const std::filesystem::path& file, std::string_view bytes,
                             bool keepBackup = true, FileOps& ops = systemFileOps());

// Temp files AtomicWrite leaves behind only when it could not clean up (a pulled stick, a kill):
// ".<file name>.<pid>.<random>.tmp". True when `name` is one of them for `target`.
bool isTempFor(std::string_view name, const std::filesystem::path& target);

} // namespace pathlight::portfolio
