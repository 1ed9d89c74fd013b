// The wall clock the app layer reads (lockouts, the gate's timeout, sign-in times). Tests hand in a
// clock they move by hand, so a 30-second lockout is tested without waiting 30 seconds.
#pragma once

#include <cstdint>
#include <functional>

namespace pathlight::app {

using WallClock = std::function<std::int64_t()>; // milliseconds since the Unix epoch

WallClock systemClock();

} // namespace pathlight::app
