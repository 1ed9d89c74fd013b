// Text search: UTF-8 folding, word splitting with Spanish gender forms, and the keystroke-time query.
// A query matches each typed word against the deduplicated vocabulary once (about 2,400 words for
// 1,850 titles), with cheap byte checks before a bounded edit distance, then combines per text
// through postings. Nothing is allocated per vocabulary word.
//
// [SECTION] Folding UTF-8
// [SECTION] Splitting into words
// [SECTION] Matching one typed word against one vocabulary word
// [SECTION] TextIndex
#include "core/text_search.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace pathlight::core {

namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Folding UTF-8
//-------------------------------------------------------------------------------------------------

enum class CharKind {
    Letter,    // part of a word (letters, digits, any character we cannot fold)
    Joiner,    // dropped without splitting the word: apostrophes
    Separator, // splits words: spaces, punctuation, symbols, invalid bytes
};

struct FoldedChar {
    std::size_t size = 1; // bytes consumed, always at least 1 so scanning always moves on
    CharKind kind = CharKind::Separator;
    char ascii = ' '; // the byte itself for ASCII punctuation, so '/' can be recognised
};

// ASCII for U+00C0..U+00FF, capitals then small letters; "" marks × and ÷, which split words.
constexpr std::array<std::string_view, 64> kLatin1Fold{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // À..Ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss", // Ð..ß
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",  // à..ï
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",  // ð..ÿ
};

unsigned char byteAt(std::string_view s, std::size_t i) {
    return static_cast<unsigned char>(s[i]);
}

bool isContinuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when the bytes there are not one
// (stray continuation, overlong form, surrogate, above U+10FFFF, or cut off by the end).
std::size_t sequenceLength(std::string_view s, std::size_t i) {
    const unsigned char lead = byteAt(s, i);
    if (lead < 0x80) {
        return 1;
    }
    std::size_t length = 0;
    unsigned char secondMin = 0x80; // the second byte's range is narrower for some leads
    unsigned char secondMax = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        secondMin = lead == 0xE0 ? 0xA0 : 0x80; // overlong
        secondMax = lead == 0xED ? 0x9F : 0xBF; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        secondMin = lead == 0xF0 ? 0x90 : 0x80; // overlong
        secondMax = lead == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
    } else {
        return 0;
    }
    if (s.size() - i < length) {
        return 0;
    }
    const unsigned char second = byteAt(s, i + 1);
    if (second < secondMin || second > secondMax) {
        return 0;
    }
    for (std::size_t k = 2; k < length; ++k) {
        if (!isContinuation(byteAt(s, i + k))) {
            return 0;
        }
    }
    return length;
}

bool isAsciiWordByte(unsigned char byte) {
    return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
}

// Reads one character at s[i] (i < s.size()) and appends what it folds to onto `word` when it is
// a letter.
FoldedChar foldChar(std::string_view s, std::size_t i, std::string& word) {
    const unsigned char lead = byteAt(s, i);
    if (lead < 0x80) {
        if (isAsciiWordByte(lead)) {
            word.push_back(static_cast<char>(lead >= 'A' && lead <= 'Z' ? lead - 'A' + 'a' : lead));
            return {1, CharKind::Letter, ' '};
        }
        return {1, lead == '\'' ? CharKind::Joiner : CharKind::Separator, static_cast<char>(lead)};
    }
    const std::size_t length = sequenceLength(s, i);
    if (length == 0) {
        return {1, CharKind::Separator, ' '}; // skip one byte; the rest resynchronises on its own
    }
    const unsigned char second = byteAt(s, i + 1);
    if (lead == 0xC2) {
        return {length, CharKind::Separator, ' '}; // U+0080..U+00BF: controls, NBSP, ¿ ¡ « » º ª
    }
    if (lead == 0xC3) {
        const std::string_view ascii = kLatin1Fold[second - 0x80];
        if (ascii.empty()) {
            return {length, CharKind::Separator, ' '};
        }
        word.append(ascii);
        return {length, CharKind::Letter, ' '};
    }
    if (lead == 0xE2 && (second == 0x80 || second == 0x81)) {
        // U+2000..U+207F: typographic spaces, dashes, quotes, bullets. U+2019 is the apostrophe
        // that word processors put into "Sheriff’s".
        const bool apostrophe = second == 0x80 && byteAt(s, i + 2) == 0x99;
        return {length, apostrophe ? CharKind::Joiner : CharKind::Separator, ' '};
    }
    word.append(s.substr(i, length)); // other scripts: kept whole, compared as bytes
    return {length, CharKind::Letter, ' '};
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Splitting into words
//-------------------------------------------------------------------------------------------------

// "enfermero" -> "enfermera", "jefe" -> "jefa", "director" -> "directora", "capitan" -> "capitana".
std::string feminineForm(std::string_view masculine) {
    std::string feminine(masculine);
    if (feminine.back() == 'o' || feminine.back() == 'e') {
        feminine.back() = 'a';
    } else if (feminine.back() != 'a') {
        feminine.push_back('a');
    }
    return feminine;
}

// Calls emit(word, position) for each folded word of `utf8`. Words joined by a single '/' are forms
// of one word and share its position, so "Actor/actriz" still starts with "actriz".
template <class Emit> void forEachWord(std::string_view utf8, Emit&& emit) {
    std::string word;
    std::string base; // the word before a '/', whose "/a" names its feminine form
    std::uint32_t position = 0;
    bool anyWord = false;
    std::size_t gap = 0;   // separators since the previous word
    bool slashOnly = true; // ... and all of them were '/'
    bool linked = false;   // the current word follows its predecessor across a single '/'

    const auto flush = [&] {
        if (word.empty()) {
            return;
        }
        if (linked) {
            if (word == "a") {
                const std::string feminine = feminineForm(base);
                if (feminine != base) {
                    emit(std::string_view(feminine), position);
                }
            } else {
                emit(std::string_view(word), position);
            }
        } else {
            position = anyWord ? position + 1 : 0;
            anyWord = true;
            emit(std::string_view(word), position);
            base = word;
        }
        word.clear();
        gap = 0;
        slashOnly = true;
    };

    for (std::size_t i = 0; i < utf8.size();) {
        const bool startsWord = word.empty();
        const FoldedChar folded = foldChar(utf8, i, word);
        i += folded.size;
        if (folded.kind == CharKind::Letter) {
            if (startsWord) {
                linked = anyWord && gap == 1 && slashOnly;
            }
        } else if (folded.kind == CharKind::Separator) {
            flush();
            ++gap;
            slashOnly = slashOnly && folded.ascii == '/';
        }
    }
    flush();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Matching one typed word against one vocabulary word
//-------------------------------------------------------------------------------------------------

// A typed word's score against one vocabulary word sits in its kind's band, so kinds never mix:
// [tier, tier + kQualitySpan] plus kStartBonus. A tier step (0.2) is larger than both added together.
constexpr double kTypo = 0.2;
constexpr double kSubstring = 0.4;
constexpr double kPrefix = 0.6;
constexpr double kQualitySpan = 0.08;
constexpr double kWholeWord = 0.8 + kQualitySpan;
// For the first typed word when it is the title's first word: "Nurse Practitioners" above
// "Registered Nurses" for "nurse". Larger than kQualitySpan so it decides within a kind.
constexpr double kStartBonus = 0.1;
// Split across the title's words: between otherwise equal matches the shorter, more specific title
// wins ("Registered Nurses" above "Licensed Practical and Licensed Vocational Nurses"). Far smaller
// than any difference above, so it only breaks ties.
constexpr double kShortTitleBonus = 0.01;

// One or two letters are inside nearly every title; a child typing "n" means words starting with n.
constexpr std::size_t kMinSubstringLetters = 3;
// Typed words longer than this are never typos of a title word; it bounds the edit-distance rows.
constexpr std::size_t kMaxTypoBytes = 32;
constexpr int kMaxEdits = 2;
// A query longer than this is a sentence, not a search; the rest is ignored.
constexpr std::size_t kMaxQueryWords = 8;

// Edits forgiven in a typed word: none for 1–3 letters (too many short words are one edit apart),
// one for 4–6, two for 7 and more.
int allowedEdits(std::size_t letters) {
    if (letters <= 3) {
        return 0;
    }
    return letters <= 6 ? 1 : kMaxEdits;
}

struct Term {
    std::string text;
    int maxEdits = 0;
    bool substrings = false;
};

std::size_t countLetters(std::string_view word) {
    return static_cast<std::size_t>(std::count_if(
        word.begin(), word.end(), [](char c) { return !isContinuation(static_cast<unsigned char>(c)); }));
}

double fraction(std::size_t part, std::size_t whole) {
    return static_cast<double>(part) / static_cast<double>(whole);
}

// Fewest single-letter edits (insert, delete, substitute, swap two neighbours) that turn `typed` into
// the whole of `word` and into one of its prefixes whose length is within maxEdits of typed's, which
// forgives a typo in a word still being typed ("devlo" -> "develo|pers"). Returns the better score,
// or 0 when both need more than maxEdits.
double typoScore(std::string_view typed, std::string_view word, int maxEdits) {
    const std::size_t n = typed.size();
    const std::size_t edits = static_cast<std::size_t>(maxEdits);
    // Cheap rejections first: the word must be long enough to hold such a prefix, and it must start
    // with the typed first letter or the first two swapped (children rarely miss the first letter,
    // and checking it skips most of the vocabulary).
    if (word.size() + edits < n) {
        return 0.0;
    }
    const bool sameStart = word[0] == typed[0];
    const bool swappedStart = n > 1 && word.size() > 1 && word[0] == typed[1] && word[1] == typed[0];
    if (!sameStart && !swappedStart) {
        return 0.0;
    }

    // Optimal-string-alignment distance, row by row over typed, columns over word's first cols bytes.
    // Stops as soon as a whole row is over the limit: no later cell can come back under it.
    constexpr std::size_t kColumns = kMaxTypoBytes + kMaxEdits + 1;
    const std::size_t cols = std::min(word.size(), n + edits);
    std::array<std::array<std::size_t, kColumns>, 3> rows{};
    std::size_t* before = rows[0].data(); // row i - 2, for swaps
    std::size_t* previous = rows[1].data();
    std::size_t* current = rows[2].data();
    std::iota(previous, previous + cols + 1, std::size_t{0});
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = i;
        std::size_t rowMin = i;
        for (std::size_t j = 1; j <= cols; ++j) {
            const std::size_t substitute = previous[j - 1] + (typed[i - 1] == word[j - 1] ? 0 : 1);
            std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
            if (i > 1 && j > 1 && typed[i - 1] == word[j - 2] && typed[i - 2] == word[j - 1]) {
                best = std::min(best, before[j - 2] + 1);
            }
            current[j] = best;
            rowMin = std::min(rowMin, best);
        }
        if (rowMin > edits) {
            return 0.0;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }

    // previous[j] now holds the distance from typed to word's first j bytes.
    const auto quality = [&](std::size_t distance, bool wholeWord) {
        if (distance > edits) {
            return 0.0;
        }
        // A whole-word typo ("nures" -> "nurse") is more certain than a guessed continuation.
        return kTypo +
               kQualitySpan * ((wholeWord ? 0.5 : 0.0) + 0.5 * fraction(edits + 1 - distance, edits + 1));
    };
    double best = word.size() <= cols ? quality(previous[word.size()], true) : 0.0;
    const std::size_t shortest = n > edits ? n - edits : 1;
    for (std::size_t j = shortest; j <= cols && j < word.size(); ++j) {
        best = std::max(best, quality(previous[j], false));
    }
    return best;
}

// Score of one typed word against one vocabulary word; 0 = no match.
double matchScore(const Term& term, std::string_view word) {
    const std::string_view typed = term.text;
    if (word.starts_with(typed)) {
        return word.size() == typed.size() ? kWholeWord
                                           : kPrefix + kQualitySpan * fraction(typed.size(), word.size());
    }
    if (term.substrings && word.size() > typed.size() && word.find(typed, 1) != std::string_view::npos) {
        return kSubstring + kQualitySpan * fraction(typed.size(), word.size());
    }
    if (term.maxEdits > 0) {
        return typoScore(typed, word, term.maxEdits);
    }
    return 0.0;
}

std::vector<Term> queryTerms(std::string_view query) {
    std::vector<Term> terms;
    forEachWord(query, [&](std::string_view word, std::uint32_t) {
        if (terms.size() >= kMaxQueryWords ||
            std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.text == word; })) {
            return; // a repeated word adds nothing to an AND
        }
        const std::size_t letters = countLetters(word);
        Term term;
        term.text = std::string(word);
        term.maxEdits = word.size() <= kMaxTypoBytes ? allowedEdits(letters) : 0;
        term.substrings = letters >= kMinSubstringLetters;
        terms.push_back(std::move(term));
    });
    return terms;
}

} // namespace

std::string foldForSearch(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pendingSpace = false;
    std::string scratch;
    for (std::size_t i = 0; i < utf8.size();) {
        scratch.clear();
        const FoldedChar folded = foldChar(utf8, i, scratch);
        i += folded.size;
        if (folded.kind == CharKind::Letter) {
            if (pendingSpace && !out.empty()) {
                out.push_back(' ');
            }
            pendingSpace = false;
            out.append(scratch);
        } else if (folded.kind == CharKind::Separator) {
            pendingSpace = true;
        }
    }
    return out;
}

std::vector<std::string> searchWords(std::string_view utf8) {
    std::vector<std::string> words;
    forEachWord(utf8, [&](std::string_view word, std::uint32_t) { words.emplace_back(word); });
    return words;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] TextIndex
//-------------------------------------------------------------------------------------------------

void TextIndex::add(std::size_t doc, std::string_view text) {
    const auto textId = static_cast<std::uint32_t>(m_texts.size());
    std::uint32_t positions = 0;
    forEachWord(text, [&](std::string_view word, std::uint32_t position) {
        m_staged.push_back({std::string(word), textId, position});
        positions = position + 1;
    });
    m_texts.push_back({doc, positions});
    m_docCount = std::max(m_docCount, doc + 1);
}

void TextIndex::finish() {
    std::vector<std::size_t> order(m_staged.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const StagedWord& x = m_staged[a];
        const StagedWord& y = m_staged[b];
        if (x.word != y.word) {
            return x.word < y.word;
        }
        return x.text != y.text ? x.text < y.text : x.position < y.position;
    });

    m_vocabulary.clear();
    m_wordStart.assign(1, 0);
    m_postingStart.assign(1, 0);
    m_postings.clear();
    const StagedWord* last = nullptr;
    for (std::size_t index : order) {
        const StagedWord& staged = m_staged[index];
        const bool newWord = last == nullptr || staged.word != last->word;
        if (newWord) {
            if (last != nullptr) {
                m_wordStart.push_back(static_cast<std::uint32_t>(m_vocabulary.size()));
                m_postingStart.push_back(static_cast<std::uint32_t>(m_postings.size()));
            }
            m_vocabulary.append(staged.word);
        }
        // Sorted by position within a text, so the first posting is where the word first stands.
        if (newWord || staged.text != last->text) {
            m_postings.push_back({staged.text, staged.position});
        }
        last = &staged;
    }
    if (last != nullptr) {
        m_wordStart.push_back(static_cast<std::uint32_t>(m_vocabulary.size()));
        m_postingStart.push_back(static_cast<std::uint32_t>(m_postings.size()));
    }
}

std::string_view TextIndex::vocabularyWord(std::size_t word) const {
    return std::string_view(m_vocabulary)
        .substr(m_wordStart[word], m_wordStart[word + 1] - m_wordStart[word]);
}

void TextIndex::score(std::string_view query, std::vector<double>& scores) const {
    scores.assign(m_docCount, 0.0);
    const std::vector<Term> terms = queryTerms(query);
    const std::size_t wordCount = m_wordStart.empty() ? 0 : m_wordStart.size() - 1;
    if (terms.empty() || wordCount == 0) {
        return;
    }
    // Per text: the sum of its typed words' scores so far (0 once one typed word missed it), and the
    // current typed word's best score.
    std::vector<double> total(m_texts.size(), 0.0);
    std::vector<double> best(m_texts.size(), 0.0);
    for (std::size_t t = 0; t < terms.size(); ++t) {
        std::fill(best.begin(), best.end(), 0.0);
        for (std::size_t w = 0; w < wordCount; ++w) {
            const double wordScore = matchScore(terms[t], vocabularyWord(w));
            if (wordScore <= 0.0) {
                continue;
            }
            for (std::uint32_t p = m_postingStart[w]; p < m_postingStart[w + 1]; ++p) {
                const Posting& posting = m_postings[p];
                const double value = wordScore + (t == 0 && posting.position == 0 ? kStartBonus : 0.0);
                best[posting.text] = std::max(best[posting.text], value);
            }
        }
        bool anyLeft = false;
        for (std::size_t text = 0; text < total.size(); ++text) {
            const bool stillMatches = (t == 0 || total[text] > 0.0) && best[text] > 0.0;
            total[text] = stillMatches ? total[text] + best[text] : 0.0;
            anyLeft = anyLeft || stillMatches;
        }
        if (!anyLeft) {
            return;
        }
    }
    const double termCount = static_cast<double>(terms.size());
    for (std::size_t text = 0; text < total.size(); ++text) {
        if (total[text] > 0.0) {
            const double shortness =
                kShortTitleBonus / static_cast<double>(std::max<std::uint32_t>(m_texts[text].wordCount, 1));
            double& docScore = scores[m_texts[text].doc];
            docScore = std::max(docScore, (total[text] + shortness) / termCount);
        }
    }
}

std::vector<SearchHit> TextIndex::search(std::string_view query) const {
    std::vector<double> scores;
    score(query, scores);
    std::vector<SearchHit> hits;
    for (std::size_t doc = 0; doc < scores.size(); ++doc) {
        if (scores[doc] > 0.0) {
            hits.push_back({doc, scores[doc]});
        }
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) {
        return a.score != b.score ? a.score > b.score : a.doc < b.doc;
    });
    return hits;
}

} // namespace pathlight::core
