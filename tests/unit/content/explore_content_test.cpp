// The explorer and self-discovery tables (Spanish titles, subjects, featured careers, clubs and a
// school's own list, work values and their cards, strengths): a valid folder loads them, and each
// kind of mistake is reported with its file and line, and nothing else.
#include "unit/content/content_fixture.hpp"

#include <gmock/gmock.h>

// The content's languages are en and es (strings/*.json, English first), so Spanish is the second.
constexpr pathlight::content::Lang kSpanish{1};

using namespace pathlight;
using namespace pathlight::content;
using namespace pathlight::content::testing;
using ::testing::HasSubstr;

TEST(ExploreContent, ValidFolderLoadsEveryTable) {
    ContentFixture fixture;
    const core::Result<Catalog> result = loadCatalog(fixture.write());
    ASSERT_TRUE(result.ok()) << result.error().detail;
    const Catalog& catalog = *result;

    const std::size_t nurse = *catalog.findOccupation("29-1141.00");
    EXPECT_EQ(catalog.occupations[nurse].title.in(kSpanish), "Enfermero/a titulado/a");
    EXPECT_EQ(catalog.occupations[nurse].title.in(kSpanish), "Enfermero/a titulado/a");
    EXPECT_EQ(catalog.occupations[nurse].title.in(Lang::english()), "Registered Nurses");

    const FeaturedCareer* featured = catalog.featuredFor(nurse);
    ASSERT_NE(featured, nullptr);
    EXPECT_EQ(featured->cluster, 0);
    EXPECT_EQ(featured->subjects, (std::vector<int>{1, 0})); // science, then math, in the file's order
    EXPECT_EQ(featured->values, std::vector<int>{1});
    EXPECT_EQ(featured->skills, (std::vector<int>{0, 1}));
    EXPECT_EQ(featured->description.in(kSpanish), "Cuidas a personas enfermas.");
    EXPECT_EQ(featured->day.in(Lang::english()), "You check on patients.");
    EXPECT_EQ(catalog.featuredFor(*catalog.findOccupation("15-1252.00")), nullptr);

    EXPECT_EQ(catalog.clusters[0].subjects, (std::vector<int>{1, 0}));
    EXPECT_EQ(catalog.subClusterName("Health Data", kSpanish), "Datos de salud");
    EXPECT_EQ(catalog.subClusterName("Health Data", Lang::english()), "Health Data");
    ASSERT_EQ(catalog.subjects.size(), 2u);
    EXPECT_EQ(catalog.subjects[0].name.in(kSpanish), "Matemáticas");

    ASSERT_EQ(catalog.programs.size(), 1u);
    EXPECT_EQ(catalog.programs[0].name, "MATHCOUNTS");
    EXPECT_EQ(catalog.programs[0].gradeMin, 6);
    EXPECT_EQ(catalog.programs[0].gradeMax, 8);
    EXPECT_EQ(catalog.programs[0].clusters, std::vector<int>{1});
    EXPECT_FALSE(catalog.programs[0].local);

    ASSERT_EQ(catalog.workValues.size(), 2u);
    ASSERT_EQ(catalog.valueCards.size(), 6u);
    EXPECT_EQ(catalog.valueCards[3].value, 1);
    ASSERT_EQ(catalog.strengths.size(), 2u);
    EXPECT_EQ(catalog.strengths[1].check.in(Lang::english()), "I do my part.");
}

TEST(ExploreContent, SchoolsOwnClubsAndEmployersAreAddedAfterTheBundledOnes) {
    ContentFixture fixture;
    const fs::path dir = fixture.write();
    writeText(dir / files::kLocalPrograms, "name,kind,grades,clusters,about_en,about_es\n"
                                           "Lincoln Robotics Club,club,6-8,tech,\"Build robots after school, on Tuesdays.\",\n"
                                           "Valley Clinic,employer,,health,Our nurses visit classes in May.,Visitan clases.\n");
    const core::Result<Catalog> result = loadCatalog(dir);
    ASSERT_TRUE(result.ok()) << result.error().detail;
    ASSERT_EQ(result->programs.size(), 3u);
    const Program& club = result->programs[1];
    EXPECT_TRUE(club.local);
    EXPECT_EQ(club.kind, "club");
    EXPECT_EQ(club.about.in(kSpanish), "Build robots after school, on Tuesdays."); // no Spanish: English shown
    const Program& employer = result->programs[2];
    EXPECT_EQ(employer.kind, "employer");
    EXPECT_EQ(employer.gradeMin, 0);
    EXPECT_EQ(employer.clusters, std::vector<int>{0});
}

TEST(ExploreContentErrors, CareerWithoutASpanishTitle) {
    ContentFixture fixture;
    fixture.replace(files::kTitlesEs, "29-1141.00,Enfermero/a titulado/a\n", "");
    expectOnlyError(fixture.load(), "careers/titles_es.csv", 0, "no Spanish title for 29-1141.00 (Registered Nurses)");
}

TEST(ExploreContentErrors, SpanishTitleForAnUnknownCode) {
    ContentFixture fixture;
    fixture.file(files::kTitlesEs) += "99-9999.00,Nadie\n";
    expectOnlyError(fixture.load(), "careers/titles_es.csv", 5, "unknown occupation code \"99-9999.00\"");
}

TEST(ExploreContentErrors, SpanishTitleTwice) {
    ContentFixture fixture;
    fixture.file(files::kTitlesEs) += "29-1141.00,Otra vez\n";
    expectOnlyError(fixture.load(), "careers/titles_es.csv", 5, "duplicate code 29-1141.00 (first on line 3)");
}

TEST(ExploreContentErrors, EmptySpanishTitle) {
    ContentFixture fixture;
    fixture.replace(files::kTitlesEs, "15-1252.00,Desarrollador/a de software", "15-1252.00,");
    expectOnlyError(fixture.load(), "careers/titles_es.csv", 2, "title_es is empty");
}

TEST(ExploreContentErrors, SubClusterWithoutASpanishName) {
    ContentFixture fixture;
    fixture.replace(files::kSubClusters, "tech,Health Data,Datos de salud\n", "");
    expectOnlyError(fixture.load(), "clusters/sub_clusters.csv", 0,
                    "no Spanish name for sub-cluster \"Health Data\" of \"tech\"");
}

TEST(ExploreContentErrors, MisspeltSubClusterShowsAsAMissingSpanishName) {
    ContentFixture fixture;
    fixture.replace(files::kSubClusters, "tech,Health Data,", "tech,Health Dato,");
    expectOnlyError(fixture.load(), "clusters/sub_clusters.csv", 0,
                    "no Spanish name for sub-cluster \"Health Data\" of \"tech\"");
}

TEST(ExploreContentErrors, FeaturedCareerWithAnUnknownCode) {
    ContentFixture fixture;
    fixture.replace(files::kFeatured, "29-1141.00,health", "29-9999.00,health");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "unknown occupation code \"29-9999.00\"");
}

TEST(ExploreContentErrors, FeaturedCareerInAClusterItIsNotIn) {
    ContentFixture fixture;
    fixture.replace(files::kFeatured, "29-1141.00,health", "29-1141.00,tech");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "29-1141.00 (Registered Nurses) is not in cluster \"tech\"");
}

TEST(ExploreContentErrors, FeaturedCareerWithAnUnknownSubject) {
    ContentFixture fixture;
    fixture.replace(files::kFeatured, "science;math", "science;recess");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "subjects: unknown id \"recess\"");
}

TEST(ExploreContentErrors, FeaturedCareerWithAnUnknownValueOrSkill) {
    ContentFixture fixture;
    fixture.replace(files::kFeatured, ",support,", ",fame,");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "values: unknown id \"fame\"");
    fixture.replace(files::kFeatured, ",fame,communication;teamwork", ",support,communication;juggling");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "skills: unknown id \"juggling\"");
}

TEST(ExploreContentErrors, FeaturedCareerWithoutASpanishDayInTheLife) {
    ContentFixture fixture;
    fixture.replace(files::kFeatured, ",Revisas a tus pacientes.", ",");
    expectOnlyError(fixture.load(), "careers/featured.csv", 2, "day_es is empty");
}

TEST(ExploreContentErrors, FeaturedCareerTwice) {
    ContentFixture fixture;
    fixture.file(files::kFeatured) += "29-1141.00,health,user-md,math,support,teamwork,A.,B.,C.,D.\n";
    expectOnlyError(fixture.load(), "careers/featured.csv", 3, "duplicate code 29-1141.00 (first on line 2)");
}

TEST(ExploreContentErrors, SubjectIdThatIsNotASlug) {
    ContentFixture fixture;
    fixture.replace(files::kSubjects, "science,flask", "Science Lab,flask");
    // The cluster and featured lists that name "science" are then reported too: that is the point.
    const LoadReport report = fixture.load();
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.errors[0].file, "careers/subjects.csv");
    EXPECT_EQ(report.errors[0].line, 3);
    EXPECT_THAT(report.errors[0].message, HasSubstr("must be lowercase letters, digits and hyphens"));
}

TEST(ExploreContentErrors, ClusterWithoutSubjects) {
    ContentFixture fixture;
    fixture.replace(files::kClusterSubjects, "tech,math\n", "");
    expectOnlyError(fixture.load(), "clusters/cluster_subjects.csv", 0, "no row for cluster \"tech\"");
}

TEST(ExploreContentErrors, ValueCardForAnUnknownValue) {
    ContentFixture fixture;
    fixture.file(files::kValueCards) += "f1,fame,star,Be famous,Ser famoso\n";
    expectOnlyError(fixture.load(), "quizzes/value_cards.csv", 8, "unknown value \"fame\"");
}

TEST(ExploreContentErrors, TooFewCardsForAValue) {
    ContentFixture fixture;
    fixture.replace(files::kValueCards, "s3,support,book,Learn new things at work,Aprender cosas nuevas\n", "");
    expectOnlyError(fixture.load(), "quizzes/value_cards.csv", 0, "value \"support\" has 2 cards");
}

TEST(ExploreContentErrors, StrengthTwice) {
    ContentFixture fixture;
    fixture.file(files::kStrengths) += "teamwork,users,A,B,C,D,E,F,G,H\n";
    expectOnlyError(fixture.load(), "quizzes/strengths.csv", 4, "duplicate id \"teamwork\" (first on line 3)");
}

TEST(ExploreContentErrors, ProgramOfAnUnknownKind) {
    ContentFixture fixture;
    fixture.replace(files::kPrograms, "MATHCOUNTS,competition", "MATHCOUNTS,party");
    expectOnlyError(fixture.load(), "programs/programs.csv", 2, "kind must be one of club, competition, program");
}

TEST(ExploreContentErrors, ProgramWithBadGrades) {
    ContentFixture fixture;
    fixture.replace(files::kPrograms, ",6-8,", ",8-6,");
    expectOnlyError(fixture.load(), "programs/programs.csv", 2, "grades must look like 6-8");
}

TEST(ExploreContentErrors, ProgramInAnUnknownCluster) {
    ContentFixture fixture;
    fixture.replace(files::kPrograms, ",6-8,tech,", ",6-8,space,");
    expectOnlyError(fixture.load(), "programs/programs.csv", 2, "clusters: unknown id \"space\"");
}

TEST(ExploreContentErrors, LocalListWithABadRow) {
    ContentFixture fixture;
    const fs::path dir = fixture.write();
    writeText(dir / files::kLocalPrograms, "name,kind,grades,clusters,about_en,about_es\n"
                                           "Valley Clinic,hospital,,health,Visits in May.,\n");
    LoadReport report;
    (void)loadCatalog(dir, &report);
    expectOnlyError(report, "programs/local.csv", 2, "kind must be one of club, competition, program, employer");
}
