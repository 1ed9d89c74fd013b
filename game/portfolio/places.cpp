// See places.hpp.
#include "portfolio/places.hpp"

#include "portfolio/errors.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include <sys/stat.h>

namespace pathlight::portfolio {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kExtension = ".pathlight";

bool isDirectory(const fs::path& path) {
    std::error_code ec;
    return fs::is_directory(path, ec);
}

// A mounted file system starts here: its device differs from its parent folder's.
bool isMountPoint(const fs::path& path) {
    struct stat self {};
    struct stat parent {};
    return ::stat(path.c_str(), &self) == 0 && ::stat(path.parent_path().c_str(), &parent) == 0 &&
           self.st_dev != parent.st_dev;
}

std::vector<fs::path> subfolders(const fs::path& folder) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entry;
        if (it->is_directory(entry) && !it->path().filename().string().starts_with(".")) {
            out.push_back(it->path());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Removable media are mounted at <root>/<label> or <root>/<user>/<label> (udisks on Debian).
void addMounts(const fs::path& root, bool requireMount, std::vector<Place>& places) {
    for (const fs::path& child : subfolders(root)) {
        if (!requireMount || isMountPoint(child)) {
            places.push_back({PlaceKind::Removable, child.filename().string(), child});
            continue;
        }
        for (const fs::path& grandchild : subfolders(child)) {
            if (isMountPoint(grandchild)) {
                places.push_back({PlaceKind::Removable, grandchild.filename().string(), grandchild});
            }
        }
    }
}

std::int64_t toWallMs(fs::file_time_type time) {
    const auto system = std::chrono::system_clock::now() + (time - fs::file_time_type::clock::now());
    return std::chrono::duration_cast<std::chrono::milliseconds>(system.time_since_epoch()).count();
}

bool isPortfolioFile(const std::string& name) {
    return name.size() > kExtension.size() && name.ends_with(kExtension) && !name.starts_with(".");
}

} // namespace

std::vector<Place> findPlaces(const PlaceRoots& roots) {
    std::vector<Place> places;
    if (!roots.portfolioFolder.empty() && isDirectory(roots.portfolioFolder)) {
        places.push_back({PlaceKind::PortfolioFolder, roots.portfolioFolder.filename().string(), roots.portfolioFolder});
    }
    for (const fs::path& root : roots.media) {
        addMounts(root, roots.requireMountPoints, places);
    }
    fs::path home = roots.home;
    if (home.empty()) {
        if (const char* env = std::getenv("HOME"); env && *env) {
            home = env;
        }
    }
    if (!home.empty() && isDirectory(home)) {
        places.push_back({PlaceKind::Home, home.filename().string(), home});
    }
    return places;
}

core::Result<std::vector<FolderItem>> listFolder(const fs::path& folder, bool withFiles) {
    std::error_code ec;
    std::vector<FolderItem> folders;
    std::vector<FolderItem> files;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.starts_with(".")) {
            continue;
        }
        std::error_code entry;
        if (it->is_directory(entry)) {
            folders.push_back({name, it->path(), true, 0, 0});
        } else if (withFiles && isPortfolioFile(name) && it->is_regular_file(entry)) {
            FolderItem file{name, it->path(), false, it->file_size(entry), 0};
            const auto modified = it->last_write_time(entry);
            file.modifiedMs = entry ? 0 : toWallMs(modified);
            files.push_back(std::move(file));
        }
    }
    if (ec) {
        return makePortfolioError(kErrUnreadable, "listing " + folder.string() + ": " + ec.message());
    }
    std::sort(folders.begin(), folders.end(), [](const FolderItem& a, const FolderItem& b) { return a.name < b.name; });
    std::sort(files.begin(), files.end(), [](const FolderItem& a, const FolderItem& b) {
        return a.modifiedMs != b.modifiedMs ? a.modifiedMs > b.modifiedMs : a.name < b.name;
    });
    folders.insert(folders.end(), files.begin(), files.end());
    return folders;
}

std::string nicknameFromFileName(const std::string& fileName) {
    // Everything before "-<8 hex digits>" (the short id); conflict copies add text after it.
    std::string stem = fileName.ends_with(kExtension) ? fileName.substr(0, fileName.size() - kExtension.size()) : fileName;
    const auto isHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    for (std::size_t dash = stem.find('-'); dash != std::string::npos && dash > 0; dash = stem.find('-', dash + 1)) {
        const std::size_t end = dash + 1 + 8;
        if (end <= stem.size() && std::all_of(stem.begin() + static_cast<std::ptrdiff_t>(dash + 1),
                                              stem.begin() + static_cast<std::ptrdiff_t>(end), isHex) &&
            (end == stem.size() || !isHex(stem[end]))) {
            stem.resize(dash);
            break;
        }
    }
    std::replace(stem.begin(), stem.end(), '_', ' ');
    return stem;
}

} // namespace pathlight::portfolio
