// See career_card.hpp. Every fixed word comes from Strings ("card.*", "growth.*", "edu.*" keys).
#include "content/career_card.hpp"

#include "core/matching.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pathlight::content {

namespace {

constexpr double kAverageGrowth = 3.1; // all occupations, BLS Employment Projections 2024–34
constexpr double kTopCoded = 239200.0;

// BLS "typical education needed for entry" → a strings key in plain words.
std::string educationKey(const std::string& bls) {
    static const std::pair<const char*, const char*> kKeys[] = {
        {"No formal educational credential", "edu.none"},
        {"High school diploma or equivalent", "edu.high_school"},
        {"Some college, no degree", "edu.some_college"},
        {"Postsecondary nondegree award", "edu.certificate"},
        {"Associate's degree", "edu.associate"},
        {"Bachelor's degree", "edu.bachelor"},
        {"Master's degree", "edu.master"},
        {"Doctoral or professional degree", "edu.doctoral"},
    };
    for (const auto& [text, key] : kKeys) {
        if (bls == text) {
            return key;
        }
    }
    return "edu.unknown";
}

std::string percent(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%+.1f%%", value);
    return text;
}

std::string whyItFits(const Text& text, const Occupation& occ, const core::AreaScores* interests) {
    if (interests == nullptr) {
        return text("card.why_quiz");
    }
    if (!core::hasClearPattern(*interests)) {
        return text("card.why_flat");
    }
    const std::vector<core::Area> shared = core::sharedAreas(*interests, occ.highPoint);
    auto likes = [&](core::Area area) { return text("area." + std::string(core::areaKey(area)) + ".activity"); };
    if (shared.size() >= 2) {
        return text.format("card.why_two", {{"a", likes(shared[0])}, {"b", likes(shared[1])}});
    }
    if (shared.size() == 1) {
        return text.format("card.why_one", {{"a", likes(shared[0])}});
    }
    return text("card.why_none");
}

void addPay(CareerCard& card, const Text& text, const Occupation& occ) {
    const std::string& note = occ.wageNote;
    if (note == "annual_at_least_239200") {
        card.payYear = text.format("card.pay_top", {{"amount", formatDollars(kTopCoded, false)}});
        return;
    }
    if (note == "not_available" || (!occ.medianAnnual && !occ.medianHourly)) {
        card.payYear = text("card.pay_none");
        return;
    }
    if (occ.medianAnnual) {
        card.payYear = text.format("card.pay_year", {{"amount", formatDollars(*occ.medianAnnual, false)}});
    } else {
        card.payYear = text("card.pay_no_year");
    }
    if (occ.medianHourly) {
        card.payHour = text.format("card.pay_hour", {{"amount", formatDollars(*occ.medianHourly, true)}});
    } else {
        card.payHour = text("card.pay_no_hour");
    }
}

std::string programLine(const Text& text, const Program& program, Lang lang) {
    std::string head = program.name + " (" + text("program.kind." + program.kind);
    if (program.gradeMin > 0) {
        head += ", " + text.format("program.grades", {{"from", std::to_string(program.gradeMin)},
                                                          {"to", std::to_string(program.gradeMax)}});
    }
    return head + "): " + program.about.in(lang);
}

} // namespace

std::string interestNames(const Text& text, const std::string& code) {
    std::string names;
    for (const char letter : code) {
        if (const auto area = core::areaFromLetter(letter)) {
            names += (names.empty() ? "" : " · ") + text("area." + std::string(core::areaKey(*area)) + ".name");
        }
    }
    return names;
}

std::string growthKey(double change) {
    if (change >= 8.0) {
        return "growth.much_faster";
    }
    if (change >= 5.0) {
        return "growth.faster";
    }
    if (change >= 1.5) {
        return "growth.average";
    }
    if (change >= 0.5) {
        return "growth.slower";
    }
    if (change > -0.5) {
        return "growth.same";
    }
    return "growth.shrinking";
}

std::string formatDollars(double amount, bool cents) {
    const long long hundredths = std::llround(amount * 100.0);
    const long long whole = cents ? hundredths / 100 : std::llround(amount);
    const std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            grouped += ',';
        }
        grouped += digits[i];
    }
    if (cents) {
        char fraction[8];
        std::snprintf(fraction, sizeof fraction, ".%02lld", hundredths % 100);
        grouped += fraction;
    }
    return "$" + grouped;
}

CareerCard makeCareerCard(const CareerExplorer& explorer, std::size_t occupation, Lang lang, const CardViewer& viewer) {
    const Catalog& catalog = explorer.catalog();
    const Text text = catalog.text(lang);
    const Occupation& occ = catalog.occupations.at(occupation);
    CareerCard card;
    card.occupation = occupation;
    card.code = occ.code;
    card.title = occ.title.in(lang);
    // The same career in the other language (English for every other language), for search.
    const Lang other = lang == Lang::english() && catalog.strings.languageCount() > 1 ? Lang(1) : Lang::english();
    card.otherTitle = occ.title.in(other);

    const FeaturedCareer* featured = catalog.featuredFor(occupation);
    card.featured = featured != nullptr;
    if (featured) {
        card.icon = featured->icon;
        card.about = featured->description.in(lang);
        card.day = featured->day.in(lang);
    } else {
        card.about = text("card.plain_facts");
    }

    card.interestCode = occ.highPoint;
    card.interestNames = interestNames(text, occ.highPoint);
    card.whyItFits = whyItFits(text, occ, viewer.interests);

    card.education = text(educationKey(occ.typicalEducation));
    card.preparation = text.format("card.preparation", {{"zone", std::to_string(occ.jobZone)},
                                                           {"words", text("results.zone" + std::to_string(occ.jobZone))}});
    addPay(card, text, occ);

    if (occ.growthPct) {
        card.growth = text.format("card.growth_line", {{"words", text(growthKey(*occ.growthPct))},
                                                          {"change", percent(*occ.growthPct)},
                                                          {"average", percent(kAverageGrowth)}});
    } else {
        card.growth = text("card.growth_none");
    }

    std::vector<int> subjects = featured ? featured->subjects : std::vector<int>{};
    for (const int cluster : occ.clusters) {
        const Cluster& c = catalog.clusters[static_cast<std::size_t>(cluster)];
        card.clusters.push_back(c.name.in(lang));
        if (!featured) {
            for (const int subject : c.subjects) {
                if (std::find(subjects.begin(), subjects.end(), subject) == subjects.end()) {
                    subjects.push_back(subject);
                }
            }
        }
    }
    for (const std::string& sub : occ.subClusters) {
        card.subClusters.push_back(catalog.subClusterName(sub, lang));
    }
    for (const int subject : subjects) {
        card.subjects.push_back(catalog.subjects[static_cast<std::size_t>(subject)].name.in(lang));
    }

    // The school's own clubs and employers first, then the national programs.
    for (const bool local : {true, false}) {
        for (const Program& program : catalog.programs) {
            if (card.programs.size() >= kCardPrograms) {
                break;
            }
            const bool inCluster = std::any_of(program.clusters.begin(), program.clusters.end(), [&](int c) {
                return std::find(occ.clusters.begin(), occ.clusters.end(), c) != occ.clusters.end();
            });
            if (program.local == local && inCluster) {
                card.programs.push_back(programLine(text, program, lang));
            }
        }
    }
    card.related = explorer.related(occupation, kCardRelated);

    if (featured) {
        for (const int value : featured->values) {
            const WorkValue& v = catalog.workValues[static_cast<std::size_t>(value)];
            card.values.push_back({v.name.in(lang), viewer.values && viewer.values->count(v.id) > 0});
        }
        for (const int skill : featured->skills) {
            const Strength& s = catalog.strengths[static_cast<std::size_t>(skill)];
            card.skills.push_back({s.name.in(lang), viewer.skills && viewer.skills->count(s.id) > 0});
        }
    }
    return card;
}

} // namespace pathlight::content
