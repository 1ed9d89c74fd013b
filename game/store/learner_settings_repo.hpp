// A learner's own settings (core/learner_settings.hpp) as one entry per learner,
// "<learnerId>/settings", kind "settings": every change is a revision, so settings travel in the
// portfolio file and merge like everything else (the newest change wins).
#pragma once

#include "core/learner_settings.hpp"
#include "core/revision.hpp"
#include "core/result.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>

namespace pathlight::store {

inline constexpr const char* kSettingsKind = core::kind::kSettings;

// The body of a settings revision: {"language":"es","text_size":150,"font":"","reduced_motion":false,
// "read_aloud":false}. Parsing refuses anything out of range (nullopt), so a hostile file can't set a
// text size of 10,000 % or a language code of a megabyte.
std::string settingsBody(const core::LearnerSettings& settings);
std::optional<core::LearnerSettings> parseSettingsBody(const std::string& body);

class LearnerSettingsRepo {
public:
    explicit LearnerSettingsRepo(Database& db) : m_db(db) {}

    // The learner's settings, or nullopt when they never changed one (or the newest is unreadable).
    std::optional<core::LearnerSettings> get(const std::string& learnerId) const;
    // Writes a new revision when `settings` differs from the current one.
    core::Status set(const std::string& learnerId, const core::LearnerSettings& settings);

    static std::string entryId(const std::string& learnerId) { return learnerId + "/settings"; }

private:
    Database& m_db;
};

} // namespace pathlight::store
