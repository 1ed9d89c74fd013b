// The portable portfolio file (DESIGN.md §5, docs/portfolio-format.md): one learner's revisions as
// UTF-8 JSON with a SHA-256 checksum over their canonical serialization. Owns encoding, decoding and
// verifying; every limit below is checked before a JSON tree is built from the bytes.
// Pure C++ (nlohmann-json + libsodium): no SQLite, no files, no UI — the fuzzer links exactly this.
#pragma once

#include "core/result.hpp"
#include "core/revision.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::portfolio {

inline constexpr std::string_view kFormatName = "pathlight-portfolio";
inline constexpr int kFormatVersion = 1;
inline constexpr std::string_view kExtension = ".pathlight";

// [SECTION] Limits: a file past any of these is refused before it is parsed into a tree.
inline constexpr std::size_t kMaxFileBytes = 16u * 1024 * 1024;
inline constexpr std::size_t kMaxDepth = 32; // JSON nesting, in the file and in each body
inline constexpr std::size_t kMaxRevisions = 200000;
inline constexpr std::size_t kMaxStringBytes = 64u * 1024;
inline constexpr std::size_t kMaxEntryIdBytes = 256;
inline constexpr std::size_t kMaxKindBytes = 64;
inline constexpr std::size_t kMaxWriterFieldBytes = 256;

// Who wrote the file last. Informational: it is not covered by the checksum and never merged.
struct Writer {
    std::string app;    // "pathlight 0.1.0"
    std::string device; // the writing device's id
    std::string time;   // RFC 3339 UTC, "2024-11-24T10:00:00Z"
};

struct Portfolio {
    std::string learnerId; // UUID
    Writer writer;
    // Canonical order (entry, HLC), no duplicates; every revision's learnerId equals learnerId.
    std::vector<core::Revision> revisions;
};

// Serializes `portfolio` (its revisions must be canonical: see merge.hpp normalize()). Refuses,
// with the same codes as decode(), anything decode() would refuse, so Pathlight never writes a
// file it could not read back.
core::Result<std::string> encode(const Portfolio& portfolio);

// Parses and verifies a file's bytes: size, UTF-8, JSON well-formedness, nesting, string lengths,
// format name and version, field types, revision count, every revision, and the checksum.
// `source` names the file in error details. Returned revisions are canonical.
core::Result<Portfolio> decode(std::string_view bytes, std::string_view source = "portfolio");

// "sha256:<64 lowercase hex>" over the canonical serialization of `canonical` (docs §4).
std::string checksumOf(const std::vector<core::Revision>& canonical);
// The canonical serialization itself, exposed for tests and for the format documentation.
std::string canonicalBytes(const std::vector<core::Revision>& canonical);

// Refuses a portfolio of another learner than `expectedLearnerId` (portfolio.wrong_learner).
// An empty expectation accepts any learner.
core::Status checkLearner(const Portfolio& portfolio, const std::string& expectedLearnerId,
                          std::string_view source);

// Checks one revision as decode() and encode() do (ids, kind, body is a JSON object within limits).
core::Status checkRevision(const core::Revision& revision, std::string_view where);

// RFC 3339 UTC time with seconds, for Writer::time.
std::string utcTimestamp(std::int64_t unixMs);

// What a teacher or the tool's `inspect` wants to know about a portfolio.
struct Summary {
    std::string nickname; // from the current profile revision ("" if none)
    std::size_t revisions = 0;
    std::size_t entries = 0;
    std::size_t deletedEntries = 0;                   // entries whose current revision is a tombstone
    std::map<std::string, std::size_t> entriesByKind; // live entries only
    std::int64_t firstMs = 0;                         // oldest and newest revision wall-clock times
    std::int64_t lastMs = 0;
    std::vector<std::string> devices; // devices that wrote revisions, sorted
};
Summary summarize(const Portfolio& portfolio);

} // namespace pathlight::portfolio
