// The committed content/ folder: it loads, its career facts match the source data, it has what the
// explorer and the self-discovery activities promise, and the importer reproduces the committed
// tables byte for byte. (Load time is a benchmark: BM_LoadCatalog.)
#include "content/icons.hpp"
#include "unit/content/content_fixture.hpp"

#include <gmock/gmock.h>

#include <set>

// The content's languages are en and es (strings/*.json, English first), so Spanish is the second.
constexpr pathlight::content::Lang kSpanish{1};

using namespace pathlight;
using namespace pathlight::content;
using namespace pathlight::content::testing;
using ::testing::HasSubstr;

namespace {

const fs::path kContentDir = PATHLIGHT_CONTENT_DIR;
const fs::path kSharedData = PATHLIGHT_SHARED_DATA_DIR;

const Catalog& careers() {
    static const Catalog catalog = [] {
        auto result = loadCareerCatalog(kContentDir);
        if (!result.ok()) {
            ADD_FAILURE() << result.error().detail;
            return Catalog{};
        }
        return std::move(result).value();
    }();
    return catalog;
}

const Occupation* occupation(const std::string& code) {
    const auto index = careers().findOccupation(code);
    return index ? &careers().occupations[*index] : nullptr;
}

std::string clusterName(int index) {
    return careers().clusters.at(static_cast<std::size_t>(index)).name.english();
}

} // namespace

TEST(RealContent, LoadsWithoutProblems) {
    LoadReport report;
    const core::Result<Catalog> result = loadCatalog(kContentDir, &report);
    ASSERT_TRUE(result.ok()) << result.error().detail;
    const Catalog& catalog = *result;
    EXPECT_EQ(catalog.occupations.size(), 923u);
    EXPECT_EQ(catalog.clusters.size(), 14u);
    EXPECT_GE(catalog.interestItems.size(), 6u * core::kAreaCount);
    std::array<int, core::kAreaCount> perArea{};
    for (const QuizItem& item : catalog.interestItems) {
        ++perArea[static_cast<std::size_t>(core::index(item.area))];
    }
    for (const int count : perArea) {
        EXPECT_GE(count, 6);
    }
    EXPECT_EQ(catalog.strings.table(Lang::english()).size(), catalog.strings.table(kSpanish).size());
}

TEST(RealContent, CareerTablesMatchTheSourceData) {
    const Catalog& catalog = careers();
    ASSERT_EQ(catalog.occupations.size(), 923u);
    ASSERT_EQ(catalog.clusters.size(), 14u);
    ASSERT_EQ(catalog.jobZones.size(), 5u);
    EXPECT_EQ(catalog.jobZones[2].nameEn, "Job Zone Three: Medium Preparation Needed");

    const Occupation* nurse = occupation("29-1141.00");
    ASSERT_NE(nurse, nullptr);
    EXPECT_EQ(nurse->title.english(), "Registered Nurses");
    EXPECT_EQ(nurse->jobZone, 4); // O*NET 29.3 puts Registered Nurses in job zone 4
    EXPECT_EQ(nurse->highPoint, "SIC");
    EXPECT_DOUBLE_EQ(nurse->interests[core::index(core::Area::S)], 5.62);
    EXPECT_EQ(nurse->medianAnnual, 93600.0);
    EXPECT_EQ(nurse->typicalEducation, "Bachelor's degree");
    ASSERT_EQ(nurse->clusters.size(), 1u);
    EXPECT_EQ(clusterName(nurse->clusters[0]), "Healthcare & Human Services");
    EXPECT_THAT(nurse->subClusters, ::testing::Contains("Physical Health"));

    // Top-coded wages: BLS shows only "at least $239,200", so there is no number but a note.
    const Occupation* surgeon = occupation("29-1022.00");
    ASSERT_NE(surgeon, nullptr);
    EXPECT_EQ(surgeon->wageNote, "annual_at_least_239200");
    EXPECT_FALSE(surgeon->medianAnnual.has_value());
    EXPECT_FALSE(surgeon->medianHourly.has_value());
    int topCoded = 0;
    for (const Occupation& occ : catalog.occupations) {
        topCoded += occ.wageNote == "annual_at_least_239200" ? 1 : 0;
        EXPECT_FALSE(occ.clusters.empty()) << occ.code;
    }
    EXPECT_EQ(topCoded, 21);

    // Occupations without O*NET interest scores ("All Other", military) are left out.
    EXPECT_EQ(occupation("11-9199.00"), nullptr);
    EXPECT_EQ(occupation("55-1011.00"), nullptr);

    // Chief Executives sit in one cluster with two sub-clusters.
    const Occupation* ceo = occupation("11-1011.00");
    ASSERT_NE(ceo, nullptr);
    ASSERT_EQ(ceo->clusters.size(), 1u);
    EXPECT_EQ(clusterName(ceo->clusters[0]), "Management & Entrepreneurship");
    EXPECT_EQ(ceo->subClusters,
              (std::vector<std::string>{"Entrepreneurship & Small Business", "Leadership & Operations"}));
}

TEST(RealContent, ClustersHaveSpanishNamesIconsAndGroupings) {
    const Catalog& catalog = careers();
    std::set<std::string> groupings;
    std::size_t subClusters = 0;
    for (const Cluster& cluster : catalog.clusters) {
        EXPECT_FALSE(cluster.name.in(kSpanish).empty()) << cluster.id;
        EXPECT_NE(cluster.name.in(kSpanish), cluster.name.english()) << cluster.id;
        EXPECT_TRUE(iconCodepoint(cluster.icon).has_value()) << cluster.id;
        EXPECT_FALSE(cluster.subClusters.empty()) << cluster.id;
        groupings.insert(cluster.grouping);
        subClusters += cluster.subClusters.size();
    }
    EXPECT_EQ(groupings.size(), 6u); // five groupings plus the cross-cutting clusters
    EXPECT_EQ(subClusters, 71u);     // the source's 72 names include one that differs only in case
    const auto health = catalog.findCluster("healthcare-human-services");
    ASSERT_TRUE(health.has_value());
    EXPECT_EQ(catalog.clusters[*health].name.in(kSpanish), "Salud y servicios humanos");
}

TEST(RealContent, ImporterReproducesTheCommittedTablesByteForByte) {
    TempDir out;
    const ToolRun run =
        runTool("import-data --data " + quoteArg(kSharedData) + " --out " + quoteArg(out.path()));
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("imported 923 occupations, 14 clusters"));
    EXPECT_THAT(run.output, ::testing::Not(HasSubstr("warning")));
    for (const std::string_view rel :
         {files::kOccupations, files::kOccupationClusters, files::kClusters, files::kJobZones}) {
        const std::string committed = readText(kContentDir / rel);
        const std::string generated = readText(out.path() / rel);
        EXPECT_FALSE(generated.empty()) << rel;
        EXPECT_TRUE(committed == generated)
            << rel << " differs from a fresh import; re-run "
            << "pathlight-tool import-data --data ../shared/data --out content";
        EXPECT_EQ(generated.find('\r'), std::string::npos) << rel;
    }
    // No stray temporary files.
    for (const auto& entry : fs::recursive_directory_iterator(out.path())) {
        EXPECT_NE(entry.path().extension(), ".tmp") << entry.path();
    }
}

TEST(RealContent, ImporterReportsAMissingDataFolder) {
    TempDir out;
    const ToolRun run =
        runTool("import-data --data " + quoteArg(out.path() / "none") + " --out " + quoteArg(out.path()));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.output, HasSubstr("occupations.csv"));
    EXPECT_FALSE(fs::exists(out.path() / files::kOccupations));
}

namespace {

const Catalog& everything() {
    static const Catalog catalog = [] {
        auto result = loadCatalog(kContentDir);
        if (!result.ok()) {
            ADD_FAILURE() << result.error().detail;
            return Catalog{};
        }
        return std::move(result).value();
    }();
    return catalog;
}

} // namespace

TEST(RealContent, EveryCareerHasASpanishTitle) {
    for (const Occupation& occ : everything().occupations) {
        EXPECT_FALSE(occ.title.in(kSpanish).empty()) << occ.code << " " << occ.title.english();
        EXPECT_NE(occ.title.in(kSpanish), occ.title.english()) << occ.code << " looks untranslated";
    }
    const Occupation& nurse = everything().occupations[*everything().findOccupation("29-1141.00")];
    EXPECT_THAT(nurse.title.in(kSpanish), HasSubstr("Enfermer"));
}

TEST(RealContent, AtLeast140FeaturedCareersAndTenInEveryCluster) {
    const Catalog& catalog = everything();
    EXPECT_GE(catalog.featured.size(), 140u);
    std::vector<int> perCluster(catalog.clusters.size(), 0);
    for (const FeaturedCareer& career : catalog.featured) {
        ++perCluster[static_cast<std::size_t>(career.cluster)];
        EXPECT_FALSE(career.subjects.empty());
        EXPECT_FALSE(career.values.empty());
        EXPECT_FALSE(career.skills.empty());
    }
    for (std::size_t c = 0; c < catalog.clusters.size(); ++c) {
        EXPECT_GE(perCluster[c], 10) << catalog.clusters[c].name.english();
    }
}

TEST(RealContent, FeaturedTextsSpeakToTheReaderNotAboutHimOrHer) {
    // Written as "you": no he/she, so no job reads as being for one kind of person.
    static const std::set<std::string> kGendered = {"he", "she", "his", "her", "him", "hers"};
    for (const FeaturedCareer& career : everything().featured) {
        for (const std::string* text : {&career.description.english(), &career.day.english()}) {
            std::string word;
            for (const char c : *text + " ") {
                if (std::isalpha(static_cast<unsigned char>(c))) {
                    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                    continue;
                }
                EXPECT_EQ(kGendered.count(word), 0u) << everything().occupations[career.occupation].code << ": " << *text;
                word.clear();
            }
        }
    }
}

TEST(RealContent, ClubsAndCompetitionsCoverEveryCluster) {
    const Catalog& catalog = everything();
    std::size_t bundled = 0;
    std::vector<int> perCluster(catalog.clusters.size(), 0);
    for (const Program& program : catalog.programs) {
        bundled += program.local ? 0 : 1;
        EXPECT_LE(program.gradeMin, 8) << program.name << " must be open to middle schoolers";
        EXPECT_GE(program.gradeMax, 6) << program.name << " must be open to middle schoolers";
        for (const int cluster : program.clusters) {
            ++perCluster[static_cast<std::size_t>(cluster)];
        }
    }
    EXPECT_GE(bundled, 20u);
    for (std::size_t c = 0; c < catalog.clusters.size(); ++c) {
        EXPECT_GE(perCluster[c], 1) << catalog.clusters[c].name.english();
    }
}

TEST(RealContent, ValuesCardSortCoversTheSixWorkValues) {
    const Catalog& catalog = everything();
    std::set<std::string> ids;
    for (const WorkValue& value : catalog.workValues) {
        ids.insert(value.id);
    }
    EXPECT_EQ(ids, (std::set<std::string>{"achievement", "independence", "recognition", "relationships", "support",
                                          "working-conditions"}));
    EXPECT_GE(catalog.valueCards.size(), 18u);
}

TEST(RealContent, StrengthsCoverTheEightDurableSkills) {
    std::set<std::string> ids;
    for (const Strength& strength : everything().strengths) {
        ids.insert(strength.id);
        EXPECT_FALSE(strength.work.english().empty());
    }
    EXPECT_EQ(ids, (std::set<std::string>{"communication", "collaboration", "problem-solving", "creativity",
                                          "adaptability", "leadership", "learners-mindset", "digital-skills"}));
}
