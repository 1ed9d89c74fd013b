// The signed-in learner's own work, for screens: the interest quiz, the two self-checks ("What
// matters to me", "My strengths") and saved careers. Every call acts on Session's learner and no
// one else — a screen can't name another learner's id — so one learner never sees another's data.
// With nobody signed in, reads are empty and writes are refused.
#pragma once

#include "core/quiz.hpp"
#include "core/result.hpp"
#include "core/self_check.hpp"
#include "core/strengths.hpp"
#include "core/work_values.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {
class QuizRepo;
class SelfCheckRepo;
class FavoritesRepo;
} // namespace pathlight::store

namespace pathlight::app {

class Session;

inline constexpr const char* kInterestQuiz = "interest";
inline constexpr const char* kErrNobody = "app.nobody_signed_in";

class QuizWork {
public:
    QuizWork(store::QuizRepo& repo, const Session& session) : m_repo(repo), m_session(session) {}

    // The unfinished attempt if there is one, else a new one (stored).
    core::Result<core::QuizAttempt> open(const std::string& quizId = kInterestQuiz);
    std::optional<core::QuizAttempt> unfinished(const std::string& quizId = kInterestQuiz) const;
    core::Status answer(core::QuizAttempt& attempt, const std::string& itemId, int value, int nextPosition);
    core::Status setPosition(core::QuizAttempt& attempt, int position);
    core::Status finish(core::QuizAttempt& attempt, const core::AreaScores& scores, const std::string& code);
    std::optional<core::InterestProfile> latestProfile() const;

private:
    store::QuizRepo& m_repo;
    const Session& m_session;
};

class SelfCheckWork {
public:
    SelfCheckWork(store::SelfCheckRepo& repo, const Session& session) : m_repo(repo), m_session(session) {}

    std::optional<core::SelfCheck> current(core::SelfCheckKind kind) const;
    std::optional<core::SelfCheck> latestFinished(core::SelfCheckKind kind) const;
    core::Result<core::SelfCheck> start(core::SelfCheckKind kind, std::vector<std::string> groups,
                                        std::vector<core::SelfCheckItem> items);
    core::Status answer(core::SelfCheck& check, int value);
    core::Status takeBack(core::SelfCheck& check);
    core::Status goBack(core::SelfCheck& check);
    core::AboutMe aboutMe() const;

private:
    store::SelfCheckRepo& m_repo;
    const Session& m_session;
};

// The ranking of a values round and the summary of a strengths round (indexes into check.groups).
core::ValuesRanking rankValues(const core::SelfCheck& check);
core::StrengthsSummary summarizeStrengths(const core::SelfCheck& check);

class FavoriteWork {
public:
    FavoriteWork(store::FavoritesRepo& repo, const Session& session) : m_repo(repo), m_session(session) {}

    std::vector<std::string> list() const; // O*NET-SOC codes, most recently saved first
    bool contains(const std::string& code) const;
    core::Status set(const std::string& code, bool saved);

private:
    store::FavoritesRepo& m_repo;
    const Session& m_session;
};

} // namespace pathlight::app
