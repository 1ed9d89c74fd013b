// The learners of this device as the sign-in screen and a grown-up see them: names and pictures to
// pick from, and the grown-up's tools (reset a PIN, remove a learner), which check the gate here.
#pragma once

#include "core/learner.hpp"
#include "core/result.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {
class LearnerRepo;
class LockoutRepo;
} // namespace pathlight::store

namespace pathlight::app {

class GrownUpGate;
class Session;

class Learners {
public:
    Learners(store::LearnerRepo& repo, store::LockoutRepo& lockouts, const GrownUpGate& gate, Session& session);

    // Everyone who can sign in here (no guests), by nickname.
    std::vector<core::Learner> list() const;
    // One learner's name and picture (the PIN pad shows whose pad it is).
    std::optional<core::Learner> find(const std::string& id) const;

    // Grown-up only: a new 4-digit PIN ("" = none) and the wrong-try count cleared.
    core::Status resetPin(const std::string& id, const std::string& pin);
    // Grown-up only: every revision of the learner goes. Signs them out first if they are signed in.
    core::Status remove(const std::string& id);

private:
    store::LearnerRepo& m_repo;
    store::LockoutRepo& m_lockouts;
    const GrownUpGate& m_gate;
    Session& m_session;
};

} // namespace pathlight::app
