// See work_values.hpp for the ranking rule.
#include "core/work_values.hpp"

#include <algorithm>
#include <numeric>

namespace pathlight::core {

namespace {

// a/b compared with c/d as cross products, so equal fractions are exactly equal: < 0, 0 or > 0.
long long compareFractions(int a, int b, int c, int d) {
    return static_cast<long long>(a) * std::max(d, 1) - static_cast<long long>(c) * std::max(b, 1);
}

long long compareMeans(const ValueScore& a, const ValueScore& b) {
    return compareFractions(a.points, a.cards, b.points, b.cards);
}

long long compareVeryImportantShares(const ValueScore& a, const ValueScore& b) {
    return compareFractions(a.veryImportant, a.cards, b.veryImportant, b.cards);
}

bool tied(const ValueScore& a, const ValueScore& b) {
    return compareMeans(a, b) == 0 && compareVeryImportantShares(a, b) == 0;
}

// a is ranked above b: higher mean, then a larger share of "Very important" cards, then file order.
bool ranksAbove(const ValueScore& a, const ValueScore& b) {
    if (const long long diff = compareMeans(a, b); diff != 0) {
        return diff > 0;
    }
    if (const long long diff = compareVeryImportantShares(a, b); diff != 0) {
        return diff > 0;
    }
    return a.value < b.value;
}

std::uint64_t splitmix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

} // namespace

int pilePoints(Pile pile) {
    switch (pile) {
    case Pile::VeryImportant:
        return 2;
    case Pile::Somewhat:
        return 1;
    case Pile::NotForMe:
        return 0;
    }
    return 0;
}

ValuesRanking rankValues(const std::vector<CardPlacement>& placements, int valueCount, std::size_t topCount) {
    ValuesRanking result;
    if (valueCount <= 0) {
        result.nothingImportant = true;
        return result;
    }
    result.ranked.resize(static_cast<std::size_t>(valueCount));
    for (int i = 0; i < valueCount; ++i) {
        result.ranked[static_cast<std::size_t>(i)].value = i;
    }
    for (const CardPlacement& placement : placements) {
        if (placement.value < 0 || placement.value >= valueCount) {
            continue;
        }
        ValueScore& score = result.ranked[static_cast<std::size_t>(placement.value)];
        ++score.cards;
        score.points += pilePoints(placement.pile);
        score.veryImportant += placement.pile == Pile::VeryImportant ? 1 : 0;
    }
    std::sort(result.ranked.begin(), result.ranked.end(), ranksAbove);

    result.nothingImportant = result.ranked.front().points == 0;
    result.allEqual = !result.nothingImportant && valueCount > 1 &&
                      std::all_of(result.ranked.begin() + 1, result.ranked.end(),
                                  [&](const ValueScore& s) { return tied(s, result.ranked.front()); });
    if (result.nothingImportant || result.allEqual) {
        return result;
    }
    for (const ValueScore& score : result.ranked) {
        if (result.top.size() >= topCount || score.points == 0) {
            break;
        }
        result.top.push_back(score.value);
    }
    return result;
}

std::vector<std::size_t> deckOrder(std::size_t count, std::uint64_t seed) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::uint64_t state = seed;
    for (std::size_t i = count; i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(splitmix64(state) % i);
        std::swap(order[i - 1], order[j]);
    }
    return order;
}

} // namespace pathlight::core
