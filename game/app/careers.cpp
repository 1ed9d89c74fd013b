// See careers.hpp.
#include "app/careers.hpp"

namespace pathlight::app {

Careers::~Careers() {
    waitForWarmUp();
}

void Careers::build() {
    std::call_once(m_once, [this] {
        m_matcher = std::make_unique<core::Matcher>(m_catalog.matchProfiles());
        m_explorer = std::make_unique<content::CareerExplorer>(m_catalog);
    });
}

void Careers::warmUp() {
    std::lock_guard lock(m_join);
    if (!m_warmUp.joinable() && !m_matcher) {
        m_warmUp = std::thread([this] { build(); });
    }
}

void Careers::waitForWarmUp() {
    std::lock_guard lock(m_join);
    if (m_warmUp.joinable()) {
        m_warmUp.join();
    }
}

const core::Matcher& Careers::matcher() {
    waitForWarmUp();
    build();
    return *m_matcher;
}

const content::CareerExplorer& Careers::explorer() {
    waitForWarmUp();
    build();
    return *m_explorer;
}

} // namespace pathlight::app
