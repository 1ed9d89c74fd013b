// "What matters to me": ranks the six work values from a card sort. Each card counts for one value
// and goes into one of three piles. Pure C++: no UI, no storage; the screen and the store hand in
// plain indexes.
//
// The rule (tested in tests/unit/core/work_values_test.cpp):
//   - a card in "Very important" earns its value 2 points, "Somewhat" 1, "Not for me" 0;
//   - a value's score is the mean points of its sorted cards (0–2), so a value with more cards in
//     the deck gets no head start;
//   - ties go to the value with the larger share of its cards in "Very important" (a share, not a
//     count, for the same reason), then to the value listed first in content/quizzes/work_values.csv;
//   - the top values are the first three with a score above 0 — fewer when the student put most
//     cards in "Not for me", none when everything went there;
//   - when every value has the same score and the same share of "Very important" cards (say, every
//     card in "Very important"), there is no top: the sort didn't tell values apart (like "no strong
//     pattern yet" in the quiz).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pathlight::core {

enum class Pile { VeryImportant = 0, Somewhat = 1, NotForMe = 2 };
inline constexpr int kPileCount = 3;
inline constexpr std::size_t kTopValues = 3;

// Points a card earns for its value in this pile: 2, 1 or 0.
int pilePoints(Pile pile);

// One sorted card: the value it counts for (index into the values list) and where it went.
struct CardPlacement {
    int value = 0;
    Pile pile = Pile::NotForMe;
};

struct ValueScore {
    int value = 0;         // index into the values list
    int cards = 0;         // cards of this value that were sorted
    int veryImportant = 0; // of those, in "Very important"
    int points = 0;        // 2 per "Very important", 1 per "Somewhat"
    double score() const { return cards > 0 ? static_cast<double>(points) / cards : 0.0; } // 0–2
};

struct ValuesRanking {
    std::vector<ValueScore> ranked; // every value, most important first
    std::vector<int> top;           // up to kTopValues value indexes, most important first
    bool nothingImportant = false;  // no card went to "Very important" or "Somewhat"
    bool allEqual = false;          // every value tied: the sort told no value apart
};

// Ranks `valueCount` values from the placements. A placement whose value is outside
// 0..valueCount-1 is ignored.
ValuesRanking rankValues(const std::vector<CardPlacement>& placements, int valueCount,
                         std::size_t topCount = kTopValues);

// The order to show `count` cards in: a shuffle that depends only on `seed` (splitmix64 +
// Fisher–Yates, the same on every computer), so a stored seed always gives back the same deck.
std::vector<std::size_t> deckOrder(std::size_t count, std::uint64_t seed);

} // namespace pathlight::core
