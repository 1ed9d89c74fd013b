// When to write a learner's portfolio back to the folder after changes: not after every tap, but at
// most once every few seconds, once the learner has paused, and never later than a bound while they
// keep going. Time is handed in (milliseconds from any steady clock), so tests need no sleeps.
#pragma once

#include <cstdint>

namespace pathlight::portfolio {

struct DebounceOptions {
    std::int64_t minIntervalMs = 5000; // at most one write per this interval
    std::int64_t quietMs = 1500;       // wait for a pause this long after the last change…
    std::int64_t maxDelayMs = 15000;   // …but never leave a change unwritten longer than this
};

class Debouncer {
  public:
    explicit Debouncer(DebounceOptions options = {}) : m_options(options) {}

    // Something changed at `nowMs`.
    void noteChanged(std::int64_t nowMs);
    // True when a write should happen now.
    bool due(std::int64_t nowMs) const;
    // A write finished (or was attempted) at `nowMs`. A failed write keeps the changes pending, so
    // it is tried again after the interval rather than on every frame.
    void markWritten(std::int64_t nowMs, bool succeeded);
    // Sign-out: whether anything is waiting, and forget it (the caller writes now).
    bool flush();

    bool pending() const { return m_pending; }
    // Forgets everything but the options (a new learner signed in).
    void reset() { *this = Debouncer(m_options); }

  private:
    DebounceOptions m_options;
    bool m_pending = false;
    bool m_everWritten = false;
    std::int64_t m_firstChangeMs = 0;
    std::int64_t m_lastChangeMs = 0;
    std::int64_t m_lastWriteMs = 0;
};

} // namespace pathlight::portfolio
