// Import and export between portfolio files and the device database. Every import is two phases:
// plan() only reads (decode already verified the file; here: the learner, the PIN rule, conflicts
// with what is stored, entries of other learners, a usable profile, well-formed PIN revisions), and
// apply() writes the plan in one transaction. Refusals therefore never touch the database.
//
// [SECTION] Checking an import (plan)
// [SECTION] Writing an import (apply)
// [SECTION] Export and files
// [SECTION] Folder sync
#include "portfolio/portfolio_service.hpp"

#include "core/hlc.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/folder_lock.hpp"
#include "portfolio/merge.hpp"
#include "store/learner_repo.hpp"
#include "store/revision_repo.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <stop_token>
#include <thread>

namespace pathlight::portfolio {

namespace fs = std::filesystem;

struct PortfolioService::Plan {
    std::string learnerId;
    std::vector<core::Revision> added; // canonical, none of them stored yet
    bool knownHere = false;
    bool fresh = false; // the learner had no revisions here, so `added` is all of them
};

namespace {

core::Result<Portfolio> readPortfolio(const fs::path& file) {
    auto bytes = readWholeFile(file, kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return decode(*bytes, file.string());
}

// A "pin" revision must be the learner's one PIN entry and hold a real Argon2id hash (or be a
// tombstone): anything else could lock a learner out or silently drop their PIN.
core::Status checkPinRevision(const core::Revision& pin, std::string_view source) {
    const std::string where =
        std::string(source) + ": pin revision " + pin.entryId + " at " + pin.hlc.toString();
    if (pin.entryId != store::pinEntryId(pin.learnerId)) {
        return makePortfolioError(kErrTypes,
                                  where + ": expected the entry id " + store::pinEntryId(pin.learnerId));
    }
    if (pin.deleted) {
        return {};
    }
    const auto body = nlohmann::json::parse(pin.body, nullptr, /*allow_exceptions=*/false);
    const auto hash = body.is_object() ? body.find("hash") : body.end();
    if (!body.is_object() || hash == body.end() || !hash->is_string() ||
        !store::isPinHash(hash->get<std::string>())) {
        return makePortfolioError(kErrTypes, where + ": expected a body {\"hash\": \"$argon2id$…\"}");
    }
    return {};
}

// Reads and decodes files on a second thread, a few files ahead of the database work, so a
// class folder costs the slower of the two rather than their sum. Decoding is pure; nothing else
// is shared. Files come out in the order they were given.
class DecodeAhead {
  public:
    explicit DecodeAhead(const std::vector<fs::path>& files)
        : m_worker([this, files](std::stop_token stop) { produce(files, stop); }) {}

    core::Result<Portfolio> next() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_ready.empty(); });
        core::Result<Portfolio> front = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return front;
    }

  private:
    static constexpr std::size_t kAhead = 8;

    void produce(const std::vector<fs::path>& files, const std::stop_token& stop) {
        for (const fs::path& file : files) {
            core::Result<Portfolio> decoded = readPortfolio(file);
            std::unique_lock lock(m_mutex);
            if (!m_changed.wait(lock, stop, [&] { return m_ready.size() < kAhead; })) {
                return; // the importer is gone (jthread's destructor asked us to stop)
            }
            m_ready.push_back(std::move(decoded));
            m_changed.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable_any m_changed; // wakes on a stop request too
    std::deque<core::Result<Portfolio>> m_ready;
    std::jthread m_worker; // last: it starts after the members it uses exist, and stops first
};

} // namespace

PortfolioService::PortfolioService(store::Database& db, std::string appVersion)
    : m_db(db), m_appVersion(std::move(appVersion)) {}

SyncOptions PortfolioService::syncOptions() const {
    SyncOptions options;
    options.app = m_appVersion;
    options.device = m_db.deviceId();
    return options;
}

//-----------------------------------------------------------------------------
// [SECTION] Checking an import (plan)
//-----------------------------------------------------------------------------

core::Result<PortfolioService::Plan> PortfolioService::plan(const Portfolio& portfolio,
                                                            const ImportOptions& options,
                                                            std::string_view source, bool verified,
                                                            std::vector<core::Revision>* movable) const {
    if (auto mine = checkLearner(portfolio, options.expectedLearnerId, source); !mine) {
        return mine.error();
    }
    Plan plan;
    plan.learnerId = portfolio.learnerId;
    store::LearnerRepo learners(m_db);
    const auto known = learners.find(portfolio.learnerId);
    plan.knownHere = known.has_value();
    if (known && known->hasPin && !options.pinChecked) {
        return makePortfolioError(kErrPinNeeded,
                                  std::string(source) + ": learner " + portfolio.learnerId +
                                      " has a PIN on this device and it was not checked before "
                                      "the import");
    }

    // Revisions that did not come straight from decode() get the same checks decode() makes.
    std::vector<core::Revision> sorted;
    const std::vector<core::Revision>* incoming = &portfolio.revisions;
    if (!verified) {
        for (const core::Revision& revision : portfolio.revisions) {
            if (revision.learnerId != portfolio.learnerId) {
                return makePortfolioError(kErrWrongLearner, std::string(source) + ": a revision of learner " +
                                                                revision.learnerId + " in the portfolio of " +
                                                                portfolio.learnerId);
            }
            if (auto checked = checkRevision(revision, std::string(source) + ": entry " + revision.entryId);
                !checked) {
                return checked.error();
            }
        }
        if (!isCanonical(portfolio.revisions)) {
            sorted = portfolio.revisions;
            if (auto normalized = normalize(sorted, source); !normalized) {
                return normalized.error();
            }
            incoming = &sorted;
        }
    }

    store::RevisionRepo revisions(m_db);
    const std::vector<core::Revision> local = revisions.all(portfolio.learnerId);
    // A learner new to this device (a teacher collecting a class) has nothing to merge with: the
    // file's canonical revisions are the union, and all of them are new.
    std::vector<core::Revision> merged;
    plan.fresh = local.empty();
    if (plan.fresh && movable == &portfolio.revisions && incoming == movable) {
        plan.added = std::move(*movable);
    } else if (plan.fresh) {
        plan.added = *incoming;
    } else {
        auto union_ = merge(local, *incoming, source);
        if (!union_) {
            return union_.error();
        }
        merged = std::move(union_.value());
        plan.added = missingFrom(local, *incoming);
    }
    const std::vector<core::Revision>& all = local.empty() ? plan.added : merged;

    std::vector<std::string> newEntries;
    for (const core::Revision& revision : plan.added) {
        if (newEntries.empty() || newEntries.back() != revision.entryId) {
            newEntries.push_back(revision.entryId);
        }
    }
    for (const auto& [entry, owner] : revisions.owners(newEntries)) {
        const auto first =
            std::lower_bound(plan.added.begin(), plan.added.end(), entry,
                             [](const core::Revision& r, const std::string& id) { return r.entryId < id; });
        if (owner.learnerId != portfolio.learnerId || owner.kind != first->kind) {
            return conflictError(
                entry, std::string(source) + ": entry '" + entry + "' is stored on this device for " +
                           (owner.learnerId != portfolio.learnerId ? "another learner" : "this learner") +
                           " with kind '" + owner.kind + "', but the file has kind '" + first->kind +
                           "' for learner " + portfolio.learnerId);
        }
    }

    for (const core::Revision& revision : plan.added) {
        if (revision.kind == store::kPinKind) {
            if (auto pin = checkPinRevision(revision, source); !pin) {
                return pin.error();
            }
        }
    }
    if (!known) {
        // The current (last, in canonical order) revision of some profile entry must be usable.
        bool usable = false;
        for (std::size_t i = 0; i < all.size() && !usable; ++i) {
            const bool head = i + 1 == all.size() || all[i + 1].entryId != all[i].entryId;
            usable = head && all[i].kind == core::kind::kProfile && store::learnerFromProfile(all[i]).has_value();
        }
        if (!usable) {
            return makePortfolioError(kErrNoProfile, std::string(source) + ": learner " +
                                                         portfolio.learnerId +
                                                         " is not on this device and the file has no valid "
                                                         "\"profile\" revision (nickname, grade, avatar)");
        }
    }
    return plan;
}

//-----------------------------------------------------------------------------
// [SECTION] Writing an import (apply)
//-----------------------------------------------------------------------------

core::Status PortfolioService::applyWrites(const Plan& plan) {
    store::LearnerRepo learners(m_db);
    if (plan.knownHere) {
        // Capture a PIN set here before newer PIN revisions from the file are weighed against it.
        if (auto pin = learners.recordPinRevision(plan.learnerId); !pin) {
            return pin;
        }
    }
    // plan() checked the entries' owners in this same transaction.
    if (auto appended = store::RevisionRepo(m_db).appendMissing(plan.added, /*ownersChecked=*/true); !appended) {
        return appended;
    }
    return learners.refreshFromRevisions(plan.learnerId);
}

core::Status PortfolioService::apply(const Plan& plan) {
    return m_db.transaction([&] { return applyWrites(plan); });
}

ImportReport PortfolioService::reportFor(const Plan& plan) const {
    ImportReport report;
    report.learnerId = plan.learnerId;
    report.added = plan.added.size();
    report.total = plan.fresh ? plan.added.size() : store::RevisionRepo(m_db).count(plan.learnerId);
    report.newLearner = !plan.knownHere;
    if (const auto learner = store::LearnerRepo(m_db).find(plan.learnerId)) {
        report.nickname = learner->nickname;
    }
    return report;
}

core::Result<ImportReport> PortfolioService::importChecked(const Portfolio& portfolio,
                                                           const ImportOptions& options,
                                                           std::string_view source, bool verified) {
    auto planned = plan(portfolio, options, source, verified);
    if (!planned) {
        return planned.error();
    }
    // Nothing new for a learner already here: write nothing at all, so importing twice is free.
    if (!planned->added.empty() || !planned->knownHere) {
        if (auto applied = apply(*planned); !applied) {
            return applied.error();
        }
    }
    return reportFor(*planned);
}

core::Result<ImportReport> PortfolioService::importPortfolio(const Portfolio& portfolio,
                                                             const ImportOptions& options,
                                                             std::string_view source) {
    return importChecked(portfolio, options, source, /*verified=*/false);
}

core::Result<ImportReport> PortfolioService::importFile(const fs::path& file, const ImportOptions& options) {
    auto portfolio = readPortfolio(file);
    if (!portfolio) {
        return portfolio.error();
    }
    return importChecked(*portfolio, options, file.string(), /*verified=*/true);
}

core::Result<FileCheck> PortfolioService::checkFile(const fs::path& file) const {
    auto portfolio = readPortfolio(file);
    if (!portfolio) {
        return portfolio.error();
    }
    FileCheck check;
    check.summary = summarize(*portfolio);
    const auto learner = store::LearnerRepo(m_db).find(portfolio->learnerId);
    check.knownHere = learner.has_value();
    check.pinHere = learner && learner->hasPin;
    check.portfolio = std::move(portfolio.value());
    return check;
}

// SQLite's page cache while a folder is imported: a class of 1,500 learners with a year of work is
// a 300 MB database, and with the default 2 MB cache the import spills and re-reads pages.
constexpr int kImportCacheMegabytes = 256;

core::Result<FolderImportReport> PortfolioService::importFolder(const fs::path& folder, bool pinChecked) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > kExtension.size() && name.substr(name.size() - kExtension.size()) == kExtension &&
            name.front() != '.' && it->is_regular_file(ec)) {
            files.push_back(it->path());
        }
    }
    if (ec) {
        return makePortfolioError(kErrUnreadable,
                                  "listing the folder " + folder.string() + ": " + ec.message());
    }
    std::sort(files.begin(), files.end());

    FolderImportReport report;
    ImportOptions options;
    options.pinChecked = pinChecked;
    DecodeAhead ahead(files);
    const store::Database::BulkWrite bulk(m_db, kImportCacheMegabytes);
    // One transaction for the whole class: one sync to disk. A file is refused by plan(), before
    // it writes anything; a failed write (disk full) rolls the whole import back.
    core::Status status = m_db.transaction([&]() -> core::Status {
        for (const fs::path& file : files) {
            core::Result<Portfolio> portfolio = ahead.next();
            auto planned = portfolio ? plan(*portfolio, options, file.string(), /*verified=*/true, &portfolio->revisions)
                                     : core::Result<Plan>(portfolio.error());
            if (!planned) {
                report.refused.push_back({file, planned.error()});
                continue;
            }
            if (!planned->added.empty() || !planned->knownHere) {
                if (auto applied = applyWrites(*planned); !applied) {
                    return applied;
                }
            }
            report.imported.push_back(reportFor(*planned));
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return report;
}

//-----------------------------------------------------------------------------
// [SECTION] Export and files
//-----------------------------------------------------------------------------

core::Result<Portfolio> PortfolioService::exportLearner(const std::string& learnerId) {
    store::LearnerRepo learners(m_db);
    const auto learner = learners.find(learnerId);
    if (!learner) {
        return makePortfolioError(kErrNoLearner, "no learner '" + learnerId + "' in this device's database");
    }
    if (learner->guest) {
        return makePortfolioError(kErrGuest,
                                  "learner '" + learnerId + "' is a guest; guests' work is never exported");
    }
    if (auto pin = learners.recordPinRevision(learnerId); !pin) {
        return pin.error();
    }
    Portfolio portfolio;
    portfolio.learnerId = learnerId;
    portfolio.writer = Writer{m_appVersion, m_db.deviceId(), utcTimestamp(core::systemNowMs())};
    portfolio.revisions = store::RevisionRepo(m_db).all(learnerId);
    if (auto normalized = normalize(portfolio.revisions, "this device's database"); !normalized) {
        return normalized.error();
    }
    return portfolio;
}

core::Status PortfolioService::saveToFile(const std::string& learnerId, const fs::path& file) {
    auto local = exportLearner(learnerId);
    if (!local) {
        return local.error();
    }
    fs::path lockPath = file;
    lockPath += ".lock";
    auto lock = FolderLock::acquire(lockPath);
    if (!lock) {
        return lock.error();
    }
    std::error_code ec;
    if (fs::exists(file, ec)) {
        auto existing = readPortfolio(file);
        if (!existing) {
            return existing.error(); // never replace a file we cannot read: it may be someone's work
        }
        if (auto mine = checkLearner(*existing, learnerId, file.string()); !mine) {
            return mine;
        }
        auto merged = merge(local->revisions, existing->revisions, file.string());
        if (!merged) {
            return merged.error();
        }
        local->revisions = std::move(merged.value());
    }
    auto bytes = encode(*local);
    if (!bytes) {
        return bytes.error();
    }
    return writeAtomically(file, *bytes);
}

//-----------------------------------------------------------------------------
// [SECTION] Folder sync
//-----------------------------------------------------------------------------

core::Result<SyncReport> PortfolioService::pull(const std::string& learnerId, const SyncFolder& folder) {
    auto pulled = folder.pull(learnerId);
    if (!pulled) {
        return pulled.error();
    }
    SyncReport report;
    report.skipped = std::move(pulled->skipped);
    if (pulled->revisions.empty()) {
        return report;
    }
    Portfolio portfolio;
    portfolio.learnerId = learnerId;
    portfolio.revisions = std::move(pulled->revisions);
    ImportOptions options;
    options.expectedLearnerId = learnerId;
    options.pinChecked = true; // only ever called for the learner who is signed in
    auto imported = importChecked(portfolio, options, folder.folder().string(), /*verified=*/true);
    if (!imported) {
        return imported.error();
    }
    report.pulled = imported->added;
    return report;
}

core::Result<SyncReport> PortfolioService::push(const std::string& learnerId, SyncFolder& folder) {
    auto local = exportLearner(learnerId);
    if (!local) {
        return local.error();
    }
    const auto learner = store::LearnerRepo(m_db).find(learnerId);
    auto pushed = folder.push(*local, learner ? learner->nickname : std::string());
    if (!pushed) {
        return pushed.error();
    }
    SyncReport report;
    report.wrote = pushed->wrote;
    report.file = pushed->file;
    report.removed = std::move(pushed->removed);
    report.skipped = std::move(pushed->skipped);
    report.keptDamaged = pushed->keptDamaged;
    Portfolio fromFolder;
    fromFolder.learnerId = learnerId;
    fromFolder.revisions = missingFrom(local->revisions, pushed->revisions);
    if (!fromFolder.revisions.empty()) {
        ImportOptions options;
        options.expectedLearnerId = learnerId;
        options.pinChecked = true;
        auto imported = importChecked(fromFolder, options, pushed->file.string(), /*verified=*/true);
        if (!imported) {
            return imported.error();
        }
        report.pulled = imported->added;
    }
    return report;
}

core::Result<SyncReport> PortfolioService::saveToFolder(const std::string& learnerId,
                                                        const fs::path& folder) {
    SyncFolder sync(folder, syncOptions());
    return push(learnerId, sync);
}

} // namespace pathlight::portfolio
