// The portfolio layer's error codes and the one place that words them. Every refusal carries a
// message a 10-year-old can read, a precise detail for a teacher (file, byte offset or JSON path,
// expected vs found) and one of the codes below, which the UI maps to the string key "error.<code>".
// Pure C++: no SQLite, no UI.
#pragma once

#include "core/result.hpp"

#include <string>
#include <string_view>

namespace pathlight::portfolio {

// [SECTION] Codes (core::Error::code)
inline constexpr const char* kErrTruncated = "portfolio.truncated";          // cut off part way
inline constexpr const char* kErrSyntax = "portfolio.syntax";                // not well-formed JSON
inline constexpr const char* kErrChecksum = "portfolio.checksum";            // revisions changed or damaged
inline constexpr const char* kErrTooNew = "portfolio.too_new";               // a newer format version
inline constexpr const char* kErrUnknownFormat = "portfolio.unknown_format"; // not a portfolio at all
inline constexpr const char* kErrUtf8 = "portfolio.utf8";                    // invalid UTF-8 bytes
inline constexpr const char* kErrTypes = "portfolio.types";      // a field has the wrong type/value
inline constexpr const char* kErrTooBig = "portfolio.too_big";   // over 16 MB
inline constexpr const char* kErrTooDeep = "portfolio.too_deep"; // nesting over 32 levels
inline constexpr const char* kErrTooMany = "portfolio.too_many"; // over 200,000 revisions
inline constexpr const char* kErrStringTooLong = "portfolio.string_too_long"; // a string over 64 KB
inline constexpr const char* kErrWrongLearner = "portfolio.wrong_learner";    // someone else's portfolio
inline constexpr const char* kErrConflict = "portfolio.conflict";             // same entry+HLC, other body
inline constexpr const char* kErrNoProfile = "portfolio.no_profile";          // no name to show on sign-in
inline constexpr const char* kErrIo = "portfolio.io"; // writing failed (stick pulled, disk full)
inline constexpr const char* kErrUnreadable = "portfolio.unreadable"; // reading failed or file missing
inline constexpr const char* kErrBusy = "portfolio.busy";             // another Pathlight holds the lock
inline constexpr const char* kErrNoLearner = "portfolio.no_learner";  // no such learner on this device
inline constexpr const char* kErrGuest = "portfolio.guest";           // guests' work is never saved
inline constexpr const char* kErrPinNeeded = "portfolio.pin_needed";  // check the learner's PIN first

// The kid-readable message for a code ("" for an unknown code).
std::string_view messageFor(std::string_view code);

// An error with the standard message for `code` and the given precise detail.
core::Error makePortfolioError(const char* code, std::string detail);

// Two revisions of `entryId` with the same HLC but different contents: the message names the entry.
core::Error conflictError(const std::string& entryId, std::string detail);

} // namespace pathlight::portfolio
