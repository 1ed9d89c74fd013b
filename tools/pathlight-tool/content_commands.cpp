// `pathlight-tool content ...`: checks a content folder with the same loader the app uses, so a
// counselor's edit that passes here also passes at start-up. Reads content; never writes it.
#include "commands.hpp"

#include "content/catalog.hpp"
#include "minigames/framework/registry.hpp"

namespace pathlight::tool {

namespace {

constexpr const char* kContentHelp = R"(Usage: pathlight-tool content check [DIR]

Validate the content folder DIR (default: ./content) exactly as Pathlight does at start-up.
Every problem is printed to stderr as file:line: message (line is left out when the problem is
about the whole file). Exits 0 when the content is valid, 1 when it is not.
)";

int check(const Args& args) {
    std::string dir = defaultContentDir();
    bool haveDir = false;
    for (const std::string_view arg : args) {
        if (isHelpFlag(arg)) {
            std::fputs(kContentHelp, stdout);
            return kExitOk;
        }
        if (arg.starts_with("-")) {
            return usageError("unknown option '" + std::string(arg) + "'", "content check ");
        }
        if (haveDir) {
            return usageError("content check takes one folder", "content check ");
        }
        dir = std::string(arg);
        haveDir = true;
    }

    content::LoadReport report;
    const core::Result<content::Catalog> catalog = content::loadCatalog(dir, &report);
    if (!catalog) {
        for (const content::ContentError& error : report.errors) {
            std::fprintf(stderr, "%s\n", error.toString().c_str());
        }
        std::fprintf(stderr, "content invalid: %zu problem%s in %s\n", report.errors.size(),
                     report.errors.size() == 1 ? "" : "s", dir.c_str());
        return kExitFailure;
    }
    // Each mini-game's levels: the game's own rules check them, so the tool and the app agree.
    std::size_t gameProblems = 0;
    for (const minigames::GameEntry& game : minigames::games()) {
        auto rules = minigames::loadRules(game, dir);
        if (!rules) {
            std::fprintf(stderr, "%s\n", rules.error().detail.c_str());
            ++gameProblems;
        }
    }
    if (gameProblems > 0) {
        std::fprintf(stderr, "content invalid: %zu problem%s in %s\n", gameProblems, gameProblems == 1 ? "" : "s",
                     dir.c_str());
        return kExitFailure;
    }
    std::printf("content ok: %zu occupations, %zu clusters, %zu quiz items, %zu featured careers, %zu clubs and "
                "programs, %zu value cards, %zu strengths, %zu games\n",
                catalog->occupations.size(), catalog->clusters.size(), catalog->interestItems.size(),
                catalog->featured.size(), catalog->programs.size(), catalog->valueCards.size(),
                catalog->strengths.size(), minigames::games().size());
    return kExitOk;
}

} // namespace

int runContent(const Args& args) {
    if (args.empty()) {
        return usageError("content needs a subcommand: check", "content ");
    }
    if (isHelpFlag(args.front())) {
        std::fputs(kContentHelp, stdout);
        return kExitOk;
    }
    if (args.front() == "check") {
        return check(Args(args.begin() + 1, args.end()));
    }
    return usageError("unknown content subcommand '" + std::string(args.front()) + "'", "content ");
}

} // namespace pathlight::tool
