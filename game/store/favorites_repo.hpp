// A learner's saved careers (the heart on a career card). Each saved career is its own entry,
// "<learnerId>/favorite/<code>", so saving one career on two devices merges into a single entry, and
// taking the heart off writes a tombstone revision that wins over older saves.
#pragma once

#include "core/result.hpp"
#include "store/database.hpp"

#include <string>
#include <vector>

namespace pathlight::store {

class FavoritesRepo {
public:
    explicit FavoritesRepo(Database& db) : m_db(db) {}

    // O*NET-SOC codes of the learner's saved careers, the most recently saved first.
    std::vector<std::string> list(const std::string& learnerId) const;
    bool contains(const std::string& learnerId, const std::string& code) const;
    // Saves or un-saves one career, in one transaction. Doing what is already done writes nothing.
    core::Status set(const std::string& learnerId, const std::string& code, bool saved);

private:
    Database& m_db;
};

} // namespace pathlight::store
