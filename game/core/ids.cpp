// Random ids from the OS entropy source. Nothing here is secret; ids only need to never collide.
#include "core/ids.hpp"

#include <random>

namespace pathlight::core {

namespace {
std::mt19937_64& generator() {
    thread_local std::mt19937_64 gen{[] {
        std::random_device rd;
        return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
    }()};
    return gen;
}

void appendHex(std::string& out, std::uint64_t bits, int digits) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) {
        out.push_back(kHex[(bits >> (i * 4)) & 0xf]);
    }
}
} // namespace

std::string newUuid() {
    std::uint64_t hi = generator()();
    std::uint64_t lo = generator()();
    hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL; // version 4
    lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 10
    std::string out;
    out.reserve(36);
    appendHex(out, hi >> 32, 8);
    out.push_back('-');
    appendHex(out, (hi >> 16) & 0xffff, 4);
    out.push_back('-');
    appendHex(out, hi & 0xffff, 4);
    out.push_back('-');
    appendHex(out, lo >> 48, 4);
    out.push_back('-');
    appendHex(out, lo & 0xffffffffffffULL, 12);
    return out;
}

std::string newDeviceId() {
    std::string out;
    appendHex(out, generator()(), 16);
    return out;
}

bool isUuid(const std::string& text) {
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace pathlight::core
