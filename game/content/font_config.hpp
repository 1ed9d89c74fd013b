// FontConfig: which font files Pathlight draws with, read from assets/fonts.json. The fonts come from
// Debian packages; this only names where to look, so a school can switch the reading font
// (`--font opendyslexic`) or point at another file without a rebuild. Pure C++: opens no font.
#pragma once

#include "core/result.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace pathlight::content {

// The files one family resolves to; empty when none of the candidates exists on this machine.
struct FontFiles {
    std::string regular;
    std::string bold;
    std::string icons;
};

struct FontFamily {
    std::vector<std::string> regular; // candidates, first existing one wins
    std::vector<std::string> bold;
};

struct FontConfig {
    std::string defaultFamily;
    std::map<std::string, FontFamily> families;
    std::vector<std::string> icons;

    // The built-in choice (Debian's Andika and Font Awesome paths), used when assets/ is missing.
    static FontConfig builtIn();
    // First existing file of each list for `family` ("" = the default family).
    FontFiles resolve(const std::string& family = {}) const;
    std::vector<std::string> familyNames() const;
};

inline constexpr const char* kFontConfigFile = "fonts.json";

// Reads `dir`/fonts.json. Errors name the file and line.
core::Result<FontConfig> loadFontConfig(const std::filesystem::path& dir);

} // namespace pathlight::content
