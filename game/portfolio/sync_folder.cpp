// Pull and push for a portfolio folder. A push is: lock, scan (decode every file of the learner),
// merge, write a temp file, re-read the main file — if it changed meanwhile (a process that ignores
// locks, a sync engine delivering a newer copy), scan and merge again — then keep the old version as
// .bak, rename, and only then remove the conflict copies that went into what was written.
//
// [SECTION] Scanning the folder
// [SECTION] Pull
// [SECTION] Push
#include "portfolio/sync_folder.hpp"

#include "core/hlc.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/merge.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>

namespace pathlight::portfolio {

namespace fs = std::filesystem;

struct SyncFolder::Loaded {
    fs::path path;
    std::string bytes;
    Portfolio portfolio;
    bool removable = false; // a conflict copy or an older name, removed once merged
};

struct SyncFolder::Scan {
    bool targetExists = false;
    std::string targetBytes;         // raw bytes of a good target, to notice a change before the rename
    std::optional<Portfolio> target; // the decoded main file (push)
    std::optional<core::Error> targetDamaged;
    std::vector<Loaded> sources; // other files to merge, sorted by name
    std::vector<SkippedFile> skipped;
};

namespace {

constexpr std::string_view kBackupSuffix = ".bak";

// Codes that say "this file's bytes are damaged" rather than "this file is not for us to touch".
bool isDamage(const std::string& code) {
    return code != kErrTooNew && code != kErrWrongLearner && code != kErrUnreadable && code != kErrIo;
}

std::string compactUtc(std::int64_t ms) {
    std::string text = utcTimestamp(ms); // 2024-11-24T10:00:00Z -> 20241124-100000
    text.erase(
        std::remove_if(text.begin(), text.end(), [](char c) { return c == '-' || c == ':' || c == 'Z'; }),
        text.end());
    std::replace(text.begin(), text.end(), 'T', '-');
    return text;
}

// Merges `source` into `merged`; false (and `merged` unchanged) when they conflict.
bool mergeInto(std::vector<core::Revision>& merged, const std::vector<core::Revision>& source,
               std::string_view where, std::optional<core::Error>& conflict) {
    auto joined = merge(merged, source, where);
    if (!joined) {
        conflict = joined.error();
        return false;
    }
    merged = std::move(joined.value());
    return true;
}

} // namespace

SyncFolder::SyncFolder(fs::path folder, SyncOptions options)
    : m_folder(std::move(folder)), m_options(std::move(options)) {}

FileOps& SyncFolder::ops() const {
    return m_options.ops != nullptr ? *m_options.ops : systemFileOps();
}

std::int64_t SyncFolder::now() const {
    return m_options.nowMs ? m_options.nowMs() : core::systemNowMs();
}

//-----------------------------------------------------------------------------
// [SECTION] Scanning the folder
//-----------------------------------------------------------------------------

core::Result<std::vector<FolderFile>> SyncFolder::findFiles(const std::string& learnerId) const {
    const std::string id = shortId(learnerId);
    std::vector<FolderFile> files;
    std::error_code ec;
    fs::directory_iterator it(m_folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (const auto kind = classifyName(name, id); kind && it->is_regular_file(ec)) {
            files.push_back({it->path(), *kind});
        }
    }
    if (ec) {
        return makePortfolioError(kErrUnreadable,
                                  "listing the folder " + m_folder.string() + ": " + ec.message());
    }
    std::sort(files.begin(), files.end(),
              [](const FolderFile& a, const FolderFile& b) { return a.path < b.path; });
    return files;
}

core::Result<SyncFolder::Scan> SyncFolder::scan(const std::string& learnerId, const fs::path& target) const {
    auto files = findFiles(learnerId);
    if (!files) {
        return files.error();
    }
    Scan scan;
    std::vector<fs::path> goodMains;
    for (const FolderFile& file : *files) {
        const bool isMain = file.kind == NameKind::kMain;
        const bool isTarget = !target.empty() && file.path == target;
        auto bytes = readWholeFile(file.path, kMaxFileBytes, ops());
        if (!bytes && bytes.error().code == kErrUnreadable && isMain) {
            return bytes.error(); // a failing stick: write nothing rather than guess
        }
        core::Result<Portfolio> decoded =
            bytes ? decode(*bytes, file.path.string()) : core::Result<Portfolio>(bytes.error());
        if (decoded) {
            if (auto mine = checkLearner(*decoded, learnerId, file.path.string()); !mine) {
                decoded = mine.error();
            }
        }
        scan.targetExists = scan.targetExists || isTarget;
        if (!decoded) {
            const core::Error& error = decoded.error();
            if (isMain && error.code == kErrTooNew) {
                return error; // never overwrite or ignore what a newer Pathlight wrote
            }
            if (isTarget && !isDamage(error.code)) {
                return error;
            }
            if (isTarget) {
                scan.targetDamaged = error;
            } else {
                scan.skipped.push_back({file.path, error});
            }
            continue;
        }
        if (isMain) {
            goodMains.push_back(file.path);
        }
        if (isTarget) {
            scan.targetBytes = std::move(*bytes);
            scan.target = std::move(decoded.value());
        } else {
            scan.sources.push_back(
                {file.path, std::move(*bytes), std::move(decoded.value()), !target.empty()});
        }
    }
    // The previous version of a main file that is missing or damaged still holds the learner's work.
    const std::string id = shortId(learnerId);
    std::error_code ec;
    for (fs::directory_iterator it(m_folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() <= kBackupSuffix.size() ||
            name.substr(name.size() - kBackupSuffix.size()) != kBackupSuffix) {
            continue;
        }
        const fs::path main = it->path().parent_path() / name.substr(0, name.size() - kBackupSuffix.size());
        if (classifyName(main.filename().string(), id) != NameKind::kMain ||
            std::find(goodMains.begin(), goodMains.end(), main) != goodMains.end()) {
            continue;
        }
        auto bytes = readWholeFile(it->path(), kMaxFileBytes, ops());
        auto decoded = bytes ? decode(*bytes, it->path().string()) : core::Result<Portfolio>(bytes.error());
        if (!decoded) {
            scan.skipped.push_back({it->path(), decoded.error()});
        } else if (checkLearner(*decoded, learnerId, name)) {
            scan.sources.push_back({it->path(), std::move(*bytes), std::move(decoded.value()), false});
        }
    }
    return scan;
}

//-----------------------------------------------------------------------------
// [SECTION] Pull
//-----------------------------------------------------------------------------

core::Result<PullResult> SyncFolder::pull(const std::string& learnerId) const {
    auto scanned = scan(learnerId, {});
    if (!scanned) {
        return scanned.error();
    }
    PullResult result;
    result.skipped = std::move(scanned->skipped);
    for (Loaded& source : scanned->sources) {
        std::optional<core::Error> conflict;
        if (mergeInto(result.revisions, source.portfolio.revisions, source.path.string(), conflict)) {
            result.merged.push_back(source.path);
        } else {
            result.skipped.push_back({source.path, *conflict});
        }
    }
    return result;
}

//-----------------------------------------------------------------------------
// [SECTION] Push
//-----------------------------------------------------------------------------

core::Result<PushResult> SyncFolder::push(const Portfolio& local, std::string_view nickname) {
    const fs::path target = m_folder / fileNameFor(nickname, local.learnerId);
    fs::path lockPath = target;
    lockPath += ".lock";
    auto lock = FolderLock::acquire(lockPath, m_options.lock);
    if (!lock) {
        return lock.error();
    }
    std::vector<core::Revision> localRevisions = local.revisions;
    if (auto normalized = normalize(localRevisions, "this computer's copy"); !normalized) {
        return normalized.error();
    }

    for (int attempt = 0; attempt < std::max(1, m_options.maxAttempts); ++attempt) {
        auto scanned = scan(local.learnerId, target);
        if (!scanned) {
            return scanned.error();
        }
        Scan& scan = *scanned;
        PushResult result;
        result.file = target;
        result.skipped = std::move(scan.skipped);
        result.revisions = localRevisions;
        if (scan.target) {
            std::optional<core::Error> conflict;
            if (!mergeInto(result.revisions, scan.target->revisions, target.string(), conflict)) {
                return *conflict; // the main file disagrees with this computer: a teacher must look
            }
        }
        std::vector<const Loaded*> merged;
        for (const Loaded& source : scan.sources) {
            std::optional<core::Error> conflict;
            if (mergeInto(result.revisions, source.portfolio.revisions, source.path.string(), conflict)) {
                merged.push_back(&source);
            } else {
                result.skipped.push_back({source.path, *conflict});
            }
        }
        const bool nothingToRemove = std::none_of(merged.begin(), merged.end(),
                                                  [](const Loaded* source) { return source->removable; });
        if (scan.target && !scan.targetDamaged && nothingToRemove &&
            scan.target->revisions.size() == result.revisions.size()) {
            return result; // the file already holds exactly this union: write nothing
        }

        Portfolio out;
        out.learnerId = local.learnerId;
        out.writer = Writer{m_options.app, m_options.device, utcTimestamp(now())};
        out.revisions = result.revisions;
        auto bytes = encode(out);
        if (!bytes) {
            return bytes.error();
        }
        AtomicWrite write(target, ops());
        if (auto wrote = write.writeTemp(*bytes); !wrote) {
            return wrote.error();
        }
        // Re-read just before the rename: anything that reached the file since the scan is merged
        // in another round instead of being replaced.
        auto reread = readWholeFile(target, kMaxFileBytes, ops());
        const bool goneNow = !reread && reread.error().code == kErrUnreadable && !fs::exists(target);
        bool unchanged = false;
        if (goneNow) {
            unchanged = !scan.targetExists;
        } else if (scan.targetDamaged) {
            unchanged =
                !(reread && decode(*reread, target.string())); // still damaged, not repaired meanwhile
        } else {
            unchanged = reread && scan.target && *reread == scan.targetBytes;
        }
        if (!unchanged) {
            continue;
        }
        if (!lock->stillHeld()) {
            return makePortfolioError(kErrBusy, lockPath.string() + " was taken over by another process "
                                                                    "while writing; nothing was published");
        }
        if (scan.targetDamaged) {
            fs::path kept = target;
            kept += ".damaged-" + compactUtc(now());
            for (int n = 2; fs::exists(kept); ++n) {
                kept = target;
                kept += ".damaged-" + compactUtc(now()) + "-" + std::to_string(n);
            }
            // Renamed, not copied: a damaged file may be too big to read. Until the rename below,
            // readers find no main file and fall back to its .bak.
            if (ops().rename(target.c_str(), kept.c_str()) != 0) {
                const int error = errno;
                return makePortfolioError(kErrIo, "keeping the damaged " + target.string() + " as " +
                                                      kept.string() + ": " + std::strerror(error));
            }
            result.keptDamaged = kept;
            result.skipped.push_back({target, *scan.targetDamaged});
        }
        // A damaged file must not replace the good .bak: it is kept under its own name instead.
        if (auto published = write.commit(!scan.targetDamaged); !published) {
            return published.error();
        }
        result.wrote = true;

        for (const Loaded* source : merged) {
            if (!source->removable) {
                continue;
            }
            // Remove only what is unchanged since it was merged; a copy rewritten meanwhile waits.
            auto current = readWholeFile(source->path, kMaxFileBytes, ops());
            if (current && *current == source->bytes && ops().unlink(source->path.c_str()) == 0) {
                result.removed.push_back(source->path);
            }
        }
        std::error_code ec;
        for (fs::directory_iterator it(m_folder, ec); !ec && it != fs::directory_iterator();
             it.increment(ec)) {
            if (isTempFor(it->path().filename().string(), target)) {
                const auto age = fs::file_time_type::clock::now() - it->last_write_time(ec);
                if (!ec && age > std::chrono::milliseconds(m_options.tempMaxAgeMs)) {
                    ops().unlink(it->path().c_str());
                }
            }
        }
        return result;
    }
    return makePortfolioError(kErrBusy, target.string() +
                                            " kept changing while Pathlight tried to save it (" +
                                            std::to_string(m_options.maxAttempts) + " attempts)");
}

} // namespace pathlight::portfolio
