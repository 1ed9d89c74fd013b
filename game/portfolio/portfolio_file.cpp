// Encoding, decoding and verifying the portfolio file. Decoding runs the cheap, bounded checks first
// (size, UTF-8, a streaming pass for nesting/strings/count) and only then builds a JSON tree, so a
// hostile file costs at most one bounded parse. Never throws: every refusal is a core::Error.
//
// [SECTION] Field checks
// [SECTION] Canonical serialization and checksum
// [SECTION] Encoding
// [SECTION] Decoding
// [SECTION] Summary
#include "portfolio/portfolio_file.hpp"

#include "core/ids.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/json_guard.hpp"
#include "portfolio/merge.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <exception>
#include <set>

namespace pathlight::portfolio {

namespace {

using nlohmann::json;

//-----------------------------------------------------------------------------
// [SECTION] Field checks
//-----------------------------------------------------------------------------

std::string shownText(std::string_view text) {
    return std::string("\"").append(pointerComponent(text)).append("\"");
}

bool validEntryId(std::string_view id) {
    return !id.empty() && id.size() <= kMaxEntryIdBytes &&
           std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

bool validKind(std::string_view kind) {
    return !kind.empty() && kind.size() <= kMaxKindBytes && std::all_of(kind.begin(), kind.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

core::Error typeError(std::string_view where, std::string_view pointer, std::string expected,
                      std::string found) {
    return makePortfolioError(kErrTypes, std::string(where) + ": " + std::string(pointer) + ": expected " +
                                             expected + ", found " + found);
}

std::string describe(const json& value) {
    if (value.is_string()) {
        return "the string " + shownText(value.get_ref<const std::string&>());
    }
    if (value.is_number_integer()) {
        return "the number " + value.dump();
    }
    return value.type_name();
}

//-----------------------------------------------------------------------------
// [SECTION] Canonical serialization and checksum
//-----------------------------------------------------------------------------

// Calls `sink` with the canonical bytes piece by piece (docs/portfolio-format.md §4): for each
// revision in canonical order, six netstrings "<decimal length>:<bytes>," — learner id, entry id,
// kind, HLC text, "0"/"1" for deleted, body.
template <class Sink> void forEachCanonicalPiece(const std::vector<core::Revision>& canonical, Sink&& sink) {
    std::string hlc;
    auto netstring = [&](std::string_view bytes) {
        const std::string length = std::to_string(bytes.size()) + ":";
        sink(length);
        sink(bytes);
        sink(",");
    };
    for (const core::Revision& revision : canonical) {
        hlc = revision.hlc.toString();
        netstring(revision.learnerId);
        netstring(revision.entryId);
        netstring(revision.kind);
        netstring(hlc);
        netstring(revision.deleted ? "1" : "0");
        netstring(revision.body);
    }
}

constexpr std::string_view kChecksumPrefix = "sha256:";

bool validChecksumText(std::string_view text) {
    return text.size() == kChecksumPrefix.size() + 64 &&
           text.substr(0, kChecksumPrefix.size()) == kChecksumPrefix &&
           std::all_of(text.begin() + static_cast<std::ptrdiff_t>(kChecksumPrefix.size()), text.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

//-----------------------------------------------------------------------------
// [SECTION] Encoding
//-----------------------------------------------------------------------------

// Appends `text` as a JSON string. Bytes of valid UTF-8 pass through unchanged; only the quote,
// the backslash and control characters are escaped, so the bytes a reader unescapes are ours.
void appendJsonString(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out.push_back(kHex[byte >> 4]);
                out.push_back(kHex[byte & 0xf]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
}

core::Status checkWriter(const Writer& writer, std::string_view where) {
    for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"app", &writer.app},
                                      {"device", &writer.device},
                                      {"time", &writer.time}}) {
        if (value->size() > kMaxWriterFieldBytes || firstInvalidUtf8(*value)) {
            return typeError(where, std::string("/writer/") + name,
                             "UTF-8 text of at most " + std::to_string(kMaxWriterFieldBytes) + " bytes",
                             std::to_string(value->size()) + " bytes");
        }
    }
    return {};
}

//-----------------------------------------------------------------------------
// [SECTION] Decoding
//-----------------------------------------------------------------------------

// Reads the members of one JSON object with typed accessors that name the JSON path on failure.
class Fields {
  public:
    Fields(const json& object, std::string_view where, std::string pointer)
        : m_object(object), m_where(where), m_pointer(std::move(pointer)) {}

    const json* find(const char* name) const {
        const auto it = m_object.find(name);
        return it == m_object.end() ? nullptr : &*it;
    }

    core::Result<std::string> text(const char* name) const {
        const json* value = find(name);
        if (value == nullptr || !value->is_string()) {
            return typeError(m_where, at(name), "a string", value ? describe(*value) : "nothing");
        }
        return value->get<std::string>();
    }

    core::Result<bool> flag(const char* name) const {
        const json* value = find(name);
        if (value == nullptr || !value->is_boolean()) {
            return typeError(m_where, at(name), "true or false", value ? describe(*value) : "nothing");
        }
        return value->get<bool>();
    }

    std::string at(const char* name) const { return m_pointer + "/" + name; }

  private:
    const json& m_object;
    std::string_view m_where;
    std::string m_pointer;
};

core::Status checkHeader(const json& root, std::string_view where) {
    const auto format = root.find("format");
    if (format == root.end()) {
        return makePortfolioError(kErrUnknownFormat, std::string(where) + ": no \"format\" field, so this is "
                                                                          "not a Pathlight portfolio");
    }
    if (!format->is_string() || format->get_ref<const std::string&>() != kFormatName) {
        return makePortfolioError(kErrUnknownFormat, std::string(where) + ": /format is " +
                                                         describe(*format) + ", expected \"" +
                                                         std::string(kFormatName) + "\"");
    }
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer()) {
        return typeError(where, "/version", "a whole number",
                         version == root.end() ? "nothing" : describe(*version));
    }
    const bool newer = version->is_number_unsigned() ? version->get<std::uint64_t>() > kFormatVersion
                                                     : version->get<std::int64_t>() > kFormatVersion;
    if (newer) {
        return makePortfolioError(kErrTooNew, std::string(where) + ": format version " + version->dump() +
                                                  ", this Pathlight reads up to version " +
                                                  std::to_string(kFormatVersion));
    }
    if (version->get<std::int64_t>() < 1) {
        return makePortfolioError(kErrUnknownFormat, std::string(where) + ": format version " +
                                                         version->dump() +
                                                         " does not exist (versions start at 1)");
    }
    return {};
}

core::Result<Writer> readWriter(const json& root, std::string_view where) {
    const auto found = root.find("writer");
    if (found == root.end() || !found->is_object()) {
        return typeError(where, "/writer", "an object", found == root.end() ? "nothing" : describe(*found));
    }
    const Fields fields(*found, where, "/writer");
    Writer writer;
    for (auto [name, target] : {std::pair<const char*, std::string*>{"app", &writer.app},
                                {"device", &writer.device},
                                {"time", &writer.time}}) {
        auto value = fields.text(name);
        if (!value) {
            return value.error();
        }
        *target = std::move(value.value());
    }
    if (auto checked = checkWriter(writer, where); !checked) {
        return checked.error();
    }
    return writer;
}

core::Result<core::Revision> readRevision(const json& item, const std::string& learnerId,
                                          std::string_view where, std::size_t index) {
    const std::string pointer = "/revisions/" + std::to_string(index);
    if (!item.is_object()) {
        return typeError(where, pointer, "an object", describe(item));
    }
    const Fields fields(item, where, pointer);
    auto entry = fields.text("entry");
    auto kind = fields.text("kind");
    auto hlcText = fields.text("hlc");
    auto deleted = fields.flag("deleted");
    auto body = fields.text("body");
    for (const core::Error* error : {entry ? nullptr : &entry.error(), kind ? nullptr : &kind.error(),
                                     hlcText ? nullptr : &hlcText.error(),
                                     deleted ? nullptr : &deleted.error(), body ? nullptr : &body.error()}) {
        if (error != nullptr) {
            return *error;
        }
    }
    auto hlc = core::Hlc::parse(*hlcText);
    if (!hlc) {
        return typeError(where, fields.at("hlc"), "an HLC like \"000001732406400000-00000000-device\"",
                         "the string " + shownText(*hlcText));
    }
    core::Revision revision{learnerId, std::move(entry.value()), std::move(kind.value()), std::move(*hlc),
                            *deleted,  std::move(body.value())};
    if (auto checked = checkRevision(revision, std::string(where) + ": " + pointer); !checked) {
        return checked.error();
    }
    return revision;
}

core::Result<Portfolio> decodeTree(const json& root, std::string_view where) {
    if (auto header = checkHeader(root, where); !header) {
        return header.error();
    }
    Portfolio portfolio;
    const Fields top(root, where, "");
    auto learner = top.text("learnerId");
    if (!learner) {
        return learner.error();
    }
    if (!core::isUuid(*learner)) {
        return typeError(where, "/learnerId", "a lowercase UUID", "the string " + shownText(*learner));
    }
    portfolio.learnerId = std::move(learner.value());
    auto writer = readWriter(root, where);
    if (!writer) {
        return writer.error();
    }
    portfolio.writer = std::move(writer.value());

    const auto revisions = root.find("revisions");
    if (revisions == root.end() || !revisions->is_array()) {
        return typeError(where, "/revisions", "an array",
                         revisions == root.end() ? "nothing" : describe(*revisions));
    }
    portfolio.revisions.reserve(revisions->size());
    std::size_t index = 0;
    for (const json& item : *revisions) {
        auto revision = readRevision(item, portfolio.learnerId, where, index++);
        if (!revision) {
            return revision.error();
        }
        portfolio.revisions.push_back(std::move(revision.value()));
    }

    auto stored = top.text("checksum");
    if (!stored) {
        return stored.error();
    }
    if (!validChecksumText(*stored)) {
        return typeError(where, "/checksum", "\"sha256:\" and 64 lowercase hex digits",
                         "the string " + shownText(*stored));
    }
    if (auto normalized = normalize(portfolio.revisions, where); !normalized) {
        return normalized.error();
    }
    const std::string computed = checksumOf(portfolio.revisions);
    if (computed != *stored) {
        return makePortfolioError(kErrChecksum, std::string(where) + ": /checksum says " + *stored +
                                                    " but the " + std::to_string(portfolio.revisions.size()) +
                                                    " revisions hash to " + computed);
    }
    return portfolio;
}

} // namespace

core::Status checkRevision(const core::Revision& revision, std::string_view where) {
    if (!validEntryId(revision.entryId)) {
        return typeError(where, "/entry", "1 to 256 printable ASCII characters without spaces",
                         "the string " + shownText(revision.entryId));
    }
    if (!validKind(revision.kind)) {
        return typeError(where, "/kind", "1 to 64 of a-z, 0-9 and _",
                         "the string " + shownText(revision.kind));
    }
    if (!core::Hlc::parse(revision.hlc.toString())) {
        return typeError(where, "/hlc", "a valid HLC", "the HLC " + shownText(revision.hlc.toString()));
    }
    const std::string bodyWhere = std::string(where) + "/body (as JSON)";
    if (revision.body.size() > kMaxStringBytes) {
        return makePortfolioError(kErrStringTooLong, bodyWhere + ": " + std::to_string(revision.body.size()) +
                                                         " bytes, more than the limit of " +
                                                         std::to_string(kMaxStringBytes));
    }
    if (const auto bad = firstInvalidUtf8(revision.body)) {
        return makePortfolioError(kErrUtf8,
                                  bodyWhere + ": byte " + std::to_string(*bad) + " is not valid UTF-8");
    }
    JsonLimits limits;
    limits.maxDepth = kMaxDepth;
    limits.maxStringBytes = kMaxStringBytes;
    auto shape = scanJson(revision.body, limits, bodyWhere);
    if (!shape) {
        core::Error error = shape.error();
        if (error.code == kErrTruncated) { // a body cut short inside an intact file is not a cut-off file
            error = makePortfolioError(kErrTypes,
                                       error.detail + " (expected the text of a complete JSON object)");
        }
        return error;
    }
    if (!shape->rootIsObject) {
        return typeError(where, "/body", "the text of a JSON object", "other JSON text");
    }
    return {};
}

std::string canonicalBytes(const std::vector<core::Revision>& canonical) {
    std::string out;
    forEachCanonicalPiece(canonical, [&](std::string_view piece) { out.append(piece); });
    return out;
}

std::string checksumOf(const std::vector<core::Revision>& canonical) {
    static const bool ready = sodium_init() >= 0;
    (void)ready; // SHA-256 needs no CPU dispatch; init only once as libsodium asks
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    forEachCanonicalPiece(canonical, [&](std::string_view piece) {
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(piece.data()), piece.size());
    });
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return std::string(kChecksumPrefix) + hex;
}

core::Result<std::string> encode(const Portfolio& portfolio) {
    constexpr std::string_view where = "encoding a portfolio";
    if (!core::isUuid(portfolio.learnerId)) {
        return typeError(where, "/learnerId", "a lowercase UUID",
                         "the string " + shownText(portfolio.learnerId));
    }
    if (auto checked = checkWriter(portfolio.writer, where); !checked) {
        return checked.error();
    }
    if (portfolio.revisions.size() > kMaxRevisions) {
        return makePortfolioError(kErrTooMany,
                                  std::string(where) + ": " + std::to_string(portfolio.revisions.size()) +
                                      " revisions, more than the limit of " + std::to_string(kMaxRevisions));
    }
    // Only pay for a sorted copy when the caller's list is not canonical already.
    std::vector<core::Revision> sorted;
    const std::vector<core::Revision>* revisions = &portfolio.revisions;
    if (!isCanonical(portfolio.revisions)) {
        sorted = portfolio.revisions;
        revisions = &sorted;
    }
    if (auto normalized = revisions == &sorted ? normalize(sorted, where) : checkEntries(*revisions, where);
        !normalized) {
        return normalized.error();
    }
    std::size_t estimate = 512;
    for (std::size_t i = 0; i < revisions->size(); ++i) {
        const core::Revision& revision = (*revisions)[i];
        const std::string at = std::string(where) + ": /revisions/" + std::to_string(i);
        if (revision.learnerId != portfolio.learnerId) {
            return makePortfolioError(kErrWrongLearner, at + ": revision of learner '" + revision.learnerId +
                                                            "' in the portfolio of '" + portfolio.learnerId +
                                                            "'");
        }
        if (auto checked = checkRevision(revision, at); !checked) {
            return checked.error();
        }
        estimate += revision.entryId.size() + revision.kind.size() + revision.body.size() * 5 / 4 + 160;
    }

    std::string out;
    out.reserve(estimate);
    out += "{\n  \"format\": ";
    appendJsonString(out, kFormatName);
    out += ",\n  \"version\": " + std::to_string(kFormatVersion) + ",\n  \"learnerId\": ";
    appendJsonString(out, portfolio.learnerId);
    out += ",\n  \"writer\": {\"app\": ";
    appendJsonString(out, portfolio.writer.app);
    out += ", \"device\": ";
    appendJsonString(out, portfolio.writer.device);
    out += ", \"time\": ";
    appendJsonString(out, portfolio.writer.time);
    out += "},\n  \"revisions\": [";
    for (std::size_t i = 0; i < revisions->size(); ++i) {
        const core::Revision& revision = (*revisions)[i];
        out += i == 0 ? "\n    {\"entry\": " : ",\n    {\"entry\": ";
        appendJsonString(out, revision.entryId);
        out += ", \"kind\": ";
        appendJsonString(out, revision.kind);
        out += ", \"hlc\": ";
        appendJsonString(out, revision.hlc.toString());
        out += revision.deleted ? ", \"deleted\": true, \"body\": " : ", \"deleted\": false, \"body\": ";
        appendJsonString(out, revision.body);
        out += "}";
    }
    out += revisions->empty() ? "],\n  \"checksum\": " : "\n  ],\n  \"checksum\": ";
    appendJsonString(out, checksumOf(*revisions));
    out += "\n}\n";
    if (out.size() > kMaxFileBytes) {
        return makePortfolioError(kErrTooBig, std::string(where) + ": " + std::to_string(out.size()) +
                                                  " bytes, more than the limit of " +
                                                  std::to_string(kMaxFileBytes));
    }
    return out;
}

core::Result<Portfolio> decode(std::string_view bytes, std::string_view source) {
    if (bytes.size() > kMaxFileBytes) {
        return makePortfolioError(kErrTooBig, std::string(source) + ": " + std::to_string(bytes.size()) +
                                                  " bytes, more than the limit of " +
                                                  std::to_string(kMaxFileBytes));
    }
    if (const auto bad = firstInvalidUtf8(bytes)) {
        char shown[8];
        std::snprintf(shown, sizeof shown, "0x%02x",
                      static_cast<unsigned>(static_cast<unsigned char>(bytes[*bad])));
        return makePortfolioError(kErrUtf8, std::string(source) + ": byte " + std::to_string(*bad) + " (" +
                                                shown + ") is not valid UTF-8");
    }
    JsonLimits limits;
    limits.maxDepth = kMaxDepth;
    limits.maxStringBytes = kMaxStringBytes;
    limits.countedArray = "revisions";
    limits.maxCountedItems = kMaxRevisions;
    json root;
    auto shape = checkJson(bytes, limits, source, &root); // checks and builds in one pass
    if (!shape) {
        return shape.error();
    }
    if (!shape->rootIsObject) {
        return makePortfolioError(
            kErrUnknownFormat, std::string(source) + ": the file holds JSON, but not an object, so it is not "
                                                     "a Pathlight portfolio");
    }
    try {
        return decodeTree(root, source);
    } catch (const std::exception& e) {
        return makePortfolioError(kErrSyntax, std::string(source) + ": " + e.what());
    }
}

core::Status checkLearner(const Portfolio& portfolio, const std::string& expectedLearnerId,
                          std::string_view source) {
    if (expectedLearnerId.empty() || portfolio.learnerId == expectedLearnerId) {
        return {};
    }
    return makePortfolioError(kErrWrongLearner, std::string(source) + ": portfolio of learner " +
                                                    portfolio.learnerId + ", but the learner signed in is " +
                                                    expectedLearnerId);
}

std::string utcTimestamp(std::int64_t unixMs) {
    const std::time_t seconds = static_cast<std::time_t>(unixMs / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

//-----------------------------------------------------------------------------
// [SECTION] Summary
//-----------------------------------------------------------------------------

Summary summarize(const Portfolio& portfolio) {
    Summary summary;
    summary.revisions = portfolio.revisions.size();
    std::set<std::string> devices;
    for (const core::Revision& revision : portfolio.revisions) {
        devices.insert(revision.hlc.device);
        if (summary.firstMs == 0 || revision.hlc.wallMs < summary.firstMs) {
            summary.firstMs = revision.hlc.wallMs;
        }
        summary.lastMs = std::max(summary.lastMs, revision.hlc.wallMs);
    }
    summary.devices.assign(devices.begin(), devices.end());
    std::int64_t profileMs = -1;
    for (const core::Revision& head : currentHeads(portfolio.revisions)) {
        ++summary.entries;
        if (head.deleted) {
            ++summary.deletedEntries;
            continue;
        }
        ++summary.entriesByKind[head.kind];
        if (head.kind == core::kind::kProfile && head.hlc.wallMs > profileMs) {
            const json body = json::parse(head.body, nullptr, false);
            const auto nickname = body.is_object() ? body.find("nickname") : body.end();
            if (body.is_object() && nickname != body.end() && nickname->is_string()) {
                summary.nickname = nickname->get<std::string>();
                profileMs = head.hlc.wallMs;
            }
        }
    }
    return summary;
}

} // namespace pathlight::portfolio
