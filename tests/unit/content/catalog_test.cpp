// loadCatalog on a small content folder: a valid folder loads completely, and each kind of
// mistake a counselor could make is reported with the right file and line, and nothing else.
#include "unit/content/content_fixture.hpp"

#include <gmock/gmock.h>

// The content's languages are en and es (strings/*.json, English first), so Spanish is the second.
constexpr pathlight::content::Lang kSpanish{1};

using namespace pathlight;
using namespace pathlight::content;
using namespace pathlight::content::testing;
using ::testing::HasSubstr;

//-----------------------------------------------------------------------------
// A valid folder
//-----------------------------------------------------------------------------

TEST(Catalog, ValidContentLoadsEverything) {
    ContentFixture fixture;
    LoadReport report;
    const core::Result<Catalog> result = loadCatalog(fixture.write(), &report);
    ASSERT_TRUE(result.ok()) << result.error().detail;
    EXPECT_TRUE(report.ok());
    const Catalog& catalog = *result;

    ASSERT_EQ(catalog.clusters.size(), 2u);
    EXPECT_EQ(catalog.clusters[1].name.english(), "Digital Technology, Data");
    EXPECT_EQ(catalog.clusters[1].name.in(kSpanish), "Tecnología digital");
    EXPECT_EQ(catalog.clusters[1].grouping, "cross-cutting");
    EXPECT_EQ(catalog.clusters[1].subClusters,
              (std::vector<std::string>{"Health Data", "Software Solutions"}));

    // Sorted by code whatever the file order, so findOccupation can binary-search.
    ASSERT_EQ(catalog.occupations.size(), 3u);
    EXPECT_EQ(catalog.occupations[0].code, "15-1252.00");
    EXPECT_EQ(catalog.occupations[2].code, "31-1131.00");
    const auto nurse = catalog.findOccupation("29-1141.00");
    ASSERT_TRUE(nurse.has_value());
    const Occupation& rn = catalog.occupations[*nurse];
    EXPECT_EQ(rn.title.english(), "Registered Nurses");
    EXPECT_DOUBLE_EQ(rn.interests[core::index(core::Area::S)], 5.62);
    EXPECT_EQ(rn.highPoint, "SIC");
    EXPECT_EQ(rn.jobZone, 4);
    EXPECT_EQ(rn.medianAnnual, 93600.0);
    EXPECT_EQ(rn.medianHourly, 45.0);
    EXPECT_EQ(rn.growthPct, 4.9);
    EXPECT_EQ(rn.clusters, std::vector<int>{0});
    EXPECT_EQ(rn.subClusters, std::vector<std::string>{"Physical Health"});
    EXPECT_FALSE(catalog.findOccupation("99-9999.00").has_value());

    const Occupation& aide = catalog.occupations[2];
    EXPECT_EQ(aide.title.english(), "Nursing Assistants, Home");
    EXPECT_FALSE(aide.medianAnnual.has_value());
    EXPECT_FALSE(aide.growthPct.has_value());
    EXPECT_EQ(aide.wageNote, "not_available");
    EXPECT_EQ(aide.clusters, (std::vector<int>{0, 1}));

    ASSERT_EQ(catalog.jobZones.size(), 3u);
    EXPECT_EQ(catalog.jobZones[1].zone, 3);
    EXPECT_EQ(catalog.jobZones[1].nameKey, "jobzone.3");

    ASSERT_EQ(catalog.interestItems.size(), 36u);
    EXPECT_EQ(catalog.interestItems[6].id, "i01");
    EXPECT_EQ(catalog.interestItems[6].area, core::Area::I);
    EXPECT_EQ(catalog.interestItems[6].text.english(), "Fix a bike, then ride it");
    EXPECT_EQ(catalog.findQuizItem("c06"), 35u);

    EXPECT_EQ(catalog.strings.table(kSpanish).at("welcome.start"), "Empezar");

    const auto profiles = catalog.matchProfiles();
    ASSERT_EQ(profiles.size(), 3u);
    EXPECT_EQ(profiles[1].code, "29-1141.00");
    EXPECT_EQ(profiles[1].jobZone, 4);
    EXPECT_EQ(profiles[1].highPoint, "SIC");
    EXPECT_EQ(profiles[1].interests, rn.interests);
}

TEST(Catalog, FailureIsOneErrorListingEveryProblem) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "SIC,4,", "SIC,9,");
    fixture.replace(files::kInterestItems, "r01,R,wrench", "r01,R,not-an-icon");
    fixture.remove(files::kStringsEs);
    LoadReport report;
    const core::Result<Catalog> result = loadCatalog(fixture.write(), &report);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, "content.invalid");
    EXPECT_EQ(result.error().message, "Pathlight's content has problems, so it can't start.");
    ASSERT_EQ(report.errors.size(), 3u);
    EXPECT_EQ(result.error().detail, report.errors[0].toString() + "\n" + report.errors[1].toString() + "\n" +
                                         report.errors[2].toString());
    EXPECT_THAT(result.error().detail,
                HasSubstr("careers/occupations.csv:2: job_zone must be 1–5, got \"9\""));
    EXPECT_THAT(result.error().detail,
                HasSubstr("quizzes/interest_items.csv:2: unknown icon \"not-an-icon\""));
    EXPECT_THAT(result.error().detail, HasSubstr("strings/es.json: file is missing"));
}

TEST(Catalog, MissingFolderIsReported) {
    TempDir dir;
    LoadReport report;
    const auto result = loadCatalog(dir.path() / "nope", &report);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(report.errors.size(), 1u);
    EXPECT_THAT(report.errors[0].message, HasSubstr("does not exist"));
}

//-----------------------------------------------------------------------------
// Files and CSV structure
//-----------------------------------------------------------------------------

TEST(CatalogErrors, MissingFile) {
    ContentFixture fixture;
    fixture.remove(files::kOccupations);
    expectOnlyError(fixture.load(), "careers/occupations.csv", 0, "file is missing");
}

TEST(CatalogErrors, MissingClusterFileDoesNotCascade) {
    ContentFixture fixture;
    fixture.remove(files::kClusters);
    // One problem, not one per occupation that names a cluster.
    expectOnlyError(fixture.load(), "clusters/clusters.csv", 0, "file is missing");
}

TEST(CatalogErrors, UnterminatedQuote) {
    ContentFixture fixture;
    // Only the file's last quote can stay open without pairing with a later one: line 37 (c06).
    std::string& file = fixture.file(files::kInterestItems);
    ASSERT_TRUE(file.ends_with("\"Arreglar una bici y pasear\"\n"));
    file.erase(file.size() - 2, 1); // drop the final closing quote
    const LoadReport report = fixture.load();
    expectOnlyError(report, "quizzes/interest_items.csv", 37, "a quoted field is never closed");
}

TEST(CatalogErrors, TextAfterClosingQuote) {
    ContentFixture fixture;
    fixture.replace(files::kInterestItems, "i03,I,wrench,\"Fix a bike, then ride it\",",
                    "i03,I,wrench,\"Fix\" a bike,");
    const LoadReport report = fixture.load();
    ASSERT_FALSE(report.errors.empty());
    EXPECT_EQ(report.errors[0].file, "quizzes/interest_items.csv");
    EXPECT_EQ(report.errors[0].line, 10);
    EXPECT_THAT(report.errors[0].message, HasSubstr("unexpected text after a closing quote"));
}

TEST(CatalogErrors, WrongColumnCount) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "Software Developers,", "Software, Developers,");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3, "expected 16 fields, found 17");
}

TEST(CatalogErrors, MissingHeaderColumn) {
    ContentFixture fixture;
    fixture.file(files::kJobZones) = "zone\n1\n";
    expectOnlyError(fixture.load(), "careers/job_zones.csv", 1, "missing column \"name\"");
}

TEST(CatalogErrors, UnknownHeaderColumn) {
    ContentFixture fixture;
    fixture.replace(files::kClusters, "grouping\n", "grouping,colour\n");
    fixture.replace(files::kClusters, "caring-communities\n", "caring-communities,red\n");
    fixture.replace(files::kClusters, "cross-cutting\n", "cross-cutting,blue\n");
    expectOnlyError(fixture.load(), "clusters/clusters.csv", 1, "unknown column \"colour\"");
}

TEST(CatalogErrors, EmptyFile) {
    ContentFixture fixture;
    fixture.file(files::kJobZones) = "";
    expectOnlyError(fixture.load(), "careers/job_zones.csv", 0, "empty");
}

//-----------------------------------------------------------------------------
// Careers and clusters
//-----------------------------------------------------------------------------

TEST(CatalogErrors, DuplicateOccupationCode) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "15-1252.00,Software", "29-1141.00,Software");
    fixture.replace(files::kOccupationClusters, "15-1252.00,tech", "29-1141.00,health");
    fixture.replace(files::kTitlesEs, "15-1252.00,Desarrollador/a de software\n", "");
    fixture.file(files::kSubClusters) += "health,Software Solutions,Desarrollo de software\n";
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3,
                    "duplicate code 29-1141.00 (first on line 2)");
}

TEST(CatalogErrors, DuplicateClusterId) {
    ContentFixture fixture;
    fixture.file(files::kClusters) += "health,Health again,Salud otra vez,heart,caring-communities\n";
    expectOnlyError(fixture.load(), "clusters/clusters.csv", 4,
                    "duplicate cluster id \"health\" (first on line 2)");
}

TEST(CatalogErrors, ClusterWithUnknownIcon) {
    ContentFixture fixture;
    fixture.replace(files::kClusters, "laptop", "computer");
    expectOnlyError(fixture.load(), "clusters/clusters.csv", 3, "unknown icon \"computer\"");
}

TEST(CatalogErrors, ScoreNotANumber) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "3.66,4.82", "3.66,high");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 2,
                    "I must be a number from 1 to 7, got \"high\"");
}

TEST(CatalogErrors, ScoreAboveSeven) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "2.1,6.5,3.2", "2.1,6.5,7.2");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3, "A must be from 1 to 7, got 7.2");
}

TEST(CatalogErrors, ScoreBelowOne) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "4.1,2.2,1,5.9", "0.5,2.2,1,5.9");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 4, "R must be from 1 to 7, got 0.5");
}

TEST(CatalogErrors, JobZoneOutOfRange) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "SR,3,", "SR,6,");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 4, "job_zone must be 1–5, got \"6\"");
}

TEST(CatalogErrors, JobZoneNotANumber) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "ICR,4,", "ICR,four,");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3, "job_zone must be 1–5, got \"four\"");
}

TEST(CatalogErrors, BadHighPoint) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "ICR,4,", "IXR,4,");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3, "high_point");
}

TEST(CatalogErrors, WageNotANumber) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "93600,45,", "93600,$45,");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 2, "median_hourly must be a number or empty");
}

TEST(CatalogErrors, UnknownClusterIdOnOccupation) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, ",15.8,tech\n", ",15.8,tech;robots\n");
    expectOnlyError(fixture.load(), "careers/occupations.csv", 3, "unknown cluster id \"robots\"");
}

TEST(CatalogErrors, UnknownClusterIdInOccupationClusters) {
    ContentFixture fixture;
    fixture.replace(files::kOccupationClusters, "31-1131.00,tech,Health Data",
                    "31-1131.00,techno,Health Data");
    expectOnlyError(fixture.load(), "careers/occupation_clusters.csv", 5, "unknown cluster id \"techno\"");
}

TEST(CatalogErrors, SubClusterOfAClusterTheOccupationIsNotIn) {
    ContentFixture fixture;
    fixture.replace(files::kOccupationClusters, "29-1141.00,health", "29-1141.00,tech");
    expectOnlyError(fixture.load(), "careers/occupation_clusters.csv", 3,
                    "29-1141.00 is not in cluster \"tech\"");
}

TEST(CatalogErrors, UnknownOccupationInOccupationClusters) {
    ContentFixture fixture;
    fixture.file(files::kOccupationClusters) += "11-1011.00,tech,Leadership\n";
    expectOnlyError(fixture.load(), "careers/occupation_clusters.csv", 6,
                    "unknown occupation code \"11-1011.00\"");
}

//-----------------------------------------------------------------------------
// Quiz items
//-----------------------------------------------------------------------------

TEST(CatalogErrors, QuizUnknownArea) {
    ContentFixture fixture;
    fixture.replace(files::kInterestItems, "e02,E,", "e02,X,");
    // The E area is then one short too, which is reported for the whole file.
    const LoadReport report = fixture.load();
    ASSERT_EQ(report.errors.size(), 2u);
    EXPECT_EQ(report.errors[0].file, "quizzes/interest_items.csv");
    EXPECT_EQ(report.errors[0].line, 27);
    EXPECT_THAT(report.errors[0].message, HasSubstr("area must be one of R, I, A, S, E, C, got \"X\""));
    EXPECT_EQ(report.errors[1].line, 0);
    EXPECT_THAT(report.errors[1].message, HasSubstr("area E has 5 items"));
}

TEST(CatalogErrors, QuizDuplicateId) {
    ContentFixture fixture;
    fixture.file(files::kInterestItems) += "s02,S,heart,Help a friend,Ayudar a un amigo\n";
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 38,
                    "duplicate id \"s02\" (first on line 21)");
}

TEST(CatalogErrors, QuizEmptyEnglishText) {
    ContentFixture fixture;
    fixture.file(files::kInterestItems) += "s07,S,heart,,Ayudar a un amigo\n";
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 38, "text_en is empty");
}

TEST(CatalogErrors, QuizEmptySpanishText) {
    ContentFixture fixture;
    fixture.file(files::kInterestItems) += "s07,S,heart,Help a friend,\n";
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 38, "text_es is empty");
}

TEST(CatalogErrors, QuizUnknownIcon) {
    ContentFixture fixture;
    fixture.file(files::kInterestItems) += "s07,S,fa-heart,Help a friend,Ayudar a un amigo\n";
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 38, "unknown icon \"fa-heart\"");
}

TEST(CatalogErrors, QuizEmptyIcon) {
    ContentFixture fixture;
    fixture.file(files::kInterestItems) += "s07,S,,Help a friend,Ayudar a un amigo\n";
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 38, "icon is empty");
}

TEST(CatalogErrors, TooFewQuizItemsForAnArea) {
    ContentFixture fixture;
    fixture.replace(files::kInterestItems,
                    "c06,C,wrench,\"Fix a bike, then ride it\",\"Arreglar una bici y pasear\"\n", "");
    expectOnlyError(fixture.load(), "quizzes/interest_items.csv", 0,
                    "area C has 5 items; the quiz needs at least 6");
}

//-----------------------------------------------------------------------------
// Strings
//-----------------------------------------------------------------------------

TEST(CatalogErrors, StringsMalformedJsonReportsTheLine) {
    ContentFixture fixture;
    // A missing comma after line 3: the parser notices at the next key, on line 4.
    fixture.replace(files::kStringsEs, "{total}\",\n", "{total}\"\n");
    expectOnlyError(fixture.load(), "strings/es.json", 4, "not valid JSON");
}

TEST(CatalogErrors, StringsUnterminatedTextReportsItsLine) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEn, "\"Start\"", "\"Start");
    expectOnlyError(fixture.load(), "strings/en.json", 4, "not valid JSON");
}

TEST(CatalogErrors, StringsNonStringValue) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEs, "\"Empezar\"", "42");
    expectOnlyError(fixture.load(), "strings/es.json", 4,
                    "value of \"welcome.start\" must be text in quotes, not a number");
}

TEST(CatalogErrors, StringsNestedObject) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEn, "\"Pathlight\"", "{\"short\": \"PL\"}");
    expectOnlyError(fixture.load(), "strings/en.json", 2, "not an object");
}

TEST(CatalogErrors, StringsNotAnObject) {
    ContentFixture fixture;
    fixture.file(files::kStringsEn) = "[\"Start\"]\n";
    expectOnlyError(fixture.load(), "strings/en.json", 1, "must be one JSON object");
}

TEST(CatalogErrors, StringsDuplicateKey) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEn, "  \"welcome.start\": \"Start\"\n",
                    "  \"welcome.start\": \"Start\",\n  \"app.name\": \"PL\"\n");
    expectOnlyError(fixture.load(), "strings/en.json", 5, "key \"app.name\" appears twice");
}

TEST(CatalogErrors, KeyInEnglishMissingInSpanish) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEn, "\"Start\"\n", "\"Start\",\n  \"welcome.about\": \"About\"\n");
    expectOnlyError(fixture.load(), "strings/es.json", 0,
                    "missing key \"welcome.about\" (it is in strings/en.json line 5)");
}

TEST(CatalogErrors, KeyInSpanishMissingInEnglish) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEs, "  \"app.name\": \"Pathlight\",\n", "");
    fixture.replace(files::kStringsEn, "\"Start\"\n", "\"Start\",\n  \"extra\": \"x\"\n");
    fixture.replace(files::kStringsEs, "\"Empezar\"\n", "\"Empezar\",\n  \"extra\": \"x\"\n");
    expectOnlyError(fixture.load(), "strings/es.json", 0,
                    "missing key \"app.name\" (it is in strings/en.json line 2)");

    ContentFixture other;
    other.replace(files::kStringsEs, "\"Empezar\"\n", "\"Empezar\",\n  \"only.es\": \"Solo\"\n");
    expectOnlyError(other.load(), "strings/en.json", 0,
                    "missing key \"only.es\" (it is in strings/es.json line 5)");
}

TEST(CatalogErrors, PlaceholdersDifferBetweenLanguages) {
    ContentFixture fixture;
    fixture.replace(files::kStringsEs, "{total}", "{todas}");
    expectOnlyError(
        fixture.load(), "strings/es.json", 3,
        "placeholders of \"quiz.progress\" differ from strings/en.json: en has {n}, {total}, es has {n}, "
        "{todas}");
}
