// The debounce rule of portfolio writes; see debouncer.hpp. Pure arithmetic on handed-in times.
#include "portfolio/debouncer.hpp"

namespace pathlight::portfolio {

void Debouncer::noteChanged(std::int64_t nowMs) {
    if (!m_pending) {
        m_pending = true;
        m_firstChangeMs = nowMs;
    }
    m_lastChangeMs = nowMs;
}

bool Debouncer::due(std::int64_t nowMs) const {
    if (!m_pending) {
        return false;
    }
    if (m_everWritten && nowMs - m_lastWriteMs < m_options.minIntervalMs) {
        return false;
    }
    return nowMs - m_lastChangeMs >= m_options.quietMs || nowMs - m_firstChangeMs >= m_options.maxDelayMs;
}

void Debouncer::markWritten(std::int64_t nowMs, bool succeeded) {
    m_everWritten = true;
    m_lastWriteMs = nowMs;
    if (succeeded) {
        m_pending = false;
    }
}

bool Debouncer::flush() {
    const bool was = m_pending;
    m_pending = false;
    return was;
}

} // namespace pathlight::portfolio
