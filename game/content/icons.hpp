// Font Awesome 4.7 icon names that content files may use, and their code points in
// fontawesome-webfont.ttf (Debian fonts-font-awesome). Owns the name → code point table only;
// loading the font and drawing glyphs is the UI's job.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace pathlight::content {

struct IconName {
    std::string_view name; // "wrench" (without the "fa-" prefix)
    unsigned codepoint;    // 0xf0ad
};

// The code point for a Font Awesome 4.7 icon name, or nullopt if the name is not in the table.
std::optional<unsigned> iconCodepoint(std::string_view name);

// Every icon content may use, sorted by name.
std::span<const IconName> knownIcons();

} // namespace pathlight::content
