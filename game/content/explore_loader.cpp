// Loads the tables behind the careers explorer and the self-discovery activities: Spanish career
// titles, school subjects, featured careers, clubs and competitions (plus a school's own list),
// work values with the card-sort deck, and durable skills. Like catalog.cpp it reports every
// problem as file:line and never stops at the first.
//
// [SECTION] Helpers
// [SECTION] Spanish titles and sub-cluster names
// [SECTION] Subjects and cluster subjects
// [SECTION] Work values, value cards, strengths
// [SECTION] Featured careers
// [SECTION] Clubs, competitions and local programs
#include "content/table_loader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace pathlight::content::detail {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Helpers
//-----------------------------------------------------------------------------

// Reports an empty required text column.
void requireText(Loader& loader, std::string_view file, int line, std::string_view column, const std::string& value) {
    if (value.empty()) {
        loader.error(file, line, std::string(column) + " is empty");
    }
}

// Index of `id` in `items` (each with an `id` member), or -1.
template <class T>
int indexOf(const std::vector<T>& items, std::string_view id) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

// Parses a ';' list of ids of `items`; reports each unknown or repeated id. `what` names the
// list's file for the message ("careers/subjects.csv").
template <class T>
std::vector<int> idList(Loader& loader, std::string_view file, int line, std::string_view column,
                        const std::string& text, const std::vector<T>& items, std::string_view what) {
    std::vector<int> out;
    for (const std::string_view id : splitList(text, ';')) {
        const int index = indexOf(items, id);
        if (index < 0) {
            loader.error(file, line,
                         std::string(column) + ": unknown id " + inQuotes(id) + " (not in " + std::string(what) + ")");
        } else if (std::find(out.begin(), out.end(), index) != out.end()) {
            loader.error(file, line, std::string(column) + ": " + inQuotes(id) + " is listed twice");
        } else {
            out.push_back(index);
        }
    }
    return out;
}

// A slug id that is new in `ids`; reports and returns false otherwise.
bool newSlug(Loader& loader, std::string_view file, int line, IdSet& ids, const std::string& id) {
    if (!isSlug(id)) {
        loader.error(file, line, "id " + inQuotes(id) + " must be lowercase letters, digits and hyphens");
        return false;
    }
    if (const int first = ids.insert(id, line)) {
        loader.error(file, line, "duplicate id " + inQuotes(id) + " (first on line " + std::to_string(first) + ")");
        return false;
    }
    return true;
}

// Two columns `<name>_en` / `<name>_es`, both required.
Localized bilingual(Loader& loader, const Strings& strings, std::string_view file, const Table& table,
                    const CsvRecord& row, std::size_t enColumn, std::span<const std::string_view> columns) {
    requireText(loader, file, row.line, columns[enColumn], table.at(row, enColumn));
    requireText(loader, file, row.line, columns[enColumn + 1], table.at(row, enColumn + 1));
    return localized(strings, table.at(row, enColumn), table.at(row, enColumn + 1));
}

// "6-8" → {6, 8}; grades 1–12 (K–12 schools), low ≤ high.
std::optional<std::array<int, 2>> parseGrades(std::string_view text) {
    const std::vector<std::string_view> parts = splitList(text, '-');
    if (parts.size() != 2) {
        return std::nullopt;
    }
    const std::optional<int> low = parseInt(parts[0]);
    const std::optional<int> high = parseInt(parts[1]);
    if (!low || !high || *low < 1 || *high > 12 || *low > *high) {
        return std::nullopt;
    }
    return std::array<int, 2>{*low, *high};
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Spanish titles and sub-cluster names
//-----------------------------------------------------------------------------

void loadSpanishTitles(Loader& loader, Catalog& catalog, bool occupationsKnown, const std::set<std::string>& brokenCodes) {
    static constexpr std::string_view kColumns[] = {"code", "title_es"};
    const std::string_view file = files::kTitlesEs;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table || !occupationsKnown) {
        return;
    }
    const std::optional<Lang> spanish = catalog.strings.find("es");
    IdSet codes;
    for (const CsvRecord& row : table->rows) {
        const std::string& code = table->at(row, 0);
        if (brokenCodes.count(code) > 0) {
            continue; // its row in occupations.csv is already reported
        }
        const std::optional<std::size_t> index = catalog.findOccupation(code);
        if (!index) {
            loader.error(file, row.line, "unknown occupation code " + inQuotes(code) + " (not in careers/occupations.csv)");
            continue;
        }
        if (const int first = codes.insert(code, row.line)) {
            loader.error(file, row.line, "duplicate code " + code + " (first on line " + std::to_string(first) + ")");
            continue;
        }
        requireText(loader, file, row.line, "title_es", table->at(row, 1));
        if (spanish) {
            catalog.occupations[*index].title.set(*spanish, table->at(row, 1));
        }
    }
    // The explorer works fully in Spanish only if every career has a Spanish title.
    for (const Occupation& occ : catalog.occupations) {
        if (codes.insert(occ.code, 0) == 0) {
            loader.error(file, 0, "no Spanish title for " + occ.code + " (" + occ.title.english() + ")");
        }
    }
}

void loadSubClusterNames(Loader& loader, Catalog& catalog, bool clustersKnown) {
    static constexpr std::string_view kColumns[] = {"cluster", "name_en", "name_es"};
    const std::string_view file = files::kSubClusters;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table || !clustersKnown) {
        return;
    }
    for (Cluster& cluster : catalog.clusters) {
        cluster.subClusterNames.clear();
        for (const std::string& name : cluster.subClusters) {
            cluster.subClusterNames.push_back(localized(catalog.strings, name, {}));
        }
    }
    std::map<std::string, std::set<std::size_t>> named; // sub-clusters given a Spanish name, per cluster
    for (const CsvRecord& row : table->rows) {
        const std::string& id = table->at(row, 0);
        const std::string& nameEn = table->at(row, 1);
        const std::optional<std::size_t> index = catalog.findCluster(id);
        if (!index) {
            loader.error(file, row.line, "unknown cluster id " + inQuotes(id) + " (not in clusters/clusters.csv)");
            continue;
        }
        Cluster& cluster = catalog.clusters[*index];
        const auto it = std::lower_bound(cluster.subClusters.begin(), cluster.subClusters.end(), nameEn);
        if (it == cluster.subClusters.end() || *it != nameEn) {
            continue; // no career uses it (yet): harmless, and a misspelt name shows up as a missing one below
        }
        const std::size_t at = static_cast<std::size_t>(it - cluster.subClusters.begin());
        if (named[cluster.id].count(at)) {
            loader.error(file, row.line, inQuotes(nameEn) + " in " + inQuotes(id) + " appears twice");
            continue;
        }
        requireText(loader, file, row.line, "name_es", table->at(row, 2));
        named[cluster.id].insert(at);
        cluster.subClusterNames[at] = localized(catalog.strings, nameEn, table->at(row, 2));
    }
    for (const Cluster& cluster : catalog.clusters) {
        for (std::size_t i = 0; i < cluster.subClusters.size(); ++i) {
            if (!named[cluster.id].count(i)) {
                loader.error(file, 0, "no Spanish name for sub-cluster " + inQuotes(cluster.subClusters[i]) + " of " +
                                          inQuotes(cluster.id));
            }
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Subjects and cluster subjects
//-----------------------------------------------------------------------------

void loadSubjects(Loader& loader, Catalog& catalog) {
    static constexpr std::string_view kColumns[] = {"id", "icon", "name_en", "name_es"};
    const std::string_view file = files::kSubjects;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table) {
        return;
    }
    IdSet ids;
    for (const CsvRecord& row : table->rows) {
        Subject subject{table->at(row, 0), table->at(row, 1), bilingual(loader, catalog.strings, file, *table, row, 2, kColumns)};
        if (!newSlug(loader, file, row.line, ids, subject.id)) {
            continue;
        }
        checkIcon(loader, file, row.line, subject.icon);
        catalog.subjects.push_back(std::move(subject));
    }
}

void loadClusterSubjects(Loader& loader, Catalog& catalog, bool clustersKnown) {
    static constexpr std::string_view kColumns[] = {"cluster", "subjects"};
    const std::string_view file = files::kClusterSubjects;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table || !clustersKnown) {
        return;
    }
    IdSet ids;
    for (const CsvRecord& row : table->rows) {
        const std::string& id = table->at(row, 0);
        const std::optional<std::size_t> cluster = catalog.findCluster(id);
        if (!cluster) {
            loader.error(file, row.line, "unknown cluster id " + inQuotes(id) + " (not in clusters/clusters.csv)");
            continue;
        }
        if (const int first = ids.insert(id, row.line)) {
            loader.error(file, row.line, "duplicate cluster " + inQuotes(id) + " (first on line " + std::to_string(first) + ")");
            continue;
        }
        catalog.clusters[*cluster].subjects =
            idList(loader, file, row.line, "subjects", table->at(row, 1), catalog.subjects, files::kSubjects);
        if (table->at(row, 1).empty()) {
            loader.error(file, row.line, "subjects is empty; list at least one subject id");
        }
    }
    for (const Cluster& cluster : catalog.clusters) {
        if (ids.insert(cluster.id, 0) == 0) {
            loader.error(file, 0, "no row for cluster " + inQuotes(cluster.id));
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Work values, value cards, strengths
//-----------------------------------------------------------------------------

void loadWorkValues(Loader& loader, Catalog& catalog) {
    static constexpr std::string_view kValueColumns[] = {"id", "icon", "name_en", "name_es", "about_en", "about_es"};
    const std::string_view valuesFile = files::kWorkValues;
    if (std::optional<Table> table = loader.readTable(valuesFile, kValueColumns)) {
        IdSet ids;
        for (const CsvRecord& row : table->rows) {
            WorkValue value{table->at(row, 0), table->at(row, 1),
                            bilingual(loader, catalog.strings, valuesFile, *table, row, 2, kValueColumns),
                            bilingual(loader, catalog.strings, valuesFile, *table, row, 4, kValueColumns)};
            if (!newSlug(loader, valuesFile, row.line, ids, value.id)) {
                continue;
            }
            checkIcon(loader, valuesFile, row.line, value.icon);
            catalog.workValues.push_back(std::move(value));
        }
        if (table->rows.empty()) {
            loader.error(valuesFile, 0, "there are no work values");
        }
    }

    static constexpr std::string_view kCardColumns[] = {"id", "value", "icon", "text_en", "text_es"};
    const std::string_view cardsFile = files::kValueCards;
    std::optional<Table> table = loader.readTable(cardsFile, kCardColumns);
    if (!table) {
        return;
    }
    IdSet ids;
    std::vector<std::size_t> perValue(catalog.workValues.size(), 0);
    for (const CsvRecord& row : table->rows) {
        ValueCard card{table->at(row, 0), indexOf(catalog.workValues, table->at(row, 1)), table->at(row, 2),
                       bilingual(loader, catalog.strings, cardsFile, *table, row, 3, kCardColumns)};
        if (!newSlug(loader, cardsFile, row.line, ids, card.id)) {
            continue;
        }
        if (card.value < 0) {
            loader.error(cardsFile, row.line,
                         "unknown value " + inQuotes(table->at(row, 1)) + " (not in quizzes/work_values.csv)");
            continue;
        }
        checkIcon(loader, cardsFile, row.line, card.icon);
        ++perValue[static_cast<std::size_t>(card.value)];
        catalog.valueCards.push_back(std::move(card));
    }
    for (std::size_t i = 0; i < catalog.workValues.size(); ++i) {
        if (perValue[i] < kMinCardsPerValue) {
            loader.error(cardsFile, 0,
                         "value " + inQuotes(catalog.workValues[i].id) + " has " + std::to_string(perValue[i]) +
                             " cards; the card sort needs at least " + std::to_string(kMinCardsPerValue));
        }
    }
}

void loadStrengths(Loader& loader, Catalog& catalog) {
    static constexpr std::string_view kColumns[] = {"id",       "icon",     "name_en", "name_es", "about_en",
                                                    "about_es", "check_en", "check_es", "work_en", "work_es"};
    const std::string_view file = files::kStrengths;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table) {
        return;
    }
    IdSet ids;
    for (const CsvRecord& row : table->rows) {
        Strength strength{table->at(row, 0),
                          table->at(row, 1),
                          bilingual(loader, catalog.strings, file, *table, row, 2, kColumns),
                          bilingual(loader, catalog.strings, file, *table, row, 4, kColumns),
                          bilingual(loader, catalog.strings, file, *table, row, 6, kColumns),
                          bilingual(loader, catalog.strings, file, *table, row, 8, kColumns)};
        if (!newSlug(loader, file, row.line, ids, strength.id)) {
            continue;
        }
        checkIcon(loader, file, row.line, strength.icon);
        catalog.strengths.push_back(std::move(strength));
    }
    if (table->rows.empty()) {
        loader.error(file, 0, "there are no strengths");
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Featured careers
//-----------------------------------------------------------------------------

void loadFeatured(Loader& loader, Catalog& catalog, bool occupationsKnown, const std::set<std::string>& brokenCodes) {
    static constexpr std::string_view kColumns[] = {"code",   "cluster",        "icon",           "subjects",
                                                    "values", "skills",         "description_en", "description_es",
                                                    "day_en", "day_es"};
    enum Col : std::size_t { kCode, kCluster, kIcon, kSubjects, kValues, kSkills, kDescEn, kDescEs, kDayEn, kDayEs };
    const std::string_view file = files::kFeatured;
    std::optional<Table> table = loader.readTable(file, kColumns);
    if (!table || !occupationsKnown) {
        return;
    }
    IdSet codes;
    for (const CsvRecord& row : table->rows) {
        const int line = row.line;
        const std::string& code = table->at(row, kCode);
        if (brokenCodes.count(code) > 0) {
            continue;
        }
        const std::optional<std::size_t> occupation = catalog.findOccupation(code);
        if (!occupation) {
            loader.error(file, line, "unknown occupation code " + inQuotes(code) + " (not in careers/occupations.csv)");
            continue;
        }
        if (const int first = codes.insert(code, line)) {
            loader.error(file, line, "duplicate code " + code + " (first on line " + std::to_string(first) + ")");
            continue;
        }
        FeaturedCareer career;
        career.occupation = *occupation;
        const Occupation& occ = catalog.occupations[*occupation];
        const std::string& clusterId = table->at(row, kCluster);
        const std::optional<std::size_t> cluster = catalog.findCluster(clusterId);
        if (!cluster) {
            loader.error(file, line, "unknown cluster id " + inQuotes(clusterId) + " (not in clusters/clusters.csv)");
            continue;
        }
        career.cluster = static_cast<int>(*cluster);
        if (std::find(occ.clusters.begin(), occ.clusters.end(), career.cluster) == occ.clusters.end()) {
            loader.error(file, line, code + " (" + occ.title.english() + ") is not in cluster " + inQuotes(clusterId));
        }
        career.icon = table->at(row, kIcon);
        checkIcon(loader, file, line, career.icon);
        career.subjects = idList(loader, file, line, "subjects", table->at(row, kSubjects), catalog.subjects,
                                 files::kSubjects);
        if (table->at(row, kSubjects).empty()) {
            loader.error(file, line, "subjects is empty; list at least one subject id");
        }
        career.values = idList(loader, file, line, "values", table->at(row, kValues), catalog.workValues,
                               files::kWorkValues);
        career.skills = idList(loader, file, line, "skills", table->at(row, kSkills), catalog.strengths,
                               files::kStrengths);
        career.description = bilingual(loader, catalog.strings, file, *table, row, kDescEn, kColumns);
        career.day = bilingual(loader, catalog.strings, file, *table, row, kDayEn, kColumns);
        catalog.occupations[*occupation].featured = static_cast<int>(catalog.featured.size());
        catalog.featured.push_back(std::move(career));
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Clubs, competitions and local programs
//-----------------------------------------------------------------------------

void loadPrograms(Loader& loader, Catalog& catalog, bool clustersKnown) {
    // The bundled list: real national programs, every field required.
    static constexpr std::string_view kColumns[] = {"id", "name", "kind", "grades", "clusters", "about_en", "about_es"};
    static constexpr std::string_view kKinds[] = {"club", "competition", "program"};
    // A school's own list: clubs and local employers; Spanish and grades may be left empty.
    static constexpr std::string_view kLocalColumns[] = {"name", "kind", "grades", "clusters", "about_en", "about_es"};
    static constexpr std::string_view kLocalKinds[] = {"club", "competition", "program", "employer"};

    auto readRow = [&](std::string_view file, const Table& table, const CsvRecord& row, std::size_t first,
                       std::span<const std::string_view> kinds, bool local) -> std::optional<Program> {
        Program program;
        program.local = local;
        program.name = table.at(row, first);
        program.kind = table.at(row, first + 1);
        requireText(loader, file, row.line, "name", program.name);
        if (std::find(kinds.begin(), kinds.end(), program.kind) == kinds.end()) {
            std::string allowed;
            for (const std::string_view kind : kinds) {
                allowed += (allowed.empty() ? "" : ", ") + std::string(kind);
            }
            loader.error(file, row.line, "kind must be one of " + allowed + ", got " + inQuotes(program.kind));
        }
        const std::string& grades = table.at(row, first + 2);
        if (!(local && grades.empty())) {
            if (const auto range = parseGrades(grades)) {
                program.gradeMin = (*range)[0];
                program.gradeMax = (*range)[1];
            } else {
                loader.error(file, row.line, "grades must look like 6-8 (grades 1 to 12), got " + inQuotes(grades));
            }
        }
        if (clustersKnown) {
            program.clusters = idList(loader, file, row.line, "clusters", table.at(row, first + 3), catalog.clusters,
                                      files::kClusters);
            if (table.at(row, first + 3).empty()) {
                loader.error(file, row.line, "clusters is empty; list at least one cluster id");
            }
        }
        program.about = localized(catalog.strings, table.at(row, first + 4), table.at(row, first + 5));
        requireText(loader, file, row.line, "about_en", table.at(row, first + 4));
        if (!local) {
            requireText(loader, file, row.line, "about_es", table.at(row, first + 5));
        }
        return program;
    };

    if (std::optional<Table> table = loader.readTable(files::kPrograms, kColumns)) {
        IdSet ids;
        for (const CsvRecord& row : table->rows) {
            const std::string& id = table->at(row, 0);
            if (!newSlug(loader, files::kPrograms, row.line, ids, id)) {
                continue;
            }
            if (std::optional<Program> program = readRow(files::kPrograms, *table, row, 1, kKinds, false)) {
                program->id = id;
                catalog.programs.push_back(std::move(*program));
            }
        }
    }
    if (!loader.exists(files::kLocalPrograms)) {
        return; // a school's own list is optional
    }
    if (std::optional<Table> table = loader.readTable(files::kLocalPrograms, kLocalColumns)) {
        for (const CsvRecord& row : table->rows) {
            if (std::optional<Program> program = readRow(files::kLocalPrograms, *table, row, 0, kLocalKinds, true)) {
                program->id = "local-" + std::to_string(row.line);
                catalog.programs.push_back(std::move(*program));
            }
        }
    }
}

} // namespace pathlight::content::detail
