// See learners.hpp.
#include "app/learners.hpp"

#include "app/device_settings.hpp"
#include "app/grown_up_gate.hpp"
#include "app/session.hpp"
#include "store/learner_repo.hpp"
#include "store/lockout_repo.hpp"

namespace pathlight::app {

Learners::Learners(store::LearnerRepo& repo, store::LockoutRepo& lockouts, const GrownUpGate& gate,
                   Session& session)
    : m_repo(repo), m_lockouts(lockouts), m_gate(gate), m_session(session) {}

std::vector<core::Learner> Learners::list() const {
    return m_repo.list();
}

std::optional<core::Learner> Learners::find(const std::string& id) const {
    return m_repo.find(id);
}

core::Status Learners::resetPin(const std::string& id, const std::string& pin) {
    if (!m_gate.isOpen()) {
        return grownUpNeeded("resetting a learner's PIN");
    }
    if (auto set = m_repo.setPin(id, pin); !set) {
        return set;
    }
    return m_lockouts.clear(store::LockoutRepo::learnerSubject(id));
}

core::Status Learners::remove(const std::string& id) {
    if (!m_gate.isOpen()) {
        return grownUpNeeded("removing a learner");
    }
    if (m_session.learnerId() == id) {
        m_session.signOut();
    }
    if (auto removed = m_repo.remove(id); !removed) {
        return removed;
    }
    return m_lockouts.clear(store::LockoutRepo::learnerSubject(id));
}

} // namespace pathlight::app
