// Session: who is at the screen right now — nobody, a learner, a guest — and the language, text
// size and reading font they see. It is the only way to sign in or out: a learner with a PIN gets
// in only after Session::checkPin said the PIN was right on this device, and wrong tries are
// counted in the store, so the pad's rest survives Back, another screen and a restart.
//
// A learner's settings travel in their portfolio (a "settings" revision). Signing out puts the
// language and text size back to the device's defaults, so the next child never inherits them.
// Before anyone signs in (the Welcome screen) a change of language is only for this session; once
// someone signs in (or joins), the language they were reading in becomes theirs if they had none.
#pragma once

#include "app/clock.hpp"
#include "app/grown_up_gate.hpp"
#include "app/portfolio_link.hpp"
#include "content/strings.hpp"
#include "core/learner.hpp"
#include "core/learner_settings.hpp"
#include "core/result.hpp"

#include <optional>
#include <string>

namespace pathlight::store {
class LearnerRepo;
class LockoutRepo;
class LearnerSettingsRepo;
} // namespace pathlight::store

namespace pathlight::app {

class DeviceSettings;

enum class Role { Nobody, Learner, Guest };

// Error code when a learner with a PIN is signed in without a right PIN first.
inline constexpr const char* kErrPinFirst = "app.pin_first";
inline constexpr const char* kErrUnknownLearner = "app.unknown_learner";

class Session {
public:
    Session(store::LearnerRepo& learners, store::LockoutRepo& lockouts, store::LearnerSettingsRepo& settings,
            const DeviceSettings& device, const content::Strings& strings, PortfolioLink& portfolio,
            WallClock clock);

    Role role() const;
    bool signedIn() const { return m_learner.has_value(); }
    const std::optional<core::Learner>& learner() const { return m_learner; }
    // "" when nobody is signed in.
    const std::string& learnerId() const;

    // What the person at the screen reads and how big.
    content::Lang lang() const { return m_lang; }
    content::Text text() const { return content::Text(m_strings, m_lang); }
    const core::LearnerSettings& settings() const { return m_settings; }
    int textSize() const; // percent
    const content::Strings& strings() const { return m_strings; }

    // Changes for this session; for a signed-in learner they are saved and travel with them.
    core::Status setLanguage(content::Lang lang);
    core::Status setTextSize(int percent);
    core::Status setFont(const std::string& font);
    core::Status setReducedMotion(bool on);
    // The signed-in learner's own PIN: 4 digits, or "" for none. They proved who they are at sign-in.
    core::Status setOwnPin(const std::string& pin);
    // Back to the device's defaults (nobody signed in: e.g. a grown-up changed them).
    void applyDeviceDefaults();

    // [SECTION] Signing in and out
    // A learner without a PIN, or one whose PIN was just checked right (checkPin). kErrPinFirst otherwise.
    core::Result<SyncNews> signIn(const std::string& learnerId);
    // Checks a learner's PIN on this device, counting wrong tries in the store. A right PIN lets the
    // next signIn() of this learner through (also after "Bring my portfolio" imports their file).
    SecretTry checkPin(const std::string& learnerId, const std::string& pin);
    // Rest left before the learner's pad takes a try (0 = none).
    std::int64_t pinRestMs(const std::string& learnerId) const;
    // "I'm new": creates the learner (checked by the store) and signs them in.
    core::Result<SyncNews> join(const core::NewLearner& learner);
    // "Just visiting": a guest whose rows are wiped at sign-out.
    core::Result<SyncNews> startGuest(const std::string& nickname);
    // Pushes the learner's work to the class folder, wipes a guest, forgets the PIN proof and goes
    // back to the device's defaults.
    SyncNews signOut();
    // The learner's row changed (a merge renamed them): read it again.
    void refreshLearner();

private:
    core::Result<SyncNews> complete(const std::string& learnerId);
    core::Status saveSettings();

    store::LearnerRepo& m_learners;
    store::LockoutRepo& m_lockouts;
    store::LearnerSettingsRepo& m_settingsRepo;
    const DeviceSettings& m_device;
    const content::Strings& m_strings;
    PortfolioLink& m_portfolio;
    WallClock m_clock;

    std::optional<core::Learner> m_learner;
    std::string m_pinProvenFor; // the learner whose PIN was last typed right, until a sign-in uses it
    core::LearnerSettings m_settings;
    content::Lang m_lang;
};

} // namespace pathlight::app
