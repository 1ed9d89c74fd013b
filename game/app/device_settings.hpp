// The settings of this computer, apart from any learner's: the class (portfolio) folder and the
// language and text size a new session starts in. Anyone may read them (the Welcome screen needs the
// default language); only a grown-up past the gate may change them, and that check is here, not in a
// screen. `--portfolio-dir`, `--lang` and `--scale` on the command line override them for one run.
#pragma once

#include "core/result.hpp"

#include <filesystem>
#include <string>

namespace pathlight::store {
class Database;
}

namespace pathlight::app {

class GrownUpGate;

// Error code of a change refused because the gate is closed.
inline constexpr const char* kErrGrownUpNeeded = "app.grown_up_needed";

class DeviceSettings {
public:
    // What the command line says for this run, over the stored settings.
    struct Overrides {
        std::filesystem::path folder;
        std::string language;
        int textSize = 0;
    };
    DeviceSettings(store::Database& db, const GrownUpGate& gate, Overrides overrides);

    std::filesystem::path portfolioFolder() const;
    bool folderOverridden() const { return !m_overrides.folder.empty(); }
    std::string defaultLanguage() const; // "en" when never set
    int defaultTextSize() const;         // percent, 100 when never set

    core::Status setPortfolioFolder(const std::filesystem::path& folder);
    core::Status setDefaultLanguage(const std::string& code);
    core::Status setDefaultTextSize(int percent);

private:
    core::Status requireGrownUp() const;

    store::Database& m_db;
    const GrownUpGate& m_gate;
    Overrides m_overrides;
};

core::Error grownUpNeeded(const std::string& what);

} // namespace pathlight::app
