// See folder_browser.hpp.
#include "app/folder_browser.hpp"

#include "portfolio/places.hpp"

namespace pathlight::app {

namespace fs = std::filesystem;

namespace {
core::Error outside(const std::string& what) {
    return core::makeError("That folder is not one Pathlight can open here.", what, kErrOutside);
}
} // namespace

const std::vector<Place>& FolderBrowser::refresh(const fs::path& classFolder) {
    portfolio::PlaceRoots roots;
    roots.media = m_search.media;
    roots.home = m_search.home;
    roots.requireMountPoints = m_search.requireMountPoints;
    roots.portfolioFolder = classFolder;
    m_places.clear();
    m_placePaths.clear();
    for (const portfolio::Place& found : portfolio::findPlaces(roots)) {
        const PlaceKind kind = found.kind == portfolio::PlaceKind::PortfolioFolder ? PlaceKind::ClassFolder
                               : found.kind == portfolio::PlaceKind::Removable    ? PlaceKind::Removable
                                                                                   : PlaceKind::Home;
        m_places.push_back({kind, found.name});
        m_placePaths.push_back(found.path);
    }
    // The folder shown stays open only if its place is still there.
    bool stillThere = false;
    for (std::size_t i = 0; i < m_placePaths.size(); ++i) {
        std::error_code ec;
        if (!m_root.empty() && fs::canonical(m_placePaths[i], ec) == m_root) {
            m_placeIndex = i;
            stillThere = true;
        }
    }
    if (!stillThere) {
        m_root.clear();
        m_current.clear();
    }
    return m_places;
}

core::Status FolderBrowser::openPlace(std::size_t index) {
    if (index >= m_placePaths.size()) {
        return outside("no place " + std::to_string(index));
    }
    std::error_code ec;
    const fs::path root = fs::canonical(m_placePaths[index], ec);
    if (ec) {
        return core::makeError("Pathlight can't open that folder. If it is a USB stick, check it is plugged in.",
                               m_placePaths[index].string() + ": " + ec.message(), "portfolio.unreadable");
    }
    m_placeIndex = index;
    m_root = root;
    m_current = root;
    return {};
}

bool FolderBrowser::inside(const fs::path& path) const {
    const fs::path relative = path.lexically_relative(m_root);
    return !m_root.empty() && !relative.empty() && *relative.begin() != "..";
}

core::Status FolderBrowser::enter(const std::string& childFolder) {
    if (m_root.empty() || childFolder.empty() || childFolder == "." || childFolder == ".." ||
        childFolder.find('/') != std::string::npos) {
        return outside("not a folder name: " + childFolder);
    }
    std::error_code ec;
    const fs::path target = fs::canonical(m_current / childFolder, ec);
    if (ec || !fs::is_directory(target, ec)) {
        return core::makeError("Pathlight can't open that folder. If it is a USB stick, check it is plugged in.",
                               (m_current / childFolder).string() + (ec ? ": " + ec.message() : ""),
                               "portfolio.unreadable");
    }
    if (!inside(target)) {
        return outside(target.string() + " is outside " + m_root.string());
    }
    m_current = target;
    return {};
}

bool FolderBrowser::canGoUp() const {
    return !m_root.empty() && m_current != m_root;
}

core::Status FolderBrowser::up() {
    if (!canGoUp()) {
        return outside("already at the top of " + m_root.string());
    }
    m_current = m_current.parent_path();
    return {};
}

core::Result<fs::path> FolderBrowser::file(const std::string& name) const {
    if (m_root.empty() || name.empty() || name.find('/') != std::string::npos || name == "..") {
        return outside("not a file name: " + name);
    }
    return m_current / name;
}

core::Result<std::vector<FolderEntry>> FolderBrowser::list(bool withFiles) const {
    if (m_root.empty()) {
        return std::vector<FolderEntry>{};
    }
    auto listed = portfolio::listFolder(m_current, withFiles);
    if (!listed) {
        return listed.error();
    }
    std::vector<FolderEntry> entries;
    for (const portfolio::FolderItem& item : *listed) {
        FolderEntry entry{item.name, item.folder, {}, item.modifiedMs};
        if (!item.folder) {
            entry.nickname = portfolio::nicknameFromFileName(item.name);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace pathlight::app
