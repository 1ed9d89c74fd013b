// The in-app file browser's rules (no native dialogs on a locked-down kiosk): the places a portfolio
// can be — the class folder, USB sticks and other removable media, the home folder — and walking
// inside one of them. It never leaves the place it was opened in: "Up" stops at the place's root,
// and a subfolder that is a link to somewhere else is not entered. Screens hand it names from the
// listing, never paths. Reads only; an unplugged stick is an error value, never a crash.
#pragma once

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pathlight::app {

enum class PlaceKind { ClassFolder, Removable, Home };

struct Place {
    PlaceKind kind = PlaceKind::Home;
    std::string name; // the folder's own name ("KINGSTON"); the screen words the kind
};

struct FolderEntry {
    std::string name;       // the file or folder name inside the current folder
    bool folder = false;
    std::string nickname;   // files: the learner's name from the file name
    std::int64_t modifiedMs = 0;
};

// Where to look for places; tests pass their own.
struct PlaceSearch {
    std::vector<std::filesystem::path> media = {"/media", "/run/media"};
    std::filesystem::path home;  // "" = $HOME
    bool requireMountPoints = true;
};

inline constexpr const char* kErrOutside = "app.outside_place";

class FolderBrowser {
public:
    explicit FolderBrowser(PlaceSearch search = {}) : m_search(std::move(search)) {}

    // Looks for places again (a stick was plugged in); `classFolder` is the device's, "" for none.
    const std::vector<Place>& refresh(const std::filesystem::path& classFolder);
    const std::vector<Place>& places() const { return m_places; }

    core::Status openPlace(std::size_t index);
    core::Status enter(const std::string& childFolder);
    bool canGoUp() const;
    core::Status up();
    bool isOpen() const { return !m_root.empty(); }
    std::size_t placeIndex() const { return m_placeIndex; }

    // The folder shown, for display and for "save here" / "use this folder".
    const std::filesystem::path& current() const { return m_current; }
    // A file of the current folder by the name the listing gave.
    core::Result<std::filesystem::path> file(const std::string& name) const;
    // Subfolders (A to Z) and, when `withFiles`, .pathlight files (newest first).
    core::Result<std::vector<FolderEntry>> list(bool withFiles) const;

private:
    bool inside(const std::filesystem::path& path) const;

    PlaceSearch m_search;
    std::vector<Place> m_places;
    std::vector<std::filesystem::path> m_placePaths;
    std::size_t m_placeIndex = 0;
    std::filesystem::path m_root;    // canonical root of the open place
    std::filesystem::path m_current; // canonical, always inside m_root
};

} // namespace pathlight::app
