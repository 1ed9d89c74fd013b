// Benchmarks for the careers search over the real titles, one run per keystroke a student types
// (target: <= 1 ms per keystroke over ~1,850 English and Spanish titles). Spanish titles come from
// content/careers/titles_es.csv, or the translation drafts while that file does not exist yet; with
// neither, the English titles alone are measured and the run says so.
#include "content/catalog.hpp"
#include "content/csv.hpp"
#include "core/text_search.hpp"

#include <benchmark/benchmark.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace pathlight;

namespace {

// Typing "nurse" one letter at a time, a typo, a Spanish word and two half-typed words with typos.
constexpr std::array<std::string_view, 8> kKeystrokes{
    "n", "nu", "nur", "nurs", "nurse", "nures", "enfermera", "softwar devloper",
};

struct Titles {
    std::vector<std::size_t> docs; // occupation index
    std::vector<std::string> texts;
    std::size_t spanish = 0;
};

const Titles& titles() {
    static const Titles loaded = [] {
        auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
        if (!catalog) {
            std::cerr << catalog.error().detail << "\n";
            std::exit(1);
        }
        // Every title in every language, as the explorer indexes them.
        Titles t;
        for (std::size_t i = 0; i < catalog->occupations.size(); ++i) {
            for (std::size_t lang = 0; lang < catalog->occupations[i].title.byLang.size(); ++lang) {
                t.docs.push_back(i);
                t.texts.push_back(catalog->occupations[i].title.byLang[lang]);
                t.spanish += lang > 0 ? 1 : 0;
            }
        }
        return t;
    }();
    return loaded;
}

core::TextIndex buildIndex() {
    core::TextIndex index;
    const Titles& t = titles();
    for (std::size_t i = 0; i < t.texts.size(); ++i) {
        index.add(t.docs[i], t.texts[i]);
    }
    index.finish();
    return index;
}

void BM_SearchKeystroke(benchmark::State& state) {
    const core::TextIndex index = buildIndex();
    const std::string_view query = kKeystrokes[static_cast<std::size_t>(state.range(0))];
    std::size_t hits = 0;
    for (auto _ : state) {
        const std::vector<core::SearchHit> found = index.search(query);
        hits = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.SetLabel(std::string(query));
    state.counters["hits"] = static_cast<double>(hits);
    state.counters["titles"] = static_cast<double>(titles().texts.size());
}
BENCHMARK(BM_SearchKeystroke)
    ->DenseRange(0, static_cast<int>(kKeystrokes.size()) - 1)
    ->Unit(benchmark::kMicrosecond);

// The same queries through score(), as a screen that also filters uses it, reusing one vector.
void BM_SearchScoreAllKeystrokes(benchmark::State& state) {
    const core::TextIndex index = buildIndex();
    std::vector<double> scores;
    for (auto _ : state) {
        for (std::string_view query : kKeystrokes) {
            index.score(query, scores);
            benchmark::DoNotOptimize(scores.data());
        }
    }
    state.counters["queries"] = static_cast<double>(kKeystrokes.size());
}
BENCHMARK(BM_SearchScoreAllKeystrokes)->Unit(benchmark::kMicrosecond);

void BM_SearchBuildIndex(benchmark::State& state) {
    titles();
    for (auto _ : state) {
        benchmark::DoNotOptimize(buildIndex());
    }
}
BENCHMARK(BM_SearchBuildIndex)->Unit(benchmark::kMicrosecond);

} // namespace
