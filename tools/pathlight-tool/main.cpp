// pathlight-tool: the command line on Pathlight's own libraries (content, store, core). This file
// only dispatches to a command group; each group lives in its own file (see commands.hpp).
// Exit codes: 0 ok, 1 invalid input or failure, 2 usage error.
#include "commands.hpp"

#include <cstdio>
#include <filesystem>

namespace pathlight::tool {

namespace {

constexpr const char* kHelp = R"(pathlight-tool — Pathlight's command line

Usage:
  pathlight-tool content check [DIR]
      Validate a content folder (default: ./content). Prints every problem as
      file:line: message and exits 1, or prints a summary and exits 0.

  pathlight-tool match --scores R,I,A,S,E,C [--zone N] [--top K] [--content DIR]
      Rank careers for six interest scores (0-100, in R I A S E C order).
      --zone N   only careers of job zone N or lower (1-5)
      --top K    how many careers to list (default 10)

  pathlight-tool import-data --data DIR --out DIR
      Rebuild content/careers and content/clusters from the career data in DIR
      (../shared/data). The output is sorted and byte-identical on every run.

  pathlight-tool careers search "QUERY" [--lang es] [--top K]
  pathlight-tool careers show CODE [--lang es]
  pathlight-tool careers list [--featured] [--cluster NAME] [--lang es]
      The careers explorer as text: search titles in English and Spanish (typos
      forgiven), every field of a career card, or a list. --content DIR as above.

  pathlight-tool portfolio inspect FILE | verify FILE | merge A B -o OUT
  pathlight-tool portfolio export --learner ID -o FILE [--data-dir DIR]
  pathlight-tool portfolio import FILE|FOLDER [--learner ID] [--data-dir DIR]
      Inspect, check and merge portable portfolio files (.pathlight), or move
      them in and out of a device's data (default: $XDG_DATA_HOME/pathlight).

  pathlight-tool roster import PATH [--dry-run] [--data-dir DIR]
      Import a school roster (OneRoster 1.1/1.2 CSV as a folder or .zip, or Clever
      CSV): students become learners linked to their classes; staff and guardians
      never do. Prints the preview first (new/updated students, classes, skipped
      rows with file:line); --dry-run stops there. Re-importing changes nothing.

  pathlight-tool minigame list
  pathlight-tool minigame play NAME [--seed S] [--level L] [--bot random|good|idle] [--rounds N]
      The career mini-games, played headless by a bot: each round's result and a
      summary (win rate, mean score, mean time).

  pathlight-tool report-demo [-o DIR] [--paper letter|a4] [--lang en|es] [--students N]
      Sample printouts for looking at layouts: career card, family talk card,
      portfolio page and every class report, from built-in sample data.

  pathlight-tool strings check [--content DIR] [--source DIR]...
      Keys no code uses, keys the code asks for that no strings file has, and
      content rows with English but no Spanish.

  pathlight-tool --help | --version

Exit codes: 0 ok, 1 invalid content or file, or failure, 2 usage error.
)";

} // namespace

bool isHelpFlag(std::string_view arg) {
    return arg == "--help" || arg == "-h" || arg == "help";
}

std::optional<std::string_view> flagValue(const Args& args, std::size_t& i) {
    if (i + 1 >= args.size()) {
        return std::nullopt;
    }
    ++i;
    return args[i];
}

int usageError(std::string_view message, std::string_view helpCommand) {
    std::fprintf(stderr, "pathlight-tool: %.*s\n", static_cast<int>(message.size()), message.data());
    std::fprintf(stderr, "Try 'pathlight-tool %.*s--help'.\n", static_cast<int>(helpCommand.size()),
                 helpCommand.data());
    return kExitUsage;
}

std::string defaultContentDir() {
    return "content";
}

int run(const Args& all) {
    if (all.empty()) {
        std::fputs(kHelp, stderr);
        return kExitUsage;
    }
    const std::string_view command = all.front();
    const Args rest(all.begin() + 1, all.end());
    if (isHelpFlag(command)) {
        std::fputs(kHelp, stdout);
        return kExitOk;
    }
    if (command == "--version" || command == "version") {
        std::printf("pathlight-tool %s\n", PATHLIGHT_VERSION);
        return kExitOk;
    }
    if (command == "content") {
        return runContent(rest);
    }
    if (command == "match") {
        return runMatch(rest);
    }
    if (command == "import-data") {
        return runImportData(rest);
    }
    if (command == "careers") {
        return runCareers(rest);
    }
    if (command == "portfolio") {
        return runPortfolio(rest);
    }
    if (command == "roster") {
        return runRoster(rest);
    }
    if (command == "strings") {
        return runStrings(rest);
    }
    if (command == "minigame") {
        return runMinigame(rest);
    }
    if (command == "report-demo") {
        return runReportDemo(rest);
    }
    return usageError("unknown command '" + std::string(command) + "'", "");
}

} // namespace pathlight::tool

int main(int argc, char** argv) {
    pathlight::tool::Args args;
    for (int i = 1; i < argc; ++i) {
        args.emplace_back(argv[i]);
    }
    return pathlight::tool::run(args);
}
