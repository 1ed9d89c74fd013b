// `pathlight-tool portfolio` as a teacher or a script uses it: exit codes 0 ok, 1 invalid, 2 usage;
// results on stdout, problems on stderr; export and import against a data folder's database.
#include "portfolio/errors.hpp"
#include "portfolio_test_support.hpp"
#include "store/revision_repo.hpp"

#include <gmock/gmock.h>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::HasSubstr;

namespace {

// A data folder with a database holding Sam (and a journal entry), closed again like a quit app.
std::string makeDataDir(const fs::path& dataDir) {
    fs::create_directories(dataDir);
    DiskDatabase disk(dataDir);
    const store::Learner sam = disk.addLearner("Sam");
    EXPECT_TRUE(store::RevisionRepo(disk.db())
                    .append(core::Revision{sam.id, "journal-1", "journal", disk.db().clock().tick(), false,
                                           R"({"text":"robots"})"})
                    .ok());
    return sam.id;
}

} // namespace

TEST(PortfolioTool, UsageErrorsExitWithTwo) {
    TempDir dir;
    const std::vector<std::vector<std::string>> bad{
        {"portfolio"},
        {"portfolio", "frobnicate"},
        {"portfolio", "inspect"},
        {"portfolio", "inspect", "a", "b"},
        {"portfolio", "verify", "a", "--colour", "red"},
        {"portfolio", "merge", "a", "-o", "out"},
        {"portfolio", "merge", "a", "b"},
        {"portfolio", "export", "--learner", "x"},
        {"portfolio", "export", "-o", "x"},
        {"portfolio", "import"},
        {"portfolio", "import", "a", "--learner"},
        {"portfolio", "import", "a", "-o", "b"},
    };
    for (const auto& args : bad) {
        const ToolRun run = runTool(args, dir.path());
        EXPECT_EQ(run.exitCode, 2) << ::testing::PrintToString(args);
        EXPECT_THAT(run.err, HasSubstr("pathlight-tool: ")) << ::testing::PrintToString(args);
        EXPECT_TRUE(run.out.empty());
    }
    const ToolRun help = runTool({"portfolio", "--help"}, dir.path());
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_THAT(help.out, HasSubstr("merge A B -o OUT"));
    EXPECT_THAT(runTool({"--help"}, dir.path()).out, HasSubstr("pathlight-tool portfolio inspect FILE"));
}

TEST(PortfolioTool, VerifyAndInspectAGoodFile) {
    TempDir dir;
    const fs::path file = dir / "Sam-1a2b3c4d.pathlight";
    writeBytes(file,
               encoded(makePortfolio({profileRev("Sam", 1732406400000), rev("j1", 1732406460000),
                                      rev("j2", 1732406460000), rev("j2", 1732406470000, "{}", true)})));
    const ToolRun verify = runTool({"portfolio", "verify", file.string()}, dir.path());
    EXPECT_EQ(verify.exitCode, 0) << verify.err;
    EXPECT_THAT(verify.out, HasSubstr("ok: "));
    EXPECT_THAT(verify.out, HasSubstr("4 revisions, checksum ok"));
    EXPECT_TRUE(verify.err.empty());

    const ToolRun inspect = runTool({"portfolio", "inspect", file.string()}, dir.path());
    EXPECT_EQ(inspect.exitCode, 0) << inspect.err;
    EXPECT_THAT(inspect.out, HasSubstr(std::string("learner:    ") + kLearnerA + " (Sam)"));
    EXPECT_THAT(inspect.out, HasSubstr("revisions:  4 in 3 entries (1 deleted)"));
    EXPECT_THAT(inspect.out, HasSubstr("entries:    journal 1 profile 1"));
    EXPECT_THAT(inspect.out, HasSubstr("written by: pathlight test on device testdevice"));
    EXPECT_THAT(inspect.out, HasSubstr("time span:  2024-11-24T00:00:00Z to 2024-11-24T00:01:10Z"));
}

TEST(PortfolioTool, InvalidFilesExitWithOneAndExplainOnStderr) {
    TempDir dir;
    const std::string good = encoded(makePortfolio({profileRev("Sam", 1000)}));
    const fs::path file = dir / "bad.pathlight";
    writeBytes(file, good.substr(0, good.size() / 2));
    for (const char* command : {"verify", "inspect"}) {
        const ToolRun run = runTool({"portfolio", command, file.string()}, dir.path());
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_TRUE(run.out.empty());
        EXPECT_THAT(run.err, HasSubstr("got cut off")) << "the kid-readable message";
        EXPECT_THAT(run.err, HasSubstr("bad.pathlight: byte ")) << "the precise detail";
        EXPECT_THAT(run.err, HasSubstr("[portfolio.truncated]"));
    }
    const ToolRun missing = runTool({"portfolio", "verify", (dir / "nope.pathlight").string()}, dir.path());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_THAT(missing.err, HasSubstr("[portfolio.unreadable]"));
}

TEST(PortfolioTool, MergeWritesTheUnionAndRefusesTwoLearners) {
    TempDir dir;
    writeBytes(dir / "a.pathlight", encoded(makePortfolio({profileRev("Sam", 1000), rev("from-a", 2000)})));
    writeBytes(dir / "b.pathlight", encoded(makePortfolio({profileRev("Sam", 1000), rev("from-b", 3000)})));
    const ToolRun run = runTool({"portfolio", "merge", (dir / "a.pathlight").string(),
                                 (dir / "b.pathlight").string(), "-o", (dir / "out.pathlight").string()},
                                dir.path());
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_THAT(run.out, HasSubstr("merged 2 + 2 revisions into 3"));
    auto merged = decode(readBytes(dir / "out.pathlight"));
    ASSERT_TRUE(merged.ok());
    EXPECT_EQ(merged->revisions.size(), 3u);

    writeBytes(dir / "other.pathlight",
               encoded(makePortfolio({profileRev("Ana", 1000, kLearnerB)}, kLearnerB)));
    const ToolRun two = runTool({"portfolio", "merge", (dir / "a.pathlight").string(),
                                 (dir / "other.pathlight").string(), "-o", (dir / "x.pathlight").string()},
                                dir.path());
    EXPECT_EQ(two.exitCode, 1);
    EXPECT_THAT(two.err, HasSubstr("someone else's portfolio"));
    EXPECT_FALSE(fs::exists(dir / "x.pathlight"));
}

TEST(PortfolioTool, ExportFromOneDataFolderAndImportIntoAnother) {
    TempDir dir;
    const std::string samId = makeDataDir(dir / "kiosk-a");
    const fs::path file = dir / "sam.pathlight";
    const ToolRun exported = runTool({"portfolio", "export", "--learner", samId, "-o", file.string(),
                                      "--data-dir", (dir / "kiosk-a").string()},
                                     dir.path());
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    ASSERT_TRUE(decode(readBytes(file)).ok());

    // Import with the default data folder ($XDG_DATA_HOME/pathlight).
    const ToolRun imported = runTool({"portfolio", "import", file.string()}, dir.path());
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_THAT(imported.out, HasSubstr("imported Sam (" + samId + "): 2 new revisions, 2 in all"));
    EXPECT_THAT(imported.out, HasSubstr("new on this device"));
    DiskDatabase kioskB(dir / "xdg" / "pathlight");
    const auto list = store::LearnerRepo(kioskB.db()).list();
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].nickname, "Sam");
    EXPECT_TRUE(store::RevisionRepo(kioskB.db()).head(samId, "journal-1").has_value());
}

TEST(PortfolioTool, RefusedImportLeavesTheDatabaseUntouched) {
    TempDir dir;
    const std::string samId = makeDataDir(dir / "data");
    std::string snapshot;
    {
        DiskDatabase disk(dir / "data");
        snapshot = disk.snapshot();
    }
    writeBytes(dir / "other.pathlight",
               encoded(makePortfolio({profileRev("Ana", 1000, kLearnerB)}, kLearnerB)));
    const ToolRun wrong = runTool({"portfolio", "import", (dir / "other.pathlight").string(), "--learner",
                                   samId, "--data-dir", (dir / "data").string()},
                                  dir.path());
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_THAT(wrong.err, HasSubstr("This is someone else's portfolio"));
    EXPECT_THAT(wrong.err, HasSubstr("[portfolio.wrong_learner]"));
    writeBytes(dir / "broken.pathlight", "{\"format\": \"pathlight-portfolio\", \"version\": 9}");
    const ToolRun newer = runTool(
        {"portfolio", "import", (dir / "broken.pathlight").string(), "--data-dir", (dir / "data").string()},
        dir.path());
    EXPECT_EQ(newer.exitCode, 1);
    EXPECT_THAT(newer.err, HasSubstr("update Pathlight"));
    DiskDatabase disk(dir / "data");
    EXPECT_EQ(disk.snapshot(), snapshot);

    const ToolRun noData = runTool({"portfolio", "export", "--learner", samId, "-o",
                                    (dir / "x.pathlight").string(), "--data-dir", (dir / "empty").string()},
                                   dir.path());
    EXPECT_EQ(noData.exitCode, 1);
    EXPECT_FALSE(fs::exists(dir / "empty" / "pathlight.db")) << "export never creates a database";
}
