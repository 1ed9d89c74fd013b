// RFC 4180 CSV reading and writing for content/ tables and the importer. Owns no files: it parses
// text that the caller read and formats text that the caller writes. Tracks the 1-based line each
// record starts on, so every content error can say file:line. Must not throw or log.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pathlight::content {

// One record (row) of a CSV file. `line` is where the record starts; a quoted field may carry
// newlines, so the next record can start several lines later.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> fields;
};

struct CsvProblem {
    int line = 0;
    std::string message;
};

struct CsvDocument {
    std::vector<CsvRecord> records;   // the header (if any) is records[0]
    std::vector<CsvProblem> problems; // malformed quoting; records are still returned best-effort
    bool ok() const { return problems.empty(); }
};

// Parses CSV text: fields separated by commas; fields may be quoted with '"', and a quoted field may
// contain commas, newlines and doubled quotes (""). A UTF-8 byte-order mark at the start is skipped.
// Records end at LF, CRLF or CR; CRLF inside a quoted field becomes LF. Empty lines are skipped.
// A quote that is never closed is reported on the line where the field opened.
CsvDocument parseCsv(std::string_view text);

// Appends one record with minimal quoting (only fields holding a comma, quote, CR or LF are quoted)
// and an LF line ending, the same output as Python's csv module with lineterminator="\n".
void appendCsvRecord(std::string& out, const std::vector<std::string>& fields);
std::string csvField(std::string_view field);

} // namespace pathlight::content
