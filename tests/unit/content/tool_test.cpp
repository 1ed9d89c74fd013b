// pathlight-tool as a counselor or script uses it: exit codes (0 ok, 1 invalid, 2 usage) and the
// messages printed by `content check` and `match`.
#include "unit/content/content_fixture.hpp"

#include <gmock/gmock.h>

#include <sstream>

using namespace pathlight::content;
using namespace pathlight::content::testing;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {
const fs::path kContentDir = PATHLIGHT_CONTENT_DIR;
}

TEST(Tool, ContentCheckPassesOnValidContent) {
    ContentFixture fixture;
    const ToolRun run = runTool("content check " + quoteArg(fixture.write()));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("content ok: 3 occupations, 2 clusters, 36 quiz items"));
}

TEST(Tool, ContentCheckPrintsFileAndLineAndFails) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "SR,3,", "SR,9,");
    fixture.replace(files::kStringsEs, "\"Empezar\"", "true");
    const ToolRun run = runTool("content check " + quoteArg(fixture.write()));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.output, HasSubstr("careers/occupations.csv:4: job_zone must be 1–5, got \"9\"\n"));
    EXPECT_THAT(run.output, HasSubstr("strings/es.json:4: the value of \"welcome.start\" must be text"));
    EXPECT_THAT(run.output, HasSubstr("2 problems"));
}

TEST(Tool, ContentCheckOnAMissingFolderFails) {
    TempDir dir;
    const ToolRun run = runTool("content check " + quoteArg(dir.path() / "missing"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.output, HasSubstr("does not exist"));
}

TEST(Tool, UsageErrorsExitWithTwo) {
    EXPECT_EQ(runTool("").exitCode, 2);
    EXPECT_EQ(runTool("frobnicate").exitCode, 2);
    EXPECT_EQ(runTool("content").exitCode, 2);
    EXPECT_EQ(runTool("content check a b").exitCode, 2);
    EXPECT_EQ(runTool("match").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 1,2,3").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 1,2,3,4,5,6,7").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 10,20,30,40,50,101").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 10,20,x,40,50,60").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 10,20,30,40,50,60 --zone 6").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 10,20,30,40,50,60 --top 0").exitCode, 2);
    EXPECT_EQ(runTool("match --scores 10,20,30,40,50,60 --colour red").exitCode, 2);
    EXPECT_EQ(runTool("import-data --data x").exitCode, 2);

    const ToolRun run = runTool("match --scores 1,2");
    EXPECT_THAT(run.output, HasSubstr("--scores needs six numbers from 0 to 100"));
}

TEST(Tool, HelpAndVersion) {
    const ToolRun help = runTool("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_THAT(help.output, HasSubstr("content check"));
    EXPECT_THAT(help.output, HasSubstr("import-data"));
    EXPECT_EQ(runTool("match --help").exitCode, 0);
    const ToolRun version = runTool("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_THAT(version.output, HasSubstr("pathlight-tool "));
}

TEST(Tool, MatchExplainsEachCareer) {
    // A strong Helper + Thinker (S, I) profile.
    const ToolRun run =
        runTool("match --scores 20,75,10,95,30,50 --top 5 --content " + quoteArg(kContentDir));
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("Interest code: SIC"));
    EXPECT_THAT(run.output, HasSubstr("Top clusters: 1. Healthcare & Human Services"));
    EXPECT_THAT(run.output, HasSubstr("You like helping people and figuring things out;"));
    // Five ranked lines, 1 to 5.
    for (const char* rank : {"\n   1  ", "\n   5  "}) {
        EXPECT_THAT(run.output, HasSubstr(rank));
    }
    EXPECT_THAT(run.output, Not(HasSubstr("\n   6  ")));
}

TEST(Tool, MatchZoneKeepsOnlyCareersWithLessPreparation) {
    const ToolRun run =
        runTool("match --scores 95,40,20,10,30,20 --zone 2 --top 20 --content " + quoteArg(kContentDir));
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("You like building and fixing things"));
    // Each career line: rank, match, code, zone, title.
    std::istringstream lines(run.output);
    std::string line;
    int careers = 0;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        int rank = 0;
        double similarity = 0.0;
        std::string code;
        int zone = 0;
        if (fields >> rank >> similarity >> code >> zone && code.size() == 10 && code[2] == '-') {
            ++careers;
            EXPECT_LE(zone, 2) << line;
        }
    }
    EXPECT_EQ(careers, 20);
}

TEST(Tool, MatchWithAFlatProfileSaysSoAndSucceeds) {
    const ToolRun run = runTool("match --scores 50,50,55,50,50,45 --content " + quoteArg(kContentDir));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("No strong pattern yet:"));
    EXPECT_THAT(run.output, Not(HasSubstr("Interest code")));
}

TEST(Tool, MatchOnBrokenContentFails) {
    ContentFixture fixture;
    fixture.replace(files::kOccupations, "3.66,4.82", "3.66,99");
    const ToolRun run = runTool("match --scores 20,75,10,95,30,50 --content " + quoteArg(fixture.write()));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_THAT(run.output, HasSubstr("careers/occupations.csv:2: I must be from 1 to 7"));
}

TEST(Tool, CareersSearchFindsNursesInBothLanguages) {
    ToolRun run = runTool("careers search nures --top 20 --content " + quoteArg(kContentDir));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("29-1141.00  Registered Nurses"));
    run = runTool("careers search enfermera --lang es --top 20 --content " + quoteArg(kContentDir));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("29-1141.00  Enfermero/a titulado/a"));
}

TEST(Tool, CareersShowPrintsEveryFieldOfTheCard) {
    const ToolRun run = runTool("careers show 29-1022.00 --content " + quoteArg(kContentDir));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    for (const char* field : {"Oral and Maxillofacial Surgeons (29-1022.00)", "What is this job?", "Does it fit me?",
                              "School", "more than $239,200 a year", "Jobs in 10 years", "All jobs: +3.1%.",
                              "Career areas:", "School subjects that help:", "Clubs and contests to try:",
                              "Careers like this one:"}) {
        EXPECT_THAT(run.output, HasSubstr(field));
    }
}

TEST(Tool, CareersListFiltersByClusterNameAndFeatured) {
    const ToolRun run =
        runTool("careers list --featured --cluster 'Salud y servicios humanos' --content " + quoteArg(kContentDir));
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_THAT(run.output, HasSubstr("29-1141.00  Registered Nurses  *"));
    EXPECT_THAT(run.output, Not(HasSubstr("15-1252.00")));
}

TEST(Tool, CareersMistakesAreUsageOrInvalid) {
    EXPECT_EQ(runTool("careers").exitCode, 2);
    EXPECT_EQ(runTool("careers fly").exitCode, 2);
    EXPECT_EQ(runTool("careers search").exitCode, 2);
    EXPECT_EQ(runTool("careers search nurse --lang fr --content " + quoteArg(kContentDir)).exitCode, 2); // no strings/fr.json
    const ToolRun unknown = runTool("careers show 99-9999.00 --content " + quoteArg(kContentDir));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_THAT(unknown.output, HasSubstr("no career with code 99-9999.00"));
    const ToolRun cluster = runTool("careers list --cluster Space --content " + quoteArg(kContentDir));
    EXPECT_EQ(cluster.exitCode, 1);
    EXPECT_THAT(cluster.output, HasSubstr("healthcare-human-services"));
}
