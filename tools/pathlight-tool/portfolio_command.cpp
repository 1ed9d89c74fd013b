// `pathlight-tool portfolio …`: inspect, verify and merge portfolio files, and export or import them
// against a device's database — with the same portfolio library the app uses, so a file the tool
// accepts is one the app accepts. Results go to stdout; refusals go to stderr as the kid-readable
// message, the precise detail and the error code. Exit codes: 0 ok, 1 invalid or failed, 2 usage.
#include "commands.hpp"

#include "core/hlc.hpp"
#include "portfolio/atomic_file.hpp"
#include "portfolio/errors.hpp"
#include "portfolio/merge.hpp"
#include "portfolio/portfolio_file.hpp"
#include "portfolio/portfolio_service.hpp"
#include "store/database.hpp"

#include <cstdlib>
#include <filesystem>

namespace pathlight::tool {

namespace {

namespace fs = std::filesystem;

constexpr const char* kPortfolioHelp = R"(Usage: pathlight-tool portfolio COMMAND ...

  inspect FILE                        summary of a portfolio file (learner, revisions, writer)
  verify FILE                         check everything Pathlight checks before importing
  merge A B -o OUT                    write the union of two portfolios of one learner to OUT
  export --learner ID -o FILE [--data-dir DIR]
                                      write a learner's portfolio from a device's database
  import FILE|FOLDER [--learner ID] [--data-dir DIR]
                                      merge a portfolio (or every *.pathlight in a folder) into
                                      a device's database; --learner refuses anyone else's file

--data-dir is the app's data folder (default: $XDG_DATA_HOME/pathlight, else
~/.local/share/pathlight); the database is pathlight.db in it.
Exit codes: 0 ok, 1 invalid file or failed, 2 usage error. Problems go to stderr.
)";

constexpr std::string_view kHelpCommand = "portfolio ";
constexpr const char* kDatabaseName = "pathlight.db";

int fail(const core::Error& error) {
    std::fprintf(stderr, "pathlight-tool: %s\n  %s [%s]\n", error.message.c_str(), error.detail.c_str(),
                 error.code.c_str());
    return kExitFailure;
}

std::string appName() {
    return std::string("pathlight-tool ") + PATHLIGHT_VERSION;
}

fs::path defaultDataDir() {
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg != nullptr && *xdg != '\0') {
        return fs::path(xdg) / "pathlight";
    }
    const char* home = std::getenv("HOME");
    return home != nullptr && *home != '\0' ? fs::path(home) / ".local/share/pathlight"
                                            : fs::path("pathlight-data");
}

core::Result<portfolio::Portfolio> readFile(const fs::path& file) {
    auto bytes = portfolio::readWholeFile(file, portfolio::kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return portfolio::decode(*bytes, file.string());
}

// Parsed "FILE [--flag VALUE]..." arguments of one sub-command.
struct Parsed {
    std::vector<std::string> positional;
    std::string learner;
    std::string out;
    std::string dataDir;
};

// Reads the arguments; returns kExitOk to continue, or the exit code to stop with.
int parseArgs(const Args& args, Parsed& parsed, bool& helped) {
    helped = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        std::string* target = nullptr;
        if (isHelpFlag(arg)) {
            std::fputs(kPortfolioHelp, stdout);
            helped = true;
            return kExitOk;
        }
        if (arg == "--learner") {
            target = &parsed.learner;
        } else if (arg == "-o" || arg == "--out") {
            target = &parsed.out;
        } else if (arg == "--data-dir") {
            target = &parsed.dataDir;
        } else if (!arg.empty() && arg.front() == '-') {
            return usageError("unknown option '" + std::string(arg) + "'", kHelpCommand);
        } else {
            parsed.positional.emplace_back(arg);
            continue;
        }
        const auto value = flagValue(args, i);
        if (!value || value->empty()) {
            return usageError(std::string(arg) + " needs a value", kHelpCommand);
        }
        *target = std::string(*value);
    }
    return kExitOk;
}

int runInspect(const Parsed& parsed) {
    auto portfolio = readFile(parsed.positional[0]);
    if (!portfolio) {
        return fail(portfolio.error());
    }
    const portfolio::Summary summary = portfolio::summarize(*portfolio);
    std::printf("file:       %s\n", parsed.positional[0].c_str());
    std::printf("format:     %s version %d\n", std::string(portfolio::kFormatName).c_str(),
                portfolio::kFormatVersion);
    std::printf("learner:    %s (%s)\n", portfolio->learnerId.c_str(),
                summary.nickname.empty() ? "no name" : summary.nickname.c_str());
    std::printf("written by: %s on device %s at %s\n", portfolio->writer.app.c_str(),
                portfolio->writer.device.c_str(), portfolio->writer.time.c_str());
    std::printf("revisions:  %zu in %zu entries (%zu deleted)\n", summary.revisions, summary.entries,
                summary.deletedEntries);
    std::printf("entries:   ");
    for (const auto& [kind, count] : summary.entriesByKind) {
        std::printf(" %s %zu", kind.c_str(), count);
    }
    std::printf("\n");
    if (summary.revisions > 0) {
        std::printf("time span:  %s to %s\n", portfolio::utcTimestamp(summary.firstMs).c_str(),
                    portfolio::utcTimestamp(summary.lastMs).c_str());
    }
    std::printf("devices:    %zu\n", summary.devices.size());
    std::printf("checksum:   %s (ok)\n", portfolio::checksumOf(portfolio->revisions).c_str());
    return kExitOk;
}

int runVerify(const Parsed& parsed) {
    auto portfolio = readFile(parsed.positional[0]);
    if (!portfolio) {
        return fail(portfolio.error());
    }
    std::printf("ok: %s: learner %s, %zu revisions, checksum ok\n", parsed.positional[0].c_str(),
                portfolio->learnerId.c_str(), portfolio->revisions.size());
    return kExitOk;
}

int runMerge(const Parsed& parsed) {
    auto a = readFile(parsed.positional[0]);
    if (!a) {
        return fail(a.error());
    }
    auto b = readFile(parsed.positional[1]);
    if (!b) {
        return fail(b.error());
    }
    if (auto same = portfolio::checkLearner(*b, a->learnerId, parsed.positional[1]); !same) {
        return fail(same.error());
    }
    auto merged =
        portfolio::merge(a->revisions, b->revisions, parsed.positional[0] + " + " + parsed.positional[1]);
    if (!merged) {
        return fail(merged.error());
    }
    portfolio::Portfolio out;
    out.learnerId = a->learnerId;
    out.writer = portfolio::Writer{appName(), "pathlight-tool", portfolio::utcTimestamp(core::systemNowMs())};
    out.revisions = std::move(merged.value());
    auto bytes = portfolio::encode(out);
    if (!bytes) {
        return fail(bytes.error());
    }
    if (auto wrote = portfolio::writeAtomically(parsed.out, *bytes); !wrote) {
        return fail(wrote.error());
    }
    std::printf("merged %zu + %zu revisions into %zu: %s\n", a->revisions.size(), b->revisions.size(),
                out.revisions.size(), parsed.out.c_str());
    return kExitOk;
}

core::Result<std::unique_ptr<store::Database>> openDatabase(const Parsed& parsed, bool mustExist) {
    const fs::path dir = parsed.dataDir.empty() ? defaultDataDir() : fs::path(parsed.dataDir);
    const fs::path file = dir / kDatabaseName;
    std::error_code ec;
    if (mustExist && !fs::exists(file, ec)) {
        return core::makeError("There is no Pathlight data here.", file.string() + " does not exist",
                               portfolio::kErrNoLearner);
    }
    return store::Database::open(file);
}

int runExport(const Parsed& parsed) {
    auto db = openDatabase(parsed, true);
    if (!db) {
        return fail(db.error());
    }
    portfolio::PortfolioService service(**db, appName());
    if (auto saved = service.saveToFile(parsed.learner, parsed.out); !saved) {
        return fail(saved.error());
    }
    std::printf("exported learner %s to %s\n", parsed.learner.c_str(), parsed.out.c_str());
    return kExitOk;
}

void printImported(const portfolio::ImportReport& report) {
    std::printf("imported %s (%s): %zu new revisions, %zu in all%s\n", report.nickname.c_str(),
                report.learnerId.c_str(), report.added, report.total,
                report.newLearner ? ", new on this device" : "");
}

int runImport(const Parsed& parsed) {
    auto db = openDatabase(parsed, false);
    if (!db) {
        return fail(db.error());
    }
    portfolio::PortfolioService service(**db, appName());
    const fs::path source = parsed.positional[0];
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        auto report = service.importFolder(source, /*pinChecked=*/true);
        if (!report) {
            return fail(report.error());
        }
        for (const portfolio::ImportReport& imported : report->imported) {
            printImported(imported);
        }
        for (const portfolio::SkippedFile& refused : report->refused) {
            std::fprintf(stderr, "pathlight-tool: %s: %s\n  %s [%s]\n", refused.path.string().c_str(),
                         refused.error.message.c_str(), refused.error.detail.c_str(),
                         refused.error.code.c_str());
        }
        std::printf("%zu imported, %zu refused\n", report->imported.size(), report->refused.size());
        return report->refused.empty() ? kExitOk : kExitFailure;
    }
    portfolio::ImportOptions options;
    options.expectedLearnerId = parsed.learner;
    options.pinChecked = true; // whoever runs the tool can read the database anyway
    auto report = service.importFile(source, options);
    if (!report) {
        return fail(report.error());
    }
    printImported(*report);
    return kExitOk;
}

} // namespace

int runPortfolio(const Args& args) {
    if (args.empty()) {
        return usageError("portfolio needs a command: inspect, verify, merge, export or import",
                          kHelpCommand);
    }
    const std::string_view command = args.front();
    if (isHelpFlag(command)) {
        std::fputs(kPortfolioHelp, stdout);
        return kExitOk;
    }
    Parsed parsed;
    bool helped = false;
    if (const int code = parseArgs(Args(args.begin() + 1, args.end()), parsed, helped);
        code != kExitOk || helped) {
        return code;
    }
    const std::size_t files = parsed.positional.size();
    if (command == "inspect" || command == "verify") {
        if (files != 1 || !parsed.out.empty() || !parsed.learner.empty() || !parsed.dataDir.empty()) {
            return usageError(std::string(command) + " takes exactly one FILE", kHelpCommand);
        }
        return command == "inspect" ? runInspect(parsed) : runVerify(parsed);
    }
    if (command == "merge") {
        if (files != 2 || parsed.out.empty() || !parsed.learner.empty() || !parsed.dataDir.empty()) {
            return usageError("merge takes two files and -o OUT", kHelpCommand);
        }
        return runMerge(parsed);
    }
    if (command == "export") {
        if (files != 0 || parsed.learner.empty() || parsed.out.empty()) {
            return usageError("export takes --learner ID and -o FILE", kHelpCommand);
        }
        return runExport(parsed);
    }
    if (command == "import") {
        if (files != 1 || !parsed.out.empty()) {
            return usageError("import takes one FILE or FOLDER", kHelpCommand);
        }
        return runImport(parsed);
    }
    return usageError("unknown portfolio command '" + std::string(command) + "'", kHelpCommand);
}

} // namespace pathlight::tool
