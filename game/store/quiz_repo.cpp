// Quiz attempts, answers and interest profiles as revisions (kinds quiz_attempt, quiz_answer,
// interest_profile). Owns the JSON body formats of those kinds; reading skips a malformed body
// instead of failing, because merged data may come from an older or damaged copy.
#include "store/quiz_repo.hpp"

#include "core/ids.hpp"
#include "core/revision.hpp"
#include "store/json_body.hpp"
#include "store/revision_repo.hpp"

#include <nlohmann/json.hpp>

#include <climits>
#include <cmath>

namespace pathlight::store {

namespace {

using detail::dumpBody;
using detail::intField;
using detail::parseObject;
using detail::stringField;
using nlohmann::json;

constexpr const char* kErrQuiz = "quiz.invalid";

// An attempt head without its answers; nullopt for a malformed body.
std::optional<QuizAttempt> readAttempt(const core::Revision& revision) {
    const json body = parseObject(revision.body);
    if (!body.is_object()) {
        return std::nullopt;
    }
    auto quiz = stringField(body, "quiz");
    auto position = intField(body, "position", 0, INT_MAX);
    const auto finished = body.find("finished");
    if (!quiz || !position || finished == body.end() || !finished->is_boolean()) {
        return std::nullopt;
    }
    QuizAttempt attempt;
    attempt.id = revision.entryId;
    attempt.quizId = std::move(*quiz);
    attempt.position = *position;
    attempt.finished = finished->get<bool>();
    return attempt;
}

std::optional<InterestProfile> readProfile(const core::Revision& revision) {
    const json body = parseObject(revision.body);
    if (!body.is_object()) {
        return std::nullopt;
    }
    InterestProfile profile;
    auto attempt = stringField(body, "attempt");
    auto code = stringField(body, "code");
    const auto scores = body.find("scores");
    const auto finishedMs = body.find("finished_ms");
    if (!attempt || !code || scores == body.end() || !scores->is_array() ||
        scores->size() != static_cast<std::size_t>(core::kAreaCount) || finishedMs == body.end() ||
        !finishedMs->is_number_integer()) {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < profile.scores.size(); ++i) {
        const json& score = (*scores)[i];
        if (!score.is_number()) {
            return std::nullopt;
        }
        profile.scores[i] = score.get<double>();
        if (!std::isfinite(profile.scores[i])) {
            return std::nullopt;
        }
    }
    profile.attemptId = std::move(*attempt);
    profile.code = std::move(*code);
    profile.finishedMs = finishedMs->get<std::int64_t>();
    return profile;
}

std::string answerEntryId(const std::string& attemptId, const std::string& itemId) {
    return attemptId + "/" + itemId;
}

core::Error quizError(std::string detail) {
    return core::makeError("Pathlight couldn't save that answer. Try again.", std::move(detail), kErrQuiz);
}

} // namespace

std::optional<QuizAttempt> QuizRepo::unfinishedAttempt(const std::string& learnerId,
                                                       const std::string& quizId) const {
    try {
        RevisionRepo revisions(m_db);
        const auto heads = revisions.heads(learnerId, core::kind::kQuizAttempt); // oldest first
        for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
            auto attempt = readAttempt(*it);
            if (!attempt || attempt->quizId != quizId) {
                continue;
            }
            // Only the newest attempt of this quiz counts: an older unfinished one (say, merged in
            // from another computer) is stale once a later attempt was finished.
            if (attempt->finished) {
                return std::nullopt;
            }
            for (const core::Revision& answer : revisions.headsWithPrefix(learnerId, core::kind::kQuizAnswer,
                                                                          answerEntryId(attempt->id, ""))) {
                const json body = parseObject(answer.body);
                if (!body.is_object() || stringField(body, "attempt") != attempt->id) {
                    continue;
                }
                auto item = stringField(body, "item");
                auto value = intField(body, "value", core::kAnswerMin, core::kAnswerMax);
                if (item && value && !item->empty()) {
                    attempt->answers[*item] = *value;
                }
            }
            return attempt;
        }
    } catch (const std::exception&) {
        // A body that defeats the checks above is treated like a missing attempt.
    }
    return std::nullopt;
}

core::Result<QuizAttempt> QuizRepo::openAttempt(const std::string& learnerId, const std::string& quizId) {
    if (auto resumed = unfinishedAttempt(learnerId, quizId)) {
        return std::move(*resumed);
    }
    if (learnerId.empty() || quizId.empty()) {
        return quizError("openAttempt needs a learner and a quiz id");
    }
    QuizAttempt attempt;
    attempt.id = core::newUuid();
    attempt.quizId = quizId;
    core::Revision revision{
        learnerId,           attempt.id, core::kind::kQuizAttempt,
        m_db.clock().tick(), false,      dumpBody({{"quiz", quizId}, {"position", 0}, {"finished", false}})};
    if (auto stored = RevisionRepo(m_db).append(revision); !stored) {
        return stored.error();
    }
    return attempt;
}

core::Status QuizRepo::recordAnswer(const std::string& learnerId, QuizAttempt& attempt,
                                    const std::string& itemId, int value, int nextPosition) {
    if (attempt.id.empty() || itemId.empty()) {
        return quizError("recordAnswer needs an attempt id and an item id");
    }
    if (value < core::kAnswerMin || value > core::kAnswerMax) {
        return quizError("answer " + std::to_string(value) + " for item '" + itemId + "' is outside 0..4");
    }
    if (nextPosition < 0) {
        return quizError("negative position " + std::to_string(nextPosition));
    }
    if (attempt.finished) {
        return quizError("attempt " + attempt.id + " is already finished");
    }
    const std::vector<core::Revision> revisions{
        {learnerId, answerEntryId(attempt.id, itemId), core::kind::kQuizAnswer, m_db.clock().tick(), false,
         dumpBody({{"attempt", attempt.id}, {"item", itemId}, {"value", value}})},
        {learnerId, attempt.id, core::kind::kQuizAttempt, m_db.clock().tick(), false,
         dumpBody({{"quiz", attempt.quizId}, {"position", nextPosition}, {"finished", false}})},
    };
    if (auto stored = RevisionRepo(m_db).append(revisions); !stored) {
        return stored;
    }
    attempt.answers[itemId] = value;
    attempt.position = nextPosition;
    return {};
}

core::Status QuizRepo::setPosition(const std::string& learnerId, QuizAttempt& attempt, int position) {
    if (attempt.id.empty() || position < 0) {
        return quizError("setPosition needs an attempt id and a position >= 0");
    }
    if (attempt.finished) {
        return quizError("attempt " + attempt.id + " is already finished");
    }
    core::Revision revision{
        learnerId,
        attempt.id,
        core::kind::kQuizAttempt,
        m_db.clock().tick(),
        false,
        dumpBody({{"quiz", attempt.quizId}, {"position", position}, {"finished", false}})};
    if (auto stored = RevisionRepo(m_db).append(revision); !stored) {
        return stored;
    }
    attempt.position = position;
    return {};
}

core::Status QuizRepo::finish(const std::string& learnerId, QuizAttempt& attempt,
                              const core::AreaScores& scores, const std::string& code) {
    if (attempt.finished) {
        return {}; // a second tap on "See my results" stores nothing new
    }
    if (attempt.id.empty()) {
        return quizError("finish needs an attempt id");
    }
    for (double score : scores) {
        if (!std::isfinite(score) || score < 0.0 || score > 100.0) {
            return quizError("interest score " + std::to_string(score) + " is outside 0..100");
        }
    }
    if (code.size() > static_cast<std::size_t>(core::kAreaCount) ||
        code.find_first_not_of("RIASEC") != std::string::npos) {
        return quizError("interest code '" + code + "' is not made of RIASEC letters");
    }
    const core::Hlc finishedAt = m_db.clock().tick();
    const std::vector<core::Revision> revisions{
        {learnerId, attempt.id, core::kind::kQuizAttempt, finishedAt, false,
         dumpBody({{"quiz", attempt.quizId}, {"position", attempt.position}, {"finished", true}})},
        {learnerId, core::newUuid(), core::kind::kInterestProfile, m_db.clock().tick(), false,
         dumpBody({{"attempt", attempt.id},
                   {"scores", json(std::vector<double>(scores.begin(), scores.end()))},
                   {"code", code},
                   {"finished_ms", finishedAt.wallMs}})},
    };
    if (auto stored = RevisionRepo(m_db).append(revisions); !stored) {
        return stored;
    }
    attempt.finished = true;
    return {};
}

std::optional<InterestProfile> QuizRepo::latestProfile(const std::string& learnerId) const {
    try {
        const auto heads = RevisionRepo(m_db).heads(learnerId, core::kind::kInterestProfile); // oldest first
        for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
            if (auto profile = readProfile(*it)) {
                return profile;
            }
        }
    } catch (const std::exception&) {
        // Treated like no profile yet; the learner can take the quiz again.
    }
    return std::nullopt;
}

} // namespace pathlight::store
