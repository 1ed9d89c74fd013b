// The hybrid logical clock orders every revision the same way on every device.
#include "core/hlc.hpp"
#include "core/ids.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <vector>

using namespace pathlight::core;

TEST(Hlc, TicksIncreaseEvenWhenTheWallClockStandsStillOrGoesBack) {
    std::int64_t now = 1000;
    HlcClock clock("dev1", [&] { return now; });
    const Hlc a = clock.tick();
    const Hlc b = clock.tick(); // same millisecond
    now = 500;                  // the PC's clock was set back
    const Hlc c = clock.tick();
    now = 2000;
    const Hlc d = clock.tick();
    EXPECT_LT(a, b);
    EXPECT_LT(b, c);
    EXPECT_LT(c, d);
    EXPECT_EQ(d.counter, 0u);
}

TEST(Hlc, ObservingARemoteStampMakesTheNextTickLater) {
    std::int64_t now = 1000;
    HlcClock clock("aaaa", [&] { return now; });
    const Hlc remote{5000, 7, "zzzz"};
    clock.observe(remote);
    const Hlc next = clock.tick();
    EXPECT_GT(next, remote);
}

TEST(Hlc, TextFormSortsExactlyLikeTheClock) {
    std::vector<Hlc> stamps = {{1, 0, "b"}, {1, 0, "a"}, {1, 15, "a"}, {1, 16, "a"},
                               {2, 0, "a"}, {1000000000000, 0, "a"}, {99, 0xffffffff, "z"}};
    std::vector<Hlc> byValue = stamps;
    std::sort(byValue.begin(), byValue.end());
    std::vector<Hlc> byText = stamps;
    std::sort(byText.begin(), byText.end(), [](const Hlc& x, const Hlc& y) { return x.toString() < y.toString(); });
    EXPECT_EQ(byValue, byText);
}

TEST(Hlc, ParseRoundTripsAndRejectsGarbage) {
    const Hlc hlc{1732406400123, 42, "0123456789abcdef"};
    EXPECT_EQ(Hlc::parse(hlc.toString()), hlc);
    EXPECT_FALSE(Hlc::parse("").has_value());
    EXPECT_FALSE(Hlc::parse("not a clock").has_value());
    EXPECT_FALSE(Hlc::parse("00000000000000x-0000002a-dev").has_value());
    EXPECT_FALSE(Hlc::parse("000001732406400-0000002a-DEV!").has_value());
}

TEST(Ids, UuidsAreWellFormedAndDistinct) {
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = newUuid();
        EXPECT_TRUE(isUuid(id)) << id;
        EXPECT_EQ(id[14], '4');
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 1000u);
    EXPECT_FALSE(isUuid("3f0c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2"));
    EXPECT_EQ(newDeviceId().size(), 16u);
}
