// `pathlight-tool match`: ranks careers for six interest scores with the same core::Matcher the
// app uses, and explains each match in plain words. Reads the career tables only; writes nothing.
#include "commands.hpp"

#include "content/catalog.hpp"
#include "core/matching.hpp"
#include "core/riasec.hpp"

#include <charconv>
#include <cmath>

namespace pathlight::tool {

namespace {

constexpr const char* kMatchHelp =
    R"(Usage: pathlight-tool match --scores R,I,A,S,E,C [--zone N] [--top K] [--content DIR]

Rank careers for a learner's six interest scores, each 0-100, in R I A S E C order
(Doer, Thinker, Creator, Helper, Persuader, Organizer).
  --scores R,I,A,S,E,C  e.g. 20,70,35,90,30,45
  --zone N              only careers of job zone N or lower (1 = little preparation,
                        5 = extensive preparation)
  --top K               how many careers to list (default 10)
  --content DIR         the content folder (default: ./content)
)";

constexpr std::size_t kDefaultTop = 10;
constexpr double kMaxScore = 100.0;

// What a learner who likes each area enjoys doing, in a 10-year-old's words.
std::string_view activity(core::Area area) {
    switch (area) {
    case core::Area::R:
        return "building and fixing things";
    case core::Area::I:
        return "figuring things out";
    case core::Area::A:
        return "making and creating";
    case core::Area::S:
        return "helping people";
    case core::Area::E:
        return "leading and persuading";
    case core::Area::C:
        return "organizing and planning";
    }
    return "";
}

std::string reason(const core::CareerMatch& match, const std::string& title) {
    const std::vector<core::Area>& shared = match.sharedAreas;
    if (shared.size() >= 2) {
        return "You like " + std::string(activity(shared[0])) + " and " + std::string(activity(shared[1])) +
               "; " + title + " do both.";
    }
    if (shared.size() == 1) {
        return "You like " + std::string(activity(shared[0])) + "; " + title + " do that too.";
    }
    return "Your mix of interests is close to what " + title + " do.";
}

bool parseScore(std::string_view text, double& out) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && ptr == end && std::isfinite(out) && out >= 0.0 &&
           out <= kMaxScore;
}

bool parseScores(std::string_view text, core::AreaScores& scores) {
    std::size_t start = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const std::size_t comma = text.find(',', start);
        const bool last = i + 1 == scores.size();
        if (last != (comma == std::string_view::npos)) {
            return false; // too few or too many values
        }
        const std::string_view part = text.substr(start, last ? std::string_view::npos : comma - start);
        if (!parseScore(part, scores[i])) {
            return false;
        }
        start = comma + 1;
    }
    return true;
}

bool parseCount(std::string_view text, int low, int high, int& out) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc() && ptr == end && out >= low && out <= high;
}

} // namespace

int runMatch(const Args& args) {
    std::optional<core::AreaScores> scores;
    int zone = 0;
    int top = static_cast<int>(kDefaultTop);
    std::string dir = defaultContentDir();
    const std::string_view help = "match ";

    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (isHelpFlag(arg)) {
            std::fputs(kMatchHelp, stdout);
            return kExitOk;
        }
        if (arg == "--scores") {
            const auto value = flagValue(args, i);
            core::AreaScores parsed{};
            if (!value || !parseScores(*value, parsed)) {
                return usageError("--scores needs six numbers from 0 to 100, like 20,70,35,90,30,45", help);
            }
            scores = parsed;
        } else if (arg == "--zone") {
            const auto value = flagValue(args, i);
            if (!value || !parseCount(*value, 1, 5, zone)) {
                return usageError("--zone needs a job zone from 1 to 5", help);
            }
        } else if (arg == "--top") {
            const auto value = flagValue(args, i);
            if (!value || !parseCount(*value, 1, 10000, top)) {
                return usageError("--top needs a number of careers, 1 or more", help);
            }
        } else if (arg == "--content") {
            const auto value = flagValue(args, i);
            if (!value) {
                return usageError("--content needs a folder", help);
            }
            dir = std::string(*value);
        } else {
            return usageError("unknown argument '" + std::string(arg) + "'", help);
        }
    }
    if (!scores) {
        return usageError("match needs --scores R,I,A,S,E,C", help);
    }

    content::LoadReport report;
    const core::Result<content::Catalog> catalog = content::loadCareerCatalog(dir, &report);
    if (!catalog) {
        std::fprintf(stderr, "pathlight-tool: %s\n%s\n", catalog.error().message.c_str(),
                     catalog.error().detail.c_str());
        return kExitFailure;
    }

    const core::Matcher matcher(catalog->matchProfiles());
    core::MatchOptions options;
    options.maxJobZone = zone;
    options.top = static_cast<std::size_t>(top);
    const core::MatchResult result = matcher.match(*scores, options);

    std::printf("Scores: R %g, I %g, A %g, S %g, E %g, C %g\n", (*scores)[0], (*scores)[1], (*scores)[2],
                (*scores)[3], (*scores)[4], (*scores)[5]);
    if (!result.clearPattern) {
        std::printf(
            "No strong pattern yet: your six scores are within %g points of each other, so no careers "
            "stand out. Answer the quiz again, or play a few games, and see what you enjoy most.\n",
            core::kFlatSpread);
        return kExitOk;
    }
    std::printf("Interest code: %s\n", core::hollandCode(*scores).c_str());
    std::printf("Top clusters:");
    for (std::size_t i = 0; i < result.clusters.size(); ++i) {
        const content::Cluster& cluster =
            catalog->clusters[static_cast<std::size_t>(result.clusters[i].cluster)];
        std::printf("%s %zu. %s (%.2f)", i == 0 ? "" : ",", i + 1, cluster.name.english().c_str(),
                    result.clusters[i].score);
    }
    std::printf("\n");
    if (zone > 0) {
        std::printf("Only careers of job zone %d or lower.\n", zone);
    }
    if (result.careers.empty()) {
        std::printf("No careers match these options.\n");
        return kExitOk;
    }
    std::printf("\n%4s  %5s  %-10s  %4s  %s\n", "rank", "match", "code", "zone", "title");
    for (std::size_t i = 0; i < result.careers.size(); ++i) {
        const core::CareerMatch& match = result.careers[i];
        const content::Occupation& occ = catalog->occupations[match.occupation];
        std::printf("%4zu  %5.2f  %-10s  %4d  %s\n", i + 1, match.similarity, occ.code.c_str(), occ.jobZone,
                    occ.title.english().c_str());
        std::printf("%4s  %5s  %-10s  %4s  %s\n", "", "", "", "", reason(match, occ.title.english()).c_str());
    }
    return kExitOk;
}

} // namespace pathlight::tool
