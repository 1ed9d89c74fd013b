// Atomic file writes; see file_output.hpp.
#include "report/file_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace pathlight::report {

namespace {

core::Error writeError(const std::filesystem::path& path, const std::string& what, int err) {
    return core::makeError(
        "The file could not be saved. Check that the folder exists, that you may write there, "
        "and that the disk is not full.",
        what + " " + path.string() + ": " + std::strerror(err), "report.write_failed");
}

} // namespace

core::Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    const std::filesystem::path temp = path.string() + ".tmp";
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        return writeError(temp, "cannot create", errno);
    }
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            return writeError(temp, "cannot write", err);
        }
        written += static_cast<std::size_t>(n);
    }
    const int syncResult = ::fsync(fd);
    const int syncErr = errno;
    const int closeResult = ::close(fd);
    if (syncResult != 0 || closeResult != 0) {
        const int err = syncResult != 0 ? syncErr : errno;
        ::unlink(temp.c_str());
        return writeError(temp, "cannot flush", err);
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return writeError(path, "cannot rename onto", err);
    }
    return core::Status::success();
}

} // namespace pathlight::report
