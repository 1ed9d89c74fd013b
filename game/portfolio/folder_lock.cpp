// Lock files for the sync folder. A stale lock is broken by renaming it to a unique name and
// checking that what was moved is still the stale lock that was judged: a fresh lock moved by
// mistake is put back. A holder checks stillHeld() before publishing, so even a lock broken in error
// costs a retry, not a write over someone else's.
#include "portfolio/folder_lock.hpp"

#include "core/hlc.hpp"
#include "core/ids.hpp"
#include "portfolio/errors.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

namespace pathlight::portfolio {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kMagic = "pathlight-lock 1";
constexpr std::size_t kMaxLockBytes = 4096;

std::string readSmall(const fs::path& file, bool& exists) {
    std::ifstream in(file, std::ios::binary);
    exists = static_cast<bool>(in);
    std::string text;
    if (exists) {
        text.resize(kMaxLockBytes);
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        text.resize(static_cast<std::size_t>(in.gcount()));
    }
    return text;
}

// Milliseconds since the file was last modified, by the wall clock; nullopt when it is gone.
std::optional<std::int64_t> ageMs(const fs::path& file) {
    struct stat info {};
    if (::stat(file.c_str(), &info) != 0) {
        return std::nullopt;
    }
    const std::int64_t modified =
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000;
    return core::systemNowMs() - modified;
}

bool processIsGone(long pid) {
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

bool isStale(const std::string& text, std::int64_t age, const LockOptions& options) {
    if (const auto owner = parseLockOwner(text);
        owner && owner->host == hostName() && processIsGone(owner->pid)) {
        return true;
    }
    // A lock from the future (another machine's clock) is judged by distance, or it would block forever.
    return age > options.staleAfterMs || age < -options.staleAfterMs;
}

void breakStale(const fs::path& path, const std::string& judged) {
    fs::path moved = path;
    moved += ".stale." + std::to_string(::getpid()) + "." + core::newDeviceId().substr(0, 8);
    if (::rename(path.c_str(), moved.c_str()) != 0) {
        return; // gone already: someone else broke it or its owner released it
    }
    bool exists = false;
    if (readSmall(moved, exists) != judged) {
        // A fresh lock was taken between looking and moving: give it back to its owner.
        if (::link(moved.c_str(), path.c_str()) != 0 && errno != EEXIST) {
            ::rename(moved.c_str(), path.c_str()); // file systems without hard links (FAT)
            return;
        }
    }
    ::unlink(moved.c_str());
}

std::string describeOwner(const std::string& text) {
    const auto owner = parseLockOwner(text);
    if (!owner) {
        return "an unreadable lock";
    }
    return "process " + std::to_string(owner->pid) + " on " + owner->host + " since " +
           std::to_string(owner->timeMs);
}

} // namespace

std::string hostName() {
    char name[256] = {};
    if (::gethostname(name, sizeof name - 1) != 0) {
        return "unknown";
    }
    return name;
}

std::optional<LockOwner> parseLockOwner(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != kMagic) {
        return std::nullopt;
    }
    LockOwner owner;
    std::string key;
    while (in >> key) {
        if (key == "pid") {
            in >> owner.pid;
        } else if (key == "host") {
            in >> owner.host;
        } else if (key == "time") {
            in >> owner.timeMs;
        } else if (key == "nonce") {
            in >> owner.nonce;
        } else {
            std::getline(in, line); // a later version's field
        }
    }
    if (owner.pid <= 0 || owner.host.empty()) {
        return std::nullopt;
    }
    return owner;
}

FolderLock::FolderLock(fs::path path, std::string token)
    : m_path(std::move(path)), m_token(std::move(token)), m_held(true) {}

FolderLock::FolderLock(FolderLock&& other) noexcept
    : m_path(std::move(other.m_path)), m_token(std::move(other.m_token)), m_held(other.m_held) {
    other.m_held = false;
}

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
    if (this != &other) {
        release();
        m_path = std::move(other.m_path);
        m_token = std::move(other.m_token);
        m_held = other.m_held;
        other.m_held = false;
    }
    return *this;
}

FolderLock::~FolderLock() {
    release();
}

core::Result<FolderLock> FolderLock::acquire(const fs::path& lockFile, const LockOptions& options) {
    const std::string token = std::string(kMagic) + "\npid " + std::to_string(::getpid()) + "\nhost " +
                              hostName() + "\ntime " + std::to_string(core::systemNowMs()) + "\nnonce " +
                              core::newDeviceId() + "\n";
    const auto start = std::chrono::steady_clock::now();
    auto pause = std::chrono::milliseconds(2);
    while (true) {
        const int fd = ::open(lockFile.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            const bool wrote = ::write(fd, token.data(), token.size()) == static_cast<ssize_t>(token.size());
            const int error = errno;
            ::close(fd);
            if (!wrote) {
                ::unlink(lockFile.c_str());
                return makePortfolioError(kErrIo, "writing the lock " + lockFile.string() + ": " +
                                                      std::strerror(error));
            }
            return FolderLock(lockFile, token);
        }
        if (errno != EEXIST) {
            return makePortfolioError(kErrIo,
                                      "creating the lock " + lockFile.string() + ": " + std::strerror(errno));
        }
        bool exists = false;
        const std::string text = readSmall(lockFile, exists);
        const auto age = ageMs(lockFile);
        if (!exists || !age) {
            continue; // released between our open and our look: try again at once
        }
        if (isStale(text, *age, options)) {
            breakStale(lockFile, text);
            continue;
        }
        const auto waited =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
                .count();
        if (waited >= options.waitMs) {
            return makePortfolioError(kErrBusy, lockFile.string() + " is held by " + describeOwner(text) +
                                                    " (" + std::to_string(*age) + " ms old); waited " +
                                                    std::to_string(waited) + " ms");
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

bool FolderLock::stillHeld() const {
    if (!m_held) {
        return false;
    }
    bool exists = false;
    return readSmall(m_path, exists) == m_token && exists;
}

void FolderLock::release() {
    if (m_held && stillHeld()) {
        ::unlink(m_path.c_str());
    }
    m_held = false;
}

} // namespace pathlight::portfolio
