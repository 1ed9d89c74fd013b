// Reads a roster bundle from a folder or a .zip. The zip side is the only code that sees libzip; every
// member's size is checked before it is read and again while reading (a member may lie about its size).
#include "roster/bundle.hpp"

#include "roster/roster.hpp"

#include <zip.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <vector>

namespace pathlight::roster {

namespace {

namespace fs = std::filesystem;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

bool isCsvName(std::string_view name) {
    return name.size() > 4 && lower(name.substr(name.size() - 4)) == ".csv";
}

core::Error tooBig(const std::string& where, const std::string& detail) {
    return core::makeError("This roster is too big for Pathlight to read. Export one school or one year "
                           "at a time.",
                           where + ": " + detail, kErrTooBig);
}

core::Error unreadable(const std::string& where, const std::string& detail) {
    return core::makeError("Pathlight couldn't read the roster files. Check that the folder or .zip is "
                           "still there and that you may open it.",
                           where + ": " + detail, kErrUnreadable);
}

core::Error zipError(const std::string& where, const std::string& detail) {
    return core::makeError("This .zip file is damaged or locked with a password, so Pathlight can't read "
                           "the roster in it. Export the roster again.",
                           where + ": " + detail, kErrZip);
}

struct ZipCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string libzipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    return message;
}

} // namespace

void RosterFiles::add(std::string name, std::string bytes) {
    std::string key = lower(name);
    m_files[std::move(key)] = {std::move(name), std::move(bytes)};
}

const std::string* RosterFiles::find(std::string_view name) const {
    const auto it = m_files.find(lower(name));
    return it == m_files.end() ? nullptr : &it->second.second;
}

std::string RosterFiles::spelledName(std::string_view name) const {
    const auto it = m_files.find(lower(name));
    return it == m_files.end() ? std::string() : it->second.first;
}

core::Result<RosterFiles> loadFolder(const fs::path& folder) {
    std::error_code ec;
    RosterFiles files;
    std::size_t total = 0;
    std::vector<fs::path> csvs;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        if (isCsvName(path.filename().string()) && it->is_regular_file(ec)) {
            csvs.push_back(path);
        }
    }
    if (ec) {
        return unreadable(folder.string(), ec.message());
    }
    std::sort(csvs.begin(), csvs.end());
    for (const fs::path& path : csvs) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (ec) {
            return unreadable(path.string(), ec.message());
        }
        if (size > kMaxCsvBytes || total + size > kMaxBundleBytes) {
            return tooBig(path.string(), std::to_string(size) + " bytes");
        }
        std::ifstream in(path, std::ios::binary);
        std::string bytes(static_cast<std::size_t>(size), '\0');
        if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size))) {
            return unreadable(path.string(), "read failed");
        }
        total += bytes.size();
        const std::string name = path.filename().string();
        if (files.find(name) != nullptr) {
            return unreadable(path.string(), "two files named " + name + " (different case)");
        }
        files.add(name, std::move(bytes));
    }
    return files;
}

core::Result<RosterFiles> loadZip(const fs::path& zipPath) {
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(zip_open(zipPath.c_str(), ZIP_RDONLY, &code));
    if (!archive) {
        return zipError(zipPath.string(), libzipMessage(code));
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0) {
        return zipError(zipPath.string(), "cannot list the members");
    }
    if (static_cast<std::uint64_t>(count) > kMaxZipMembers) {
        return tooBig(zipPath.string(), std::to_string(count) + " members");
    }

    struct Member {
        zip_uint64_t index;
        std::string name;
    };
    std::vector<Member> members;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            (stat.valid & ZIP_STAT_NAME) == 0) {
            return zipError(zipPath.string(), "member " + std::to_string(i) + " has no readable name");
        }
        const std::string name = stat.name;
        const std::string base =
            name.substr(name.find_last_of('/') == std::string::npos ? 0 : name.find_last_of('/') + 1);
        // Folders, and the resource forks that macOS adds to zips it makes.
        if (!isCsvName(base) || name.rfind("__MACOSX/", 0) == 0 || base.rfind("._", 0) == 0) {
            continue;
        }
        members.push_back({static_cast<zip_uint64_t>(i), name});
    }

    // Members at the root, or all inside the same single folder (the folder is then dropped).
    std::string prefix;
    if (!members.empty()) {
        const auto slash = members.front().name.find_last_of('/');
        prefix = slash == std::string::npos ? std::string() : members.front().name.substr(0, slash + 1);
        for (const Member& member : members) {
            const auto memberSlash = member.name.find_last_of('/');
            const std::string folder =
                memberSlash == std::string::npos ? std::string() : member.name.substr(0, memberSlash + 1);
            if (folder != prefix) {
                return zipError(zipPath.string(), "the CSV files sit in different folders (" + prefix + ", " +
                                                      folder + "); put them in one folder");
            }
        }
    }

    RosterFiles files;
    std::size_t total = 0;
    for (const Member& member : members) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), member.index, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0) {
            return zipError(zipPath.string(), member.name + ": size unknown");
        }
        if (stat.size > kMaxCsvBytes || total + stat.size > kMaxBundleBytes) {
            return tooBig(zipPath.string() + ":" + member.name,
                          std::to_string(stat.size) + " bytes unpacked");
        }
        std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(archive.get(), member.index, 0));
        if (!file) {
            return zipError(zipPath.string(), member.name + ": " + zip_strerror(archive.get()));
        }
        // Read one byte more than announced, to notice a member that is bigger than it says.
        std::string bytes(static_cast<std::size_t>(stat.size) + 1, '\0');
        std::size_t got = 0;
        while (got < bytes.size()) {
            const zip_int64_t n = zip_fread(file.get(), bytes.data() + got, bytes.size() - got);
            if (n < 0) {
                return zipError(zipPath.string(), member.name + ": " + zip_file_strerror(file.get()));
            }
            if (n == 0) {
                break;
            }
            got += static_cast<std::size_t>(n);
        }
        if (got != stat.size) {
            return zipError(zipPath.string(), member.name + ": unpacked " + std::to_string(got) +
                                                  " bytes, the zip says " + std::to_string(stat.size));
        }
        bytes.resize(got);
        total += got;
        const std::string name = member.name.substr(prefix.size());
        if (files.find(name) != nullptr) {
            return zipError(zipPath.string(), "two members named " + name + " (different case)");
        }
        files.add(name, std::move(bytes));
    }
    return files;
}

core::Result<RosterFiles> loadBundle(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        return core::makeError("Pathlight can't find that roster. Choose the folder or .zip file your "
                               "school exported.",
                               path.string() + ": no such file or folder", kErrNotFound);
    }
    if (fs::is_directory(status)) {
        return loadFolder(path);
    }
    // One file of an exported folder chosen (students.csv): the roster is the whole folder.
    if (isCsvName(path.filename().string())) {
        return loadFolder(path.has_parent_path() ? path.parent_path() : fs::path("."));
    }
    return loadZip(path);
}

} // namespace pathlight::roster
