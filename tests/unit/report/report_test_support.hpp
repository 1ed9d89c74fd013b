// Shared by the report layer's tests: a scratch folder, and running the Debian tools that check
// printouts from outside (zbarimg, pdftoppm, pdfinfo). Sample printouts are in print_fixtures.hpp.
#pragma once

#include "print_fixtures.hpp"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <utility>

namespace pathlight::report::fixtures {

// A fresh folder under the system temp dir, removed when the test ends.
class ScratchDir {
  public:
    ScratchDir() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("pathlight-report-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    const std::filesystem::path& path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

struct CommandResult {
    int exitCode = -1;
    std::string output; // stdout only
};

inline CommandResult runCommand(const std::string& command) {
    CommandResult result;
    FILE* pipe = ::popen((command + " 2>/dev/null").c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        result.output.append(buffer.data(), n);
    }
    const int status = ::pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

inline std::string quoted(const std::filesystem::path& path) {
    return "'" + path.string() + "'";
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Width and height from a PNG's header (the IHDR chunk right after the signature).
inline std::pair<unsigned, unsigned> pngSize(const std::filesystem::path& png) {
    const std::string bytes = readFile(png);
    if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0 || bytes.compare(12, 4, "IHDR") != 0) {
        return {0, 0};
    }
    const auto be32 = [&bytes](std::size_t at) {
        unsigned value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
        }
        return value;
    };
    return {be32(16), be32(20)};
}

// What zbarimg reads from an image: the payload without the newline zbarimg adds.
inline std::string decodeQr(const std::filesystem::path& png) {
    CommandResult result = runCommand("zbarimg --raw -q " + quoted(png));
    if (!result.output.empty() && result.output.back() == '\n') {
        result.output.pop_back();
    }
    return result.output;
}

} // namespace pathlight::report::fixtures
