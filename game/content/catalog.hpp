// The immutable Catalog: everything in content/ (careers, clusters, quiz items, UI strings),
// loaded once at start-up. Loading validates everything and reports errors as file:line.
// Pure C++: no SDL, ImGui, GL or SQLite.
#pragma once

#include "core/matching.hpp"
#include "core/result.hpp"
#include "core/riasec.hpp"
#include "content/strings.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::content {

// A Career Cluster of the 2024 framework (14 of them), with names in both languages.
struct Cluster {
    std::string id;      // stable slug, e.g. "healthcare-human-services"
    std::string nameEn;  // "Healthcare & Human Services" (Advance CTE's name)
    std::string nameEs;
    std::string icon;    // Font Awesome 4.7 icon name, e.g. "heartbeat"
    std::vector<std::string> subClusters; // English sub-cluster names, sorted
    std::string grouping; // "building-moving", "caring-communities", ..., "cross-cutting"
};

// One O*NET occupation with interest scores, plus BLS facts.
struct Occupation {
    std::string code;   // O*NET-SOC 2019, "29-1141.00"
    std::string title;  // O*NET title
    core::AreaScores interests{}; // OI 1–7, R I A S E C
    std::string highPoint;        // "SIC"
    int jobZone = 0;              // 1–5
    std::optional<double> medianAnnual; // USD
    std::optional<double> medianHourly; // USD
    std::string wageNote;         // "", "annual_at_least_239200", "hourly_only", "annual_only", "not_available"
    std::string typicalEducation; // BLS category
    std::optional<double> growthPct; // 2024–34
    std::vector<int> clusters;    // indexes into Catalog::clusters
    std::vector<std::string> subClusters; // English sub-cluster names across its clusters, sorted
};

// One interest-quiz statement.
struct QuizItem {
    std::string id;     // "r01"
    core::Area area;
    std::string icon;   // Font Awesome 4.7 icon name
    std::string textEn;
    std::string textEs;
};

struct JobZone {
    int zone = 0;
    std::string nameKey; // strings key, e.g. "jobzone.3"
    std::string nameEn;  // O*NET's name, "Job Zone Three: Medium Preparation Needed"
};

// The interest quiz needs at least this many items per RIASEC area to score it fairly.
inline constexpr std::size_t kMinQuizItemsPerArea = 6;

struct Catalog {
    std::vector<Cluster> clusters;
    std::vector<Occupation> occupations; // sorted by code
    std::vector<QuizItem> interestItems;
    std::vector<JobZone> jobZones; // sorted by zone
    Strings strings;

    std::optional<std::size_t> findOccupation(const std::string& code) const;
    std::optional<std::size_t> findQuizItem(const std::string& id) const;
    std::optional<std::size_t> findCluster(std::string_view id) const;
    // The profiles the core Matcher works on, in the same order as `occupations`.
    std::vector<core::OccupationProfile> matchProfiles() const;
};

// Where each content file lives, relative to the content dir.
namespace files {
inline constexpr std::string_view kClusters = "clusters/clusters.csv";
inline constexpr std::string_view kOccupations = "careers/occupations.csv";
inline constexpr std::string_view kOccupationClusters = "careers/occupation_clusters.csv";
inline constexpr std::string_view kJobZones = "careers/job_zones.csv";
inline constexpr std::string_view kInterestItems = "quizzes/interest_items.csv";
inline constexpr std::string_view kStringsEn = "strings/en.json";
inline constexpr std::string_view kStringsEs = "strings/es.json";
} // namespace files

// One problem found while loading. `file` is relative to the content dir.
struct ContentError {
    std::string file;
    int line = 0; // 1-based; 0 when the problem is about the whole file
    std::string message;
    std::string toString() const; // "careers/occupations.csv:12: job_zone must be 1–5, got 9"
};

struct LoadReport {
    std::vector<ContentError> errors;
    bool ok() const { return errors.empty(); }
};

// Loads and validates content/ in `dir`. On failure, the Error's detail lists every problem as
// file:line lines; `report` (if given) receives them one by one.
core::Result<Catalog> loadCatalog(const std::filesystem::path& dir, LoadReport* report = nullptr);

// Loads and validates only the career tables (clusters, job zones, occupations and their
// sub-clusters): for tools that match careers without needing quiz items or UI strings.
core::Result<Catalog> loadCareerCatalog(const std::filesystem::path& dir, LoadReport* report = nullptr);

} // namespace pathlight::content
