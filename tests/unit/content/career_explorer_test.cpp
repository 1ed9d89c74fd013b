// CareerExplorer and CareerCard over the real content: what a student sees in the explorer — search
// in both languages with typos, filters that combine, each sort order — and what a career card
// says about school, pay (top-coded, hourly-only and missing wages) and growth.
#include "content/career_card.hpp"
#include "content/career_explorer.hpp"
#include "core/matching.hpp"
#include "core/text_search.hpp"
#include "unit/content/content_fixture.hpp"

#include <gmock/gmock.h>

#include <algorithm>

// The content's languages are en and es (strings/*.json, English first), so Spanish is the second.
constexpr pathlight::content::Lang kSpanish{1};

using namespace pathlight;
using namespace pathlight::content;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

Catalog& catalog() {
    static Catalog loaded = [] {
        auto result = loadCatalog(PATHLIGHT_CONTENT_DIR);
        if (!result.ok()) {
            ADD_FAILURE() << result.error().detail;
            return Catalog{};
        }
        return std::move(result).value();
    }();
    return loaded;
}

const CareerExplorer& explorer() {
    static const CareerExplorer built(catalog());
    return built;
}

std::size_t indexOf(const std::string& code) {
    const auto index = catalog().findOccupation(code);
    EXPECT_TRUE(index.has_value()) << code;
    return index.value_or(0);
}

std::vector<std::string> codes(const std::vector<std::size_t>& rows) {
    std::vector<std::string> out;
    for (const std::size_t row : rows) {
        out.push_back(catalog().occupations[row].code);
    }
    return out;
}

std::vector<std::string> search(const std::string& query, Lang lang = Lang::english()) {
    CareerFilter filter;
    filter.query = query;
    return codes(explorer().find(filter, CareerSort::Az, lang));
}

// The language cards are built in for one test, back to English after.
Lang g_cardLang = Lang::english();
struct LangScope {
    explicit LangScope(Lang lang) { g_cardLang = lang; }
    ~LangScope() { g_cardLang = Lang::english(); }
};

constexpr const char* kNurse = "29-1141.00";

} // namespace

TEST(CareerExplorer, WithNoFilterEveryCareerIsListedAToZ) {
    const std::vector<std::size_t> rows = explorer().find({}, CareerSort::Az, Lang::english());
    ASSERT_EQ(rows.size(), 923u);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_LE(core::foldForSearch(catalog().occupations[rows[i - 1]].title.english()),
                  core::foldForSearch(catalog().occupations[rows[i]].title.english()));
    }
}

TEST(CareerExplorer, SpanishAToZIgnoresAccents) {
    const std::vector<std::size_t> rows = explorer().find({}, CareerSort::Az, kSpanish);
    std::vector<std::string> folded;
    for (const std::size_t row : rows) {
        folded.push_back(core::foldForSearch(catalog().occupations[row].title.in(kSpanish)));
    }
    EXPECT_TRUE(std::is_sorted(folded.begin(), folded.end()));
    // "Ingeniero/a…" must not sort after "Zoólogo/a" just because of a capital accented letter.
    EXPECT_LT(std::find(folded.begin(), folded.end(), core::foldForSearch(catalog().occupations[indexOf(kNurse)].title.in(kSpanish))),
              folded.end());
}

TEST(CareerExplorer, SearchFindsNursesFromAPrefixATypoAndSpanish) {
    EXPECT_THAT(search("nurs"), Contains(kNurse));
    EXPECT_THAT(search("nures"), Contains(kNurse));
    EXPECT_THAT(search("registerd nurse"), Contains(kNurse));
    EXPECT_THAT(search("enfermera", kSpanish), Contains(kNurse));
    EXPECT_THAT(search("enfermero"), Contains(kNurse)); // the Spanish title is searchable in English too
    EXPECT_THAT(search("nurs"), Not(Contains("15-1252.00")));
}

TEST(CareerExplorer, ABetterTitleMatchComesFirstWhateverTheSort) {
    CareerFilter filter;
    filter.query = "chef";
    const std::vector<std::string> byPay = codes(explorer().find(filter, CareerSort::Pay, Lang::english()));
    ASSERT_FALSE(byPay.empty());
    EXPECT_EQ(byPay.front(), "35-1011.00"); // Chefs and Head Cooks
}

TEST(CareerExplorer, FiltersCombineAndEachNarrowsTheList) {
    const int health = static_cast<int>(*catalog().findCluster("healthcare-human-services"));
    CareerFilter filter;
    filter.clusters = {health};
    const std::size_t clusterOnly = explorer().find(filter, CareerSort::Az, Lang::english()).size();
    filter.jobZones = {4};
    const std::size_t withZone = explorer().find(filter, CareerSort::Az, Lang::english()).size();
    filter.letters = "S";
    const std::vector<std::size_t> rows = explorer().find(filter, CareerSort::Az, Lang::english());
    filter.payBands = {3, 4}; // $80,000 and up
    const std::vector<std::size_t> paid = explorer().find(filter, CareerSort::Az, Lang::english());

    EXPECT_GT(clusterOnly, withZone);
    EXPECT_GT(withZone, rows.size());
    EXPECT_GT(rows.size(), paid.size());
    EXPECT_FALSE(paid.empty());
    for (const std::size_t row : paid) {
        const Occupation& occ = catalog().occupations[row];
        EXPECT_THAT(occ.clusters, Contains(health));
        EXPECT_EQ(occ.jobZone, 4);
        EXPECT_NE(occ.highPoint.find('S'), std::string::npos);
        EXPECT_GE(CareerExplorer::yearlyPay(occ).value_or(0), 80000.0);
    }
    EXPECT_THAT(codes(rows), Contains(kNurse));
}

TEST(CareerExplorer, GroupingSubClusterFeaturedAndSavedFilters) {
    CareerFilter filter;
    filter.groupings = {"cross-cutting"};
    for (const std::size_t row : explorer().find(filter, CareerSort::Az, Lang::english())) {
        const Occupation& occ = catalog().occupations[row];
        EXPECT_TRUE(std::any_of(occ.clusters.begin(), occ.clusters.end(), [](int c) {
            return catalog().clusters[static_cast<std::size_t>(c)].grouping == "cross-cutting";
        }));
    }
    filter = {};
    filter.subClusters = {"Physical Health"};
    const std::vector<std::string> physical = codes(explorer().find(filter, CareerSort::Az, Lang::english()));
    EXPECT_THAT(physical, Contains(kNurse));
    EXPECT_THAT(physical, Not(Contains("21-1021.00"))); // a social worker is in another part

    filter = {};
    filter.featuredOnly = true;
    EXPECT_EQ(explorer().find(filter, CareerSort::Az, Lang::english()).size(), catalog().featured.size());

    const std::set<std::string> saved = {kNurse, "15-1252.00"};
    filter = {};
    filter.onlyCodes = &saved;
    EXPECT_EQ(codes(explorer().find(filter, CareerSort::Az, Lang::english())),
              (std::vector<std::string>{kNurse, "15-1252.00"})); // Registered… before Software… A to Z
}

TEST(CareerExplorer, PaySortIsHighestFirstWithNoFiguresLast) {
    const std::vector<std::size_t> rows = explorer().find({}, CareerSort::Pay, Lang::english());
    double previous = 1e12;
    bool sawMissing = false;
    for (const std::size_t row : rows) {
        const std::optional<double> pay = CareerExplorer::yearlyPay(catalog().occupations[row]);
        if (!pay) {
            sawMissing = true;
            continue;
        }
        EXPECT_FALSE(sawMissing) << "a career with pay comes after one without";
        EXPECT_LE(*pay, previous);
        previous = *pay;
    }
    EXPECT_TRUE(sawMissing);
    EXPECT_EQ(CareerExplorer::yearlyPay(catalog().occupations[rows.front()]), 239200.0); // top-coded first
}

TEST(CareerExplorer, GrowthSortIsFastestFirst) {
    const std::vector<std::size_t> rows = explorer().find({}, CareerSort::Growth, Lang::english());
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_GE(catalog().occupations[rows[i - 1]].growthPct.value_or(-1e9),
                  catalog().occupations[rows[i]].growthPct.value_or(-1e9));
    }
}

TEST(CareerExplorer, BestMatchPutsACareerWithTheLearnersOwnProfileNearTheTop) {
    const Occupation& nurse = catalog().occupations[indexOf(kNurse)];
    core::AreaScores learner{};
    for (int i = 0; i < core::kAreaCount; ++i) {
        learner[static_cast<std::size_t>(i)] = (nurse.interests[static_cast<std::size_t>(i)] - 1.0) / 6.0 * 100.0;
    }
    const std::vector<std::string> rows = codes(explorer().find({}, CareerSort::BestMatch, Lang::english(), &learner));
    const auto at = std::find(rows.begin(), rows.end(), kNurse) - rows.begin();
    EXPECT_LT(at, 3);
    // Without quiz scores "best match" falls back to A to Z rather than a random order.
    EXPECT_EQ(explorer().find({}, CareerSort::BestMatch, Lang::english()), explorer().find({}, CareerSort::Az, Lang::english()));
}

TEST(CareerExplorer, YearlyPayCoversEveryKindOfWage) {
    EXPECT_EQ(CareerExplorer::yearlyPay(catalog().occupations[indexOf("29-1022.00")]), 239200.0); // top-coded
    EXPECT_NEAR(*CareerExplorer::yearlyPay(catalog().occupations[indexOf("27-2011.00")]), 23.33 * 2080, 0.01);
    EXPECT_EQ(CareerExplorer::yearlyPay(catalog().occupations[indexOf("11-1031.00")]), 44810.0); // annual only
    EXPECT_FALSE(CareerExplorer::yearlyPay(catalog().occupations[indexOf("45-3031.00")]).has_value());
}

TEST(CareerExplorer, RelatedCareersShareAPartOfTheAreaAndAreNotTheSameJob) {
    const std::size_t nurse = indexOf(kNurse);
    const std::vector<std::size_t> related = explorer().related(nurse, 5);
    ASSERT_EQ(related.size(), 5u);
    for (const std::size_t r : related) {
        const Occupation& occ = catalog().occupations[r];
        EXPECT_NE(occ.code.substr(0, 7), "29-1141");
        EXPECT_THAT(occ.subClusters, Contains("Physical Health")) << occ.title.english();
    }
}

//-----------------------------------------------------------------------------
// The career card
//-----------------------------------------------------------------------------

TEST(CareerCard, FeaturedCareerTellsItsStoryAndPlainFactsOtherwise) {
    const CareerCard nurse = makeCareerCard(explorer(), indexOf(kNurse), g_cardLang);
    EXPECT_TRUE(nurse.featured);
    EXPECT_EQ(nurse.title, "Registered Nurses");
    EXPECT_EQ(nurse.otherTitle, catalog().occupations[indexOf(kNurse)].title.in(kSpanish));
    EXPECT_FALSE(nurse.day.empty());
    EXPECT_EQ(nurse.interestNames, "Helper · Thinker · Organizer");
    EXPECT_EQ(nurse.education, "A 4-year college degree");
    EXPECT_EQ(nurse.preparation, "Job zone 4 of 5: 4-year college");
    EXPECT_EQ(nurse.payYear, "$93,600 a year");
    EXPECT_EQ(nurse.payHour, "about $45.00 an hour");
    EXPECT_FALSE(nurse.values.empty());
    EXPECT_FALSE(nurse.skills.empty());
    EXPECT_FALSE(nurse.subjects.empty());
    EXPECT_FALSE(nurse.programs.empty());
    EXPECT_EQ(nurse.related.size(), kCardRelated);

    const auto& all = catalog().occupations;
    const std::size_t plain = static_cast<std::size_t>(
        std::find_if(all.begin(), all.end(), [](const Occupation& occ) { return occ.featured < 0; }) - all.begin());
    ASSERT_LT(plain, all.size());
    const CareerCard card = makeCareerCard(explorer(), plain, g_cardLang);
    EXPECT_FALSE(card.featured);
    EXPECT_THAT(card.about, HasSubstr("facts"));
    EXPECT_TRUE(card.day.empty());
    EXPECT_FALSE(card.subjects.empty()); // from its clusters
}

TEST(CareerCard, TopCodedHourlyOnlyAndMissingWagesAreSaidPlainly) {
    const CareerCard surgeon = makeCareerCard(explorer(), indexOf("29-1022.00"), g_cardLang);
    EXPECT_EQ(surgeon.payYear, "more than $239,200 a year");
    EXPECT_TRUE(surgeon.payHour.empty());
    const CareerCard actor = makeCareerCard(explorer(), indexOf("27-2011.00"), g_cardLang);
    EXPECT_EQ(actor.payYear, "No yearly pay is given for this job.");
    EXPECT_EQ(actor.payHour, "about $23.33 an hour");
    const CareerCard legislator = makeCareerCard(explorer(), indexOf("11-1031.00"), g_cardLang);
    EXPECT_EQ(legislator.payYear, "$44,810 a year");
    EXPECT_EQ(legislator.payHour, "No hourly pay is given for this job.");
    const CareerCard fishing = makeCareerCard(explorer(), indexOf("45-3031.00"), g_cardLang);
    EXPECT_EQ(fishing.payYear, "No pay facts for this job.");
}

TEST(CareerCard, GrowthIsComparedWithTheAverageInWordsAndNumbers) {
    EXPECT_EQ(growthKey(15.8), "growth.much_faster");
    EXPECT_EQ(growthKey(5.0), "growth.faster");
    EXPECT_EQ(growthKey(3.1), "growth.average");
    EXPECT_EQ(growthKey(1.0), "growth.slower");
    EXPECT_EQ(growthKey(0.0), "growth.same");
    EXPECT_EQ(growthKey(-4.0), "growth.shrinking");
    const CareerCard developer = makeCareerCard(explorer(), indexOf("15-1252.00"), g_cardLang);
    EXPECT_EQ(developer.growth, "Growing much faster than most jobs: +15.8% from 2024 to 2034. All jobs: +3.1%.");
}

TEST(CareerCard, WhyItFitsNamesWhatTheLearnerLikes) {
    const core::AreaScores helperThinker{10, 80, 20, 95, 15, 40};
    CardViewer viewer;
    viewer.interests = &helperThinker;
    const CareerCard card = makeCareerCard(explorer(), indexOf(kNurse), g_cardLang, viewer);
    EXPECT_EQ(card.whyItFits, "You like helping people and figuring things out. This job has both.");
    const core::AreaScores flat{50, 50, 50, 50, 50, 50};
    viewer.interests = &flat;
    EXPECT_THAT(makeCareerCard(explorer(), indexOf(kNurse), g_cardLang, viewer).whyItFits, HasSubstr("no strong pattern"));
    EXPECT_THAT(makeCareerCard(explorer(), indexOf(kNurse), g_cardLang).whyItFits, HasSubstr("Take the"));
}

TEST(CareerCard, ValuesAndStrengthsTheLearnerHasAreMarked) {
    const FeaturedCareer* featured = catalog().featuredFor(indexOf(kNurse));
    ASSERT_NE(featured, nullptr);
    const WorkValue& value = catalog().workValues[static_cast<std::size_t>(featured->values.front())];
    const std::set<std::string> values = {value.id};
    const std::set<std::string> skills = {"no-such-skill"};
    CardViewer viewer;
    viewer.values = &values;
    viewer.skills = &skills;
    const CareerCard card = makeCareerCard(explorer(), indexOf(kNurse), g_cardLang, viewer);
    ASSERT_FALSE(card.values.empty());
    EXPECT_TRUE(card.values.front().mine);
    EXPECT_EQ(card.values.front().name, value.name.english());
    EXPECT_TRUE(std::none_of(card.skills.begin(), card.skills.end(), [](const CardTag& t) { return t.mine; }));
}

TEST(CareerCard, SpanishCardIsSpanishThroughout) {
    const LangScope spanish(kSpanish);
    const CareerCard card = makeCareerCard(explorer(), indexOf(kNurse), g_cardLang);
    EXPECT_EQ(card.title, catalog().occupations[indexOf(kNurse)].title.in(kSpanish));
    EXPECT_EQ(card.otherTitle, "Registered Nurses");
    EXPECT_EQ(card.payYear, "$93,600 al año");
    EXPECT_EQ(card.education, "Un título universitario de 4 años");
    EXPECT_THAT(card.about, Not(HasSubstr(" the ")));
    EXPECT_THAT(card.clusters, Contains("Salud y servicios humanos"));
    EXPECT_THAT(card.subClusters, Contains("Salud física"));
}

TEST(CareerCard, DollarsAreGroupedAndRounded) {
    EXPECT_EQ(formatDollars(93600, false), "$93,600");
    EXPECT_EQ(formatDollars(239200, false), "$239,200");
    EXPECT_EQ(formatDollars(1234567.4, false), "$1,234,567");
    EXPECT_EQ(formatDollars(45, true), "$45.00");
    EXPECT_EQ(formatDollars(23.333, true), "$23.33");
    EXPECT_EQ(formatDollars(45.999, true), "$46.00");
    EXPECT_EQ(formatDollars(999.5, false), "$1,000");
}
