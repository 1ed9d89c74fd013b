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
inline constexpr const char* kSettings = "settings";              // the learner's own settings, one per learner
// Kinds of the games, journal and teacher features. Each names its body's fields where it is read
// and written (the repository in game/store/) and the portfolio's body checks bound every value.
inline constexpr const char* kGameResult = "game_result";         // one round: game id, level, score, stars, enjoyment, reflection
inline constexpr const char* kCareerView = "career_view";         // a career card opened: {"code": …} (explores its clusters)
inline constexpr const char* kProfileSnapshot = "profile_snapshot"; // a dated copy of the interest profile and code
inline constexpr const char* kRatherRound = "rather_round";       // "Which would you rather?" answers after flat quiz answers
inline constexpr const char* kJournalEntry = "journal_entry";     // text, mood, link, date
inline constexpr const char* kExperience = "experience";          // a real-world experience: what, when, cluster, reflection
inline constexpr const char* kGoal = "goal";                      // a plan goal with steps and a target
inline constexpr const char* kSavedReason = "saved_reason";       // "Why I saved it" for a saved career
inline constexpr const char* kBadge = "badge";                    // a badge earned: badge id, date
inline constexpr const char* kTeacherComment = "teacher_comment"; // a teacher's comment on one entry
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
