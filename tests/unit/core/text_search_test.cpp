// Career search as a student types it: word, prefix, substring and typo matches in the right order,
// Spanish titles found in either gender and without accents, and safe on any bytes.
#include "core/text_search.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace pathlight::core;

namespace {

// A few real titles, English and Spanish on the same doc, as the careers explorer indexes them.
enum Doc : std::size_t {
    kRegisteredNurses,
    kNursePractitioners,
    kPracticalNurses,
    kSoftwareDevelopers,
    kElectricians,
    kFirefighters,
    kElementaryTeachers,
    kActors,
    kChildcareWorkers,
    kNursingInstructors,
    kDocCount,
};

TextIndex careersIndex() {
    TextIndex index;
    index.add(kRegisteredNurses, "Registered Nurses");
    index.add(kRegisteredNurses, "Enfermero/a titulado/a");
    index.add(kNursePractitioners, "Nurse Practitioners");
    index.add(kNursePractitioners, "Enfermero/a practicante");
    index.add(kPracticalNurses, "Licensed Practical and Licensed Vocational Nurses");
    index.add(kPracticalNurses, "Enfermero/a práctico/a o vocacional con licencia");
    index.add(kSoftwareDevelopers, "Software Developers");
    index.add(kSoftwareDevelopers, "Desarrollador/a de software");
    index.add(kElectricians, "Electricians");
    index.add(kElectricians, "Electricista");
    index.add(kFirefighters, "Firefighters");
    index.add(kFirefighters, "Bombero/a");
    index.add(kElementaryTeachers, "Elementary School Teachers, Except Special Education");
    index.add(kElementaryTeachers, "Maestro/a de primaria");
    index.add(kActors, "Actors");
    index.add(kActors, "Actor/actriz");
    index.add(kChildcareWorkers, "Childcare Workers");
    index.add(kChildcareWorkers, "Cuidador/a de niños");
    index.add(kNursingInstructors, "Nursing Instructors and Teachers, Postsecondary");
    index.add(kNursingInstructors, "Profesor/a universitario/a de enfermería");
    index.finish();
    return index;
}

std::vector<std::size_t> docs(const std::vector<SearchHit>& hits) {
    std::vector<std::size_t> out;
    for (const SearchHit& hit : hits) {
        out.push_back(hit.doc);
    }
    return out;
}

bool finds(const TextIndex& index, std::string_view query, std::size_t doc) {
    for (const SearchHit& hit : index.search(query)) {
        if (hit.doc == doc) {
            return true;
        }
    }
    return false;
}

} // namespace

// --- Folding and words ---------------------------------------------------------------------------

TEST(TextSearchFold, LowercasesFoldsAccentsAndTurnsPunctuationIntoSingleSpaces) {
    EXPECT_EQ(foldForSearch("  Registered,   NURSES!! "), "registered nurses");
    EXPECT_EQ(foldForSearch("Técnico/a (SIG) — 12.º grado"), "tecnico a sig 12 grado");
    EXPECT_EQ(foldForSearch("Police and Sheriff's Patrol Officers"), "police and sheriffs patrol officers");
    EXPECT_EQ(foldForSearch("Sheriff\xE2\x80\x99s"), "sheriffs");
    EXPECT_EQ(foldForSearch(""), "");
    EXPECT_EQ(foldForSearch(" /, "), "");
}

TEST(TextSearchFold, AccentedLatinLettersFoldToAscii) {
    EXPECT_EQ(foldForSearch("á é í ó ú ü ñ ç"), "a e i o u u n c");
    EXPECT_EQ(foldForSearch("Á É Í Ó Ú Ü Ñ Ç"), "a e i o u u n c");
    EXPECT_EQ(foldForSearch("à è ì ò ù â ê î ô û ä ë ï ö"), "a e i o u a e i o u a e i o");
    EXPECT_EQ(foldForSearch("À È Ì Ò Ù Â Ê Î Ô Û Ä Ë Ï Ö"), "a e i o u a e i o u a e i o");
    EXPECT_EQ(foldForSearch("ENFERMERÍA Niño ¿Qué?"), "enfermeria nino que");
}

TEST(TextSearchFold, OtherScriptsAreKeptWholeAndNeverSplit) {
    EXPECT_EQ(foldForSearch("Ingeniero 日本語 café"), "ingeniero 日本語 cafe");
    EXPECT_EQ(searchWords("Κόσμος-日本"), (std::vector<std::string>{"Κόσμος", "日本"}));
}

TEST(TextSearchFold, InvalidUtf8OnlySplitsWordsAndNeverReadsPastTheEnd) {
    EXPECT_EQ(foldForSearch("nur\xFFses"), "nur ses");  // byte that never occurs in UTF-8
    EXPECT_EQ(foldForSearch("a\x80\xBF b"), "a b");     // stray continuation bytes
    EXPECT_EQ(foldForSearch("\xC0\xAF x"), "x");        // overlong '/'
    EXPECT_EQ(foldForSearch("\xED\xA0\x80x"), "x");     // UTF-16 surrogate
    EXPECT_EQ(foldForSearch("\xF4\x90\x80\x80x"), "x"); // above U+10FFFF
    EXPECT_EQ(foldForSearch("\xE6\x97 b"), "b");        // sequence cut short by a space
    EXPECT_EQ(foldForSearch("nurse\xC3"), "nurse");     // sequence cut short by the end
    EXPECT_EQ(foldForSearch(std::string_view("\xE2\x80", 2)), "");
}

TEST(TextSearchWords, SpanishSlashEndingsGiveBothGendersOnEveryWord) {
    EXPECT_EQ(searchWords("Enfermero/a titulado/a"),
              (std::vector<std::string>{"enfermero", "enfermera", "titulado", "titulada"}));
    EXPECT_EQ(searchWords("Jefe/a de cocina"), (std::vector<std::string>{"jefe", "jefa", "de", "cocina"}));
    EXPECT_EQ(searchWords("Juez/a"), (std::vector<std::string>{"juez", "jueza"}));
    EXPECT_EQ(searchWords("Capitán/a"), (std::vector<std::string>{"capitan", "capitana"}));
    EXPECT_EQ(searchWords("Actor/actriz"), (std::vector<std::string>{"actor", "actriz"}));
    EXPECT_EQ(searchWords("Bailarín/bailarina"), (std::vector<std::string>{"bailarin", "bailarina"}));
    // Only a slash right after a word marks another form; elsewhere "a" is just a word.
    EXPECT_EQ(searchWords("Maestro / a"), (std::vector<std::string>{"maestro", "a"}));
    EXPECT_EQ(searchWords("/a"), (std::vector<std::string>{"a"}));
}

// --- Matching ------------------------------------------------------------------------------------

TEST(TextSearch, FindsWholeWordsPrefixesAndPartsOfWords) {
    const TextIndex index = careersIndex();
    EXPECT_EQ(index.search("nurses").front().doc, kRegisteredNurses);
    EXPECT_TRUE(finds(index, "nurs", kRegisteredNurses));
    EXPECT_TRUE(finds(index, "ware", kSoftwareDevelopers));
    EXPECT_TRUE(finds(index, "fighter", kFirefighters));
    EXPECT_FALSE(finds(index, "ware", kRegisteredNurses));
}

TEST(TextSearch, EveryKeystrokeOfAWordKeepsTheCareerListed) {
    const TextIndex index = careersIndex();
    for (std::string_view typed : {"n", "nu", "nur", "nurs", "nurse", "nurses"}) {
        EXPECT_TRUE(finds(index, typed, kRegisteredNurses)) << typed;
    }
    for (std::string_view typed : {"s", "so", "sof", "soft", "softw", "softwar", "software"}) {
        EXPECT_TRUE(finds(index, typed, kSoftwareDevelopers)) << typed;
    }
}

TEST(TextSearch, OneOrTwoLettersMatchOnlyTheStartOfWords) {
    const TextIndex index = careersIndex();
    // "re" is inside "firefighters" and "practitioners"; a child typing "re" means words that start so.
    EXPECT_EQ(docs(index.search("re")), (std::vector<std::size_t>{kRegisteredNurses}));
}

TEST(TextSearch, WholeWordBeatsPrefixBeatsSubstringBeatsTypo) {
    TextIndex index;
    // Added worst first, so doc id order cannot produce the expected order by accident.
    index.add(0, "Head Post Office Clerks"); // typo: one letter changed
    index.add(1, "Data Support Clerks");     // inside a word
    index.add(2, "Sea Portable Cranes");     // start of a word
    index.add(3, "Air Port Staff");          // whole word
    index.finish();
    EXPECT_EQ(docs(index.search("port")), (std::vector<std::size_t>{3, 2, 1, 0}));
}

TEST(TextSearch, ATitleThatStartsWithTheQueryComesFirst) {
    TextIndex index;
    index.add(0, "Licensed Nurses");
    index.add(1, "Nurses Aides");
    index.add(2, "Maestro/a de primaria");
    index.add(3, "Profesor/a de maestros");
    index.finish();
    EXPECT_EQ(docs(index.search("nurses")), (std::vector<std::size_t>{1, 0}));
    EXPECT_EQ(docs(index.search("maestr")), (std::vector<std::size_t>{2, 3}));
}

TEST(TextSearch, TheShorterTitleWinsWhenTheMatchIsTheSame) {
    TextIndex index;
    index.add(0, "Licensed Practical and Licensed Vocational Nurses");
    index.add(1, "Registered Nurses");
    index.finish();
    EXPECT_EQ(docs(index.search("nurses")), (std::vector<std::size_t>{1, 0}));
}

TEST(TextSearch, EqualMatchesStayInDocOrder) {
    TextIndex index;
    index.add(2, "Welders");
    index.add(0, "Welders");
    index.add(3, "Welders");
    index.add(1, "Welders");
    index.finish();
    EXPECT_EQ(docs(index.search("weld")), (std::vector<std::size_t>{0, 1, 2, 3}));
}

// --- Typos ---------------------------------------------------------------------------------------

TEST(TextSearch, ForgivesASwappedMissingExtraOrWrongLetter) {
    const TextIndex index = careersIndex();
    EXPECT_TRUE(finds(index, "nures", kRegisteredNurses));   // swapped
    EXPECT_TRUE(finds(index, "nusre", kRegisteredNurses));   // swapped
    EXPECT_TRUE(finds(index, "elecrician", kElectricians));  // missing
    EXPECT_TRUE(finds(index, "nurrses", kRegisteredNurses)); // extra
    EXPECT_TRUE(finds(index, "bombaro", kFirefighters));     // wrong
    EXPECT_EQ(docs(index.search("softwar devloper")), (std::vector<std::size_t>{kSoftwareDevelopers}));
}

TEST(TextSearch, ForgivesATypoInAWordStillBeingTyped) {
    const TextIndex index = careersIndex();
    EXPECT_TRUE(finds(index, "devlo", kSoftwareDevelopers)); // "develo|pers" with one letter missing
    EXPECT_TRUE(finds(index, "elecrt", kElectricians));      // "elect|ricians" with two letters swapped
}

TEST(TextSearch, AllowedTyposGrowWithTheLengthOfTheTypedWord) {
    const TextIndex index = careersIndex();
    EXPECT_FALSE(finds(index, "nrs", kRegisteredNurses));     // 3 letters: no typo, even one
    EXPECT_TRUE(finds(index, "nrse", kRegisteredNurses));     // 4 letters: one
    EXPECT_FALSE(finds(index, "nxrsxs", kRegisteredNurses));  // 6 letters: not two
    EXPECT_TRUE(finds(index, "electrishan", kElectricians));  // 11 letters: two
    EXPECT_FALSE(finds(index, "elxctrishan", kElectricians)); // but not three
}

TEST(TextSearch, TyposRankBelowRealMatches) {
    TextIndex index;
    index.add(0, "Nursery Workers"); // a prefix
    index.add(1, "Purse Makers");    // one letter from "nurse", but a different first letter
    index.add(2, "Nurture Coaches"); // two letters from "nurse": too many for five letters
    index.add(3, "Nerse Helpers");   // one wrong letter
    index.finish();
    EXPECT_EQ(docs(index.search("nurse")), (std::vector<std::size_t>{0, 3}));
}

// --- Several words, case, accents and Spanish forms -------------------------------------------------

TEST(TextSearch, EveryTypedWordMustMatch) {
    const TextIndex index = careersIndex();
    EXPECT_EQ(docs(index.search("registered nurse")), (std::vector<std::size_t>{kRegisteredNurses}));
    EXPECT_EQ(docs(index.search("nurse  PRACT")),
              (std::vector<std::size_t>{kNursePractitioners, kPracticalNurses}));
    EXPECT_TRUE(index.search("nurse xylophone").empty());
}

TEST(TextSearch, SpacesPunctuationAndCaseDoNotChangeTheResult) {
    const TextIndex index = careersIndex();
    const std::vector<SearchHit> plain = index.search("registered nurses");
    const std::vector<SearchHit> messy = index.search("  REGISTERED,,  nurses!! ");
    ASSERT_EQ(plain.size(), messy.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        EXPECT_EQ(plain[i].doc, messy[i].doc);
        EXPECT_DOUBLE_EQ(plain[i].score, messy[i].score);
    }
}

TEST(TextSearch, AccentsAreIgnoredInTheTitleAndInTheQuery) {
    const TextIndex index = careersIndex();
    EXPECT_TRUE(finds(index, "ENFERMERÍA", kNursingInstructors));
    EXPECT_TRUE(finds(index, "enfermeria", kNursingInstructors));
    EXPECT_TRUE(finds(index, "nino", kChildcareWorkers));
    EXPECT_TRUE(finds(index, "NIÑOS", kChildcareWorkers));
    EXPECT_TRUE(finds(index, "práctica", kPracticalNurses));
}

TEST(TextSearch, SpanishTitlesAreFoundInEitherGender) {
    const TextIndex index = careersIndex();
    EXPECT_TRUE(finds(index, "enfermera", kRegisteredNurses));
    EXPECT_TRUE(finds(index, "enfermero", kRegisteredNurses));
    EXPECT_EQ(docs(index.search("enfermera titulada")), (std::vector<std::size_t>{kRegisteredNurses}));
    EXPECT_EQ(docs(index.search("bombera")), (std::vector<std::size_t>{kFirefighters}));
    EXPECT_EQ(docs(index.search("maestra")), (std::vector<std::size_t>{kElementaryTeachers}));
    EXPECT_EQ(docs(index.search("cuidadora")), (std::vector<std::size_t>{kChildcareWorkers}));
    EXPECT_EQ(docs(index.search("profesora")), (std::vector<std::size_t>{kNursingInstructors}));
    EXPECT_EQ(docs(index.search("actriz")), (std::vector<std::size_t>{kActors}));
    EXPECT_EQ(index.search("actor").front().doc, kActors);
}

TEST(TextSearch, EmptyOrBlankQueryMatchesNothing) {
    const TextIndex index = careersIndex();
    for (std::string_view query : {"", "   ", " ,;/ - ", "\xFF\xFE"}) {
        EXPECT_TRUE(index.search(query).empty()) << query;
        std::vector<double> scores(3, 7.0);
        index.score(query, scores);
        EXPECT_EQ(scores, std::vector<double>(kDocCount, 0.0));
    }
}

// --- Scores for filtered screens, several texts per doc, and odd input ------------------------------

TEST(TextSearch, ScoresLineUpWithDocsForScreensThatAlsoFilter) {
    const TextIndex index = careersIndex();
    EXPECT_EQ(index.docCount(), kDocCount);
    std::vector<double> scores;
    index.score("nurse", scores);
    ASSERT_EQ(scores.size(), kDocCount);
    for (const SearchHit& hit : index.search("nurse")) {
        EXPECT_DOUBLE_EQ(scores[hit.doc], hit.score);
        EXPECT_GT(hit.score, 0.0);
        EXPECT_LE(hit.score, 1.0);
    }
    EXPECT_GT(scores[kRegisteredNurses], 0.0);
    EXPECT_EQ(scores[kSoftwareDevelopers], 0.0);
    index.score("software", scores); // same vector again: old scores must not leak through
    EXPECT_EQ(scores[kRegisteredNurses], 0.0);
    EXPECT_GT(scores[kSoftwareDevelopers], 0.0);
}

TEST(TextSearch, ADocScoresAsItsBestTitleAndIsListedOnce) {
    const TextIndex index = careersIndex();
    const std::vector<SearchHit> hits = index.search("electric");
    EXPECT_EQ(docs(hits), (std::vector<std::size_t>{kElectricians})); // "Electricians" and "Electricista"
}

TEST(TextSearch, TextsAddedAfterFinishAreFoundOnceItRunsAgain) {
    TextIndex index = careersIndex();
    index.add(kDocCount, "Zookeepers");
    EXPECT_FALSE(finds(index, "zoo", kDocCount));
    index.finish();
    EXPECT_TRUE(finds(index, "zoo", kDocCount));
    EXPECT_TRUE(finds(index, "nurse", kRegisteredNurses));
}

TEST(TextSearch, InvalidUtf8InTitlesOrQueriesIsHarmless) {
    TextIndex index;
    index.add(0, "Nur\xC3ses \xE2\x82");
    index.add(1, std::string_view("Chef\0s", 6));
    index.add(2, "日本語 Teachers");
    index.finish();
    EXPECT_TRUE(finds(index, "nur", 0));
    EXPECT_TRUE(finds(index, "\xF0\x9F\x98 chef", 1));
    EXPECT_TRUE(finds(index, "日本語", 2));
    EXPECT_TRUE(index.search("\xE6").empty());
    EXPECT_TRUE(index.search(std::string(5000, '\xC3')).empty());
}

TEST(TextSearch, AnEmptyIndexFindsNothing) {
    TextIndex index;
    EXPECT_TRUE(index.search("nurse").empty());
    index.finish();
    EXPECT_TRUE(index.search("nurse").empty());
    EXPECT_EQ(index.docCount(), 0u);
}
