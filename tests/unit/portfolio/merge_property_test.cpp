// Merge is a union (DESIGN.md §4): randomized property tests over 10,000+ cases show it is
// commutative, associative and idempotent, never loses or invents a revision, keeps tombstones, and
// makes each entry's current value its highest-HLC revision. Same-key conflicts are refused in both
// orders, naming the entry. The seed is fixed and printed; set PATHLIGHT_MERGE_SEED to try another.
#include "portfolio/errors.hpp"
#include "portfolio/merge.hpp"
#include "portfolio_test_support.hpp"

#include <gmock/gmock.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <random>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::HasSubstr;

namespace {

constexpr int kCases = 10000;
constexpr int kEntries = 6;
// Short strings stay inside std::string's own buffer, which keeps 10,000 cases fast under ASan.
constexpr const char* kLearner = "L";

std::uint64_t seed() {
    const char* text = std::getenv("PATHLIGHT_MERGE_SEED");
    return text != nullptr ? std::strtoull(text, nullptr, 10) : 20241124;
}

bool same(const core::Revision& a, const core::Revision& b) {
    return sameKey(a, b) && sameContent(a, b);
}

bool same(const std::vector<core::Revision>& a, const std::vector<core::Revision>& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) { return same(x, y); });
}

// Every revision that may exist, with its one true content: replicas are subsets of this.
class Universe {
  public:
    explicit Universe(std::mt19937_64& random) : m_random(random) {
        for (int e = 0; e < kEntries; ++e) {
            const std::string entry = "e" + std::to_string(e);
            const std::string kind = e % 3 == 0 ? "goal" : "journal";
            for (std::int64_t ms = 1; ms <= 3; ++ms) {
                for (std::uint32_t counter = 0; counter < 2; ++counter) {
                    for (const char* device : {"a", "b"}) {
                        const auto tag = static_cast<unsigned>(m_random() % 1000);
                        m_all.push_back({kLearner, entry, kind, core::Hlc{ms, counter, device}, tag % 5 == 0,
                                         tag % 5 == 0 ? "{}" : "{\"v\":" + std::to_string(tag) + "}"});
                    }
                }
            }
        }
    }

    // A random replica: some revisions, shuffled, sometimes with exact duplicates.
    std::vector<core::Revision> replica() {
        std::vector<core::Revision> out;
        const std::size_t size = m_random() % 24;
        for (std::size_t i = 0; i < size; ++i) {
            out.push_back(m_all[m_random() % m_all.size()]);
        }
        return out;
    }

    const std::vector<core::Revision>& all() const { return m_all; }

  private:
    std::mt19937_64& m_random;
    std::vector<core::Revision> m_all;
};

std::vector<core::Revision> merged(const std::vector<core::Revision>& a,
                                   const std::vector<core::Revision>& b) {
    auto result = merge(a, b);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().detail);
    return result.ok() ? result.value() : std::vector<core::Revision>{};
}

} // namespace

TEST(MergeProperties, UnionIsCommutativeAssociativeIdempotentAndLosesNothing) {
    const std::uint64_t s = seed();
    std::cout << "[ merge ] seed " << s << " (set PATHLIGHT_MERGE_SEED to change), " << kCases << " cases\n";
    ::testing::Test::RecordProperty("seed", std::to_string(s));
    std::mt19937_64 random(s);
    int withTombstoneHeads = 0;
    Universe universe(random);
    for (int c = 0; c < kCases; ++c) {
        SCOPED_TRACE("case " + std::to_string(c) + " of seed " + std::to_string(s));
        const auto rawA = universe.replica();
        const auto rawB = universe.replica();
        const auto rawD = universe.replica();
        std::vector<core::Revision> normalA = rawA;
        std::vector<core::Revision> normalB = rawB;
        std::vector<core::Revision> normalD = rawD;
        ASSERT_TRUE(normalize(normalA, "a").ok() && normalize(normalB, "b").ok() &&
                    normalize(normalD, "d").ok());
        // Every tenth case feeds shuffled replicas with duplicates; the rest take the linear path.
        const bool raw = c % 10 == 0;
        const auto& a = raw ? rawA : normalA;
        const auto& b = raw ? rawB : normalB;
        const auto& d = raw ? rawD : normalD;

        const auto ab = merged(a, b);
        ASSERT_TRUE(same(ab, merged(b, a))) << "commutative";
        const auto abd = merged(ab, d);
        ASSERT_TRUE(same(abd, merged(a, merged(b, d)))) << "associative";
        ASSERT_TRUE(same(merged(a, a), normalA)) << "idempotent";
        ASSERT_TRUE(same(merged(ab, a), ab)) << "merging again changes nothing";
        ASSERT_TRUE(isCanonical(ab));

        // Nothing lost, nothing invented: the result is exactly the distinct revisions of the inputs.
        std::map<std::pair<std::string, std::string>, const core::Revision*> expected;
        for (const auto* replica : {&rawA, &rawB, &rawD}) {
            for (const core::Revision& r : *replica) {
                expected[{r.entryId, r.hlc.toString()}] = &r;
            }
        }
        ASSERT_EQ(abd.size(), expected.size());
        for (const core::Revision& r : abd) {
            const auto it = expected.find({r.entryId, r.hlc.toString()});
            ASSERT_NE(it, expected.end()) << "invented " << r.entryId;
            ASSERT_TRUE(same(r, *it->second)) << "changed " << r.entryId;
        }
        ASSERT_TRUE(missingFrom(abd, normalA).empty() && missingFrom(abd, normalD).empty());
        ASSERT_EQ(missingFrom(normalA, abd).size(), abd.size() - normalA.size());

        // The current value of each entry is its highest-HLC revision, tombstone or not.
        std::map<std::string, const core::Revision*> newest;
        for (const auto& [key, r] : expected) {
            auto& slot = newest[r->entryId];
            if (slot == nullptr || slot->hlc < r->hlc) {
                slot = r;
            }
        }
        const auto heads = currentHeads(abd);
        ASSERT_EQ(heads.size(), newest.size());
        for (const core::Revision& head : heads) {
            ASSERT_TRUE(same(head, *newest.at(head.entryId)));
            withTombstoneHeads += head.deleted ? 1 : 0;
        }
    }
    EXPECT_GT(withTombstoneHeads, kCases / 10) << "the cases must exercise deletions";
}

TEST(MergeProperties, SameKeyWithDifferentContentIsRefusedInEveryOrderNamingTheEntry) {
    const std::uint64_t s = seed() + 1;
    std::cout << "[ merge ] conflict seed " << s << ", " << kCases << " cases\n";
    std::mt19937_64 random(s);
    Universe universe(random);
    for (int c = 0; c < kCases; ++c) {
        SCOPED_TRACE("case " + std::to_string(c) + " of seed " + std::to_string(s));
        auto a = universe.replica();
        auto b = universe.replica();
        const core::Revision& victim = universe.all()[random() % universe.all().size()];
        core::Revision forged = victim;
        switch (random() % 3) {
        case 0:
            forged.body = "{\"forged\":true}";
            break;
        case 1:
            forged.deleted = !forged.deleted;
            break;
        default:
            forged.kind = "badge"; // the same entry cannot change kind, at any HLC
            forged.hlc.counter += 7;
        }
        a.insert(a.begin() + static_cast<std::ptrdiff_t>(random() % (a.size() + 1)), victim);
        b.insert(b.begin() + static_cast<std::ptrdiff_t>(random() % (b.size() + 1)), forged);
        const auto before = a;
        for (const auto& [x, y] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
            auto result = merge(*x, *y);
            ASSERT_FALSE(result.ok());
            EXPECT_EQ(result.error().code, kErrConflict);
            ASSERT_THAT(result.error().message, HasSubstr(victim.entryId));
            ASSERT_THAT(result.error().detail, HasSubstr(victim.entryId));
        }
        ASSERT_TRUE(same(a, before)) << "a refused merge leaves its inputs alone";
    }
}

TEST(MergeProperties, MergingLargeReplicasIsLinearAndExact) {
    // Two kiosks with 10,000 revisions each, half of them shared.
    std::vector<core::Revision> a;
    std::vector<core::Revision> b;
    for (int i = 0; i < 10000; ++i) {
        const core::Revision r = rev("entry-" + std::to_string(i % 2500), 1000 + i);
        (i % 2 == 0 ? a : b).push_back(r);
        if (i % 4 == 0) {
            b.push_back(r);
        }
    }
    ASSERT_TRUE(normalize(a, "a").ok());
    ASSERT_TRUE(normalize(b, "b").ok());
    const auto ab = merged(a, b);
    EXPECT_EQ(ab.size(), 10000u);
    EXPECT_EQ(currentHeads(ab).size(), 2500u);
}
