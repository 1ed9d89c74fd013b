// `pathlight-tool import-data`: rebuilds content/careers and content/clusters from the career data
// in ../shared/data (O*NET 29.3, BLS OEWS/EP, Advance CTE 2024 clusters; see its SOURCES.md).
// Owns the fixed table of the 14 clusters' ids, Spanish names, icons and groupings. Writes only the
// four generated files; output is sorted with LF endings, so re-running gives identical bytes.
//
// [SECTION] The 14 clusters of the 2024 framework
// [SECTION] Reading the source tables
// [SECTION] Building and writing the content tables
// [SECTION] Command line
#include "commands.hpp"

#include "content/catalog.hpp"
#include "content/csv.hpp"
#include "content/icons.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace pathlight::tool {

namespace {

namespace fs = std::filesystem;

//-----------------------------------------------------------------------------
// [SECTION] The 14 clusters of the 2024 framework
//-----------------------------------------------------------------------------

// nameEn is Advance CTE's name exactly as it appears in career_clusters_2024.csv. Groupings
// follow the framework's cluster groupings, with its three cross-cutting clusters together.
struct ClusterInfo {
    std::string_view nameEn;
    std::string_view id;
    std::string_view nameEs;
    std::string_view icon; // Font Awesome 4.7
    std::string_view grouping;
};

constexpr ClusterInfo kClusters[] = {
    {"Advanced Manufacturing", "advanced-manufacturing", "Manufactura avanzada", "industry",
     "building-moving"},
    {"Agriculture", "agriculture", "Agricultura", "leaf", "cultivating-resources"},
    {"Arts, Entertainment, & Design", "arts-entertainment-design", "Artes, entretenimiento y diseño",
     "paint-brush", "creating-experiencing"},
    {"Construction", "construction", "Construcción", "building", "building-moving"},
    {"Digital Technology", "digital-technology", "Tecnología digital", "laptop", "cross-cutting"},
    {"Education", "education", "Educación", "graduation-cap", "caring-communities"},
    {"Energy & Natural Resources", "energy-natural-resources", "Energía y recursos naturales", "bolt",
     "cultivating-resources"},
    {"Financial Services", "financial-services", "Servicios financieros", "money", "investing-future"},
    {"Healthcare & Human Services", "healthcare-human-services", "Salud y servicios humanos", "heartbeat",
     "caring-communities"},
    {"Hospitality, Events, & Tourism", "hospitality-events-tourism", "Hotelería, eventos y turismo",
     "suitcase", "creating-experiencing"},
    {"Management & Entrepreneurship", "management-entrepreneurship", "Administración y emprendimiento",
     "briefcase", "cross-cutting"},
    {"Marketing & Sales", "marketing-sales", "Mercadeo y ventas", "bullhorn", "cross-cutting"},
    {"Public Service & Safety", "public-service-safety", "Servicio público y seguridad", "shield",
     "caring-communities"},
    {"Supply Chain & Transportation", "supply-chain-transportation", "Cadena de suministro y transporte",
     "truck", "building-moving"},
};

const ClusterInfo* findCluster(std::string_view nameEn) {
    for (const ClusterInfo& info : kClusters) {
        if (info.nameEn == nameEn) {
            return &info;
        }
    }
    return nullptr;
}

//-----------------------------------------------------------------------------
// [SECTION] Reading the source tables
//-----------------------------------------------------------------------------

// A failure with a message a person can act on; the import stops at the first one, because
// the source data is generated and should never be partly wrong.
struct ImportError {
    std::string message;
};

struct SourceTable {
    std::string file; // for messages
    std::vector<content::CsvRecord> rows;
    std::map<std::string, std::size_t, std::less<>> columns;

    const std::string& at(const content::CsvRecord& row, std::string_view column) const {
        return row.fields[columns.find(column)->second];
    }
};

std::optional<ImportError> readSource(const fs::path& path, std::initializer_list<std::string_view> required,
                                      SourceTable& out) {
    out.file = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return ImportError{"can't open " + out.file};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    content::CsvDocument doc = content::parseCsv(buffer.str());
    if (!doc.ok()) {
        return ImportError{out.file + ":" + std::to_string(doc.problems.front().line) + ": " +
                           doc.problems.front().message};
    }
    if (doc.records.empty()) {
        return ImportError{out.file + ": file is empty"};
    }
    const content::CsvRecord& header = doc.records.front();
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        out.columns.emplace(header.fields[i], i);
    }
    for (const std::string_view column : required) {
        if (out.columns.find(column) == out.columns.end()) {
            return ImportError{out.file + ":1: missing column \"" + std::string(column) + "\""};
        }
    }
    for (std::size_t r = 1; r < doc.records.size(); ++r) {
        if (doc.records[r].fields.size() != header.fields.size()) {
            return ImportError{out.file + ":" + std::to_string(doc.records[r].line) + ": expected " +
                               std::to_string(header.fields.size()) + " fields, found " +
                               std::to_string(doc.records[r].fields.size())};
        }
        out.rows.push_back(std::move(doc.records[r]));
    }
    return std::nullopt;
}

bool isNumber(std::string_view text) {
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return !text.empty() && ec == std::errc() && ptr == end;
}

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

//-----------------------------------------------------------------------------
// [SECTION] Building and writing the content tables
//-----------------------------------------------------------------------------

struct ImportSummary {
    std::size_t occupations = 0;
    std::size_t clusters = 0;
    std::size_t links = 0;
    std::size_t jobZones = 0;
    std::vector<std::string> warnings;
};

// Writes through a temporary file and a rename, so an interrupted import never leaves half a file.
std::optional<ImportError> writeFile(const fs::path& path, const std::string& text) {
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
        return ImportError{"can't create " + path.parent_path().string() + ": " + ec.message()};
    }
    const fs::path temp = path.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            return ImportError{"can't write " + temp.string()};
        }
    }
    fs::rename(temp, path, ec);
    if (ec) {
        return ImportError{"can't replace " + path.string() + ": " + ec.message()};
    }
    return std::nullopt;
}

std::optional<ImportError> importData(const fs::path& dataDir, const fs::path& outDir,
                                      ImportSummary& summary) {
    SourceTable occupations;
    SourceTable clusterRows;
    SourceTable jobZones;
    if (auto error =
            readSource(dataDir / "occupations.csv",
                       {"onet_soc_code", "soc_code", "title", "riasec_R", "riasec_I", "riasec_A", "riasec_S",
                        "riasec_E", "riasec_C", "high_point_code", "job_zone", "median_annual_wage_usd",
                        "median_hourly_wage_usd", "wage_note", "typical_education",
                        "employment_change_pct_2024_34", "bls_soc_code", "cluster_2024"},
                       occupations)) {
        return error;
    }
    if (auto error = readSource(dataDir / "career_clusters_2024.csv",
                                {"soc_code", "career_cluster", "sub_cluster"}, clusterRows)) {
        return error;
    }
    if (auto error = readSource(dataDir / "job_zone_reference.csv", {"job_zone", "name"}, jobZones)) {
        return error;
    }

    // Sub-cluster names differ only in case in a few source rows ("water systems"); use the
    // spelling seen most often in that cluster (ties: the one sorting first, i.e. capitalised).
    std::map<std::pair<std::string, std::string>, std::map<std::string, int>> spellings;
    for (const content::CsvRecord& row : clusterRows.rows) {
        const std::string& cluster = clusterRows.at(row, "career_cluster");
        if (findCluster(cluster) == nullptr) {
            return ImportError{clusterRows.file + ":" + std::to_string(row.line) + ": cluster \"" + cluster +
                               "\" is not in the importer's table; add it to kClusters in "
                               "tools/pathlight-tool/import_command.cpp"};
        }
        ++spellings[{cluster, lower(clusterRows.at(row, "sub_cluster"))}][clusterRows.at(row, "sub_cluster")];
    }
    auto canonicalSub = [&](const std::string& cluster, const std::string& sub) {
        const auto& counts = spellings.at({cluster, lower(sub)});
        return std::max_element(counts.begin(), counts.end(),
                                [](const auto& a, const auto& b) {
                                    return a.second != b.second ? a.second < b.second : a.first > b.first;
                                })
            ->first;
    };

    // SOC code -> {(cluster id, sub-cluster)}
    std::map<std::string, std::set<std::pair<std::string, std::string>>, std::less<>> membership;
    std::set<std::string_view> clustersSeen;
    for (const content::CsvRecord& row : clusterRows.rows) {
        const std::string& cluster = clusterRows.at(row, "career_cluster");
        const ClusterInfo* info = findCluster(cluster);
        clustersSeen.insert(info->nameEn);
        membership[clusterRows.at(row, "soc_code")].emplace(
            std::string(info->id), canonicalSub(cluster, clusterRows.at(row, "sub_cluster")));
    }
    for (const ClusterInfo& info : kClusters) {
        if (clustersSeen.count(info.nameEn) == 0) {
            summary.warnings.push_back("cluster \"" + std::string(info.nameEn) + "\" has no occupations in " +
                                       clusterRows.file);
        }
    }

    // Occupations with O*NET interest scores (the others are "All Other" titles and military jobs).
    std::map<std::string, std::vector<std::string>> occupationRows; // code -> output fields (sorted by code)
    std::set<std::tuple<std::string, std::string, std::string>> links;
    constexpr std::string_view kScoreColumns[] = {"riasec_R", "riasec_I", "riasec_A",
                                                  "riasec_S", "riasec_E", "riasec_C"};
    for (const content::CsvRecord& row : occupations.rows) {
        if (occupations.at(row, "riasec_R").empty()) {
            continue;
        }
        const std::string where = occupations.file + ":" + std::to_string(row.line) + ": ";
        const std::string& code = occupations.at(row, "onet_soc_code");
        std::vector<std::string> fields{code, occupations.at(row, "title")};
        for (const std::string_view column : kScoreColumns) {
            const std::string& score = occupations.at(row, column);
            if (!isNumber(score)) {
                return ImportError{where + std::string(column) + " is not a number: \"" + score + "\""};
            }
            fields.push_back(score);
        }
        const std::string& zone = occupations.at(row, "job_zone");
        if (zone.size() != 1 || zone[0] < '1' || zone[0] > '5') {
            return ImportError{where + "job_zone must be 1-5, got \"" + zone + "\""};
        }
        for (const std::string_view column :
             {"median_annual_wage_usd", "median_hourly_wage_usd", "employment_change_pct_2024_34"}) {
            const std::string& value = occupations.at(row, column);
            if (!value.empty() && !isNumber(value)) {
                return ImportError{where + std::string(column) + " is not a number: \"" + value + "\""};
            }
        }
        fields.push_back(occupations.at(row, "high_point_code"));
        fields.push_back(zone);
        fields.push_back(occupations.at(row, "median_annual_wage_usd"));
        fields.push_back(occupations.at(row, "median_hourly_wage_usd"));
        fields.push_back(occupations.at(row, "wage_note"));
        fields.push_back(occupations.at(row, "typical_education"));
        fields.push_back(occupations.at(row, "employment_change_pct_2024_34"));

        const std::string& blsCode = occupations.at(row, "bls_soc_code");
        const std::string& key = blsCode.empty() ? occupations.at(row, "soc_code") : blsCode;
        std::set<std::string> ids;
        std::set<std::string_view> names;
        if (const auto it = membership.find(key); it != membership.end()) {
            for (const auto& [id, sub] : it->second) {
                ids.insert(id);
                links.emplace(code, id, sub);
            }
        }
        for (const std::string& id : ids) {
            for (const ClusterInfo& info : kClusters) {
                if (info.id == id) {
                    names.insert(info.nameEn);
                }
            }
        }
        // Cross-check against the source's own summary column.
        std::string joinedNames;
        for (const std::string_view name : names) {
            joinedNames += (joinedNames.empty() ? "" : "; ") + std::string(name);
        }
        if (joinedNames != occupations.at(row, "cluster_2024")) {
            summary.warnings.push_back(where + "clusters from career_clusters_2024.csv (" + joinedNames +
                                       ") differ from cluster_2024 (" + occupations.at(row, "cluster_2024") +
                                       ")");
        }
        std::string joinedIds;
        for (const std::string& id : ids) {
            joinedIds += (joinedIds.empty() ? "" : ";") + id;
        }
        fields.push_back(joinedIds);
        if (!occupationRows.emplace(code, std::move(fields)).second) {
            return ImportError{where + "duplicate onet_soc_code " + code};
        }
    }

    std::string occupationsCsv;
    occupationsCsv.reserve(occupationRows.size() * 160);
    content::appendCsvRecord(occupationsCsv, {"code", "title", "R", "I", "A", "S", "E", "C", "high_point",
                                              "job_zone", "median_annual", "median_hourly", "wage_note",
                                              "typical_education", "growth_pct", "clusters"});
    for (const auto& [code, fields] : occupationRows) {
        content::appendCsvRecord(occupationsCsv, fields);
    }

    std::string linksCsv;
    content::appendCsvRecord(linksCsv, {"code", "cluster", "sub_cluster"});
    for (const auto& [code, id, sub] : links) {
        content::appendCsvRecord(linksCsv, {code, id, sub});
    }

    std::vector<const ClusterInfo*> sortedClusters;
    for (const ClusterInfo& info : kClusters) {
        sortedClusters.push_back(&info);
    }
    std::sort(sortedClusters.begin(), sortedClusters.end(),
              [](const ClusterInfo* a, const ClusterInfo* b) { return a->id < b->id; });
    for (const ClusterInfo* info : sortedClusters) {
        if (!content::iconCodepoint(info->icon)) {
            return ImportError{"cluster " + std::string(info->id) + " uses icon \"" +
                               std::string(info->icon) + "\", which game/content/icons.cpp doesn't know"};
        }
    }
    std::string clustersCsv;
    content::appendCsvRecord(clustersCsv, {"id", "name_en", "name_es", "icon", "grouping"});
    for (const ClusterInfo* info : sortedClusters) {
        content::appendCsvRecord(clustersCsv,
                                 {std::string(info->id), std::string(info->nameEn), std::string(info->nameEs),
                                  std::string(info->icon), std::string(info->grouping)});
    }

    std::map<int, std::string> zones;
    for (const content::CsvRecord& row : jobZones.rows) {
        const std::string& zone = jobZones.at(row, "job_zone");
        if (zone.size() != 1 || zone[0] < '1' || zone[0] > '5') {
            return ImportError{jobZones.file + ":" + std::to_string(row.line) +
                               ": job_zone must be 1-5, got \"" + zone + "\""};
        }
        zones[zone[0] - '0'] = jobZones.at(row, "name");
    }
    std::string zonesCsv;
    content::appendCsvRecord(zonesCsv, {"zone", "name"});
    for (const auto& [zone, name] : zones) {
        content::appendCsvRecord(zonesCsv, {std::to_string(zone), name});
    }

    const std::pair<std::string_view, const std::string*> outputs[] = {
        {content::files::kOccupations, &occupationsCsv},
        {content::files::kOccupationClusters, &linksCsv},
        {content::files::kClusters, &clustersCsv},
        {content::files::kJobZones, &zonesCsv},
    };
    for (const auto& [rel, text] : outputs) {
        if (auto error = writeFile(outDir / fs::path(std::string(rel)), *text)) {
            return error;
        }
    }
    summary.occupations = occupationRows.size();
    summary.clusters = std::size(kClusters);
    summary.links = links.size();
    summary.jobZones = zones.size();
    return std::nullopt;
}

//-----------------------------------------------------------------------------
// [SECTION] Command line
//-----------------------------------------------------------------------------

constexpr const char* kImportHelp = R"(Usage: pathlight-tool import-data --data DIR --out DIR

Rebuild Pathlight's career tables from the career data folder (../shared/data):
  DIR/careers/occupations.csv          923 occupations with interest scores
  DIR/careers/occupation_clusters.csv  each occupation's clusters and sub-clusters
  DIR/careers/job_zones.csv            the five O*NET job zones
  DIR/clusters/clusters.csv            the 14 Career Clusters with Spanish names and icons
The output is sorted with LF line endings, so running it again gives identical files.
Example: pathlight-tool import-data --data ../shared/data --out content
)";

} // namespace

int runImportData(const Args& args) {
    std::optional<std::string> dataDir;
    std::optional<std::string> outDir;
    const std::string_view help = "import-data ";
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (isHelpFlag(arg)) {
            std::fputs(kImportHelp, stdout);
            return kExitOk;
        }
        if (arg == "--data" || arg == "--out") {
            const auto value = flagValue(args, i);
            if (!value || value->empty()) {
                return usageError(std::string(arg) + " needs a folder", help);
            }
            (arg == "--data" ? dataDir : outDir) = std::string(*value);
        } else {
            return usageError("unknown argument '" + std::string(arg) + "'", help);
        }
    }
    if (!dataDir || !outDir) {
        return usageError("import-data needs --data DIR and --out DIR", help);
    }

    ImportSummary summary;
    const std::optional<ImportError> error = importData(*dataDir, *outDir, summary);
    for (const std::string& warning : summary.warnings) {
        std::fprintf(stderr, "warning: %s\n", warning.c_str());
    }
    if (error) {
        std::fprintf(stderr, "pathlight-tool: import failed: %s\n", error->message.c_str());
        return kExitFailure;
    }
    std::printf(
        "imported %zu occupations, %zu clusters, %zu occupation-cluster links, %zu job zones into %s\n",
        summary.occupations, summary.clusters, summary.links, summary.jobZones, outDir->c_str());
    return kExitOk;
}

} // namespace pathlight::tool
