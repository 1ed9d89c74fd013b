// Guards for untrusted JSON bytes: strict UTF-8, and a streaming (SAX) pass that refuses deep
// nesting, long strings, duplicate keys and too many revisions without recursing — building the
// tree in the same pass only from what passed. Plus a fast scanner with the same verdicts for the
// many small revision bodies. Pure C++: no SQLite, no UI.
#pragma once

#include "core/result.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace pathlight::portfolio {

struct JsonLimits {
    std::size_t maxDepth = 32;          // objects and arrays nested inside each other
    std::size_t maxStringBytes = 65536; // any string or key, in bytes after unescaping
    std::string_view countedArray;      // a key of the root object whose array items are counted
    std::size_t maxCountedItems = 0;    // 0 = no limit
};

struct JsonShape {
    bool rootIsObject = false;
    std::size_t countedItems = 0;
};

// Offset of the first byte that is not part of well-formed UTF-8 (Unicode 15, table 3-7: no
// overlong forms, no surrogates, nothing above U+10FFFF), or nullopt when every byte is fine.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Checks that `text` is one well-formed JSON value within `limits` (no key twice in an object).
// Errors carry the portfolio codes (syntax, truncated, too_deep, string_too_long, too_many) and a
// detail that starts with `where` and names the byte offset or JSON path. When `tree` is given, the
// value is also built there in the same pass (only if every check passed). Does not check UTF-8:
// call firstInvalidUtf8 first.
core::Result<JsonShape> checkJson(std::string_view text, const JsonLimits& limits, std::string_view where,
                                  nlohmann::json* tree = nullptr);

// The same verdicts as checkJson (ok or the same error code, truncated counting as syntax; the same
// rootIsObject) from a hand-written scanner that allocates nothing for ordinary text, several times
// faster; used for every revision body. Ignores countedArray. Details name the byte offset. The
// fuzz target checks that both always agree.
core::Result<JsonShape> scanJson(std::string_view text, const JsonLimits& limits, std::string_view where);

// RFC 6901 JSON Pointer escaping of one path component ("a/b" -> "a~1b"), cut to a readable length.
std::string pointerComponent(std::string_view key);

} // namespace pathlight::portfolio
