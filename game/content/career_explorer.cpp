// See career_explorer.hpp.
#include "content/career_explorer.hpp"

#include "core/matching.hpp"

#include <algorithm>

namespace pathlight::content {

namespace {

constexpr double kHoursPerYear = 2080.0; // BLS's full-time year
constexpr double kTopCodedAnnual = 239200.0;

template <class T, class U>
bool intersects(const std::vector<T>& values, const std::set<U>& wanted) {
    return std::any_of(values.begin(), values.end(), [&](const T& v) { return wanted.count(v) > 0; });
}

} // namespace

bool CareerFilter::empty() const {
    return query.find_first_not_of(' ') == std::string::npos && groupings.empty() && clusters.empty() &&
           subClusters.empty() && letters.empty() && jobZones.empty() && payBands.empty() && !featuredOnly &&
           onlyCodes == nullptr;
}

CareerExplorer::CareerExplorer(const Catalog& catalog) : m_catalog(catalog) {
    const std::vector<Lang> languages = catalog.strings.languages();
    m_sortKeys.resize(std::max<std::size_t>(1, languages.size()));
    for (std::size_t i = 0; i < catalog.occupations.size(); ++i) {
        const Occupation& occ = catalog.occupations[i];
        for (std::size_t l = 0; l < occ.title.byLang.size(); ++l) {
            if (!occ.title.byLang[l].empty()) {
                m_index.add(i, occ.title.byLang[l]);
            }
        }
        for (const Lang lang : languages) {
            m_sortKeys[lang.index()].push_back(core::foldForSearch(occ.title.in(lang)));
        }
    }
    m_index.finish();
}

std::optional<double> CareerExplorer::yearlyPay(const Occupation& occupation) {
    if (occupation.wageNote == "annual_at_least_239200") {
        return kTopCodedAnnual;
    }
    if (occupation.medianAnnual) {
        return occupation.medianAnnual;
    }
    if (occupation.medianHourly) {
        return *occupation.medianHourly * kHoursPerYear;
    }
    return std::nullopt;
}

bool CareerExplorer::passes(const CareerFilter& filter, std::size_t index) const {
    const Occupation& occ = m_catalog.occupations[index];
    if (filter.featuredOnly && occ.featured < 0) {
        return false;
    }
    if (filter.onlyCodes && filter.onlyCodes->count(occ.code) == 0) {
        return false;
    }
    if (!filter.jobZones.empty() && filter.jobZones.count(occ.jobZone) == 0) {
        return false;
    }
    for (const char letter : filter.letters) {
        if (occ.highPoint.find(letter) == std::string::npos) {
            return false;
        }
    }
    if (!filter.clusters.empty() && !intersects(occ.clusters, filter.clusters)) {
        return false;
    }
    if (!filter.subClusters.empty() && !intersects(occ.subClusters, filter.subClusters)) {
        return false;
    }
    if (!filter.groupings.empty() &&
        std::none_of(occ.clusters.begin(), occ.clusters.end(), [&](int cluster) {
            return filter.groupings.count(m_catalog.clusters[static_cast<std::size_t>(cluster)].grouping) > 0;
        })) {
        return false;
    }
    if (!filter.payBands.empty()) {
        const std::optional<double> pay = yearlyPay(occ);
        if (!pay || std::none_of(filter.payBands.begin(), filter.payBands.end(), [&](int band) {
                return band >= 0 && band < kPayBandCount && *pay >= kPayBands[band].low && *pay < kPayBands[band].high;
            })) {
            return false;
        }
    }
    return true;
}

std::vector<std::size_t> CareerExplorer::find(const CareerFilter& filter, CareerSort sort, Lang lang,
                                              const core::AreaScores* learner) const {
    const std::size_t count = m_catalog.occupations.size();
    const bool searching = filter.query.find_first_not_of(' ') != std::string::npos;
    std::vector<double> relevance;
    if (searching) {
        m_index.score(filter.query, relevance);
        relevance.resize(count, 0.0);
    }
    if (sort == CareerSort::BestMatch && learner == nullptr) {
        sort = CareerSort::Az;
    }
    struct Row {
        std::size_t index;
        double relevance;
        double key; // higher first (pay, growth, similarity)
    };
    std::vector<Row> rows;
    rows.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        if ((searching && relevance[i] <= 0.0) || !passes(filter, i)) {
            continue;
        }
        const Occupation& occ = m_catalog.occupations[i];
        double key = 0.0;
        switch (sort) {
        case CareerSort::BestMatch:
            key = core::Matcher::similarity(*learner, occ.interests);
            break;
        case CareerSort::Pay:
            key = yearlyPay(occ).value_or(-1.0);
            break;
        case CareerSort::Growth:
            key = occ.growthPct.value_or(-1e9);
            break;
        case CareerSort::Az:
            break;
        }
        rows.push_back({i, searching ? relevance[i] : 0.0, key});
    }
    const std::vector<std::string>& titles = m_sortKeys[lang.index() < m_sortKeys.size() ? lang.index() : 0];
    std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        if (a.relevance != b.relevance) {
            return a.relevance > b.relevance;
        }
        if (a.key != b.key) {
            return a.key > b.key;
        }
        const int byTitle = titles[a.index].compare(titles[b.index]);
        return byTitle != 0 ? byTitle < 0 : a.index < b.index;
    });
    std::vector<std::size_t> out;
    out.reserve(rows.size());
    for (const Row& row : rows) {
        out.push_back(row.index);
    }
    return out;
}

std::vector<std::size_t> CareerExplorer::related(std::size_t occupation, std::size_t count) const {
    const Occupation& self = m_catalog.occupations.at(occupation);
    struct Candidate {
        std::size_t index;
        int shared; // 2: a sub-cluster in common, 1: only a cluster
        double similarity;
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < m_catalog.occupations.size(); ++i) {
        const Occupation& other = m_catalog.occupations[i];
        if (i == occupation || other.code.compare(0, 7, self.code, 0, 7) == 0) {
            continue; // itself, or a specialty of the same job
        }
        const bool subCluster = std::any_of(other.subClusters.begin(), other.subClusters.end(), [&](const std::string& s) {
            return std::find(self.subClusters.begin(), self.subClusters.end(), s) != self.subClusters.end();
        });
        const bool cluster = std::any_of(other.clusters.begin(), other.clusters.end(), [&](int c) {
            return std::find(self.clusters.begin(), self.clusters.end(), c) != self.clusters.end();
        });
        if (subCluster || cluster) {
            candidates.push_back({i, subCluster ? 2 : 1, core::Matcher::similarity(self.interests, other.interests)});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.shared != b.shared) {
            return a.shared > b.shared;
        }
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.index < b.index;
    });
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < candidates.size() && out.size() < count; ++i) {
        out.push_back(candidates[i].index);
    }
    return out;
}

} // namespace pathlight::content
