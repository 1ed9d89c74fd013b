// CSV that opens cleanly in a spreadsheet: UTF-8 with a byte-order mark (so Excel reads accents),
// CRLF line ends, RFC 4180 quoting, and formula-injection safety: a cell that starts with
// = + - @ TAB or CR gets a leading apostrophe, so a name like "=HYPERLINK(...)" stays text.
// Also turns each class report into its tables (reportTables).
#pragma once

#include "core/result.hpp"
#include "report/class_reports.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::report {

struct CsvTable {
    std::string name; // file stem, e.g. "interests", "coverage-students"
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

// One cell, made safe and quoted as needed.
std::string csvField(std::string_view value);
// The whole file: BOM, header, rows, every line ending in CRLF.
std::string csvText(const CsvTable& table);
core::Status saveCsv(const CsvTable& table, const std::filesystem::path& path);

enum class ReportKind { Interests, Coverage, Participation, Milestones };

// "interests", "coverage", "participation", "milestones" (the tool's `report NAME`).
std::optional<ReportKind> reportKindFromName(std::string_view name);
std::string_view reportKindName(ReportKind kind);

// The report's tables: a summary by group for every kind, plus the whole codes (interests) and
// the students x clusters heatmap (coverage). Hidden groups print "*" with a note.
std::vector<CsvTable> reportTables(const ClassReports& reports, ReportKind kind, const ReportLabels& labels);

// "2026-03-02" for days since 1970-01-01.
std::string isoDate(int day);

} // namespace pathlight::report
