// A quiz attempt and the interest profile a finished attempt leaves: plain data shared by the store
// (which keeps them as revisions) and the app (which hands them to screens).
#pragma once

#include "core/riasec.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace pathlight::core {

struct QuizAttempt {
    std::string id;        // entry id of the attempt (UUID)
    std::string quizId;    // "interest"
    std::map<std::string, int> answers; // item id -> 0..4
    int position = 0;      // index of the item to show next
    bool finished = false;
};

struct InterestProfile {
    AreaScores scores{}; // 0–100
    std::string code;    // "SIA"
    std::string attemptId;
    std::int64_t finishedMs = 0;
};

} // namespace pathlight::core
