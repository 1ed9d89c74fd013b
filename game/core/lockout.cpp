// See lockout.hpp.
#include "core/lockout.hpp"

#include <algorithm>

namespace pathlight::core {

std::int64_t lockoutRestMs(int failures) {
    if (failures < kFreeTries) {
        return 0;
    }
    std::int64_t rest = kFirstRestMs;
    for (int i = kFreeTries; i < failures && rest < kLongestRestMs; ++i) {
        rest *= 2;
    }
    return std::min(rest, kLongestRestMs);
}

} // namespace pathlight::core
