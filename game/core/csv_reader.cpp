// Strict RFC 4180 reader: validates the encoding once, then one pass with a small state machine over
// the bytes. Stops at the first problem and says where it is and how to fix it.
#include "core/csv_reader.hpp"

namespace pathlight::core {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

int lineAt(std::string_view text, std::size_t offset) {
    int line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

std::string hexByte(unsigned char byte) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("0x") + kHex[byte >> 4] + kHex[byte & 0xf];
}

bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}

// Steps over one line end (CRLF, LF or CR) at `pos`.
std::size_t skipLineEnd(std::string_view text, std::size_t pos) {
    if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
        return pos + 2;
    }
    return pos + 1;
}

} // namespace

std::optional<std::size_t> firstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    const std::size_t size = text.size();
    while (i < size) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((lead & 0xe0) == 0xc0) {
            len = 2;
            cp = lead & 0x1fu;
        } else if ((lead & 0xf0) == 0xe0) {
            len = 3;
            cp = lead & 0x0fu;
        } else if ((lead & 0xf8) == 0xf0) {
            len = 4;
            cp = lead & 0x07u;
        } else {
            return i;
        }
        if (i + len > size) {
            return i;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) {
                return i;
            }
            cp = (cp << 6) | (next & 0x3fu);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return i;
        }
        i += len;
    }
    return std::nullopt;
}

CsvTable readCsv(std::string_view text) {
    CsvTable table;
    // A doubled BOM is what a tool that adds one to a file that already had one writes: drop them all,
    // or the first header name would start with an invisible U+FEFF.
    while (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        text.remove_prefix(kUtf8Bom.size());
        table.hadBom = true;
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        table.errorLine = lineAt(text, *bad);
        table.error = "the file is not UTF-8 text (byte " + hexByte(static_cast<unsigned char>(text[*bad])) +
                      "); save it again as \"CSV UTF-8\"";
        return table;
    }
    if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
        table.errorLine = lineAt(text, nul);
        table.error = "the file holds a NUL byte, so it is not a text CSV file";
        return table;
    }

    const std::size_t size = text.size();
    std::size_t pos = 0;
    int line = 1;
    auto fail = [&](int at, std::string message) {
        table.errorLine = at;
        table.error = std::move(message);
        return table;
    };

    while (pos < size) {
        if (isLineEnd(text[pos])) { // an empty line: no record
            pos = skipLineEnd(text, pos);
            ++line;
            continue;
        }
        CsvRow row;
        row.line = line;
        while (true) {
            if (row.fields.size() >= kMaxCsvFields) {
                return fail(row.line, "a row has more than " + std::to_string(kMaxCsvFields) + " values");
            }
            std::string field;
            if (pos < size && text[pos] == '"') {
                const int openLine = line;
                ++pos;
                bool closed = false;
                while (pos < size) {
                    const std::size_t stop = text.find_first_of("\"\r\n", pos);
                    const std::size_t end = stop == std::string_view::npos ? size : stop;
                    field.append(text.substr(pos, end - pos));
                    pos = end;
                    if (pos >= size) {
                        break;
                    }
                    if (text[pos] == '"') {
                        if (pos + 1 < size && text[pos + 1] == '"') {
                            field += '"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    // A line break inside quotes is part of the value, kept as written.
                    const std::size_t after = skipLineEnd(text, pos);
                    field.append(text.substr(pos, after - pos));
                    pos = after;
                    ++line;
                }
                if (!closed) {
                    return fail(openLine, "a quoted value is never closed (a \" is missing)");
                }
                if (pos < size && text[pos] != ',' && !isLineEnd(text[pos])) {
                    return fail(line, "there is text after the closing quote of a value; put the whole value "
                                      "in quotes and write a quote inside it as \"\"");
                }
            } else {
                const std::size_t stop = text.find_first_of(",\"\r\n", pos);
                const std::size_t end = stop == std::string_view::npos ? size : stop;
                field.assign(text.substr(pos, end - pos));
                pos = end;
                if (pos < size && text[pos] == '"') {
                    return fail(line, "a value has a quote (\") in it but does not start with one; put the "
                                      "whole value in quotes and write the quote as \"\"");
                }
            }
            row.fields.push_back(std::move(field));
            if (pos >= size) {
                break;
            }
            if (text[pos] == ',') {
                ++pos;
                continue;
            }
            pos = skipLineEnd(text, pos);
            ++line;
            break;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::string csvField(std::string_view field, bool alwaysQuote) {
    // A value starting with U+FEFF is quoted too: at the start of a file it would read as a BOM.
    const bool startsWithBom = field.substr(0, kUtf8Bom.size()) == kUtf8Bom;
    if (!alwaysQuote && !startsWithBom && field.find_first_of(",\"\r\n") == std::string_view::npos) {
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

void appendCsvRow(std::string& out, const std::vector<std::string>& fields, std::string_view lineEnd,
                  bool alwaysQuote) {
    // One empty value written bare would be an empty line, which readers skip: quote it.
    if (fields.size() == 1 && fields.front().empty()) {
        out += "\"\"";
        out += lineEnd;
        return;
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += csvField(fields[i], alwaysQuote);
    }
    out += lineEnd;
}

} // namespace pathlight::core
