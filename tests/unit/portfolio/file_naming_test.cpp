// File names in a portfolio folder: "<nickname>-<short id>.pathlight" is safe on every file system,
// and the conflict copies of Syncthing, Dropbox, Nextcloud, OneDrive and Google Drive are recognized
// as the learner's, while other learners' files, backups, locks and temp files are not.
#include "portfolio/file_naming.hpp"

#include <gtest/gtest.h>

using namespace pathlight::portfolio;

namespace {
constexpr const char* kId = "1a2b3c4d-0000-4000-8000-00000000000a";
constexpr const char* kShort = "1a2b3c4d";
} // namespace

TEST(FileNaming, LearnerFileIsNicknameAndShortId) {
    EXPECT_EQ(shortId(kId), kShort);
    EXPECT_EQ(fileNameFor("Sam", kId), "Sam-1a2b3c4d.pathlight");
    EXPECT_EQ(fileNameFor("Zoë", kId), "Zoë-1a2b3c4d.pathlight") << "letters of any script stay";
    EXPECT_EQ(fileNameFor("José Ángel", kId), "José_Ángel-1a2b3c4d.pathlight");
}

TEST(FileNaming, NicknamesCannotEscapeTheFolderOrBreakAFileSystem) {
    EXPECT_EQ(safeNickname("../../etc/passwd"), "etc_passwd");
    EXPECT_EQ(safeNickname("a/b\\c:d*e?f\"g<h>i|j"), "a_b_c_d_e_f_g_h_i_j");
    EXPECT_EQ(safeNickname("-rf"), "rf") << "never starts like a command-line option";
    EXPECT_EQ(safeNickname("   "), "learner");
    EXPECT_EQ(safeNickname(""), "learner");
    EXPECT_EQ(safeNickname("Sam.pathlight"), "Sam_pathlight");
    EXPECT_EQ(safeNickname("evil\xe2\x80\xaegnp.exe"), "evil_gnp_exe") << "bidi override dropped";
    EXPECT_EQ(safeNickname("bad\xff utf8"), "bad_utf8");
    EXPECT_EQ(safeNickname(std::string(40, 'x')), std::string(24, 'x'));
    EXPECT_EQ(safeNickname("ñññññññññññññññññññññññññññ"), "ññññññññññññññññññññññññ") << "24 code points";
}

TEST(FileNaming, MainFilesUnderAnyNicknameAreRecognizedByShortId) {
    EXPECT_EQ(classifyName("Sam-1a2b3c4d.pathlight", kShort), NameKind::kMain);
    EXPECT_EQ(classifyName("Samuel-1a2b3c4d.pathlight", kShort), NameKind::kMain) << "renamed learner";
    EXPECT_EQ(classifyName("a-1a2b3c4d-1a2b3c4d.pathlight", kShort), NameKind::kMain);
}

TEST(FileNaming, SyncthingConflictCopies) {
    EXPECT_EQ(classifyName("Sam-1a2b3c4d.sync-conflict-20241124-101500-ABCDEF7.pathlight", kShort),
              NameKind::kSyncthing);
    EXPECT_FALSE(classifyName("Sam-1a2b3c4d.sync-conflict-2024-101500-ABCDEF7.pathlight", kShort));
    EXPECT_FALSE(classifyName("Sam-1a2b3c4d.sync-conflict-20241124-101500-.pathlight", kShort));
}

TEST(FileNaming, DropboxAndNextcloudConflictedCopies) {
    EXPECT_EQ(classifyName("Sam-1a2b3c4d (conflicted copy 2024-11-24).pathlight", kShort),
              NameKind::kDropbox);
    EXPECT_EQ(classifyName("Sam-1a2b3c4d (Kiosk's conflicted copy 2024-11-24).pathlight", kShort),
              NameKind::kDropbox);
    EXPECT_EQ(classifyName("Sam-1a2b3c4d (conflicted copy 2024-11-24 101500).pathlight", kShort),
              NameKind::kDropbox);
    EXPECT_FALSE(classifyName("Sam-1a2b3c4d (holiday photos).pathlight", kShort));
}

TEST(FileNaming, OneDriveHostnameCopies) {
    EXPECT_EQ(classifyName("Sam-1a2b3c4d-KIOSK3.pathlight", kShort), NameKind::kOneDrive);
    EXPECT_EQ(classifyName("Sam-1a2b3c4d-DESKTOP-7QK2M1.pathlight", kShort), NameKind::kOneDrive);
}

TEST(FileNaming, GoogleDriveNumberedCopiesAndStackedSuffixes) {
    EXPECT_EQ(classifyName("Sam-1a2b3c4d (1).pathlight", kShort), NameKind::kNumbered);
    EXPECT_EQ(classifyName("Sam-1a2b3c4d-KIOSK3.sync-conflict-20241124-101500-ABCDEF7.pathlight", kShort),
              NameKind::kOneDrive);
    EXPECT_EQ(classifyName(
                  "Sam-1a2b3c4d.sync-conflict-20241124-101500-ABCDEF7 (conflicted copy 2024-11-25).pathlight",
                  kShort),
              NameKind::kSyncthing);
}

TEST(FileNaming, OtherFilesAreNotTheLearners) {
    for (const char* name :
         {"Sam-5e6f7a8b.pathlight", "Sam-1a2b3c4d.pathlight.bak", "Sam-1a2b3c4d.pathlight.lock",
          ".Sam-1a2b3c4d.pathlight.4242.deadbeef.tmp", "Sam-1a2b3c4d.pathlight.damaged-20241124-101500",
          "Sam-1a2b3c4d.json", "Sam1a2b3c4d.pathlight", "Sam-1a2b3c4d (notes).pathlight", ".pathlight",
          "Sam-1a2b3c4d~.pathlight"}) {
        EXPECT_FALSE(classifyName(name, kShort)) << name;
    }
    EXPECT_FALSE(classifyName("Sam-1a2b3c4d.pathlight", "1a2b")) << "a short id has 8 digits";
}
