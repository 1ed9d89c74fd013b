// `pathlight-tool careers search|show|list`: the careers explorer for scripts and teachers. The
// same CareerExplorer and CareerCard as the app's screens, so the answers are the same. Reads the
// content folder only; writes nothing.
#include "commands.hpp"

#include <algorithm>
#include <filesystem>

#include "content/career_card.hpp"
#include "content/career_explorer.hpp"
#include "content/catalog.hpp"
#include "core/text_search.hpp"

#include <charconv>
#include <set>

namespace pathlight::tool {

namespace {

constexpr const char* kCareersHelp = R"(Usage:
  pathlight-tool careers search "QUERY" [--lang en|es] [--top K] [--content DIR]
      Careers whose English or Spanish title matches the words (typos forgiven), best first.
  pathlight-tool careers show CODE [--lang en|es] [--content DIR]
      Every field of a career card as text, e.g. CODE = 29-1141.00.
  pathlight-tool careers list [--featured] [--cluster NAME] [--lang en|es] [--content DIR]
      Careers A to Z; --featured only those with a story, --cluster an id or a name
      ("healthcare-human-services", "Healthcare & Human Services", "Salud y servicios humanos").

  --lang en|es     language of titles and card text (default en)
  --top K          how many search results (default 10)
  --content DIR    the content folder (default: ./content)
)";

constexpr int kDefaultTop = 10;

struct Options {
    std::string verb;
    std::string operand; // the query (search) or code (show)
    std::string langCode = "en";
    content::Lang lang;
    int top = kDefaultTop;
    bool featured = false;
    std::string cluster;
    std::string dir = defaultContentDir();
};

// Parses the arguments after "careers"; returns an exit code when the run should stop.
std::optional<int> parse(const Args& args, Options& opt) {
    const std::string_view help = "careers ";
    if (args.empty()) {
        return usageError("careers needs search, show or list", help);
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (isHelpFlag(arg)) {
            std::fputs(kCareersHelp, stdout);
            return kExitOk;
        }
        if (arg == "--lang") {
            const auto value = flagValue(args, i);
            if (!value || value->empty()) {
                return usageError("--lang needs a language code, like en or es", help);
            }
            opt.langCode = std::string(*value);
        } else if (arg == "--top") {
            const auto value = flagValue(args, i);
            const char* end = value ? value->data() + value->size() : nullptr;
            if (!value || std::from_chars(value->data(), end, opt.top).ptr != end || opt.top < 1) {
                return usageError("--top needs a number of careers, 1 or more", help);
            }
        } else if (arg == "--content") {
            const auto value = flagValue(args, i);
            if (!value) {
                return usageError("--content needs a folder", help);
            }
            opt.dir = std::string(*value);
        } else if (arg == "--cluster") {
            const auto value = flagValue(args, i);
            if (!value) {
                return usageError("--cluster needs a cluster id or name", help);
            }
            opt.cluster = std::string(*value);
        } else if (arg == "--featured") {
            opt.featured = true;
        } else if (arg.starts_with("--")) {
            return usageError("unknown option '" + std::string(arg) + "'", help);
        } else if (opt.verb.empty()) {
            opt.verb = std::string(arg);
        } else if (opt.operand.empty() && opt.verb != "list") {
            opt.operand = std::string(arg);
        } else {
            return usageError("unexpected argument '" + std::string(arg) + "'", help);
        }
    }
    if (opt.verb != "search" && opt.verb != "show" && opt.verb != "list") {
        return usageError("careers needs search, show or list, not '" + opt.verb + "'", help);
    }
    // A language is one of the content's strings files (strings/<code>.json).
    if (!std::filesystem::exists(std::filesystem::path(opt.dir) / "strings" / (opt.langCode + ".json")) &&
        std::filesystem::is_directory(std::filesystem::path(opt.dir) / "strings")) {
        return usageError("--lang must be one of the content's languages (strings/<lang>.json), like en or es", help);
    }
    if (opt.verb != "list" && opt.operand.empty()) {
        return usageError(opt.verb == "search" ? "careers search needs a QUERY" : "careers show needs a CODE", help);
    }
    return std::nullopt;
}

std::optional<int> findCluster(const content::Catalog& catalog, const std::string& name) {
    const std::string wanted = core::foldForSearch(name);
    for (std::size_t i = 0; i < catalog.clusters.size(); ++i) {
        const content::Cluster& c = catalog.clusters[i];
        const bool named = std::any_of(c.name.byLang.begin(), c.name.byLang.end(),
                                       [&](const std::string& n) { return core::foldForSearch(n) == wanted; });
        if (c.id == name || named) {
            return static_cast<int>(i);
        }
    }
    return std::nullopt;
}

void printList(const char* heading, const std::vector<std::string>& items) {
    std::printf("%s:", heading);
    if (items.empty()) {
        std::printf(" -\n");
        return;
    }
    std::printf("\n");
    for (const std::string& item : items) {
        std::printf("  - %s\n", item.c_str());
    }
}

void printTags(const char* heading, const std::vector<content::CardTag>& tags) {
    std::vector<std::string> names;
    for (const content::CardTag& tag : tags) {
        names.push_back(tag.name);
    }
    printList(heading, names);
}

// Every field of the card, labelled in the card's own language (the headings the screen shows).
void printCard(const content::CareerExplorer& explorer, std::size_t index, content::Lang lang) {
    const content::Catalog& catalog = explorer.catalog();
    const content::Text s = catalog.text(lang);
    const content::CareerCard card = content::makeCareerCard(explorer, index, lang);
    std::printf("%s (%s)\n", card.title.c_str(), card.code.c_str());
    std::printf("%s\n", card.otherTitle.c_str());
    if (card.featured) {
        std::printf("Icon: %s\n", card.icon.c_str());
    }
    std::printf("\n%s\n  %s\n", s("card.what").c_str(), card.about.c_str());
    if (!card.day.empty()) {
        std::printf("%s\n  %s\n", s("card.day").c_str(), card.day.c_str());
    }
    std::printf("%s\n  %s\n  %s\n", s("card.fits").c_str(),
                s.format("card.likes", {{"names", card.interestNames + " (" + card.interestCode + ")"}}).c_str(),
                card.whyItFits.c_str());
    std::printf("%s\n  %s\n  %s\n", s("card.school").c_str(), card.education.c_str(), card.preparation.c_str());
    std::printf("%s\n  %s\n", s("card.pay").c_str(), card.payYear.c_str());
    if (!card.payHour.empty()) {
        std::printf("  %s\n", card.payHour.c_str());
    }
    std::printf("%s\n  %s\n", s("card.growth").c_str(), card.growth.c_str());
    printList(s("card.clusters").c_str(), card.clusters);
    printList(s("card.sub_clusters").c_str(), card.subClusters);
    printList(s("card.subjects").c_str(), card.subjects);
    printList(s("card.programs").c_str(), card.programs);
    printTags(s("card.values").c_str(), card.values);
    printTags(s("card.skills").c_str(), card.skills);
    std::vector<std::string> related;
    for (const std::size_t r : card.related) {
        related.push_back(catalog.occupations[r].title.in(lang) + " (" + catalog.occupations[r].code + ")");
    }
    printList(s("card.related").c_str(), related);
}

} // namespace

int runCareers(const Args& args) {
    Options opt;
    if (const std::optional<int> stop = parse(args, opt)) {
        return *stop;
    }
    core::Result<content::Catalog> catalog = content::loadCatalog(opt.dir);
    if (!catalog) {
        std::fprintf(stderr, "pathlight-tool: %s\n%s\n", catalog.error().message.c_str(), catalog.error().detail.c_str());
        return kExitFailure;
    }
    if (const std::optional<content::Lang> lang = catalog->strings.find(opt.langCode)) {
        opt.lang = *lang;
    } else {
        return usageError("--lang must be one of the content's languages (strings/<lang>.json), like en or es",
                          "careers ");
    }
    const content::CareerExplorer explorer(*catalog);

    if (opt.verb == "show") {
        const std::optional<std::size_t> index = catalog->findOccupation(opt.operand);
        if (!index) {
            std::fprintf(stderr, "pathlight-tool: no career with code %s (codes look like 29-1141.00)\n",
                         opt.operand.c_str());
            return kExitFailure;
        }
        printCard(explorer, *index, opt.lang);
        return kExitOk;
    }

    content::CareerFilter filter;
    if (opt.verb == "search") {
        filter.query = opt.operand;
    }
    filter.featuredOnly = opt.featured;
    if (!opt.cluster.empty()) {
        const std::optional<int> cluster = findCluster(*catalog, opt.cluster);
        if (!cluster) {
            std::fprintf(stderr, "pathlight-tool: no cluster called \"%s\"; the clusters are:\n", opt.cluster.c_str());
            for (const content::Cluster& c : catalog->clusters) {
                std::fprintf(stderr, "  %s (%s)\n", c.id.c_str(), c.name.english().c_str());
            }
            return kExitFailure;
        }
        filter.clusters.insert(*cluster);
    }
    std::vector<std::size_t> rows = explorer.find(filter, content::CareerSort::Az, opt.lang);
    if (opt.verb == "search" && rows.size() > static_cast<std::size_t>(opt.top)) {
        rows.resize(static_cast<std::size_t>(opt.top));
    }
    if (rows.empty()) {
        std::fprintf(stderr, "pathlight-tool: no careers match\n");
    }
    for (const std::size_t index : rows) {
        const content::Occupation& occ = catalog->occupations[index];
        std::printf("%s  %s%s\n", occ.code.c_str(), occ.title.in(opt.lang).c_str(), occ.featured >= 0 ? "  *" : "");
    }
    return kExitOk;
}

} // namespace pathlight::tool
