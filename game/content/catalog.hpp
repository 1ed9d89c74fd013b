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
    Localized name;      // English: "Healthcare & Human Services" (Advance CTE's name)
    std::string icon;    // Font Awesome 4.7 icon name, e.g. "heartbeat"
    std::vector<std::string> subClusters;      // English sub-cluster names (Advance CTE's), sorted: the key
    std::vector<Localized> subClusterNames;    // their names in every language, same order (clusters/sub_clusters.csv)
    std::string grouping; // "building-moving", "caring-communities", ..., "cross-cutting"
    std::vector<int> subjects; // indexes into Catalog::subjects that help across the cluster
};

// One O*NET occupation with interest scores, plus BLS facts.
struct Occupation {
    std::string code;   // O*NET-SOC 2019, "29-1141.00"
    Localized title;    // English: O*NET's title; Spanish: written for Pathlight (careers/titles_es.csv)
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
    int featured = -1; // index into Catalog::featured, or -1
};

// A school subject ("Math"), for career cards.
struct Subject {
    std::string id; // "math"
    std::string icon;
    Localized name;
};

// One of the six classic work values ("What matters to me").
struct WorkValue {
    std::string id; // "achievement", "independence", "recognition", "relationships", "support", "working-conditions"
    std::string icon;
    Localized name;  // kid words: "Doing my best work"
    Localized about;
};

// A card of the values card sort: one thing a job could give you, counting for one value.
struct ValueCard {
    std::string id;
    int value = 0; // index into Catalog::workValues
    std::string icon;
    Localized text;
};

// A durable skill of "My strengths", with the self-check statement and an example from work.
struct Strength {
    std::string id; // "communication", "collaboration", ...
    std::string icon;
    Localized name;
    Localized about;
    Localized check; // "I can explain my idea so others get it"
    Localized work;  // where the skill is used at work
};

// A career with a kid-friendly write-up (careers/featured.csv), keyed by O*NET-SOC code.
struct FeaturedCareer {
    std::size_t occupation = 0; // index into Catalog::occupations
    int cluster = 0;            // the cluster it is featured in
    std::string icon;
    std::vector<int> subjects;  // indexes into Catalog::subjects
    std::vector<int> values;    // indexes into Catalog::workValues
    std::vector<int> skills;    // indexes into Catalog::strengths
    Localized description;
    Localized day;              // "a day in the life"
};

// A club, competition or program a middle schooler can join, or a local employer a school added.
struct Program {
    std::string id;   // slug; local rows get "local-<line>"
    std::string name; // as its organisers write it
    std::string kind; // "club", "competition", "program" or (local only) "employer"
    int gradeMin = 0;
    int gradeMax = 0;
    std::vector<int> clusters;
    Localized about;
    bool local = false; // from programs/local.csv, the school's own list
};

// One interest-quiz statement.
struct QuizItem {
    std::string id;     // "r01"
    core::Area area;
    std::string icon;   // Font Awesome 4.7 icon name
    Localized text;
};

struct JobZone {
    int zone = 0;
    std::string nameKey; // strings key, e.g. "jobzone.3"
    std::string nameEn;  // O*NET's name, "Job Zone Three: Medium Preparation Needed"
};

// The interest quiz needs at least this many items per RIASEC area to score it fairly.
inline constexpr std::size_t kMinQuizItemsPerArea = 6;

// The values card sort needs at least this many cards per value, so each value gets a fair chance.
inline constexpr std::size_t kMinCardsPerValue = 3;

struct Catalog {
    std::vector<Cluster> clusters;
    std::vector<Occupation> occupations; // sorted by code
    std::vector<QuizItem> interestItems;
    std::vector<JobZone> jobZones; // sorted by zone
    std::vector<Subject> subjects;
    std::vector<FeaturedCareer> featured; // in file order
    std::vector<Program> programs;        // the bundled list, then the school's own
    std::vector<WorkValue> workValues;
    std::vector<ValueCard> valueCards;
    std::vector<Strength> strengths;
    Strings strings;

    std::optional<std::size_t> findOccupation(const std::string& code) const;
    std::optional<std::size_t> findQuizItem(const std::string& id) const;
    std::optional<std::size_t> findCluster(std::string_view id) const;
    const FeaturedCareer* featuredFor(std::size_t occupation) const;
    // A sub-cluster's name in `lang` (the English name when no translation is known).
    const std::string& subClusterName(const std::string& nameEn, Lang lang) const;
    // Text in one language, for screens, cards and the tool.
    Text text(Lang lang) const { return Text(strings, lang); }
    // By id; null when the id is unknown (e.g. a saved round from an older content version).
    const WorkValue* findWorkValue(std::string_view id) const;
    const ValueCard* findValueCard(std::string_view id) const;
    const Strength* findStrength(std::string_view id) const;
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
inline constexpr std::string_view kTitlesEs = "careers/titles_es.csv";
inline constexpr std::string_view kFeatured = "careers/featured.csv";
inline constexpr std::string_view kSubjects = "careers/subjects.csv";
inline constexpr std::string_view kClusterSubjects = "clusters/cluster_subjects.csv";
inline constexpr std::string_view kSubClusters = "clusters/sub_clusters.csv";
inline constexpr std::string_view kPrograms = "programs/programs.csv";
inline constexpr std::string_view kLocalPrograms = "programs/local.csv"; // optional: the school's own
inline constexpr std::string_view kWorkValues = "quizzes/work_values.csv";
inline constexpr std::string_view kValueCards = "quizzes/value_cards.csv";
inline constexpr std::string_view kStrengths = "quizzes/strengths.csv";
inline constexpr std::string_view kGamesDir = "minigames"; // <id>/levels.json, <id>/en.json, <id>/es.json
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

// Loads and validates only the career tables (clusters, job zones, occupations, their
// sub-clusters and Spanish titles): for tools that match careers without needing quiz items or UI strings.
core::Result<Catalog> loadCareerCatalog(const std::filesystem::path& dir, LoadReport* report = nullptr);

} // namespace pathlight::content
