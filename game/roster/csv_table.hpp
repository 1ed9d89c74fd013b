// One roster CSV file read strictly (core/csv_reader.hpp) and mapped to the columns a reader asks for,
// by header name, in any order. Internal to game/roster/: the OneRoster and Clever readers use it.
//
// Liberal where real exports differ: header names match without regard to case or surrounding spaces,
// known misspellings are aliases (prefferedGivenName), unknown columns (ext_*, metadata.*) are ignored,
// unnamed columns at the end of the header may be missing from rows, and trailing empty values past
// the header are allowed. Strict otherwise: a syntax error or a missing required column is a file
// error (nothing imports), and a row with too few or too many values is skipped with its line.
#pragma once

#include "roster/bundle.hpp"
#include "roster/roster.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pathlight::roster::detail {

struct ColumnSpec {
    const char* name; // the spec's name, e.g. "sourcedId"
    bool required = false;
    const char* aliases = ""; // other spellings seen in real exports, comma-separated
};

struct TableRow {
    int line = 0;
    std::vector<std::string> values; // one per ColumnSpec, "" when the column is absent
    const std::string& operator[](std::size_t column) const { return values[column]; }
};

class CsvTableFile {
  public:
    // Reads `fileName` from `files`. Problems go to `out` (errors for the file, skipped for rows).
    CsvTableFile(const RosterFiles& files, std::string_view fileName, std::vector<ColumnSpec> columns,
                 RosterSnapshot& out);

    bool present() const { return m_present; }
    bool ok() const { return m_ok; } // present, readable, every required column there
    bool has(std::size_t column) const { return m_index[column] >= 0; }
    const std::string& name() const { return m_name; }
    const std::vector<TableRow>& rows() const { return m_rows; }
    SourceLine at(int line) const { return {m_name, line}; }

  private:
    std::string m_name;
    bool m_present = false;
    bool m_ok = false;
    std::vector<int> m_index; // column spec -> position in the file, -1 when absent
    std::vector<TableRow> m_rows;
};

// Shared value helpers.
std::string trimmed(std::string_view text);
std::string lowered(std::string_view text);
// Splits a OneRoster list value ("09,10,11", "a, b") into trimmed, non-empty items.
std::vector<std::string> splitList(std::string_view text);
// Collapses runs of whitespace (including line breaks inside quoted names) and control characters into
// one space and trims: what is left is a name LearnerRepo accepts.
std::string cleanName(std::string_view text);

} // namespace pathlight::roster::detail
