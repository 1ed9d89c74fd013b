// `pathlight-tool roster import` as a teacher or a script uses it: the preview on stdout with every
// skipped row's file:line, --dry-run writes nothing, an import then a re-import, exit codes 0/1/2.
#include "roster_test_support.hpp"

#include <gmock/gmock.h>
#include <sys/wait.h>

#include <cstdio>

using namespace pathlight::roster;
using namespace pathlight::roster::testing;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

struct ToolRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string shellQuote(const std::string& text) {
    std::string out = "'";
    for (const char c : text) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

ToolRun runTool(const std::vector<std::string>& args, const fs::path& scratch) {
    const fs::path errFile = scratch / "tool-stderr.txt";
    std::string command =
        "XDG_DATA_HOME=" + shellQuote((scratch / "xdg").string()) + " " + shellQuote(PATHLIGHT_TOOL_PATH);
    for (const std::string& arg : args) {
        command += " " + shellQuote(arg);
    }
    command += " 2>" + shellQuote(errFile.string());
    ToolRun run;
    std::FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        ADD_FAILURE() << "popen failed: " << command;
        return run;
    }
    char buffer[4096];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        run.out.append(buffer, got);
    }
    const int status = ::pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = pathlight::store::testing::readBytes(errFile);
    return run;
}

} // namespace

TEST(RosterTool, UsageErrorsExitWithTwoAndHelpNamesTheCommand) {
    TempDir dir;
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"roster"},
                                               {"roster", "export"},
                                               {"roster", "import"},
                                               {"roster", "import", "a", "b"},
                                               {"roster", "import", "a", "--colour"},
                                               {"roster", "import", "a", "--data-dir"}}) {
        const ToolRun run = runTool(args, dir.path());
        EXPECT_EQ(run.exitCode, 2) << ::testing::PrintToString(args);
        EXPECT_THAT(run.err, HasSubstr("pathlight-tool: "));
    }
    EXPECT_THAT(runTool({"roster", "--help"}, dir.path()).out, HasSubstr("--dry-run"));
    EXPECT_THAT(runTool({"--help"}, dir.path()).out, HasSubstr("pathlight-tool roster import PATH"));
}

TEST(RosterTool, DryRunPrintsThePreviewAndWritesNothing) {
    TempDir dir;
    const ToolRun run = runTool({"roster", "import", (fixtures() / "oneroster11").string(), "--dry-run",
                                 "--data-dir", (dir / "data").string()},
                                dir.path());
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("(OneRoster 1.1)"));
    EXPECT_THAT(run.out, HasSubstr("students:   4 new, 0 updated, 0 unchanged"));
    EXPECT_THAT(run.out, HasSubstr("staff:      2, guardians: 2 (never learners)"));
    EXPECT_THAT(run.out, HasSubstr("st1  Mary Jones -> \"Mary Jon.\", grade 6 (roster: 06)"));
    EXPECT_THAT(run.out, HasSubstr("  users.csv:7: student st5 has enabledUser false"));
    EXPECT_THAT(run.out, HasSubstr("  enrollments.csv:12: class c9 is not in classes.csv"));
    EXPECT_THAT(run.out, HasSubstr("dry run: nothing was changed"));
    EXPECT_FALSE(fs::exists(dir / "data"));
}

TEST(RosterTool, ImportThenReimportChangesNothing) {
    TempDir dir;
    const std::string data = (dir / "data").string();
    const std::string roster = (fixtures() / "clever").string();
    const ToolRun first = runTool({"roster", "import", roster, "--data-dir", data}, dir.path());
    EXPECT_EQ(first.exitCode, 0) << first.err;
    EXPECT_THAT(first.out, HasSubstr("imported: 4 new learners, 0 updated, 0 unchanged; 2 classes added"));
    const std::string bytes = pathlight::store::testing::readBytes(dir / "data" / "pathlight.db");
    const ToolRun second = runTool({"roster", "import", roster, "--data-dir", data}, dir.path());
    EXPECT_EQ(second.exitCode, 0) << second.err;
    EXPECT_THAT(second.out, HasSubstr("students:   0 new, 0 updated, 4 unchanged"));
    EXPECT_THAT(second.out,
                HasSubstr("imported: 0 new learners, 0 updated, 4 unchanged; 0 classes added, 0 changed"));
    EXPECT_EQ(pathlight::store::testing::readBytes(dir / "data" / "pathlight.db"), bytes);
    // The default data folder is $XDG_DATA_HOME/pathlight.
    EXPECT_EQ(runTool({"roster", "import", roster}, dir.path()).exitCode, 0);
    EXPECT_TRUE(fs::exists(dir / "xdg" / "pathlight" / "pathlight.db"));
}

TEST(RosterTool, BrokenAndForeignRostersExitWithOneAndImportNothing) {
    TempDir dir;
    auto files = loadBundle(fixtures() / "oneroster11");
    ASSERT_TRUE(files.ok());
    files->add("users.csv", *files->find("users.csv") + "x1,,,true,s1,student,x,,\"Open,Quote,,,,,,,,,\r\n");
    writeFolder(dir / "broken", *files);
    const std::string data = (dir / "data").string();
    const ToolRun broken =
        runTool({"roster", "import", (dir / "broken").string(), "--data-dir", data}, dir.path());
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_THAT(broken.out, HasSubstr("users.csv:11: a quoted value is never closed"));
    EXPECT_THAT(broken.err, HasSubstr("nothing was imported"));
    EXPECT_EQ(
        pathlight::store::testing::rawQuery(dir / "data" / "pathlight.db", "SELECT count(*) FROM learners"),
        "0");

    const ToolRun sds = runTool(
        {"roster", "import", (samples() / "other-sds-v2.1-microsoft").string(), "--dry-run"}, dir.path());
    EXPECT_EQ(sds.exitCode, 1);
    EXPECT_THAT(sds.err, HasSubstr("School Data Sync"));
    EXPECT_THAT(sds.err, HasSubstr("[roster.unknown]"));
    EXPECT_EQ(runTool({"roster", "import", (dir / "missing").string(), "--dry-run"}, dir.path()).exitCode, 1);
}

TEST(RosterTool, WorksOnEveryRealSample) {
    TempDir dir;
    const std::string data = (dir / "data").string();
    std::vector<fs::path> rosters;
    for (const auto& entry : fs::directory_iterator(samples())) {
        if (entry.is_directory() && entry.path().filename() != "oneroster-zips-moodle" &&
            entry.path().filename() != "other-sds-v2.1-microsoft") {
            rosters.push_back(entry.path());
        }
    }
    for (const auto& entry : fs::directory_iterator(samples() / "oneroster-zips-moodle")) {
        rosters.push_back(entry.path());
    }
    std::sort(rosters.begin(), rosters.end());
    ASSERT_EQ(rosters.size(), 17u);
    for (const fs::path& roster : rosters) {
        const ToolRun dry =
            runTool({"roster", "import", roster.string(), "--dry-run", "--data-dir", data}, dir.path());
        EXPECT_EQ(dry.exitCode, 0) << roster << dry.err;
        const ToolRun run = runTool({"roster", "import", roster.string(), "--data-dir", data}, dir.path());
        EXPECT_EQ(run.exitCode, 0) << roster << run.err;
        EXPECT_THAT(run.out, HasSubstr("imported: ")) << roster;
        EXPECT_THAT(run.out, Not(HasSubstr("Errors"))) << roster;
    }
    // 1004 + 14 Clever students are partly the same Student_ids; all the rest are distinct.
    const std::string learners =
        pathlight::store::testing::rawQuery(dir / "data" / "pathlight.db", "SELECT count(*) FROM learners");
    EXPECT_EQ(learners, pathlight::store::testing::rawQuery(dir / "data" / "pathlight.db",
                                                            "SELECT count(*) FROM roster_students"));
}
