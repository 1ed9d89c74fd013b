// PortfolioService: the portfolio file meets the device database. Exports a learner's revisions,
// and imports a file (or a folder of them) in ONE transaction after every check has passed — so a
// bad, hostile or someone-else's file leaves the database byte-for-byte unchanged. An import makes
// the HLC clock observe the imported revisions and creates or refreshes the learner's row, so a
// learner brought from another device appears on the sign-in screen. Screens call this (or
// PortfolioSync), never SQL; this file runs no SQL itself either, only store repositories.
#pragma once

#include "core/result.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/portfolio_file.hpp"
#include "portfolio/sync_folder.hpp"
#include "store/database.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::portfolio {

struct ImportOptions {
    // The learner signed in, or "" when nobody is (the sign-in screen's "Bring my portfolio").
    // A file of another learner is refused with portfolio.wrong_learner.
    std::string expectedLearnerId;
    // The caller checked the PIN of this learner (they are signed in, or typed it just now). When the
    // learner has a PIN on this device and this is false, the import is refused (portfolio.pin_needed):
    // a file must not be a way around someone's PIN.
    bool pinChecked = false;
};

struct ImportReport {
    std::string learnerId;
    std::string nickname;
    std::size_t added = 0;   // revisions this device did not have
    std::size_t total = 0;   // the learner's revisions on this device afterwards
    bool newLearner = false; // the learner was not on this device before
};

// What "Bring my portfolio" can show before importing: whose file it is, and whether to ask a PIN.
struct FileCheck {
    Portfolio portfolio;
    Summary summary;
    bool knownHere = false; // the learner already exists on this device
    bool pinHere = false;   // …and has a PIN here: check it, then import with pinChecked = true
};

struct FolderImportReport {
    std::vector<ImportReport> imported;
    std::vector<SkippedFile> refused; // each with its kid message and precise detail
};

// What one sync with a portfolio folder did.
struct SyncReport {
    std::size_t pulled = 0;                     // revisions added to this device from the folder
    bool wrote = false;                         // the learner's file was (re)written
    std::filesystem::path file;                 // the learner's file in the folder
    std::vector<std::filesystem::path> removed; // conflict copies merged and removed
    std::vector<SkippedFile> skipped;           // files left alone (damaged, conflicting): tell a teacher
    std::optional<std::filesystem::path> keptDamaged;
};

class PortfolioService {
  public:
    // `appVersion` goes into Writer::app of the files written ("pathlight 0.1.0").
    PortfolioService(store::Database& db, std::string appVersion);

    // The learner's portfolio as it is on this device. Records the PIN revision first, so a PIN set
    // here protects the learner on the next device too. portfolio.guest for visitors.
    core::Result<Portfolio> exportLearner(const std::string& learnerId);

    // Reads and verifies a file without writing anything.
    core::Result<FileCheck> checkFile(const std::filesystem::path& file) const;

    // Checks `portfolio` against the database (same-HLC conflicts, entries of other learners, a
    // usable profile, the PIN rule), then merges it in one transaction. Nothing is written on error.
    core::Result<ImportReport> importPortfolio(const Portfolio& portfolio, const ImportOptions& options,
                                               std::string_view source);
    // Reads, verifies and imports a file: the "Bring my portfolio" button.
    core::Result<ImportReport> importFile(const std::filesystem::path& file, const ImportOptions& options);
    // Imports every "*.pathlight" file of a folder (a teacher collecting a class): one transaction,
    // each file all-or-nothing; refused files are listed, never half-imported.
    core::Result<FolderImportReport> importFolder(const std::filesystem::path& folder, bool pinChecked);

    // Writes the learner's portfolio to `file` atomically (keeping .bak). An existing file of the same
    // learner is merged, never replaced; a file that is not this learner's portfolio is refused.
    core::Status saveToFile(const std::string& learnerId, const std::filesystem::path& file);
    // "Save my portfolio": "<nickname>-<short id>.pathlight" in `folder`, merged with what is there.
    core::Result<SyncReport> saveToFolder(const std::string& learnerId, const std::filesystem::path& folder);

    // The two halves of a folder sync (PortfolioSync calls these). pull merges the learner's files
    // into the database; push writes the database's revisions (merged with the folder's) back and
    // takes anything new from the folder into the database as well.
    core::Result<SyncReport> pull(const std::string& learnerId, const SyncFolder& folder);
    core::Result<SyncReport> push(const std::string& learnerId, SyncFolder& folder);

    // Options for a SyncFolder that writes files as this device.
    SyncOptions syncOptions() const;

  private:
    struct Plan;
    // `verified`: the revisions come from decode() or this database (canonical, checked), so the
    // per-revision checks can be skipped. `movable`: the caller's own portfolio.revisions, which the
    // plan may take instead of copying (a folder import, which is done with each file after this).
    core::Result<Plan> plan(const Portfolio& portfolio, const ImportOptions& options, std::string_view source,
                            bool verified, std::vector<core::Revision>* movable = nullptr) const;
    core::Status applyWrites(const Plan& plan); // no transaction of its own
    core::Status apply(const Plan& plan);       // applyWrites in one transaction
    ImportReport reportFor(const Plan& plan) const;
    core::Result<ImportReport> importChecked(const Portfolio& portfolio, const ImportOptions& options,
                                             std::string_view source, bool verified);

    store::Database& m_db;
    std::string m_appVersion;
};

} // namespace pathlight::portfolio
