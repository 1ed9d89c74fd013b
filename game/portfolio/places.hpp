// Places and listings for the in-app file browser ("Bring my portfolio", "Save my portfolio",
// choosing the portfolio folder): the device's portfolio folder, mounted USB sticks and other
// removable media (/media/*, /run/media/*/*), and the home folder; and what one folder holds —
// its subfolders and its .pathlight files, newest first. No native dialogs, no UI: plain
// filesystem reads that never throw, so an unplugged stick shows as a message, not a crash.
#pragma once

#include "core/result.hpp"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace pathlight::portfolio {

enum class PlaceKind { PortfolioFolder, Removable, Home };

struct Place {
    PlaceKind kind;
    std::string name; // the folder's own name ("KINGSTON", "rosa"); the UI words the kind
    std::filesystem::path path;
};

// Roots to look for removable media under; tests pass their own.
struct PlaceRoots {
    std::vector<std::filesystem::path> media = {"/media", "/run/media"};
    std::filesystem::path home;           // "" = $HOME
    std::filesystem::path portfolioFolder; // "" = none configured
    bool requireMountPoints = true;       // only folders where something is mounted count as media
};

// The places that exist right now, portfolio folder first, then media, then home.
std::vector<Place> findPlaces(const PlaceRoots& roots = {});

struct FolderItem {
    std::string name;
    std::filesystem::path path;
    bool folder = false;
    std::uintmax_t bytes = 0;
    std::int64_t modifiedMs = 0; // wall clock
};

// Subfolders (A to Z, hidden ones skipped) and, when `withFiles`, the .pathlight files (newest
// first; backups, lock files and temp files skipped). A folder that can't be read — a pulled USB
// stick, no permission — is an error with the code portfolio.unreadable.
core::Result<std::vector<FolderItem>> listFolder(const std::filesystem::path& folder, bool withFiles);

// The nickname part of a portfolio file name ("Rosa-1a2b3c4d.pathlight" -> "Rosa"), for a list that
// is quick to show without opening every file.
std::string nicknameFromFileName(const std::string& fileName);

} // namespace pathlight::portfolio
