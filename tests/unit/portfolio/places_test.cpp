// The in-app file browser's view of the disk: which places are offered (the class folder, USB
// sticks, home) and what a folder shows — subfolders A to Z, then portfolio files newest first,
// never backups, lock or temp files — and a clear error for a folder that vanished (a pulled stick).
#include "portfolio/errors.hpp"
#include "portfolio/places.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

using namespace pathlight;
using namespace pathlight::portfolio;
namespace fs = std::filesystem;

namespace {

class Scratch {
public:
    Scratch() {
        std::random_device rd;
        m_path = fs::temp_directory_path() / ("pathlight-places-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(m_path);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(m_path, ec);
    }
    const fs::path& path() const { return m_path; }
    void file(const fs::path& rel, fs::file_time_type when = fs::file_time_type::clock::now()) const {
        fs::create_directories((m_path / rel).parent_path());
        std::ofstream(m_path / rel) << "{}";
        fs::last_write_time(m_path / rel, when);
    }

private:
    fs::path m_path;
};

std::vector<std::string> names(const std::vector<FolderItem>& items) {
    std::vector<std::string> out;
    for (const FolderItem& item : items) {
        out.push_back(item.name);
    }
    return out;
}

} // namespace

TEST(Places, AFolderShowsSubfoldersThenPortfolioFilesNewestFirst) {
    Scratch disk;
    const auto now = fs::file_time_type::clock::now();
    disk.file("Old-11111111.pathlight", now - std::chrono::hours(48));
    disk.file("New-22222222.pathlight", now);
    disk.file("New-22222222.pathlight.bak", now);
    disk.file("New-22222222.pathlight.lock", now);
    disk.file(".hidden-33333333.pathlight", now);
    disk.file("notes.txt", now);
    fs::create_directories(disk.path() / "zebra");
    fs::create_directories(disk.path() / "apple");
    fs::create_directories(disk.path() / ".Trash");

    const auto all = listFolder(disk.path(), true);
    ASSERT_TRUE(all.ok()) << all.error().detail;
    EXPECT_EQ(names(*all), (std::vector<std::string>{"apple", "zebra", "New-22222222.pathlight", "Old-11111111.pathlight"}));
    EXPECT_TRUE((*all)[0].folder);
    EXPECT_FALSE((*all)[2].folder);
    EXPECT_GT((*all)[2].modifiedMs, (*all)[3].modifiedMs);

    const auto folders = listFolder(disk.path(), false);
    ASSERT_TRUE(folders.ok());
    EXPECT_EQ(names(*folders), (std::vector<std::string>{"apple", "zebra"}));
}

TEST(Places, AFolderThatIsGoneIsAnErrorNotACrash) {
    Scratch disk;
    const auto listed = listFolder(disk.path() / "USB-STICK", true);
    ASSERT_FALSE(listed.ok());
    EXPECT_EQ(listed.error().code, kErrUnreadable);
    EXPECT_NE(listed.error().detail.find("USB-STICK"), std::string::npos);
    EXPECT_FALSE(listed.error().message.empty());
}

TEST(Places, TheClassFolderComesFirstThenMediaThenHome) {
    Scratch disk;
    fs::create_directories(disk.path() / "class");
    fs::create_directories(disk.path() / "media" / "KINGSTON");
    fs::create_directories(disk.path() / "home" / "teacher");
    PlaceRoots roots;
    roots.media = {disk.path() / "media"};
    roots.home = disk.path() / "home" / "teacher";
    roots.portfolioFolder = disk.path() / "class";
    roots.requireMountPoints = false; // a test has no real USB stick mounted
    const std::vector<Place> places = findPlaces(roots);
    ASSERT_EQ(places.size(), 3u);
    EXPECT_EQ(places[0].kind, PlaceKind::PortfolioFolder);
    EXPECT_EQ(places[1].kind, PlaceKind::Removable);
    EXPECT_EQ(places[1].name, "KINGSTON");
    EXPECT_EQ(places[2].kind, PlaceKind::Home);

    // On a real machine an empty folder under /media is not a stick: only mount points count.
    roots.requireMountPoints = true;
    EXPECT_EQ(findPlaces(roots).size(), 2u);
    // A class folder that is not there (the share is down) is not offered.
    roots.portfolioFolder = disk.path() / "gone";
    EXPECT_EQ(findPlaces(roots).front().kind, PlaceKind::Home);
}

TEST(Places, TheNicknameIsReadFromTheFileName) {
    EXPECT_EQ(nicknameFromFileName("Rosa-1a2b3c4d.pathlight"), "Rosa");
    EXPECT_EQ(nicknameFromFileName("Ana_Maria-1a2b3c4d.pathlight"), "Ana Maria");
    EXPECT_EQ(nicknameFromFileName("Rosa-1a2b3c4d (conflicted copy 2024-11-24).pathlight"), "Rosa");
}
