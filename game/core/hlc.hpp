// Hybrid logical clock (DESIGN.md §4): wall-clock ms, a counter, and the device id.
// Totally ordered and monotonic per device, so "highest HLC wins" is well defined everywhere.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pathlight::core {

struct Hlc {
    std::int64_t wallMs = 0;
    std::uint32_t counter = 0;
    std::string device;

    auto operator<=>(const Hlc&) const = default;
    bool operator==(const Hlc&) const = default;

    // Fixed-width text whose byte order equals the clock order: "000001732406400000-00000000-dev".
    std::string toString() const;
    static std::optional<Hlc> parse(std::string_view text);
};

class HlcClock {
public:
    using NowFn = std::function<std::int64_t()>;
    explicit HlcClock(std::string device, NowFn now = {});

    // A new timestamp, later than every one this clock has issued or observed.
    Hlc tick();
    // Take a remote timestamp into account so the next tick() sorts after it.
    void observe(const Hlc& remote);
    const std::string& device() const { return m_device; }

private:
    std::string m_device;
    NowFn m_now;
    std::int64_t m_lastMs = 0;
    std::uint32_t m_counter = 0;
};

std::int64_t systemNowMs();

} // namespace pathlight::core
