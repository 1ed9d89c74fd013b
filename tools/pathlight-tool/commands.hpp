// The command groups of pathlight-tool, one source file each (content_commands.cpp,
// match_command.cpp, import_command.cpp, ...); main.cpp only dispatches. Commands print results to
// stdout and problems to stderr, and return an exit code. They never link ui or platform code.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::tool {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1; // invalid input or content, or a failed operation
constexpr int kExitUsage = 2;   // the command line itself is wrong

// Arguments after the command name(s).
using Args = std::vector<std::string_view>;

// `content check [DIR]`
int runContent(const Args& args);
// `match --scores R,I,A,S,E,C [--zone N] [--top K] [--content DIR]`
int runMatch(const Args& args);
// `import-data --data DIR --out DIR`
int runImportData(const Args& args);
// `careers search "QUERY" | show CODE | list [--featured] [--cluster NAME]` [--lang es]
int runCareers(const Args& args);
// `portfolio inspect|verify|merge|export|import ...`
int runPortfolio(const Args& args);

// `roster import PATH [--dry-run] [--data-dir DIR]`
int runRoster(const Args& args);

// `minigame list | play NAME [--seed S] [--level L] [--bot random|good|idle] [--rounds N]`
int runMinigame(const Args& args);

// `report-demo [-o DIR] [--paper letter|a4] [--lang en|es] [--students N]`: sample printouts
int runReportDemo(const Args& args);

// `strings check [--content DIR] [--source DIR]...`
int runStrings(const Args& args);

// Where content lives when no folder is given: ./content.
std::string defaultContentDir();

// Prints "pathlight-tool: <message>" and a hint to stderr; returns kExitUsage.
int usageError(std::string_view message, std::string_view helpCommand);

bool isHelpFlag(std::string_view arg);

// Reads the value after a "--flag" at args[i]; advances i. nullopt when the value is missing.
std::optional<std::string_view> flagValue(const Args& args, std::size_t& i);

} // namespace pathlight::tool
