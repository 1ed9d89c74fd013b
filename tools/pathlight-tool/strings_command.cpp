// `pathlight-tool strings check`: every word a student or teacher reads is a key in
// content/strings (and the per-part folders, and each game's folder), in every language. The
// content loader already refuses a key missing from one language; this adds what only the source
// can tell: a key that no code uses (dead text that drifts), a key the code asks for that no
// strings file has (it would show raw), and content rows with English but no Spanish.
//
// Keys built at run time are listed where they are built, in a comment the checker reads:
//   // strings: area.{R,I,A,S,E,C}.name        braces list alternatives
//   // strings: game.shop.day.{0..6}            a range of numbers
//   // strings: error.portfolio.*               every key under a prefix (error codes that arrive
//                                               from lower layers)
#include "commands.hpp"

#include "content/catalog.hpp"
#include "content/csv.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace pathlight::tool {

namespace {

namespace fs = std::filesystem;

constexpr const char* kHelp = R"(Usage: pathlight-tool strings check [--content DIR] [--source DIR]...

Checks the words of the app: keys no code uses, keys the code asks for that no strings file has, and
content rows (CSV) with English but no Spanish. --source (default: game and tools) may repeat.
Exit 0 when all is well, 1 with one line per problem.
)";

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// "a.{x,y}.{0..2}" -> every spelled-out key.
std::vector<std::string> expand(const std::string& pattern) {
    const std::size_t open = pattern.find('{');
    if (open == std::string::npos) {
        return {pattern};
    }
    const std::size_t close = pattern.find('}', open);
    if (close == std::string::npos) {
        return {pattern};
    }
    const std::string inside = pattern.substr(open + 1, close - open - 1);
    std::vector<std::string> choices;
    if (const std::size_t dots = inside.find(".."); dots != std::string::npos) {
        const int from = std::atoi(inside.substr(0, dots).c_str());
        const int to = std::atoi(inside.substr(dots + 2).c_str());
        for (int i = from; i <= to && i - from < 1000; ++i) {
            choices.push_back(std::to_string(i));
        }
    } else {
        std::stringstream split(inside);
        std::string choice;
        while (std::getline(split, choice, ',')) {
            choices.push_back(choice);
        }
    }
    std::vector<std::string> out;
    for (const std::string& choice : choices) {
        for (std::string& rest : expand(pattern.substr(close + 1))) {
            out.push_back(pattern.substr(0, open) + choice + rest);
        }
    }
    return out;
}

struct Usage {
    std::set<std::string> literals; // every "a.b" string literal in the source
    std::set<std::string> listed;   // keys listed in `// strings:` comments
    std::vector<std::string> prefixes;
    std::map<std::string, std::string> asked; // key -> file:line of a t("…")/text("…")/format("…") call
};

void scan(const fs::path& file, Usage& usage) {
    static const std::regex kLiteral(R"re("([a-z0-9_]+(?:\.[A-Za-z0-9_-]+)+)")re");
    static const std::regex kAsked(R"re(\b(?:t|tf|text|format)\(\s*"([a-z0-9_]+(?:\.[A-Za-z0-9_-]+)+)"\s*[,)])re");
    static const std::regex kMarker(R"re(//\s*strings:\s*(.*))re");
    std::istringstream lines(readAll(file));
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        ++number;
        std::smatch m;
        if (std::regex_search(line, m, kMarker)) {
            std::istringstream words(m[1].str());
            std::string word;
            while (words >> word) {
                if (!word.empty() && word.back() == '*') {
                    usage.prefixes.push_back(word.substr(0, word.size() - 1));
                } else {
                    for (std::string& key : expand(word)) {
                        usage.listed.insert(std::move(key));
                    }
                }
            }
        }
        for (auto it = std::sregex_iterator(line.begin(), line.end(), kLiteral); it != std::sregex_iterator(); ++it) {
            usage.literals.insert((*it)[1].str());
        }
        for (auto it = std::sregex_iterator(line.begin(), line.end(), kAsked); it != std::sregex_iterator(); ++it) {
            usage.asked.emplace((*it)[1].str(), file.string() + ":" + std::to_string(number));
        }
    }
}

bool used(const Usage& usage, const std::string& key) {
    if (usage.literals.count(key) || usage.listed.count(key)) {
        return true;
    }
    return std::any_of(usage.prefixes.begin(), usage.prefixes.end(),
                       [&](const std::string& prefix) { return key.rfind(prefix, 0) == 0; });
}

// Rows of every content CSV that have an *_en text but an empty *_es one.
void spanishGaps(const fs::path& contentDir, std::vector<std::string>& problems) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(contentDir)) {
        if (entry.path().extension() == ".csv") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) {
        const content::CsvDocument csv = content::parseCsv(readAll(file));
        if (csv.records.empty()) {
            continue;
        }
        const std::vector<std::string>& header = csv.records.front().fields;
        for (std::size_t col = 0; col < header.size(); ++col) {
            const std::string& name = header[col];
            if (name.size() < 3 || name.compare(name.size() - 3, 3, "_en") != 0) {
                continue;
            }
            const auto es = std::find(header.begin(), header.end(), name.substr(0, name.size() - 3) + "_es");
            const std::size_t esCol = static_cast<std::size_t>(es - header.begin());
            for (std::size_t r = 1; r < csv.records.size(); ++r) {
                const std::vector<std::string>& row = csv.records[r].fields;
                if (col < row.size() && !row[col].empty() && (es == header.end() || esCol >= row.size() || row[esCol].empty())) {
                    problems.push_back(fs::relative(file, contentDir).string() + ":" +
                                       std::to_string(csv.records[r].line) + ": " + name + " has no Spanish (" +
                                       name.substr(0, name.size() - 3) + "_es is empty)");
                }
            }
        }
    }
}

int check(const Args& args) {
    std::string contentDir = defaultContentDir();
    std::vector<std::string> sources;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (isHelpFlag(args[i])) {
            std::fputs(kHelp, stdout);
            return kExitOk;
        }
        const std::string_view flag = args[i];
        const auto value = flagValue(args, i);
        if (!value) {
            return usageError(std::string(flag) + " needs a folder", "strings check ");
        }
        if (flag == "--content") {
            contentDir = std::string(*value);
        } else if (flag == "--source") {
            sources.emplace_back(*value);
        } else {
            return usageError("unknown option '" + std::string(flag) + "'", "strings check ");
        }
    }
    if (sources.empty()) {
        sources = {"game", "tools"};
    }
    auto catalog = content::loadCatalog(contentDir);
    if (!catalog) {
        std::fprintf(stderr, "%s\n", catalog.error().detail.c_str());
        return kExitFailure;
    }
    Usage usage;
    for (const std::string& source : sources) {
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(source, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
            const std::string ext = it->path().extension().string();
            if (ext == ".cpp" || ext == ".hpp") {
                scan(it->path(), usage);
            }
        }
        if (ec) {
            return usageError("cannot read source folder " + source, "strings check ");
        }
    }
    std::vector<std::string> problems;
    const content::Strings& strings = catalog->strings;
    for (const auto& [key, text] : strings.table(content::Lang::english())) {
        if (!used(usage, key)) {
            problems.push_back("unused key " + key + " (no code names it; list keys built at run time in a "
                               "// strings: comment where they are built)");
        }
    }
    for (const auto& [key, where] : usage.asked) {
        if (!strings.has(content::Lang::english(), key)) {
            problems.push_back(where + ": asks for key " + key + ", which no strings file has");
        }
    }
    spanishGaps(contentDir, problems);
    for (const std::string& problem : problems) {
        std::fprintf(stderr, "%s\n", problem.c_str());
    }
    if (!problems.empty()) {
        std::fprintf(stderr, "strings: %zu problem%s\n", problems.size(), problems.size() == 1 ? "" : "s");
        return kExitFailure;
    }
    std::printf("strings ok: %zu keys in %zu languages, every one used\n", strings.table(content::Lang::english()).size(),
                strings.languageCount());
    return kExitOk;
}

} // namespace

int runStrings(const Args& args) {
    if (args.empty() || isHelpFlag(args[0])) {
        std::fputs(kHelp, args.empty() ? stderr : stdout);
        return args.empty() ? kExitUsage : kExitOk;
    }
    if (args[0] == "check") {
        return check(Args(args.begin() + 1, args.end()));
    }
    return usageError("unknown strings command '" + std::string(args[0]) + "'", "strings ");
}

} // namespace pathlight::tool
