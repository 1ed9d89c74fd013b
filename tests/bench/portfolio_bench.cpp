// Benchmarks for the portfolio file (issue 3 targets, printed, never asserted):
//   merge two portfolios of 10,000 revisions each        <= 50 ms
//   encode or decode a typical portfolio (500 revisions) <= 5 ms
//   import a folder of 1,500 portfolios                  <= 5 s
// A "typical" portfolio mixes what a learner makes over a school year: a profile, three interest
// quizzes (36 answers each, the attempt rewritten at every answer), their results, and journal entries
// edited a few times, some deleted.
#include "core/ids.hpp"
#include "portfolio/merge.hpp"
#include "portfolio/portfolio_file.hpp"
#include "portfolio/portfolio_service.hpp"
#include "store/database.hpp"

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

using namespace pathlight;

namespace {

namespace fs = std::filesystem;

class Stamper {
  public:
    explicit Stamper(std::string device) : m_device(std::move(device)) {}
    core::Hlc next() { return core::Hlc{m_ms += 1700, 0, m_device}; }

  private:
    std::string m_device;
    std::int64_t m_ms = 1725000000000;
};

portfolio::Portfolio typicalPortfolio(std::size_t revisions, std::mt19937& random,
                                      const std::string& device = "kiosk1") {
    portfolio::Portfolio p;
    p.learnerId = core::newUuid();
    p.writer = portfolio::Writer{"pathlight bench", device, "2024-11-24T10:00:00Z"};
    Stamper stamp(device);
    auto add = [&](const std::string& entry, const char* kind, std::string body, bool deleted = false) {
        p.revisions.push_back({p.learnerId, entry, kind, stamp.next(), deleted, std::move(body)});
    };
    const std::string profile = core::newUuid();
    add(profile, "profile", R"({"avatar":3,"grade":6,"guest":false,"nickname":"Sam"})");
    for (int quiz = 0; quiz < 3 && p.revisions.size() + 75 < revisions; ++quiz) {
        const std::string attempt = core::newUuid();
        for (int item = 0; item < 36; ++item) {
            add(attempt + "/r" + std::to_string(item), "quiz_answer",
                R"({"attempt":")" + attempt + R"(","item":"r)" + std::to_string(item) + R"(","value":)" +
                    std::to_string(random() % 5) + "}");
            add(attempt, "quiz_attempt",
                R"({"finished":false,"position":)" + std::to_string(item + 1) + R"(,"quiz":"interest"})");
        }
        add(core::newUuid(), "interest_profile",
            R"({"attempt":")" + attempt +
                R"(","code":"SIA","finished_ms":1725000000000,"scores":[20.5,75,40.25,90,30,55]})");
    }
    std::vector<std::string> journal;
    while (p.revisions.size() < revisions) {
        if (journal.empty() || random() % 3 == 0) {
            journal.push_back(core::newUuid());
        }
        const std::string& entry = journal[random() % journal.size()];
        const bool remove = random() % 40 == 0;
        add(entry, "journal",
            remove
                ? "{}"
                : R"({"mood":"happy","prompt":"What did you enjoy today?","text":"I liked building the bridge )"
                  R"(in the game because it had to hold the truck and mine did on the third try."})",
            remove);
    }
    (void)portfolio::normalize(p.revisions, "bench");
    return p;
}

std::string mustEncode(const portfolio::Portfolio& p) {
    auto bytes = portfolio::encode(p);
    if (!bytes) {
        std::cerr << bytes.error().detail << "\n";
        std::exit(1);
    }
    return std::move(bytes.value());
}

void BM_MergeTwoPortfoliosOf10kRevisions(benchmark::State& state) {
    // One learner on two kiosks: 10,000 revisions each, 2,000 of them shared, 8,000 only on each.
    std::mt19937 random(1);
    const portfolio::Portfolio shared = typicalPortfolio(2000, random, "kiosk1");
    portfolio::Portfolio a = shared;
    portfolio::Portfolio b = shared;
    const portfolio::Portfolio onlyA = typicalPortfolio(8000, random, "kiosk1");
    const portfolio::Portfolio onlyB = typicalPortfolio(8000, random, "kiosk2");
    for (core::Revision r : onlyA.revisions) {
        r.learnerId = shared.learnerId;
        a.revisions.push_back(std::move(r));
    }
    for (core::Revision r : onlyB.revisions) {
        r.learnerId = shared.learnerId;
        b.revisions.push_back(std::move(r));
    }
    (void)portfolio::normalize(a.revisions, "a");
    (void)portfolio::normalize(b.revisions, "b");
    std::size_t merged = 0;
    for (auto _ : state) {
        auto result = portfolio::merge(a.revisions, b.revisions);
        merged = result ? result->size() : 0;
        benchmark::DoNotOptimize(merged);
    }
    state.counters["revisions_in"] = static_cast<double>(a.revisions.size() + b.revisions.size());
    state.counters["revisions_out"] = static_cast<double>(merged);
}
BENCHMARK(BM_MergeTwoPortfoliosOf10kRevisions)->Unit(benchmark::kMillisecond);

void BM_MergeTwoFilesOf10kRevisionsEndToEnd(benchmark::State& state) {
    // The same merge as the tool does it: decode both files, merge, encode the result.
    std::mt19937 random(2);
    portfolio::Portfolio a = typicalPortfolio(10000, random, "kiosk1");
    portfolio::Portfolio b = typicalPortfolio(10000, random, "kiosk2");
    for (core::Revision& r : b.revisions) {
        r.learnerId = a.learnerId;
    }
    b.learnerId = a.learnerId;
    const std::string fileA = mustEncode(a);
    const std::string fileB = mustEncode(b);
    for (auto _ : state) {
        auto da = portfolio::decode(fileA);
        auto db = portfolio::decode(fileB);
        auto merged = portfolio::merge(da->revisions, db->revisions);
        portfolio::Portfolio out{a.learnerId, a.writer, std::move(merged.value())};
        benchmark::DoNotOptimize(portfolio::encode(out));
    }
}
BENCHMARK(BM_MergeTwoFilesOf10kRevisionsEndToEnd)->Unit(benchmark::kMillisecond);

void BM_EncodeTypicalPortfolio(benchmark::State& state) {
    std::mt19937 random(3);
    const portfolio::Portfolio p = typicalPortfolio(500, random);
    std::size_t bytes = 0;
    for (auto _ : state) {
        auto encoded = portfolio::encode(p);
        bytes = encoded ? encoded->size() : 0;
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["revisions"] = static_cast<double>(p.revisions.size());
    state.counters["file_kB"] = static_cast<double>(bytes) / 1024.0;
}
BENCHMARK(BM_EncodeTypicalPortfolio)->Unit(benchmark::kMillisecond);

void BM_DecodeTypicalPortfolio(benchmark::State& state) {
    std::mt19937 random(4);
    const std::string file = mustEncode(typicalPortfolio(500, random));
    for (auto _ : state) {
        benchmark::DoNotOptimize(portfolio::decode(file));
    }
    state.counters["file_kB"] = static_cast<double>(file.size()) / 1024.0;
}
BENCHMARK(BM_DecodeTypicalPortfolio)->Unit(benchmark::kMillisecond);

void BM_ImportFolderOf1500Portfolios(benchmark::State& state) {
    // A school's shared folder: 1,500 learners with a portfolio of state.range(0) revisions each (500:
    // typical by the end of a year; 80: one quiz taken), into a fresh on-disk database (WAL,
    // synchronous=FULL) as a teacher's machine would have.
    const auto revisionsEach = static_cast<std::size_t>(state.range(0));
    const fs::path root = fs::temp_directory_path() / ("pathlight-bench-" + std::to_string(::getpid()));
    const fs::path folder = root / "portfolios";
    fs::create_directories(folder);
    std::mt19937 random(5);
    std::size_t totalRevisions = 0;
    for (int i = 0; i < 1500; ++i) {
        const portfolio::Portfolio p =
            typicalPortfolio(revisionsEach, random, "kiosk" + std::to_string(i % 30));
        totalRevisions += p.revisions.size();
        std::ofstream(folder /
                          ("Learner" + std::to_string(i) + "-" + p.learnerId.substr(0, 8) + ".pathlight"),
                      std::ios::binary)
            << mustEncode(p);
    }
    std::size_t imported = 0;
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove_all(root / "data");
        auto db = store::Database::open(root / "data" / "pathlight.db");
        if (!db) {
            state.SkipWithError(db.error().detail.c_str());
            break;
        }
        portfolio::PortfolioService service(**db, "pathlight bench");
        state.ResumeTiming();
        auto report = service.importFolder(folder, true);
        imported = report ? report->imported.size() : 0;
        if (!report || !report->refused.empty()) {
            state.SkipWithError("some portfolios were refused");
        }
    }
    state.counters["portfolios"] = static_cast<double>(imported);
    state.counters["revisions"] = static_cast<double>(totalRevisions);
    std::error_code ec;
    fs::remove_all(root, ec);
}
BENCHMARK(BM_ImportFolderOf1500Portfolios)->Arg(500)->Arg(80)->Unit(benchmark::kSecond)->Iterations(1);

} // namespace
