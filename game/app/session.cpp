// See session.hpp.
#include "app/session.hpp"

#include "app/device_settings.hpp"
#include "core/lockout.hpp"
#include "store/learner_repo.hpp"
#include "store/learner_settings_repo.hpp"
#include "store/lockout_repo.hpp"

#include <algorithm>

namespace pathlight::app {

Session::Session(store::LearnerRepo& learners, store::LockoutRepo& lockouts, store::LearnerSettingsRepo& settings,
                 const DeviceSettings& device, const content::Strings& strings, PortfolioLink& portfolio,
                 WallClock clock)
    : m_learners(learners), m_lockouts(lockouts), m_settingsRepo(settings), m_device(device), m_strings(strings),
      m_portfolio(portfolio), m_clock(std::move(clock)) {
    applyDeviceDefaults();
}

Role Session::role() const {
    if (!m_learner) {
        return Role::Nobody;
    }
    return m_learner->guest ? Role::Guest : Role::Learner;
}

const std::string& Session::learnerId() const {
    static const std::string kNobody;
    return m_learner ? m_learner->id : kNobody;
}

int Session::textSize() const {
    return m_settings.textSize != 0 ? m_settings.textSize : m_device.defaultTextSize();
}

void Session::applyDeviceDefaults() {
    m_settings = {};
    m_lang = m_strings.find(m_device.defaultLanguage()).value_or(content::Lang::english());
}

core::Status Session::saveSettings() {
    if (!m_learner) {
        return {};
    }
    return m_settingsRepo.set(m_learner->id, m_settings);
}

core::Status Session::setLanguage(content::Lang lang) {
    m_lang = lang;
    m_settings.language = std::string(m_strings.code(lang));
    return saveSettings();
}

core::Status Session::setTextSize(int percent) {
    if (!core::isTextSize(percent)) {
        return core::makeError("Pick one of the text sizes.", "text size " + std::to_string(percent));
    }
    m_settings.textSize = percent;
    return saveSettings();
}

core::Status Session::setFont(const std::string& font) {
    m_settings.font = font;
    return saveSettings();
}

core::Status Session::setReducedMotion(bool on) {
    m_settings.reducedMotion = on;
    return saveSettings();
}

core::Status Session::setOwnPin(const std::string& pin) {
    if (!m_learner || m_learner->guest) {
        return core::makeError("Sign in first.", "no learner to set a PIN for", "app.nobody_signed_in");
    }
    if (auto set = m_learners.setPin(m_learner->id, pin); !set) {
        return set;
    }
    refreshLearner();
    return {};
}

SecretTry Session::checkPin(const std::string& learnerId, const std::string& pin) {
    SecretTry result;
    const std::string subject = store::LockoutRepo::learnerSubject(learnerId);
    if (const std::int64_t rest = pinRestMs(learnerId); rest > 0) {
        result.outcome = SecretTry::Outcome::Resting;
        result.restMs = rest;
        return result;
    }
    if (m_learners.find(learnerId) && m_learners.checkPin(learnerId, pin)) {
        (void)m_lockouts.clear(subject);
        m_pinProvenFor = learnerId;
        result.outcome = SecretTry::Outcome::Right;
        return result;
    }
    const std::int64_t now = m_clock();
    const auto state = m_lockouts.recordFailure(subject, now);
    if (state && state->untilMs > now) {
        result.outcome = SecretTry::Outcome::Resting;
        result.restMs = state->untilMs - now;
    } else {
        result.triesBeforeRest = std::max(0, core::kFreeTries - (state ? state->failures : core::kFreeTries));
    }
    return result;
}

std::int64_t Session::pinRestMs(const std::string& learnerId) const {
    const store::LockoutState state = m_lockouts.get(store::LockoutRepo::learnerSubject(learnerId));
    return std::max<std::int64_t>(0, state.untilMs - m_clock());
}

core::Result<SyncNews> Session::signIn(const std::string& learnerId) {
    const std::optional<core::Learner> learner = m_learners.find(learnerId);
    if (!learner) {
        return core::makeError("Pathlight can't find you on this computer.", "no learner " + learnerId,
                               kErrUnknownLearner);
    }
    if (learner->hasPin && m_pinProvenFor != learnerId) {
        return core::makeError("Type your PIN first.", "sign-in of a learner with a PIN without a right PIN",
                               kErrPinFirst);
    }
    return complete(learnerId);
}

core::Result<SyncNews> Session::complete(const std::string& learnerId) {
    if (m_learner) {
        signOut();
    }
    const content::Lang chosen = m_lang; // what they were reading in before signing in
    m_pinProvenFor.clear();
    m_learner = m_learners.find(learnerId);
    if (!m_learner) {
        return core::makeError("Pathlight can't find you on this computer.", "no learner " + learnerId,
                               kErrUnknownLearner);
    }
    // Their work from the class folder (another kiosk, the classroom PC) comes in first: it may
    // bring settings and a new nickname.
    SyncNews news = m_portfolio.signedIn(*m_learner);
    m_learner = m_learners.find(learnerId);
    if (!m_learner) {
        return core::makeError("Pathlight can't find you on this computer.", "no learner " + learnerId,
                               kErrUnknownLearner);
    }
    if (const auto saved = m_settingsRepo.get(learnerId)) {
        m_settings = *saved;
        m_lang = m_strings.find(m_settings.language).value_or(chosen);
    } else {
        m_settings = {};
        m_lang = chosen;
        m_settings.language = std::string(m_strings.code(chosen));
        (void)saveSettings();
    }
    return news;
}

core::Result<SyncNews> Session::join(const core::NewLearner& learner) {
    auto created = m_learners.create(learner);
    if (!created) {
        return created.error();
    }
    return complete(created->id);
}

core::Result<SyncNews> Session::startGuest(const std::string& nickname) {
    core::NewLearner guest;
    guest.nickname = nickname;
    guest.guest = true;
    auto created = m_learners.create(guest);
    if (!created) {
        return created.error();
    }
    return complete(created->id);
}

SyncNews Session::signOut() {
    SyncNews news;
    if (m_learner) {
        news = m_portfolio.signedOut();
        if (m_learner->guest) {
            (void)m_learners.remove(m_learner->id); // a guest left behind is removed at the next start too
        }
    }
    m_learner.reset();
    m_pinProvenFor.clear();
    applyDeviceDefaults();
    return news;
}

void Session::refreshLearner() {
    if (m_learner) {
        if (auto fresh = m_learners.find(m_learner->id)) {
            m_learner = std::move(fresh);
        }
    }
}

} // namespace pathlight::app
