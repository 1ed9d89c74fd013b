// The two self-checks of "About me": the work values card sort ("What matters to me") and the
// durable skills self-check ("My strengths"). Each is one entry per learner — "<learnerId>/values"
// (kind values_sort) and "<learnerId>/strengths" (kind strengths_check) — and every placement or
// rating writes a new revision of it in one transaction, so a quit or a crash resumes exactly where
// the student was. "Start over" writes a revision with a new round; the finished round before it
// stays in the entry's history, so results are never lost while a new round is under way.
//
// A round's body holds everything needed to read it without the content files: the value (or
// skill) ids in file order, the cards in the order shown with the value each counts for, and the
// answers. Reading skips a malformed body instead of failing.
#pragma once

#include "core/result.hpp"
#include "core/self_check.hpp"
#include "core/strengths.hpp"
#include "core/work_values.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {

// The data types live in core (core/self_check.hpp) so the app can hand them to screens.
using core::AboutMe;
using core::SelfCheck;
using core::SelfCheckItem;
using core::SelfCheckKind;

class SelfCheckRepo {
public:
    explicit SelfCheckRepo(Database& db) : m_db(db) {}

    // The newest round, finished or not; nullopt before the first one.
    std::optional<SelfCheck> current(const std::string& learnerId, SelfCheckKind kind) const;
    // The newest finished round (older than current() while a new round is under way).
    std::optional<SelfCheck> latestFinished(const std::string& learnerId, SelfCheckKind kind) const;

    // Starts a new round with `items` in the order they will be shown (the first time, or "start
    // over"). Ids must be unique and groups valid.
    core::Result<SelfCheck> start(const std::string& learnerId, SelfCheckKind kind,
                                  std::vector<std::string> groups, std::vector<SelfCheckItem> items);
    // Answers the item shown now and moves on to the next one. Updates `check` on success.
    core::Status answer(const std::string& learnerId, SelfCheck& check, int value);
    // Undo for the card sort: the last card placed goes back on top of the deck, out of its pile.
    core::Status takeBack(const std::string& learnerId, SelfCheck& check);
    // Back for the strengths check: shows the previous skill; its rating is kept.
    core::Status goBack(const std::string& learnerId, SelfCheck& check);

    AboutMe aboutMe(const std::string& learnerId) const;

private:
    // One item back; `forget` also drops that item's answer.
    core::Status back(const std::string& learnerId, SelfCheck& check, bool forget);
    core::Status save(const std::string& learnerId, const SelfCheck& next);

    Database& m_db;
};

// The ranking of a values round (core/work_values.hpp); value indexes point into `check.groups`.
core::ValuesRanking rankValues(const SelfCheck& check);
// The summary of a strengths round (core/strengths.hpp); skill indexes point into `check.groups`.
core::StrengthsSummary summarizeStrengths(const SelfCheck& check);

} // namespace pathlight::store
