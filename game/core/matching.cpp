// Career matching: Pearson correlation of centred six-area profiles, with the occupation's
// high-point code as tie-break. Occupation vectors are centred and normalised once, so a match over
// every occupation is 923 six-term dot products plus a partial sort.
#include "core/matching.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace pathlight::core {

namespace {

// Centre a profile and return its length; a flat profile has length 0.
double centre(const AreaScores& in, AreaScores& out) {
    const double mean = std::accumulate(in.begin(), in.end(), 0.0) / kAreaCount;
    double sq = 0.0;
    for (int i = 0; i < kAreaCount; ++i) {
        out[i] = in[i] - mean;
        sq += out[i] * out[i];
    }
    return std::sqrt(sq);
}

constexpr double kFlatEpsilon = 1e-9;
// How many of a cluster's best-matching occupations make up its score: enough to be stable,
// few enough that big clusters don't win by size alone.
constexpr std::size_t kClusterSample = 5;
constexpr std::size_t kTopClusters = 3;

// Letters of the occupation's high-point code that are also among the learner's top three.
std::vector<Area> sharedAreas(const std::array<Area, kAreaCount>& learnerOrder, const std::string& highPoint) {
    std::vector<Area> shared;
    for (int i = 0; i < 3 && shared.size() < 2; ++i) {
        const Area area = learnerOrder[i];
        if (highPoint.find(areaLetter(area)) != std::string::npos) {
            shared.push_back(area);
        }
    }
    return shared;
}

// Small bonus so that, between equally similar occupations, the one whose code leads with the
// learner's top areas comes first (DESIGN.md §7: "high-point code as tie-break").
double codeBonus(const std::array<Area, kAreaCount>& learnerOrder, const std::string& highPoint) {
    double bonus = 0.0;
    for (std::size_t i = 0; i < highPoint.size() && i < 3; ++i) {
        if (highPoint[i] == areaLetter(learnerOrder[i])) {
            bonus += 1e-6 * static_cast<double>(3 - i);
        }
    }
    return bonus;
}

} // namespace

std::vector<Area> sharedAreas(const AreaScores& learner, const std::string& highPoint) {
    return sharedAreas(rankAreas(learner), highPoint);
}

Matcher::Matcher(std::vector<OccupationProfile> occupations) : m_occupations(std::move(occupations)) {
    m_centred.resize(m_occupations.size());
    m_norm.resize(m_occupations.size());
    for (std::size_t i = 0; i < m_occupations.size(); ++i) {
        const double length = centre(m_occupations[i].interests, m_centred[i]);
        m_norm[i] = length;
        if (length > kFlatEpsilon) {
            for (double& v : m_centred[i]) {
                v /= length;
            }
        }
        for (int cluster : m_occupations[i].clusters) {
            m_clusterCount = std::max(m_clusterCount, cluster + 1);
        }
    }
}

double Matcher::similarity(const AreaScores& a, const AreaScores& b) {
    AreaScores ca{};
    AreaScores cb{};
    const double la = centre(a, ca);
    const double lb = centre(b, cb);
    if (la < kFlatEpsilon || lb < kFlatEpsilon) {
        return 0.0;
    }
    double dot = 0.0;
    for (int i = 0; i < kAreaCount; ++i) {
        dot += ca[i] * cb[i];
    }
    return dot / (la * lb);
}

MatchResult Matcher::match(const AreaScores& learner, const MatchOptions& options) const {
    MatchResult result;
    result.clearPattern = hasClearPattern(learner);
    if (!result.clearPattern) {
        return result;
    }
    AreaScores centred{};
    const double length = centre(learner, centred);
    for (double& v : centred) {
        v /= length;
    }
    const auto order = rankAreas(learner);

    struct Scored {
        std::size_t index;
        double score;
    };
    std::vector<Scored> scored;
    scored.reserve(m_occupations.size());
    for (std::size_t i = 0; i < m_occupations.size(); ++i) {
        const OccupationProfile& occ = m_occupations[i];
        if (options.exactJobZone > 0 ? occ.jobZone != options.exactJobZone
                                     : (options.maxJobZone > 0 && occ.jobZone > options.maxJobZone)) {
            continue;
        }
        if (m_norm[i] < kFlatEpsilon) {
            continue;
        }
        double dot = 0.0;
        for (int k = 0; k < kAreaCount; ++k) {
            dot += centred[k] * m_centred[i][k];
        }
        scored.push_back({i, dot + codeBonus(order, occ.highPoint)});
    }
    auto better = [&](const Scored& a, const Scored& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return m_occupations[a.index].code < m_occupations[b.index].code;
    };

    // Clusters: mean of each cluster's best few occupations, from the full ranked list.
    std::sort(scored.begin(), scored.end(), better);
    std::vector<double> clusterSum(m_clusterCount, 0.0);
    std::vector<std::size_t> clusterTaken(m_clusterCount, 0);
    for (const Scored& s : scored) {
        for (int cluster : m_occupations[s.index].clusters) {
            if (clusterTaken[cluster] < kClusterSample) {
                clusterSum[cluster] += s.score;
                ++clusterTaken[cluster];
            }
        }
    }
    for (int c = 0; c < m_clusterCount; ++c) {
        if (clusterTaken[c] > 0) {
            result.clusters.push_back({c, clusterSum[c] / static_cast<double>(clusterTaken[c])});
        }
    }
    std::sort(result.clusters.begin(), result.clusters.end(), [](const ClusterMatch& a, const ClusterMatch& b) {
        return a.score != b.score ? a.score > b.score : a.cluster < b.cluster;
    });
    if (result.clusters.size() > kTopClusters) {
        result.clusters.resize(kTopClusters);
    }

    std::map<std::string, std::size_t> perGroup;
    for (const Scored& s : scored) {
        if (result.careers.size() >= options.top) {
            break;
        }
        const OccupationProfile& occ = m_occupations[s.index];
        if (options.maxPerGroup > 0 && ++perGroup[occ.code.substr(0, 4)] > options.maxPerGroup) {
            continue;
        }
        result.careers.push_back({s.index, std::min(1.0, s.score), sharedAreas(order, occ.highPoint)});
    }
    return result;
}

} // namespace pathlight::core
