// Maps a strictly read CSV file onto the columns a roster reader asks for; see csv_table.hpp.
#include "roster/csv_table.hpp"

#include "core/csv_reader.hpp"

#include <algorithm>

namespace pathlight::roster::detail {

namespace {

bool matches(const std::string& header, const ColumnSpec& spec) {
    if (header == lowered(spec.name)) {
        return true;
    }
    std::string_view aliases = spec.aliases;
    while (!aliases.empty()) {
        const auto comma = aliases.find(',');
        const std::string_view alias = aliases.substr(0, comma);
        if (!alias.empty() && header == lowered(alias)) {
            return true;
        }
        if (comma == std::string_view::npos) {
            break;
        }
        aliases.remove_prefix(comma + 1);
    }
    return false;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

} // namespace

std::string trimmed(std::string_view text) {
    while (!text.empty() && isSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isSpace(text.back())) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    while (true) {
        const auto comma = text.find(',');
        std::string item = trimmed(text.substr(0, comma));
        if (!item.empty()) {
            out.push_back(std::move(item));
        }
        if (comma == std::string_view::npos) {
            break;
        }
        text.remove_prefix(comma + 1);
    }
    return out;
}

std::string cleanName(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const auto byte = static_cast<unsigned char>(c);
        // C0 controls, DEL and C1 controls (U+0080..U+009F, UTF-8 C2 80..C2 9F) are never part of a name.
        const bool c1 = byte == 0xc2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9f;
        if (isSpace(c) || byte < 0x20 || byte == 0x7f || c1) {
            pendingSpace = !out.empty();
            i += c1 ? 1 : 0;
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

CsvTableFile::CsvTableFile(const RosterFiles& files, std::string_view fileName,
                           std::vector<ColumnSpec> columns, RosterSnapshot& out)
    : m_index(columns.size(), -1) {
    const std::string* bytes = files.find(fileName);
    m_name = bytes != nullptr ? files.spelledName(fileName) : std::string(fileName);
    if (bytes == nullptr) {
        return;
    }
    m_present = true;

    core::CsvTable table = core::readCsv(*bytes);
    if (!table.ok()) {
        out.errors.push_back({at(table.errorLine), table.error});
        return;
    }
    if (table.rows.empty()) {
        out.errors.push_back({at(1), "the file is empty; it needs at least its header line"});
        return;
    }

    // The header: named columns, and how many values a row must have.
    const std::vector<std::string>& header = table.rows.front().fields;
    std::size_t named = header.size();
    while (named > 0 && trimmed(header[named - 1]).empty()) {
        --named;
    }
    bool missing = false;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        for (std::size_t h = 0; h < header.size(); ++h) {
            if (!matches(lowered(trimmed(header[h])), columns[c])) {
                continue;
            }
            if (m_index[c] >= 0) {
                out.errors.push_back(
                    {at(1), "the column " + std::string(columns[c].name) + " appears twice (" +
                                header[static_cast<std::size_t>(m_index[c])] + " and " + header[h] + ")"});
                missing = true;
                break;
            }
            m_index[c] = static_cast<int>(h);
        }
        if (columns[c].required && m_index[c] < 0) {
            out.errors.push_back({at(1), "the header has no " + std::string(columns[c].name) +
                                             " column, which this file must have"});
            missing = true;
        }
    }
    if (missing) {
        return;
    }
    m_ok = true;

    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        core::CsvRow& row = table.rows[r];
        const std::size_t count = row.fields.size();
        if (count < named) {
            out.skipped.push_back({at(row.line), "the row has " + std::to_string(count) +
                                                     " values but the header names " + std::to_string(named) +
                                                     " columns"});
            continue;
        }
        if (count > header.size() &&
            std::any_of(row.fields.begin() + static_cast<std::ptrdiff_t>(header.size()), row.fields.end(),
                        [](const std::string& value) { return !trimmed(value).empty(); })) {
            out.skipped.push_back({at(row.line), "the row has " + std::to_string(count) +
                                                     " values but the header has only " +
                                                     std::to_string(header.size()) + " columns"});
            continue;
        }
        if (std::all_of(row.fields.begin(), row.fields.end(),
                        [](const std::string& value) { return trimmed(value).empty(); })) {
            out.skipped.push_back({at(row.line), "the row is empty"});
            continue;
        }
        TableRow mapped;
        mapped.line = row.line;
        mapped.values.resize(columns.size());
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const int index = m_index[c];
            if (index >= 0 && static_cast<std::size_t>(index) < count) {
                mapped.values[c] = trimmed(row.fields[static_cast<std::size_t>(index)]);
            }
        }
        m_rows.push_back(std::move(mapped));
    }
}

} // namespace pathlight::roster::detail
