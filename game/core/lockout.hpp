// How long a PIN pad or a passphrase box rests after wrong tries. Pure rule, no storage: the store
// keeps the counts (store/lockout_repo.hpp) and the app applies this rule to every secret.
//
// The first kFreeTries wrong tries cost nothing (a mistyped PIN happens). After that each wrong try
// makes the pad rest: 30 s after the 5th, then twice as long after each further one (60 s, 2 min, …),
// never more than 15 minutes. A right try resets the count.
#pragma once

#include <cstdint>

namespace pathlight::core {

inline constexpr int kFreeTries = 5;
inline constexpr std::int64_t kFirstRestMs = 30'000;
inline constexpr std::int64_t kLongestRestMs = 15 * 60'000;

// The rest after the `failures`-th wrong try in a row (0 while failures < kFreeTries).
std::int64_t lockoutRestMs(int failures);

} // namespace pathlight::core
