// Quiz attempts, answers and interest profiles, all stored as revisions so they merge.
// Every answer is written at once (one transaction: the answer entry + the attempt's new position),
// so a quit or a crash resumes at the same item with nothing lost.
#pragma once

#include "core/quiz.hpp"
#include "core/result.hpp"
#include "core/riasec.hpp"
#include "store/database.hpp"

#include <map>
#include <optional>
#include <string>

namespace pathlight::store {

// The data types live in core (core/quiz.hpp) so the app can hand them to screens.
using core::InterestProfile;
using core::QuizAttempt;

class QuizRepo {
public:
    explicit QuizRepo(Database& db) : m_db(db) {}

    // The learner's unfinished attempt of this quiz if there is one, else a new attempt (stored).
    core::Result<QuizAttempt> openAttempt(const std::string& learnerId, const std::string& quizId);
    std::optional<QuizAttempt> unfinishedAttempt(const std::string& learnerId, const std::string& quizId) const;
    // Stores one answer and the next position in one transaction; updates `attempt` on success.
    core::Status recordAnswer(const std::string& learnerId, QuizAttempt& attempt, const std::string& itemId,
                              int value, int nextPosition);
    // Moves back/forward without answering (the Back button).
    core::Status setPosition(const std::string& learnerId, QuizAttempt& attempt, int position);
    // Marks the attempt finished and stores the interest profile, in one transaction.
    core::Status finish(const std::string& learnerId, QuizAttempt& attempt, const core::AreaScores& scores,
                        const std::string& code);
    std::optional<InterestProfile> latestProfile(const std::string& learnerId) const;

private:
    Database& m_db;
};

} // namespace pathlight::store
