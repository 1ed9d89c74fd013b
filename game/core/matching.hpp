// Career matching (DESIGN.md §7): similarity between a learner's six interest scores and each
// occupation's six O*NET interest scores, as the correlation of the two centred profiles.
// Pure C++; the catalog of occupations is handed in, never loaded here.
#pragma once

#include "core/riasec.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace pathlight::core {

// What matching needs to know about one occupation.
struct OccupationProfile {
    std::string code;          // O*NET-SOC, e.g. "29-1141.00"
    AreaScores interests{};    // O*NET OI scale, 1–7
    std::string highPoint;     // 1–3 letters, e.g. "SIC"
    int jobZone = 0;           // 1–5
    std::vector<int> clusters; // indexes into the catalog's cluster list
};

struct MatchOptions {
    int maxJobZone = 0; // 0 = any; otherwise keep occupations with jobZone <= maxJobZone
    int exactJobZone = 0; // 0 = any; otherwise keep only this job zone (takes precedence)
    std::size_t top = 10;
    // At most this many careers from one SOC minor group (e.g. "25-1", postsecondary teachers), so a
    // student sees a range of work rather than ten versions of one job. 0 = no limit.
    std::size_t maxPerGroup = 2;
};

struct CareerMatch {
    std::size_t occupation = 0;  // index into the profiles handed to the Matcher
    double similarity = 0.0;     // -1 … 1
    std::vector<Area> sharedAreas; // the learner's top areas that this occupation also leads with (1–2)
};

struct ClusterMatch {
    int cluster = 0;
    double score = 0.0; // mean similarity of the cluster's best occupations
};

struct MatchResult {
    bool clearPattern = false;          // false: "no strong pattern yet", lists are empty
    std::vector<CareerMatch> careers;   // best first
    std::vector<ClusterMatch> clusters; // best first, top 3
};

// The learner's top areas (of their three highest) that a career's high-point code also has, at
// most two: what a "why it fits you" line names.
std::vector<Area> sharedAreas(const AreaScores& learner, const std::string& highPoint);

class Matcher {
public:
    Matcher() = default;
    explicit Matcher(std::vector<OccupationProfile> occupations);

    MatchResult match(const AreaScores& learner, const MatchOptions& options = {}) const;
    const std::vector<OccupationProfile>& occupations() const { return m_occupations; }

    // Correlation of the two centred six-area profiles; 0 when either profile is flat.
    static double similarity(const AreaScores& a, const AreaScores& b);

private:
    std::vector<OccupationProfile> m_occupations;
    std::vector<AreaScores> m_centred; // centred and unit-length, precomputed
    std::vector<double> m_norm;
    int m_clusterCount = 0;
};

} // namespace pathlight::core
