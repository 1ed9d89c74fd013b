// Hybrid logical clock: max(wall clock, last issued) with a counter for same-millisecond events.
#include "core/hlc.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace pathlight::core {

std::int64_t systemNowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string Hlc::toString() const {
    char head[40];
    std::snprintf(head, sizeof head, "%015lld-%08x-", static_cast<long long>(wallMs), counter);
    return head + device;
}

std::optional<Hlc> Hlc::parse(std::string_view text) {
    // 15 decimal digits, '-', 8 hex digits, '-', device id (1–64 chars of [0-9a-z]).
    if (text.size() < 26 || text.size() > 25 + 64 || text[15] != '-' || text[24] != '-') {
        return std::nullopt;
    }
    Hlc hlc;
    const char* begin = text.data();
    for (int i = 0; i < 15; ++i) {
        if (begin[i] < '0' || begin[i] > '9') {
            return std::nullopt;
        }
    }
    if (std::from_chars(begin, begin + 15, hlc.wallMs).ec != std::errc{}) {
        return std::nullopt;
    }
    for (int i = 16; i < 24; ++i) {
        const char c = begin[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return std::nullopt;
        }
    }
    if (std::from_chars(begin + 16, begin + 24, hlc.counter, 16).ec != std::errc{}) {
        return std::nullopt;
    }
    hlc.device = std::string(text.substr(25));
    for (char c : hlc.device) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-')) {
            return std::nullopt;
        }
    }
    return hlc;
}

HlcClock::HlcClock(std::string device, NowFn now) : m_device(std::move(device)), m_now(std::move(now)) {
    if (!m_now) {
        m_now = systemNowMs;
    }
}

Hlc HlcClock::tick() {
    const std::int64_t wall = m_now();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return Hlc{m_lastMs, m_counter, m_device};
}

void HlcClock::observe(const Hlc& remote) {
    if (remote.wallMs > m_lastMs) {
        m_lastMs = remote.wallMs;
        m_counter = remote.counter;
    } else if (remote.wallMs == m_lastMs && remote.counter > m_counter) {
        m_counter = remote.counter;
    }
}

} // namespace pathlight::core
