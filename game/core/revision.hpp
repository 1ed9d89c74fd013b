// The revisions/entries data model (DESIGN.md §4). An entry's current value is its revision with
// the highest HLC; a deletion is a tombstone revision.
#pragma once

#include "core/hlc.hpp"

#include <string>

namespace pathlight::core {

// Entry kinds used so far. Stored as text so older builds keep unknown kinds intact.
namespace kind {
inline constexpr const char* kProfile = "profile";           // nickname, grade, avatar
inline constexpr const char* kQuizAttempt = "quiz_attempt";  // quiz id, position, finished
inline constexpr const char* kQuizAnswer = "quiz_answer";    // attempt id, item id, value
inline constexpr const char* kInterestProfile = "interest_profile"; // scores + code of a finished quiz
inline constexpr const char* kFavoriteCareer = "favorite_career";   // a saved career: {"code": "29-1141.00"}
inline constexpr const char* kValuesSort = "values_sort";         // the values card sort, one per learner
inline constexpr const char* kStrengthsCheck = "strengths_check"; // the strengths check, one per learner
} // namespace kind

struct Revision {
    std::string learnerId;
    std::string entryId;
    std::string kind;
    Hlc hlc;
    bool deleted = false;
    std::string body; // JSON object text; "{}" for tombstones
};

} // namespace pathlight::core
