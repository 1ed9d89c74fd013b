// CareerExplorer: the questions the careers explorer asks of the catalog — search titles in English
// and Spanish (typo-forgiving), filter by cluster grouping, cluster, sub-cluster, interest letters,
// school and pay, sort, and find related careers. Pure C++ over the immutable Catalog, so the
// screens and `pathlight-tool careers` give the same answers. Builds its search index once.
#pragma once

#include "content/catalog.hpp"
#include "core/riasec.hpp"
#include "core/text_search.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pathlight::content {

enum class CareerSort {
    BestMatch, // closest to the learner's interest scores (needs a quiz result; else A–Z)
    Az,        // by title in the current language
    Pay,       // highest yearly pay first; careers with no pay figure last
    Growth,    // fastest-growing first
};

// Yearly pay bands of the pay filter, in US dollars: [low, high).
struct PayBand {
    double low = 0;
    double high = 0;
};
inline constexpr PayBand kPayBands[] = {{0, 40000}, {40000, 60000}, {60000, 80000}, {80000, 100000}, {100000, 1e12}};
inline constexpr int kPayBandCount = static_cast<int>(sizeof(kPayBands) / sizeof(kPayBands[0]));

// Every part is optional; parts combine with AND, choices inside one part with OR.
struct CareerFilter {
    std::string query;                   // words of the title, any language
    std::set<std::string> groupings;     // cluster groupings ("building-moving", ... "cross-cutting")
    std::set<int> clusters;              // indexes into Catalog::clusters
    std::set<std::string> subClusters;   // English sub-cluster names
    std::string letters;                 // interest letters that must all be in the career's code, e.g. "SI"
    std::set<int> jobZones;              // 1–5
    std::set<int> payBands;              // indexes into kPayBands
    bool featuredOnly = false;
    const std::set<std::string>* onlyCodes = nullptr; // e.g. the learner's saved careers

    bool empty() const;
};

class CareerExplorer {
public:
    explicit CareerExplorer(const Catalog& catalog);

    // Indexes into catalog.occupations that pass `filter`. With a query, the best title matches come
    // first (ties in `sort` order); without one, in `sort` order. `learner` (0–100 scores) is needed
    // for BestMatch only. `lang` picks the title A–Z uses.
    std::vector<std::size_t> find(const CareerFilter& filter, CareerSort sort, Lang lang,
                                  const core::AreaScores* learner = nullptr) const;

    // Careers close to `occupation`: sharing a sub-cluster (else a cluster), with the most similar
    // interests first. At most `count`.
    std::vector<std::size_t> related(std::size_t occupation, std::size_t count) const;

    // Yearly pay used to sort and filter: the median annual wage, or the hourly one × 2,080 hours;
    // top-coded wages count as $239,200. Nothing when BLS publishes no wage.
    static std::optional<double> yearlyPay(const Occupation& occupation);

    const Catalog& catalog() const { return m_catalog; }

private:
    bool passes(const CareerFilter& filter, std::size_t index) const;

    const Catalog& m_catalog;
    core::TextIndex m_index;             // doc = occupation index; English and Spanish titles
    std::vector<std::vector<std::string>> m_sortKeys; // per language: folded titles, so A–Z ignores case and accents
};

} // namespace pathlight::content
