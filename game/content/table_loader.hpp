// Internal to content/: the pieces every content loader shares — a Loader that reads files and
// collects file:line errors, CSV tables whose header is checked against the expected columns, and
// the field parsers (numbers, O*NET codes, slugs, ';' lists, icons). Not part of the public API.
#pragma once

#include "content/catalog.hpp"
#include "content/csv.hpp"

#include <filesystem>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pathlight::content::detail {

std::string inQuotes(std::string_view text);

// A text with its English and Spanish columns (the content's CSV files have both), placed at each
// language's index in `strings` (Spanish only when the content has a strings/es.json).
Localized localized(const Strings& strings, std::string en, std::string es);

// A CSV file whose header has been matched against the expected columns. `column[i]` is the
// position of expected column i in each record.
struct Table {
    std::vector<CsvRecord> rows;      // data rows only, each with exactly the header's field count
    std::vector<CsvRecord> malformed; // rows with the wrong field count (already reported)
    std::vector<std::size_t> column;

    const std::string& at(const CsvRecord& row, std::size_t expected) const {
        return row.fields[column[expected]];
    }
};

class Loader {
  public:
    explicit Loader(std::filesystem::path dir) : m_dir(std::move(dir)) {}

    void error(std::string_view file, int line, std::string message) {
        m_errors.push_back({std::string(file), line, std::move(message)});
    }
    std::vector<ContentError>& errors() { return m_errors; }
    bool exists(std::string_view rel) const;

    // The whole file, or nullopt after reporting why not.
    std::optional<std::string> readFile(std::string_view rel);
    // Reads a CSV file and matches its header against `columns` (in any order). Reports a missing,
    // unknown or repeated column on the header line, and a row with the wrong number of fields on
    // its own line (that row is then skipped). Returns nullopt when the rows can't be read at all.
    std::optional<Table> readTable(std::string_view rel, std::span<const std::string_view> columns);

  private:
    std::filesystem::path m_dir;
    std::vector<ContentError> m_errors;
};

std::optional<double> parseNumber(std::string_view text);
std::optional<int> parseInt(std::string_view text);
// "NN-NNNN.NN"
bool isOnetCode(std::string_view code);
// Lowercase letters, digits and single hyphens: "healthcare-human-services".
bool isSlug(std::string_view id);
std::vector<std::string_view> splitList(std::string_view text, char separator);
// Reports an empty or unknown Font Awesome 4.7 icon name.
void checkIcon(Loader& loader, std::string_view file, int line, const std::string& icon);

// Tracks ids in one file so a repeat can point back at the first occurrence.
class IdSet {
  public:
    // Returns the line of the earlier occurrence, or 0 if `id` is new.
    int insert(const std::string& id, int line) {
        const auto [it, added] = m_lines.emplace(id, line);
        return added ? 0 : it->second;
    }

  private:
    std::unordered_map<std::string, int> m_lines;
};

} // namespace pathlight::content::detail

// Loaders of the explorer and self-discovery tables (explore_loader.cpp). `occupationsKnown` /
// `clustersKnown`: those files were readable, so references to them can be checked.
namespace pathlight::content::detail {

// `brokenCodes`: codes of occupations.csv rows too malformed to read (already reported).
void loadSpanishTitles(Loader& loader, Catalog& catalog, bool occupationsKnown, const std::set<std::string>& brokenCodes);
// Spanish names of the sub-clusters occupation_clusters.csv uses.
void loadSubClusterNames(Loader& loader, Catalog& catalog, bool clustersKnown);
void loadSubjects(Loader& loader, Catalog& catalog);
void loadClusterSubjects(Loader& loader, Catalog& catalog, bool clustersKnown);
void loadWorkValues(Loader& loader, Catalog& catalog);
void loadStrengths(Loader& loader, Catalog& catalog);
void loadFeatured(Loader& loader, Catalog& catalog, bool occupationsKnown, const std::set<std::string>& brokenCodes);
void loadPrograms(Loader& loader, Catalog& catalog, bool clustersKnown);

} // namespace pathlight::content::detail
