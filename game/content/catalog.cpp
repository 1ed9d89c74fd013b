// loadCatalog: reads every file in content/, validates it and builds the immutable Catalog.
// Collects every problem (file, line, message) instead of stopping at the first, so a counselor
// editing a spreadsheet can fix them all in one go. Reads files only; never writes or logs.
//
// [SECTION] Clusters, job zones, occupations, occupation clusters
// [SECTION] Interest quiz items
// [SECTION] UI strings (JSON)
// [SECTION] Catalog and loadCatalog
#include "content/catalog.hpp"

#include "content/csv.hpp"
#include "content/icons.hpp"
#include "content/table_loader.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <map>
#include <set>
#include <span>
#include <unordered_map>

namespace pathlight::content {

namespace {

namespace fs = std::filesystem;
using namespace detail;

//-----------------------------------------------------------------------------
// [SECTION] Clusters, job zones, occupations, occupation clusters
//-----------------------------------------------------------------------------

constexpr std::string_view kClusterColumns[] = {"id", "name_en", "name_es", "icon", "grouping"};
enum ClusterCol : std::size_t { kClId, kClNameEn, kClNameEs, kClIcon, kClGrouping };

constexpr std::string_view kJobZoneColumns[] = {"zone", "name"};
enum JobZoneCol : std::size_t { kJzZone, kJzName };

// clang-format off
constexpr std::string_view kOccupationColumns[] = {
    "code", "title", "R", "I", "A", "S", "E", "C", "high_point", "job_zone",
    "median_annual", "median_hourly", "wage_note", "typical_education", "growth_pct", "clusters"};
enum OccupationCol : std::size_t {
    kOcCode, kOcTitle, kOcR, kOcI, kOcA, kOcS, kOcE, kOcC, kOcHighPoint, kOcJobZone,
    kOcAnnual, kOcHourly, kOcWageNote, kOcEducation, kOcGrowth, kOcClusters};
// clang-format on

constexpr std::string_view kOccupationClusterColumns[] = {"code", "cluster", "sub_cluster"};
enum OccupationClusterCol : std::size_t { kOccCode, kOccCluster, kOccSubCluster };

constexpr std::string_view kQuizColumns[] = {"id", "area", "icon", "text_en", "text_es"};
enum QuizCol : std::size_t { kQzId, kQzArea, kQzIcon, kQzTextEn, kQzTextEs };

constexpr std::string_view kWageNotes[] = {"", "annual_at_least_239200", "hourly_only", "annual_only",
                                           "not_available"};

constexpr int kMinScore = 1;
constexpr int kMaxScore = 7;
constexpr int kMinJobZone = 1;
constexpr int kMaxJobZone = 5;


// Returns false when the file could not be read, so later checks that refer to clusters stay quiet
// instead of repeating one missing file as hundreds of errors.
bool loadClusters(Loader& loader, Catalog& catalog) {
    const std::string_view file = files::kClusters;
    std::optional<Table> table = loader.readTable(file, kClusterColumns);
    if (!table) {
        return false;
    }
    IdSet ids;
    for (const CsvRecord& row : table->rows) {
        Cluster cluster;
        cluster.id = table->at(row, kClId);
        cluster.name = localized(catalog.strings, table->at(row, kClNameEn), table->at(row, kClNameEs));
        cluster.icon = table->at(row, kClIcon);
        cluster.grouping = table->at(row, kClGrouping);
        if (!isSlug(cluster.id)) {
            loader.error(file, row.line,
                         "id " + inQuotes(cluster.id) + " must be lowercase letters, digits and hyphens");
            continue;
        }
        if (const int first = ids.insert(cluster.id, row.line)) {
            loader.error(file, row.line,
                         "duplicate cluster id " + inQuotes(cluster.id) + " (first on line " +
                             std::to_string(first) + ")");
            continue;
        }
        if (table->at(row, kClNameEn).empty()) {
            loader.error(file, row.line, "name_en is empty");
        }
        if (table->at(row, kClNameEs).empty()) {
            loader.error(file, row.line, "name_es is empty");
        }
        if (cluster.grouping.empty()) {
            loader.error(file, row.line, "grouping is empty");
        }
        checkIcon(loader, file, row.line, cluster.icon);
        catalog.clusters.push_back(std::move(cluster));
    }
    return true;
}

void loadJobZones(Loader& loader, Catalog& catalog) {
    const std::string_view file = files::kJobZones;
    std::optional<Table> table = loader.readTable(file, kJobZoneColumns);
    if (!table) {
        return;
    }
    std::set<int> seen;
    for (const CsvRecord& row : table->rows) {
        const std::string& zoneText = table->at(row, kJzZone);
        const std::optional<int> zone = parseInt(zoneText);
        if (!zone || *zone < kMinJobZone || *zone > kMaxJobZone) {
            loader.error(file, row.line, "zone must be 1–5, got " + inQuotes(zoneText));
            continue;
        }
        if (!seen.insert(*zone).second) {
            loader.error(file, row.line, "zone " + zoneText + " appears twice");
            continue;
        }
        if (table->at(row, kJzName).empty()) {
            loader.error(file, row.line, "name is empty");
        }
        catalog.jobZones.push_back({*zone, "jobzone." + zoneText, table->at(row, kJzName)});
    }
    std::sort(catalog.jobZones.begin(), catalog.jobZones.end(),
              [](const JobZone& a, const JobZone& b) { return a.zone < b.zone; });
}

struct OccupationsRead {
    bool readable = false;        // false: the file could not be read at all (see loadClusters)
    std::set<std::string> broken; // codes on rows too malformed to read (already reported)
};

// A row with a bad value is still kept, so that other files referring to its code don't report
// it a second time; the Catalog is only handed out when there are no errors at all.
OccupationsRead loadOccupations(Loader& loader, Catalog& catalog, bool clustersKnown) {
    const std::string_view file = files::kOccupations;
    OccupationsRead read;
    std::optional<Table> table = loader.readTable(file, kOccupationColumns);
    if (!table) {
        return read;
    }
    read.readable = true;
    for (const CsvRecord& row : table->malformed) {
        if (table->column[kOcCode] < row.fields.size()) {
            read.broken.insert(row.fields[table->column[kOcCode]]);
        }
    }
    std::unordered_map<std::string_view, int> clusterIndex;
    for (std::size_t i = 0; i < catalog.clusters.size(); ++i) {
        clusterIndex.emplace(catalog.clusters[i].id, static_cast<int>(i));
    }

    IdSet codes;
    catalog.occupations.reserve(table->rows.size());
    for (const CsvRecord& row : table->rows) {
        const int line = row.line;
        Occupation occ;
        occ.code = table->at(row, kOcCode);
        if (!isOnetCode(occ.code)) {
            loader.error(file, line,
                         "code " + inQuotes(occ.code) + " is not an O*NET-SOC code like 29-1141.00");
            continue;
        }
        if (const int first = codes.insert(occ.code, line)) {
            loader.error(file, line,
                         "duplicate code " + occ.code + " (first on line " + std::to_string(first) + ")");
            continue;
        }
        occ.title.set(Lang::english(), table->at(row, kOcTitle));
        if (occ.title.english().empty()) {
            loader.error(file, line, "title is empty");
        }
        for (const core::Area area : core::kAllAreas) {
            const std::size_t col = kOcR + static_cast<std::size_t>(core::index(area));
            const std::string& text = table->at(row, col);
            const std::optional<double> score = parseNumber(text);
            if (!score) {
                loader.error(file, line,
                             std::string(kOccupationColumns[col]) + " must be a number from 1 to 7, got " +
                                 inQuotes(text));
            } else if (*score < kMinScore || *score > kMaxScore) {
                loader.error(file, line,
                             std::string(kOccupationColumns[col]) + " must be from 1 to 7, got " + text);
            } else {
                occ.interests[static_cast<std::size_t>(core::index(area))] = *score;
            }
        }
        occ.highPoint = table->at(row, kOcHighPoint);
        const bool highPointOk = !occ.highPoint.empty() && occ.highPoint.size() <= 3 &&
                                 std::all_of(occ.highPoint.begin(), occ.highPoint.end(), [](char c) {
                                     return c >= 'A' && c <= 'Z' && core::areaFromLetter(c).has_value();
                                 });
        if (!highPointOk) {
            loader.error(file, line,
                         "high_point must be 1–3 of the letters R I A S E C, got " + inQuotes(occ.highPoint));
        }
        const std::string& zoneText = table->at(row, kOcJobZone);
        const std::optional<int> zone = parseInt(zoneText);
        if (!zone || *zone < kMinJobZone || *zone > kMaxJobZone) {
            loader.error(file, line, "job_zone must be 1–5, got " + inQuotes(zoneText));
        } else {
            occ.jobZone = *zone;
        }
        auto optionalNumber = [&](std::size_t col, std::optional<double>& out) {
            const std::string& text = table->at(row, col);
            if (text.empty()) {
                return;
            }
            out = parseNumber(text);
            if (!out) {
                loader.error(file, line,
                             std::string(kOccupationColumns[col]) + " must be a number or empty, got " +
                                 inQuotes(text));
            }
        };
        optionalNumber(kOcAnnual, occ.medianAnnual);
        optionalNumber(kOcHourly, occ.medianHourly);
        optionalNumber(kOcGrowth, occ.growthPct);
        occ.wageNote = table->at(row, kOcWageNote);
        if (std::find(std::begin(kWageNotes), std::end(kWageNotes), occ.wageNote) == std::end(kWageNotes)) {
            loader.error(file, line, "unknown wage_note " + inQuotes(occ.wageNote));
        }
        occ.typicalEducation = table->at(row, kOcEducation);
        if (clustersKnown) {
            for (const std::string_view id : splitList(table->at(row, kOcClusters), ';')) {
                const auto it = clusterIndex.find(id);
                if (it == clusterIndex.end()) {
                    loader.error(file, line,
                                 "unknown cluster id " + inQuotes(id) + " (not in clusters/clusters.csv)");
                } else if (std::find(occ.clusters.begin(), occ.clusters.end(), it->second) ==
                           occ.clusters.end()) {
                    occ.clusters.push_back(it->second);
                }
            }
        }
        catalog.occupations.push_back(std::move(occ));
    }
    std::sort(catalog.occupations.begin(), catalog.occupations.end(),
              [](const Occupation& a, const Occupation& b) { return a.code < b.code; });
    return read;
}

// `othersKnown`: clusters.csv and occupations.csv were both readable, so references can be checked.
void loadOccupationClusters(Loader& loader, Catalog& catalog, bool othersKnown,
                            const std::set<std::string>& brokenCodes) {
    const std::string_view file = files::kOccupationClusters;
    std::optional<Table> table = loader.readTable(file, kOccupationClusterColumns);
    if (!table || !othersKnown) {
        return;
    }
    std::vector<std::set<std::string>> clusterSubs(catalog.clusters.size());
    for (const CsvRecord& row : table->rows) {
        const std::string& code = table->at(row, kOccCode);
        const std::string& clusterId = table->at(row, kOccCluster);
        const std::string& sub = table->at(row, kOccSubCluster);
        if (brokenCodes.count(code) > 0) {
            continue; // its row in occupations.csv is already reported
        }
        const std::optional<std::size_t> occIndex = catalog.findOccupation(code);
        const std::optional<std::size_t> clusterIndex = catalog.findCluster(clusterId);
        if (!clusterIndex) {
            loader.error(file, row.line,
                         "unknown cluster id " + inQuotes(clusterId) + " (not in clusters/clusters.csv)");
            continue;
        }
        if (!occIndex) {
            loader.error(file, row.line,
                         "unknown occupation code " + inQuotes(code) + " (not in careers/occupations.csv)");
            continue;
        }
        Occupation& occ = catalog.occupations[*occIndex];
        const int cluster = static_cast<int>(*clusterIndex);
        if (std::find(occ.clusters.begin(), occ.clusters.end(), cluster) == occ.clusters.end()) {
            loader.error(file, row.line,
                         code + " is not in cluster " + inQuotes(clusterId) + " in careers/occupations.csv");
            continue;
        }
        if (sub.empty()) {
            loader.error(file, row.line, "sub_cluster is empty");
            continue;
        }
        if (std::find(occ.subClusters.begin(), occ.subClusters.end(), sub) == occ.subClusters.end()) {
            occ.subClusters.push_back(sub);
        }
        clusterSubs[*clusterIndex].insert(sub);
    }
    for (Occupation& occ : catalog.occupations) {
        std::sort(occ.subClusters.begin(), occ.subClusters.end());
    }
    for (std::size_t i = 0; i < catalog.clusters.size(); ++i) {
        catalog.clusters[i].subClusters.assign(clusterSubs[i].begin(), clusterSubs[i].end());
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Interest quiz items
//-----------------------------------------------------------------------------

void loadQuizItems(Loader& loader, Catalog& catalog) {
    const std::string_view file = files::kInterestItems;
    std::optional<Table> table = loader.readTable(file, kQuizColumns);
    if (!table) {
        return;
    }
    IdSet ids;
    std::array<std::size_t, core::kAreaCount> perArea{};
    for (const CsvRecord& row : table->rows) {
        QuizItem item{};
        item.id = table->at(row, kQzId);
        if (item.id.empty()) {
            loader.error(file, row.line, "id is empty");
            continue;
        }
        if (const int first = ids.insert(item.id, row.line)) {
            loader.error(file, row.line,
                         "duplicate id " + inQuotes(item.id) + " (first on line " + std::to_string(first) +
                             ")");
            continue;
        }
        const std::string& areaText = table->at(row, kQzArea);
        const std::optional<core::Area> area =
            areaText.size() == 1 ? core::areaFromLetter(areaText[0]) : std::optional<core::Area>{};
        if (!area) {
            loader.error(file, row.line, "area must be one of R, I, A, S, E, C, got " + inQuotes(areaText));
            continue; // it counts for no area, so the area check below may also fire
        }
        item.area = *area;
        // Other problems don't change which area the item counts for, so the per-area check
        // below only fires when items are really missing.
        ++perArea[static_cast<std::size_t>(core::index(item.area))];
        item.icon = table->at(row, kQzIcon);
        checkIcon(loader, file, row.line, item.icon);
        item.text = localized(catalog.strings, table->at(row, kQzTextEn), table->at(row, kQzTextEs));
        if (table->at(row, kQzTextEn).empty()) {
            loader.error(file, row.line, "text_en is empty");
        }
        if (table->at(row, kQzTextEs).empty()) {
            loader.error(file, row.line, "text_es is empty");
        }
        catalog.interestItems.push_back(std::move(item));
    }
    for (const core::Area area : core::kAllAreas) {
        const std::size_t count = perArea[static_cast<std::size_t>(core::index(area))];
        if (count < kMinQuizItemsPerArea) {
            loader.error(file, 0,
                         "area " + std::string(1, core::areaLetter(area)) + " has " + std::to_string(count) +
                             " items; the quiz needs at least " + std::to_string(kMinQuizItemsPerArea));
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] UI strings (JSON)
//-----------------------------------------------------------------------------

// 1-based line of byte offset `pos` (an offset just past the character in question, as
// nlohmann reports it). A position on a newline counts as the line that newline ends.
int lineAt(std::string_view text, std::size_t pos) {
    pos = std::min(pos, text.size());
    const std::size_t before = pos > 0 ? pos - 1 : 0;
    return 1 + static_cast<int>(
                   std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(before), '\n'));
}

// Lines of the top-level object's keys, in document order. Only called on text nlohmann has
// already accepted, so the scan can be simple: strings, nesting and "key:" pairs at depth 1.
std::vector<int> topLevelKeyLines(std::string_view text) {
    std::vector<int> lines;
    int line = 1;
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            const int startLine = line;
            ++i;
            while (i < text.size() && text[i] != '"') {
                if (text[i] == '\\') {
                    ++i;
                } else if (text[i] == '\n') {
                    ++line;
                }
                ++i;
            }
            if (depth == 1) {
                std::size_t j = i + 1;
                while (j < text.size() &&
                       (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) {
                    ++j;
                }
                if (j < text.size() && text[j] == ':') {
                    lines.push_back(startLine);
                }
            }
        }
    }
    return lines;
}

// SAX handler for a flat {"key": "text"} object: keeps string values, notes anything else.
class StringsSax {
  public:
    using json = nlohmann::json;

    struct Problem {
        std::size_t keyIndex; // which top-level key (document order)
        std::string message;
    };

    Strings::Table table;
    std::vector<Problem> problems;
    std::vector<std::string> keysInOrder;
    bool notAnObject = false;
    std::optional<std::size_t> errorPosition;
    std::string errorMessage;

    bool null() { return scalar("null"); }
    bool boolean(bool) { return scalar("true/false"); }
    bool number_integer(json::number_integer_t) { return scalar("a number"); }
    bool number_unsigned(json::number_unsigned_t) { return scalar("a number"); }
    bool number_float(json::number_float_t, const json::string_t&) { return scalar("a number"); }
    bool binary(json::binary_t&) { return scalar("binary data"); }
    bool string(json::string_t& value) {
        if (m_depth == 0) {
            notAnObject = true;
        } else if (m_depth == 1 && m_topIsObject) {
            const auto [it, added] = table.emplace(keysInOrder.back(), value);
            if (!added) {
                problems.push_back({keysInOrder.size() - 1, "key " + inQuotes(it->first) + " appears twice"});
            }
        }
        return true;
    }
    bool start_object(std::size_t) { return open("an object"); }
    bool start_array(std::size_t) { return open("a list"); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& name) {
        if (m_depth == 1 && m_topIsObject) {
            keysInOrder.push_back(name);
        }
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        errorPosition = position;
        // Keep nlohmann's reason ("syntax error while parsing object - unexpected '}'; ...") but
        // drop its own prefix and position, which we report as file:line instead.
        std::string what = ex.what();
        const std::size_t column = what.find("column ");
        const std::size_t colon = column == std::string::npos ? what.find(": ") : what.find(": ", column);
        errorMessage = colon == std::string::npos ? what : what.substr(colon + 2);
        return false;
    }

  private:
    bool scalar(const char* kind) {
        if (m_depth == 0) {
            notAnObject = true;
        } else if (m_depth == 1 && m_topIsObject) {
            problems.push_back({keysInOrder.size() - 1, "the value of " + inQuotes(keysInOrder.back()) +
                                                            " must be text in quotes, not " + kind});
        }
        return true;
    }
    bool open(const char* kind) {
        if (m_depth == 0) {
            m_topIsObject = std::string_view(kind) == "an object";
            notAnObject = notAnObject || !m_topIsObject;
        } else if (m_depth == 1 && m_topIsObject) {
            problems.push_back({keysInOrder.size() - 1, "the value of " + inQuotes(keysInOrder.back()) +
                                                            " must be text in quotes, not " + kind});
        }
        ++m_depth;
        return true;
    }
    bool close() {
        --m_depth;
        return true;
    }

    int m_depth = 0;
    bool m_topIsObject = false;
};

struct StringsFile {
    bool loaded = false;
    Strings::Table table;
    std::map<std::string, int, std::less<>> keyLines;
};

StringsFile loadStringsFile(Loader& loader, std::string_view file) {
    StringsFile result;
    const std::optional<std::string> text = loader.readFile(file);
    if (!text) {
        return result;
    }
    StringsSax sax;
    const bool parsed = nlohmann::json::sax_parse(*text, &sax);
    if (!parsed) {
        loader.error(file, lineAt(*text, sax.errorPosition.value_or(0)),
                     "not valid JSON: " + sax.errorMessage);
        return result;
    }
    if (sax.notAnObject) {
        loader.error(file, 1, "must be one JSON object of \"key\": \"text\" pairs");
        return result;
    }
    const std::vector<int> lines = topLevelKeyLines(*text);
    auto lineOf = [&](std::size_t keyIndex) { return keyIndex < lines.size() ? lines[keyIndex] : 0; };
    for (const StringsSax::Problem& problem : sax.problems) {
        loader.error(file, lineOf(problem.keyIndex), problem.message);
    }
    for (std::size_t i = 0; i < sax.keysInOrder.size(); ++i) {
        result.keyLines.emplace(sax.keysInOrder[i], lineOf(i));
    }
    result.table = std::move(sax.table);
    result.loaded = true;
    return result;
}

// The {name} placeholders in a string, sorted.
std::set<std::string_view> placeholders(std::string_view text) {
    std::set<std::string_view> names;
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string_view::npos) {
        const std::size_t close = text.find('}', pos + 1);
        if (close == std::string_view::npos) {
            break;
        }
        const std::string_view name = text.substr(pos + 1, close - pos - 1);
        const bool isName = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        });
        if (isName) {
            names.insert(name);
            pos = close + 1;
        } else {
            pos += 1;
        }
    }
    return names;
}

std::string joinPlaceholders(const std::set<std::string_view>& names) {
    if (names.empty()) {
        return "none";
    }
    std::string out;
    for (const std::string_view name : names) {
        out += out.empty() ? "{" : ", {";
        out.append(name);
        out += '}';
    }
    return out;
}

// Checks that a pair of string files (English and Spanish) hold the same keys and the same
// {placeholders} per key.
void checkStringPair(Loader& loader, const StringsFile& en, std::string_view enFile, const StringsFile& es,
                     std::string_view esFile) {
    // A key in one language only would show up as a raw key (or in English) for some learners.
    auto missingFrom = [&](const StringsFile& have, std::string_view haveFile, const StringsFile& lack,
                           std::string_view lackFile) {
        for (const auto& [key, line] : have.keyLines) {
            if (lack.keyLines.find(key) == lack.keyLines.end()) {
                loader.error(lackFile, 0,
                             "missing key " + inQuotes(key) + " (it is in " + std::string(haveFile) + " line " +
                                 std::to_string(line) + ")");
            }
        }
    };
    missingFrom(en, enFile, es, esFile);
    missingFrom(es, esFile, en, enFile);
    for (const auto& [key, textEn] : en.table) {
        const auto it = es.table.find(key);
        if (it == es.table.end()) {
            continue;
        }
        if (textEn.find('{') == std::string::npos && it->second.find('{') == std::string::npos) {
            continue;
        }
        const auto namesEn = placeholders(textEn);
        const auto namesEs = placeholders(it->second);
        if (namesEn != namesEs) {
            const auto lineEs = es.keyLines.find(key);
            loader.error(esFile, lineEs == es.keyLines.end() ? 0 : lineEs->second,
                         "placeholders of " + inQuotes(key) + " differ from " + std::string(enFile) + ": en has " +
                             joinPlaceholders(namesEn) + ", es has " + joinPlaceholders(namesEs));
        }
    }
}

// Texts kept apart from strings/<lang>.json, one folder per part of the app: every subfolder of
// `root` holds <lang>.json files whose keys all start with `keyPrefix` + the folder name + ".". Mini-
// games keep theirs in minigames/<id>/ ("game.<id>.…"); a feature keeps its own in strings/<part>/
// ("<part>.…"), so two people adding screens never edit the same file. They join the app's tables
// (a key can't be in two files), and each language must have the same keys as English.
void loadStringFolders(Loader& loader, const std::filesystem::path& dir, std::string_view root,
                       std::string_view keyPrefix, const Strings& strings, std::vector<StringsFile>& into) {
    std::error_code ec;
    const std::filesystem::path folder = dir / root;
    if (!std::filesystem::is_directory(folder, ec)) {
        return;
    }
    std::vector<std::string> ids;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.is_directory(ec)) {
            ids.push_back(entry.path().filename().string());
        }
    }
    std::sort(ids.begin(), ids.end());
    for (const std::string& id : ids) {
        const std::string base = std::string(root) + "/" + id + "/";
        const std::string prefix = std::string(keyPrefix) + id + ".";
        std::vector<StringsFile> part;
        for (const Lang lang : strings.languages()) {
            const std::string file = base + std::string(strings.code(lang)) + ".json";
            part.push_back(loadStringsFile(loader, file));
            if (lang.index() > 0 && part.front().loaded && part.back().loaded) {
                checkStringPair(loader, part.front(), base + "en.json", part.back(), file);
            }
            for (auto& [key, text] : part.back().table) {
                const int line = part.back().keyLines.count(key) ? part.back().keyLines.at(key) : 0;
                if (key.rfind(prefix, 0) != 0) {
                    loader.error(file, line, "key " + inQuotes(key) + " must start with " + inQuotes(prefix));
                } else if (!into[lang.index()].table.emplace(key, text).second) {
                    loader.error(file, line, "key " + inQuotes(key) + " is defined twice");
                }
            }
        }
    }
}

// The languages are the files in strings/: English first (every other language falls back to
// it), then the others by code. Called before anything else, so every table can fill its texts
// per language. Without a strings folder (a careers-only folder) the languages are English and Spanish.
void findLanguages(Loader& loader, Catalog& catalog, const std::filesystem::path& dir, bool careersOnly) {
    std::vector<std::string> codes;
    std::error_code ec;
    const std::filesystem::path folder = dir / "strings";
    if (std::filesystem::is_directory(folder, ec)) {
        for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
            const std::filesystem::path& path = entry.path();
            if (path.extension() == ".json" && entry.is_regular_file(ec)) {
                codes.push_back(path.stem().string());
            }
        }
    }
    std::sort(codes.begin(), codes.end());
    const auto en = std::find(codes.begin(), codes.end(), "en");
    if (en == codes.end()) {
        if (!careersOnly) {
            loader.error(files::kStringsEn, 0, "missing: English is the language every other one falls back to");
        }
        codes = {"es"};
    } else {
        codes.erase(en);
    }
    // The tables (careers, quiz items, clubs…) have English and Spanish columns: both languages must
    // have their strings too, or Spanish readers would see raw keys.
    if (!careersOnly && std::find(codes.begin(), codes.end(), "es") == codes.end()) {
        loader.error(files::kStringsEs, 0, "file is missing (the content's tables are in English and Spanish)");
    }
    catalog.strings.addLanguage("en", {});
    for (std::string& code : codes) {
        catalog.strings.addLanguage(std::move(code), {});
    }
}

void loadStrings(Loader& loader, Catalog& catalog, const std::filesystem::path& dir) {
    std::vector<StringsFile> loaded;
    for (const Lang lang : catalog.strings.languages()) {
        const std::string file = "strings/" + std::string(catalog.strings.code(lang)) + ".json";
        loaded.push_back(loadStringsFile(loader, file));
        if (lang.index() > 0 && loaded.front().loaded && loaded.back().loaded) {
            checkStringPair(loader, loaded.front(), files::kStringsEn, loaded.back(), file);
        }
    }
    loadStringFolders(loader, dir, "strings", "", catalog.strings, loaded);
    loadStringFolders(loader, dir, files::kGamesDir, "game.", catalog.strings, loaded);
    for (const Lang lang : catalog.strings.languages()) {
        catalog.strings.table(lang) = std::move(loaded[lang.index()].table);
    }
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Catalog and loadCatalog
//-----------------------------------------------------------------------------

std::optional<std::size_t> Catalog::findOccupation(const std::string& code) const {
    const auto it =
        std::lower_bound(occupations.begin(), occupations.end(), code,
                         [](const Occupation& occ, const std::string& key) { return occ.code < key; });
    if (it == occupations.end() || it->code != code) {
        return std::nullopt;
    }
    return static_cast<std::size_t>(it - occupations.begin());
}

std::optional<std::size_t> Catalog::findQuizItem(const std::string& id) const {
    for (std::size_t i = 0; i < interestItems.size(); ++i) {
        if (interestItems[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> Catalog::findCluster(std::string_view id) const {
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        if (clusters[i].id == id) {
            return i;
        }
    }
    return std::nullopt;
}

namespace {
template <class T> const T* findById(const std::vector<T>& list, std::string_view id) {
    const auto it = std::find_if(list.begin(), list.end(), [&](const T& entry) { return entry.id == id; });
    return it == list.end() ? nullptr : &*it;
}
} // namespace

const WorkValue* Catalog::findWorkValue(std::string_view id) const {
    return findById(workValues, id);
}
const ValueCard* Catalog::findValueCard(std::string_view id) const {
    return findById(valueCards, id);
}
const Strength* Catalog::findStrength(std::string_view id) const {
    return findById(strengths, id);
}

const FeaturedCareer* Catalog::featuredFor(std::size_t occupation) const {
    if (occupation >= occupations.size() || occupations[occupation].featured < 0) {
        return nullptr;
    }
    return &featured[static_cast<std::size_t>(occupations[occupation].featured)];
}

const std::string& Catalog::subClusterName(const std::string& nameEn, Lang lang) const {
    for (const Cluster& cluster : clusters) {
        const auto it = std::lower_bound(cluster.subClusters.begin(), cluster.subClusters.end(), nameEn);
        if (it != cluster.subClusters.end() && *it == nameEn &&
            cluster.subClusterNames.size() == cluster.subClusters.size()) {
            const std::string& name = cluster.subClusterNames[static_cast<std::size_t>(it - cluster.subClusters.begin())].in(lang);
            return name.empty() ? nameEn : name;
        }
    }
    return nameEn;
}

std::vector<core::OccupationProfile> Catalog::matchProfiles() const {
    std::vector<core::OccupationProfile> profiles;
    profiles.reserve(occupations.size());
    for (const Occupation& occ : occupations) {
        profiles.push_back({occ.code, occ.interests, occ.highPoint, occ.jobZone, occ.clusters});
    }
    return profiles;
}

std::string ContentError::toString() const {
    std::string out = file;
    if (line > 0) {
        out += ':';
        out += std::to_string(line);
    }
    out += ": ";
    out += message;
    return out;
}

namespace {

core::Result<Catalog> load(const std::filesystem::path& dir, LoadReport* report, bool careersOnly) {
    Loader loader(dir);
    Catalog catalog;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        loader.error(".", 0, "content folder " + inQuotes(dir.string()) + " does not exist");
    } else {
        findLanguages(loader, catalog, dir, careersOnly);
        const bool clustersKnown = loadClusters(loader, catalog);
        loadJobZones(loader, catalog);
        const OccupationsRead occupations = loadOccupations(loader, catalog, clustersKnown);
        loadOccupationClusters(loader, catalog, clustersKnown && occupations.readable, occupations.broken);
        loadSpanishTitles(loader, catalog, occupations.readable, occupations.broken);
        loadSubClusterNames(loader, catalog, clustersKnown && occupations.readable);
        if (!careersOnly) {
            loadQuizItems(loader, catalog);
            loadStrings(loader, catalog, dir);
            // Subjects, values and strengths first: clusters and featured careers refer to them.
            loadSubjects(loader, catalog);
            loadWorkValues(loader, catalog);
            loadStrengths(loader, catalog);
            loadClusterSubjects(loader, catalog, clustersKnown);
            loadFeatured(loader, catalog, clustersKnown && occupations.readable, occupations.broken);
            loadPrograms(loader, catalog, clustersKnown);
        }
    }

    std::vector<ContentError>& errors = loader.errors();
    if (report != nullptr) {
        report->errors = errors;
    }
    if (errors.empty()) {
        return catalog;
    }
    std::string detail;
    for (const ContentError& error : errors) {
        if (!detail.empty()) {
            detail += '\n';
        }
        detail += error.toString();
    }
    return core::makeError("Pathlight's content has problems, so it can't start.", std::move(detail),
                           "content.invalid");
}

} // namespace

core::Result<Catalog> loadCatalog(const std::filesystem::path& dir, LoadReport* report) {
    return load(dir, report, false);
}

core::Result<Catalog> loadCareerCatalog(const std::filesystem::path& dir, LoadReport* report) {
    return load(dir, report, true);
}

} // namespace pathlight::content
