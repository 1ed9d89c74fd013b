// See device_settings.hpp.
#include "app/device_settings.hpp"

#include "app/grown_up_gate.hpp"
#include "core/learner_settings.hpp"
#include "store/database.hpp"

namespace pathlight::app {

namespace {
constexpr const char* kFolderKey = "portfolio_dir";
constexpr const char* kLanguageKey = "language";
constexpr const char* kTextSizeKey = "text_size";
} // namespace

core::Error grownUpNeeded(const std::string& what) {
    return core::makeError("A grown-up needs to unlock this first.", what + " needs the grown-up gate open",
                           kErrGrownUpNeeded);
}

DeviceSettings::DeviceSettings(store::Database& db, const GrownUpGate& gate, Overrides overrides)
    : m_db(db), m_gate(gate), m_overrides(std::move(overrides)) {}

std::filesystem::path DeviceSettings::portfolioFolder() const {
    return m_overrides.folder.empty() ? std::filesystem::path(m_db.setting(kFolderKey)) : m_overrides.folder;
}

std::string DeviceSettings::defaultLanguage() const {
    return m_overrides.language.empty() ? m_db.setting(kLanguageKey, "en") : m_overrides.language;
}

int DeviceSettings::defaultTextSize() const {
    if (m_overrides.textSize >= 100 && m_overrides.textSize <= 200) {
        return m_overrides.textSize;
    }
    const std::string text = m_db.setting(kTextSizeKey, "100");
    int percent = 100;
    try {
        percent = std::stoi(text);
    } catch (...) {
        percent = 100;
    }
    return core::isTextSize(percent) ? percent : 100;
}

core::Status DeviceSettings::requireGrownUp() const {
    return m_gate.isOpen() ? core::Status{} : core::Status(grownUpNeeded("changing this computer's settings"));
}

core::Status DeviceSettings::setPortfolioFolder(const std::filesystem::path& folder) {
    if (auto ok = requireGrownUp(); !ok) {
        return ok;
    }
    return m_db.setSetting(kFolderKey, folder.string());
}

core::Status DeviceSettings::setDefaultLanguage(const std::string& code) {
    if (auto ok = requireGrownUp(); !ok) {
        return ok;
    }
    return m_db.setSetting(kLanguageKey, code);
}

core::Status DeviceSettings::setDefaultTextSize(int percent) {
    if (auto ok = requireGrownUp(); !ok) {
        return ok;
    }
    if (!core::isTextSize(percent)) {
        return core::makeError("Pick one of the text sizes.", "text size " + std::to_string(percent));
    }
    return m_db.setSetting(kTextSizeKey, std::to_string(percent));
}

} // namespace pathlight::app
