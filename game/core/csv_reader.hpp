// Strict RFC 4180 CSV reading and writing for files that come from outside (rosters exported by a
// school's information system). Pure C++: parses bytes the caller read and formats bytes the caller
// writes; owns no files, never throws, never logs.
//
// Strict where RFC 4180 is clear: a field is either plain (no '"' in it) or wholly quoted, a doubled
// quote stands for one quote, a quoted field may hold commas and line breaks, and a closing quote is
// followed by a comma or the end of the record. The text must be UTF-8 (leading byte-order marks, even
// a doubled one, are dropped) with no NUL bytes. Liberal where real exports differ: records may end in CRLF,
// LF or a bare CR (old Mac exports), the last record needs no line break, and empty lines are skipped.
// The first problem stops the read: after a broken quote nothing later can be trusted.
// (game/content/csv.* is the lenient, best-effort reader for Pathlight's own content tables.)
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::core {

// One record. `line` is the 1-based physical line it starts on; a quoted field may span lines.
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields; // quoted fields keep their line breaks byte for byte
};

struct CsvTable {
    std::vector<CsvRow> rows; // the header, if any, is rows[0]
    bool hadBom = false;
    // The first problem, if any: `errorLine` is where it is, `error` says what and how to fix it.
    // When set, `rows` holds the records read before it.
    int errorLine = 0;
    std::string error;
    bool ok() const { return error.empty(); }
};

// Reads CSV text strictly (see the file comment). Records hold at most kMaxCsvFields fields.
inline constexpr std::size_t kMaxCsvFields = 10000;
CsvTable readCsv(std::string_view text);

// The byte offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
// code points past U+10FFFF included), or nullopt when all of `text` is valid.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Formats one field: quoted (with doubled quotes) when it holds a comma, quote, CR or LF or starts with
// U+FEFF, or always when `alwaysQuote`.
std::string csvField(std::string_view field, bool alwaysQuote = false);
// Appends one record followed by `lineEnd` (RFC 4180 uses "\r\n").
void appendCsvRow(std::string& out, const std::vector<std::string>& fields, std::string_view lineEnd = "\r\n",
                  bool alwaysQuote = false);

} // namespace pathlight::core
