// Benchmark for the roster import (issue 13 target, printed, never asserted):
//   read + preview + apply a OneRoster 1.1 export of 5,000 users   <= 1 s
// The district is generated once into a temporary folder: 4,700 students, 250 teachers, 50 guardians,
// 200 classes, 6 classes per student (28,200 enrollments), demographics for every student, names with
// commas, quotes and accents. Each iteration imports it into a fresh database file on disk.
#include "roster/import_plan.hpp"
#include "roster/roster_reader.hpp"
#include "roster/roster_writer.hpp"
#include "store/database.hpp"
#include "store/roster_repo.hpp"

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

using namespace pathlight;

namespace {

namespace fs = std::filesystem;

constexpr int kStudents = 4700;
constexpr int kTeachers = 250;
constexpr int kGuardians = 50;
constexpr int kClasses = 200;

roster::RosterSnapshot district() {
    static const char* const kGiven[] = {"Mary", "Jos\xC3\xA9", "Ana",   "Liam", "Noah", "Zo\xC3\xAB",
                                         "Mia",  "Kai",         "Sam",   "Lee",  "Ava",  "Omar",
                                         "Linh", "Ravi",        "Sofia", "Yuki"};
    static const char* const kFamily[] = {"Jones",
                                          "Johnson",
                                          "N\xC3\xBA\xC3\xB1"
                                          "ez",
                                          "O'Brien",
                                          "Lee, Jr.",
                                          "Nguyen",
                                          "Smith",
                                          "Garc\xC3\xAD"
                                          "a",
                                          "Kim",
                                          "\"Doc\" Brown",
                                          "Patel",
                                          "M\xC3\xBCller"};
    std::mt19937 random(2025);
    roster::RosterSnapshot s;
    s.orgs.push_back({"district", "Bench District", "district", "", {}});
    s.orgs.push_back({"school", "Bench Middle School", "school", "district", {}});
    for (int c = 0; c < kClasses; ++c) {
        s.classes.push_back({"class-" + std::to_string(c),
                             "Class " + std::to_string(c) + ", period " + std::to_string(c % 7),
                             "C" + std::to_string(c),
                             {"0" + std::to_string(5 + c % 5)},
                             "school",
                             {}});
    }
    for (int i = 0; i < kStudents; ++i) {
        roster::Student student;
        student.sourcedId = "student-" + std::to_string(i);
        student.givenName = kGiven[random() % std::size(kGiven)];
        student.familyName = kFamily[random() % std::size(kFamily)];
        student.grade = "0" + std::to_string(5 + i % 5);
        for (int k = 0; k < 6; ++k) {
            student.classIds.push_back("class-" + std::to_string((i * 7 + k * 31) % kClasses));
        }
        std::sort(student.classIds.begin(), student.classIds.end());
        student.classIds.erase(std::unique(student.classIds.begin(), student.classIds.end()),
                               student.classIds.end());
        student.orgIds = {"school"};
        roster::Demographics d;
        d.sex = (i % 2) != 0 ? "female" : "male";
        d.white = (i % 3) == 0 ? roster::Flag::Yes : roster::Flag::No;
        d.hispanicOrLatino = (i % 4) == 0 ? roster::Flag::Yes : roster::Flag::No;
        student.demographics = d;
        s.students.push_back(std::move(student));
    }
    for (int t = 0; t < kTeachers; ++t) {
        s.staff.push_back({"teacher-" + std::to_string(t),
                           "teacher",
                           "Teacher",
                           std::to_string(t),
                           {"class-" + std::to_string(t % kClasses)},
                           {}});
    }
    for (int g = 0; g < kGuardians; ++g) {
        s.guardians.push_back(
            {"guardian-" + std::to_string(g), "guardian", "Pat", std::to_string(g), {}, {}});
    }
    return s;
}

class Folder {
  public:
    Folder() : m_path(fs::temp_directory_path() / ("pathlight-roster-bench-" + std::to_string(::getpid()))) {
        fs::remove_all(m_path);
        fs::create_directories(m_path / "roster");
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    const fs::path& path() const { return m_path; }

  private:
    fs::path m_path;
};

void BM_RosterImport5000Users(benchmark::State& state) {
    Folder folder;
    const roster::RosterFiles files = roster::writeOneRoster11(district());
    for (const auto& [key, entry] : files.all()) {
        std::ofstream out(folder.path() / "roster" / entry.first, std::ios::binary);
        out << entry.second;
    }
    int round = 0;
    std::size_t created = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const fs::path dbFile = folder.path() / ("pathlight-" + std::to_string(round++) + ".db");
        auto db = store::Database::open(dbFile);
        if (!db) {
            state.SkipWithError(db.error().detail.c_str());
            return;
        }
        state.ResumeTiming();

        auto snapshot = roster::readRoster(folder.path() / "roster");
        if (!snapshot || !snapshot->ok()) {
            state.SkipWithError("the generated roster did not read");
            return;
        }
        store::RosterRepo repo(**db);
        const roster::ImportPreview preview = repo.preview(*snapshot);
        benchmark::DoNotOptimize(preview.newStudents.size());
        auto applied = repo.apply(*snapshot);
        if (!applied) {
            state.SkipWithError(applied.error().detail.c_str());
            return;
        }
        created = applied->created;

        state.PauseTiming();
        db->reset();
        fs::remove(dbFile);
        fs::remove(fs::path(dbFile.string() + "-wal"));
        fs::remove(fs::path(dbFile.string() + "-shm"));
        state.ResumeTiming();
    }
    state.counters["users"] = kStudents + kTeachers + kGuardians;
    state.counters["learners"] = static_cast<double>(created);
}
BENCHMARK(BM_RosterImport5000Users)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
