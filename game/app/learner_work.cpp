// See learner_work.hpp.
#include "app/learner_work.hpp"

#include "app/session.hpp"
#include "store/favorites_repo.hpp"
#include "store/quiz_repo.hpp"
#include "store/self_check_repo.hpp"

namespace pathlight::app {

namespace {
core::Error nobody() {
    return core::makeError("Sign in first.", "nobody is signed in", kErrNobody);
}
} // namespace

// [SECTION] Quiz

core::Result<core::QuizAttempt> QuizWork::open(const std::string& quizId) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.openAttempt(m_session.learnerId(), quizId);
}

std::optional<core::QuizAttempt> QuizWork::unfinished(const std::string& quizId) const {
    if (!m_session.signedIn()) {
        return std::nullopt;
    }
    return m_repo.unfinishedAttempt(m_session.learnerId(), quizId);
}

core::Status QuizWork::answer(core::QuizAttempt& attempt, const std::string& itemId, int value, int nextPosition) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.recordAnswer(m_session.learnerId(), attempt, itemId, value, nextPosition);
}

core::Status QuizWork::setPosition(core::QuizAttempt& attempt, int position) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.setPosition(m_session.learnerId(), attempt, position);
}

core::Status QuizWork::finish(core::QuizAttempt& attempt, const core::AreaScores& scores, const std::string& code) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.finish(m_session.learnerId(), attempt, scores, code);
}

std::optional<core::InterestProfile> QuizWork::latestProfile() const {
    if (!m_session.signedIn()) {
        return std::nullopt;
    }
    return m_repo.latestProfile(m_session.learnerId());
}

// [SECTION] Self-checks

std::optional<core::SelfCheck> SelfCheckWork::current(core::SelfCheckKind kind) const {
    if (!m_session.signedIn()) {
        return std::nullopt;
    }
    return m_repo.current(m_session.learnerId(), kind);
}

std::optional<core::SelfCheck> SelfCheckWork::latestFinished(core::SelfCheckKind kind) const {
    if (!m_session.signedIn()) {
        return std::nullopt;
    }
    return m_repo.latestFinished(m_session.learnerId(), kind);
}

core::Result<core::SelfCheck> SelfCheckWork::start(core::SelfCheckKind kind, std::vector<std::string> groups,
                                                   std::vector<core::SelfCheckItem> items) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.start(m_session.learnerId(), kind, std::move(groups), std::move(items));
}

core::Status SelfCheckWork::answer(core::SelfCheck& check, int value) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.answer(m_session.learnerId(), check, value);
}

core::Status SelfCheckWork::takeBack(core::SelfCheck& check) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.takeBack(m_session.learnerId(), check);
}

core::Status SelfCheckWork::goBack(core::SelfCheck& check) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.goBack(m_session.learnerId(), check);
}

core::AboutMe SelfCheckWork::aboutMe() const {
    if (!m_session.signedIn()) {
        return {};
    }
    return m_repo.aboutMe(m_session.learnerId());
}

core::ValuesRanking rankValues(const core::SelfCheck& check) {
    return store::rankValues(check);
}

core::StrengthsSummary summarizeStrengths(const core::SelfCheck& check) {
    return store::summarizeStrengths(check);
}

// [SECTION] Saved careers

std::vector<std::string> FavoriteWork::list() const {
    if (!m_session.signedIn()) {
        return {};
    }
    return m_repo.list(m_session.learnerId());
}

bool FavoriteWork::contains(const std::string& code) const {
    return m_session.signedIn() && m_repo.contains(m_session.learnerId(), code);
}

core::Status FavoriteWork::set(const std::string& code, bool saved) {
    if (!m_session.signedIn()) {
        return nobody();
    }
    return m_repo.set(m_session.learnerId(), code, saved);
}

} // namespace pathlight::app
