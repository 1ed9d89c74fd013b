// Benchmarks for scoring and matching over the real catalog (target: match all careers <= 100 us).
#include "content/catalog.hpp"
#include "core/matching.hpp"
#include "core/riasec.hpp"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>

using namespace pathlight;

namespace {

const content::Catalog& catalog() {
    static const content::Catalog loaded = [] {
        auto c = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
        if (!c) {
            std::cerr << c.error().detail << "\n";
            std::exit(1);
        }
        return std::move(c.value());
    }();
    return loaded;
}

void BM_ScoreAnswers(benchmark::State& state) {
    std::vector<core::AreaAnswer> answers;
    for (const content::QuizItem& item : catalog().interestItems) {
        answers.push_back({item.area, static_cast<int>(answers.size() % 5)});
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(core::scoreAnswers(answers));
    }
}
BENCHMARK(BM_ScoreAnswers);

void BM_MatchAllCareers(benchmark::State& state) {
    const core::Matcher matcher(catalog().matchProfiles());
    const core::AreaScores learner{20, 75, 40, 90, 30, 55};
    for (auto _ : state) {
        benchmark::DoNotOptimize(matcher.match(learner, {.top = 10}));
    }
    state.counters["careers"] = static_cast<double>(matcher.occupations().size());
}
BENCHMARK(BM_MatchAllCareers)->Unit(benchmark::kMicrosecond);

void BM_MatchWithJobZoneFilter(benchmark::State& state) {
    const core::Matcher matcher(catalog().matchProfiles());
    const core::AreaScores learner{80, 35, 20, 30, 60, 45};
    for (auto _ : state) {
        benchmark::DoNotOptimize(matcher.match(learner, {.maxJobZone = 2, .top = 10}));
    }
}
BENCHMARK(BM_MatchWithJobZoneFilter)->Unit(benchmark::kMicrosecond);

void BM_BuildMatcher(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(core::Matcher(catalog().matchProfiles()));
    }
}
BENCHMARK(BM_BuildMatcher)->Unit(benchmark::kMicrosecond);

void BM_LoadCatalog(benchmark::State& state) {
    for (auto _ : state) {
        benchmark::DoNotOptimize(content::loadCatalog(PATHLIGHT_CONTENT_DIR));
    }
}
BENCHMARK(BM_LoadCatalog)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
