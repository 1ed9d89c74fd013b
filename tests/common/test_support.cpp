// See test_support.hpp.
#include "test_support.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <random>

namespace pathlight::test {

namespace fs = std::filesystem;

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    m_path = fs::temp_directory_path() /
             ("pathlight-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + std::to_string(rd()));
    fs::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    // Tests may have made parts read-only; give them back so everything can be removed.
    for (auto it = fs::recursive_directory_iterator(m_path, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
        fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::permissions(m_path, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_path, ec);
}

namespace {
std::string& toolPath() {
#ifdef PATHLIGHT_TOOL_PATH
    static std::string path = PATHLIGHT_TOOL_PATH;
#else
    static std::string path;
#endif
    return path;
}

std::string drain(int fd) {
    std::string out;
    std::array<char, 4096> buffer{};
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got <= 0) {
            break;
        }
        out.append(buffer.data(), static_cast<std::size_t>(got));
    }
    return out;
}
} // namespace

void setToolPath(std::string path) {
    toolPath() = std::move(path);
}

ToolRun runTool(const std::vector<std::string>& args, const fs::path& dataHome) {
    ToolRun run;
    TempDir scratch;
    const fs::path outFile = scratch.path() / "stdout";
    const fs::path errFile = scratch.path() / "stderr";
    const pid_t child = ::fork();
    if (child == 0) {
        const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int in = ::open("/dev/null", O_RDONLY);
        ::dup2(out, 1);
        ::dup2(err, 2);
        ::dup2(in, 0);
        if (!dataHome.empty()) {
            ::setenv("XDG_DATA_HOME", dataHome.c_str(), 1);
        }
        std::vector<char*> argv;
        argv.push_back(toolPath().data());
        std::vector<std::string> copies(args.begin(), args.end());
        for (std::string& arg : copies) {
            argv.push_back(arg.data());
        }
        argv.push_back(nullptr);
        ::execv(toolPath().c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    for (auto [file, into] : {std::pair{outFile, &run.output}, std::pair{errFile, &run.errors}}) {
        const int fd = ::open(file.c_str(), O_RDONLY);
        if (fd >= 0) {
            *into = drain(fd);
            ::close(fd);
        }
    }
    return run;
}

} // namespace pathlight::test
