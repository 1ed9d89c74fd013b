// See table_loader.hpp.
#include "content/table_loader.hpp"

#include "content/icons.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace pathlight::content::detail {

//-----------------------------------------------------------------------------
// [SECTION] Reading files and CSV tables with checked headers
//-----------------------------------------------------------------------------

Localized localized(const Strings& strings, std::string en, std::string es) {
    Localized text;
    text.set(Lang::english(), std::move(en));
    if (const std::optional<Lang> spanish = strings.find("es")) {
        text.set(*spanish, std::move(es));
    }
    return text;
}

std::string inQuotes(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    out.append(text);
    out += '"';
    return out;
}

bool Loader::exists(std::string_view rel) const {
    std::error_code ec;
    return std::filesystem::exists(m_dir / std::filesystem::path(std::string(rel)), ec);
}

std::optional<std::string> Loader::readFile(std::string_view rel) {
    const std::filesystem::path path = m_dir / std::filesystem::path(std::string(rel));
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        error(rel, 0, "file is missing");
        return std::nullopt;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) {
        error(rel, 0, "file can't be read");
        return std::nullopt;
    }
    std::string text;
    char buffer[65536];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
        text.append(buffer, got);
    }
    const bool failed = std::ferror(file) != 0;
    std::fclose(file);
    if (failed) {
        error(rel, 0, "file can't be read");
        return std::nullopt;
    }
    return text;
}

std::optional<Table> Loader::readTable(std::string_view rel, std::span<const std::string_view> columns) {
    std::optional<std::string> text = readFile(rel);
    if (!text) {
        return std::nullopt;
    }
    CsvDocument doc = parseCsv(*text);
    for (const CsvProblem& problem : doc.problems) {
        error(rel, problem.line, problem.message);
    }
    if (doc.records.empty()) {
        error(rel, 0, "file is empty; the first line must name the columns");
        return std::nullopt;
    }
    const CsvRecord& header = doc.records.front();
    Table table;
    table.column.assign(columns.size(), 0);
    std::vector<bool> seen(columns.size(), false);
    bool usable = true;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const std::string& name = header.fields[i];
        const auto it = std::find(columns.begin(), columns.end(), name);
        if (it == columns.end()) {
            error(rel, header.line, "unknown column " + inQuotes(name));
            continue;
        }
        const auto which = static_cast<std::size_t>(it - columns.begin());
        if (seen[which]) {
            error(rel, header.line, "column " + inQuotes(name) + " appears twice");
            usable = false;
            continue;
        }
        seen[which] = true;
        table.column[which] = i;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (!seen[i]) {
            error(rel, header.line, "missing column " + inQuotes(columns[i]));
            usable = false;
        }
    }
    if (!usable) {
        return std::nullopt;
    }
    const std::size_t width = header.fields.size();
    table.rows.reserve(doc.records.size() - 1);
    for (std::size_t r = 1; r < doc.records.size(); ++r) {
        CsvRecord& row = doc.records[r];
        if (row.fields.size() != width) {
            error(rel, row.line,
                  "expected " + std::to_string(width) + " fields, found " +
                      std::to_string(row.fields.size()));
            table.malformed.push_back(std::move(row));
            continue;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

//-----------------------------------------------------------------------------
// [SECTION] Field parsers
//-----------------------------------------------------------------------------

std::optional<double> parseNumber(std::string_view text) {
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseInt(std::string_view text) {
    int value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        return std::nullopt;
    }
    return value;
}

// "NN-NNNN.NN"
bool isOnetCode(std::string_view code) {
    if (code.size() != 10 || code[2] != '-' || code[7] != '.') {
        return false;
    }
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i != 2 && i != 7 && (code[i] < '0' || code[i] > '9')) {
            return false;
        }
    }
    return true;
}

// Lowercase letters, digits and single hyphens: "healthcare-human-services".
bool isSlug(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

std::vector<std::string_view> splitList(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    if (text.empty()) {
        return parts;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            break;
        }
        start = end + 1;
    }
    return parts;
}

void checkIcon(Loader& loader, std::string_view file, int line, const std::string& icon) {
    if (icon.empty()) {
        loader.error(file, line, "icon is empty; use a Font Awesome 4.7 icon name such as \"wrench\"");
    } else if (!iconCodepoint(icon)) {
        loader.error(file, line,
                     "unknown icon " + inQuotes(icon) +
                         "; use a Font Awesome 4.7 name listed in content/README.md");
    }
}

} // namespace pathlight::content::detail
