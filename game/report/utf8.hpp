// UTF-8 helpers for the report layer: decode to code points and cut text at a character boundary.
// Pure C++; never allocates more than the text it is given.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::report {

// The code points of `text`. Bytes that are not valid UTF-8 become U+FFFD, one per bad byte.
std::vector<char32_t> decodeUtf8(std::string_view text);

// Appends the UTF-8 form of one code point.
void appendUtf8(std::string& out, char32_t codePoint);

// The longest prefix of `text` that is at most `maxBytes` long and never splits a character.
std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes);

// Replaces "{name}" in `pattern` with `value` (every occurrence). Used for translated templates
// such as "Page {page} of {pages}".
std::string fillTemplate(std::string pattern, std::string_view name, std::string_view value);

} // namespace pathlight::report
