// Temp file + fsync + rename + folder fsync, with the previous version kept as ".bak". The .bak is
// a copy written the same atomic way, never a rename of the live file, so there is no moment at
// which the learner's file is missing. Failures become portfolio.io/unreadable errors that name
// the file, the step and the system's reason.
#include "portfolio/atomic_file.hpp"

#include "core/ids.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/portfolio_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pathlight::portfolio {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr mode_t kFileMode = 0600; // learners' work is private; the folder decides who may read it

std::string reason(int error) {
    return std::strerror(error);
}

core::Error ioError(const fs::path& file, const std::string& step, int error) {
    return makePortfolioError(kErrIo, step + " " + file.string() + ": " + reason(error));
}

// Writes all of `bytes`, resuming after short writes and EINTR.
bool writeAll(FileOps& ops, int fd, std::string_view bytes, std::size_t& written) {
    written = 0;
    while (written < bytes.size()) {
        const std::size_t chunk = std::min(kChunkBytes, bytes.size() - written);
        const ssize_t n = ops.write(fd, bytes.data() + written, chunk);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            if (n == 0) {
                errno = EIO;
            }
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

// fsync of the folder makes the rename itself durable. Some file systems (certain FUSE and
// network mounts) cannot sync a folder and say so with EINVAL; that is not a failed write.
core::Status syncFolder(FileOps& ops, const fs::path& folder) {
    const fs::path dir = folder.empty() ? fs::path(".") : folder;
    const int fd = ops.open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    if (fd < 0) {
        return ioError(dir, "opening the folder", errno);
    }
    const int rc = ops.fsync(fd);
    const int error = errno;
    ops.close(fd);
    if (rc != 0 && error != EINVAL && error != ENOTSUP) {
        return ioError(dir, "syncing the folder", error);
    }
    return {};
}

} // namespace

int FileOps::open(const char* path, int flags, mode_t mode) {
    return ::open(path, flags, mode);
}
ssize_t FileOps::read(int fd, void* data, std::size_t size) {
    return ::read(fd, data, size);
}
ssize_t FileOps::write(int fd, const void* data, std::size_t size) {
    return ::write(fd, data, size);
}
int FileOps::fsync(int fd) {
    return ::fsync(fd);
}
int FileOps::close(int fd) {
    return ::close(fd);
}
int FileOps::rename(const char* from, const char* to) {
    return ::rename(from, to);
}
int FileOps::unlink(const char* path) {
    return ::unlink(path);
}

FileOps& systemFileOps() {
    static FileOps ops;
    return ops;
}

core::Result<std::string> readWholeFile(const fs::path& file, std::size_t maxBytes, FileOps& ops) {
    int fd = -1;
    do {
        fd = ops.open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0); // never block on a FIFO
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return makePortfolioError(kErrUnreadable, "opening " + file.string() + ": " + reason(errno));
    }
    std::string bytes;
    char buffer[kChunkBytes];
    while (true) {
        const ssize_t n = ops.read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int error = errno;
            ops.close(fd);
            return makePortfolioError(kErrUnreadable, "reading " + file.string() + " after " +
                                                          std::to_string(bytes.size()) +
                                                          " bytes: " + reason(error));
        }
        if (n == 0) {
            break;
        }
        bytes.append(buffer, static_cast<std::size_t>(n));
        if (bytes.size() > maxBytes) {
            ops.close(fd);
            return makePortfolioError(kErrTooBig, file.string() + ": more than " + std::to_string(maxBytes) +
                                                      " bytes, the most a portfolio may have");
        }
    }
    ops.close(fd);
    return bytes;
}

fs::path backupPath(const fs::path& file) {
    fs::path bak = file;
    bak += ".bak";
    return bak;
}

AtomicWrite::AtomicWrite(fs::path target, FileOps& ops) : m_target(std::move(target)), m_ops(ops) {}

AtomicWrite::~AtomicWrite() {
    discardTemp();
}

void AtomicWrite::discardTemp() {
    if (m_haveTemp) {
        m_ops.unlink(m_temp.c_str()); // may fail on a pulled stick; isTempFor() finds it later
        m_haveTemp = false;
    }
}

core::Status AtomicWrite::writeTemp(std::string_view bytes) {
    discardTemp();
    m_temp = m_target.parent_path() / std::string(".")
                                          .append(m_target.filename().string())
                                          .append(".")
                                          .append(std::to_string(::getpid()))
                                          .append(".")
                                          .append(core::newDeviceId().substr(0, 8))
                                          .append(".tmp");
    const int fd = m_ops.open(m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, kFileMode);
    if (fd < 0) {
        return ioError(m_temp, "creating", errno);
    }
    m_haveTemp = true;
    std::size_t written = 0;
    if (!writeAll(m_ops, fd, bytes, written)) {
        const int error = errno;
        m_ops.close(fd);
        discardTemp();
        return makePortfolioError(kErrIo, "writing " + m_temp.string() + " (" + std::to_string(written) +
                                              " of " + std::to_string(bytes.size()) +
                                              " bytes written): " + reason(error));
    }
    if (m_ops.fsync(fd) != 0) {
        const int error = errno;
        m_ops.close(fd);
        discardTemp();
        return ioError(m_temp, "syncing", error);
    }
    if (m_ops.close(fd) != 0) {
        const int error = errno;
        discardTemp();
        return ioError(m_temp, "closing", error);
    }
    return {};
}

core::Status AtomicWrite::commit(bool keepBackup) {
    if (!m_haveTemp) {
        return makePortfolioError(kErrIo, "nothing to publish for " + m_target.string());
    }
    if (keepBackup) {
        auto previous = readWholeFile(m_target, kMaxFileBytes, m_ops);
        if (previous) {
            AtomicWrite backup(backupPath(m_target), m_ops);
            if (auto wrote = backup.writeTemp(*previous); !wrote) {
                discardTemp();
                return wrote;
            }
            if (auto published = backup.commit(false); !published) {
                discardTemp();
                return published;
            }
        } else if (previous.error().code == kErrUnreadable && fs::exists(m_target)) {
            // The old file exists but cannot be read: the stick is failing. Touch nothing.
            discardTemp();
            return makePortfolioError(kErrIo, "keeping the previous version: " + previous.error().detail);
        }
    }
    if (m_ops.rename(m_temp.c_str(), m_target.c_str()) != 0) {
        const int error = errno;
        discardTemp();
        return makePortfolioError(kErrIo, "renaming " + m_temp.string() + " to " + m_target.string() + ": " +
                                              reason(error));
    }
    m_haveTemp = false;
    return syncFolder(m_ops, m_target.parent_path());
}

core::Status writeAtomically(const fs::path& file, std::string_view bytes, bool keepBackup, FileOps& ops) {
    AtomicWrite write(file, ops);
    if (auto wrote = write.writeTemp(bytes); !wrote) {
        return wrote;
    }
    return write.commit(keepBackup);
}

bool isTempFor(std::string_view name, const fs::path& target) {
    const std::string prefix = std::string(".").append(target.filename().string()).append(".");
    constexpr std::string_view kSuffix = ".tmp";
    return name.size() > prefix.size() + kSuffix.size() && name.substr(0, prefix.size()) == prefix &&
           name.substr(name.size() - kSuffix.size()) == kSuffix;
}

} // namespace pathlight::portfolio
