// Typo-forgiving word search over short texts (career titles in English and Spanish), cheap enough to
// run on every keystroke. Owns a vocabulary of folded words and, per word, which texts hold it; the
// texts and what a doc id means stay with the caller. Pure C++: no UI, no storage, no locale, no
// exceptions, and it never reads past the input on invalid UTF-8.
//
// Ranking of one typed word against a title, best first: whole word ("nurses"), word prefix ("nurs"),
// substring inside a word ("ware" in "software"), typo ("nures", "devlo"). Every typed word must match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::core {

// Lowercase, Latin-1 letters folded to ASCII ("Enfermería" -> "enfermeria", "Ñ" -> "n"), and words
// separated by single spaces: punctuation, symbols and invalid UTF-8 bytes only split words. An
// apostrophe joins ("Sheriff's" -> "sheriffs"). Other multi-byte characters are kept whole.
std::string foldForSearch(std::string_view utf8);

// The folded words of a text, in order. A Spanish "/a" ending adds the feminine form, and a word
// written right after "/" is another form of the word before it:
// "Enfermero/a titulado/a" -> enfermero enfermera titulado titulada; "Actor/actriz" -> actor actriz.
std::vector<std::string> searchWords(std::string_view utf8);

struct SearchHit {
    std::size_t doc = 0;
    double score = 0.0; // (0, 1), higher is better; only comparable between hits of one query
};

// Build once (add every text, then finish), then query from any number of threads: the const
// functions share nothing mutable.
class TextIndex {
  public:
    // A doc may have several texts (English and Spanish title); it scores as its best text.
    void add(std::size_t doc, std::string_view text);
    // Builds the vocabulary and postings. Texts added after it are searchable once it runs again.
    void finish();

    // Matching docs, best first; equal scores keep doc id order. Empty for an empty or blank query,
    // because the caller then shows everything in its own order.
    std::vector<SearchHit> search(std::string_view query) const;
    // For screens that combine search with filters: scores[doc] = the doc's score, 0 = no match.
    // Resizes `scores` to docCount() and reuses its memory.
    void score(std::string_view query, std::vector<double>& scores) const;

    // One past the highest doc id added, so `scores` can be indexed by doc.
    std::size_t docCount() const { return m_docCount; }

  private:
    struct Text {
        std::size_t doc = 0;
        std::uint32_t wordCount = 0; // positions, so "Actor/actriz" counts as one word
    };
    struct StagedWord {
        std::string word;
        std::uint32_t text = 0;
        std::uint32_t position = 0;
    };
    struct Posting {
        std::uint32_t text = 0;
        std::uint32_t position = 0; // first place the word stands in the text; 0 = the title starts with it
    };

    std::string_view vocabularyWord(std::size_t word) const;

    std::vector<Text> m_texts;
    std::vector<StagedWord> m_staged; // every add() so far; finish() rebuilds from it
    std::size_t m_docCount = 0;

    // Built by finish(): unique words sorted, stored back to back in one string, and for each word
    // the texts holding it. Word w is m_vocabulary[m_wordStart[w], m_wordStart[w + 1]), and its
    // postings are m_postings[m_postingStart[w], m_postingStart[w + 1]).
    std::string m_vocabulary;
    std::vector<std::uint32_t> m_wordStart;
    std::vector<std::uint32_t> m_postingStart;
    std::vector<Posting> m_postings;
};

} // namespace pathlight::core
