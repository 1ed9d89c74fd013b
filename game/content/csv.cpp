// RFC 4180 CSV reader/writer: a single pass over the text with a small state machine, so a
// 900-row table parses without backtracking. Reports malformed quoting as problems, never throws.
#include "content/csv.hpp"

namespace pathlight::content {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

} // namespace

CsvDocument parseCsv(std::string_view text) {
    CsvDocument doc;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        text.remove_prefix(kUtf8Bom.size());
    }

    const std::size_t size = text.size();
    std::size_t pos = 0;
    int line = 1;

    while (pos < size) {
        // Skip empty lines between records (including a final newline).
        if (text[pos] == '\n' || text[pos] == '\r') {
            if (text[pos] == '\r' && pos + 1 < size && text[pos + 1] == '\n') {
                ++pos;
            }
            ++pos;
            ++line;
            continue;
        }

        CsvRecord record;
        record.line = line;
        bool recordDone = false;
        while (!recordDone) {
            std::string field;
            if (pos < size && text[pos] == '"') {
                const int openLine = line;
                ++pos;
                bool closed = false;
                while (pos < size) {
                    const char c = text[pos];
                    if (c == '"') {
                        if (pos + 1 < size && text[pos + 1] == '"') {
                            field += '"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == '\r') {
                        // CRLF (or a lone CR) inside a quoted field is one newline.
                        field += '\n';
                        pos += (pos + 1 < size && text[pos + 1] == '\n') ? 2 : 1;
                        ++line;
                        continue;
                    }
                    if (c == '\n') {
                        ++line;
                    }
                    // Copy the run of ordinary characters in one go.
                    const std::size_t runEnd = text.find_first_of("\"\r\n", pos + 1);
                    const std::size_t end = runEnd == std::string_view::npos ? size : runEnd;
                    field.append(text.substr(pos, end - pos));
                    pos = end;
                }
                if (!closed) {
                    doc.problems.push_back({openLine, "a quoted field is never closed (missing \")"});
                }
                // Anything between the closing quote and the next separator is malformed.
                if (closed && pos < size && text[pos] != ',' && text[pos] != '\n' && text[pos] != '\r') {
                    doc.problems.push_back({line, "unexpected text after a closing quote"});
                    const std::size_t end = text.find_first_of(",\r\n", pos);
                    const std::size_t stop = end == std::string_view::npos ? size : end;
                    field.append(text.substr(pos, stop - pos));
                    pos = stop;
                }
            } else {
                const std::size_t end = text.find_first_of(",\r\n", pos);
                const std::size_t stop = end == std::string_view::npos ? size : end;
                field.assign(text.substr(pos, stop - pos));
                pos = stop;
            }
            record.fields.push_back(std::move(field));

            if (pos >= size) {
                recordDone = true;
            } else if (text[pos] == ',') {
                ++pos;
            } else { // end of line
                if (text[pos] == '\r' && pos + 1 < size && text[pos + 1] == '\n') {
                    ++pos;
                }
                ++pos;
                ++line;
                recordDone = true;
            }
        }
        doc.records.push_back(std::move(record));
    }
    return doc;
}

std::string csvField(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string(field);
    }
    std::string out;
    out.reserve(field.size() + 2);
    out += '"';
    for (const char c : field) {
        if (c == '"') {
            out += '"';
        }
        out += c;
    }
    out += '"';
    return out;
}

void appendCsvRecord(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csvField(fields[i]);
    }
    out += '\n';
}

} // namespace pathlight::content
