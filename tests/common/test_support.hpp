// What every test target shares (tests/common, linked into each): a temporary folder, a clock a test
// moves by hand, and running pathlight-tool as a child process with its own XDG_DATA_HOME.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pathlight::test {

// A fresh, empty folder under the system temp dir, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// A wall clock that only moves when the test says so.
class ManualClock {
public:
    explicit ManualClock(std::int64_t startMs = 1'780'000'000'000) : m_now(std::make_shared<std::int64_t>(startMs)) {}
    std::int64_t now() const { return *m_now; }
    void advanceMs(std::int64_t ms) { *m_now += ms; }
    // A function to hand to the app (it shares this clock's time).
    auto fn() const {
        return [now = m_now] { return *now; };
    }

private:
    std::shared_ptr<std::int64_t> m_now;
};

struct ToolRun {
    int exitCode = -1;
    std::string output; // stdout
    std::string errors; // stderr
};

// Runs pathlight-tool with `args` (each passed as one argument, never through a shell's word
// splitting). With `dataHome`, XDG_DATA_HOME points there so the tool never touches a real device.
ToolRun runTool(const std::vector<std::string>& args, const std::filesystem::path& dataHome = {});
// The tool the tests run: PATHLIGHT_TOOL_PATH of the build.
void setToolPath(std::string path);

} // namespace pathlight::test
