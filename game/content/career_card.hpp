// CareerCard: every field of a career card as text in the current language — what the job is (a
// featured write-up or plain facts), a day in the life, the interest code in kid names and why it
// fits this learner, school in plain words, pay (yearly and hourly, top-coded and missing wages
// said so), growth in words against the 3.1 % average, clusters and sub-clusters, school subjects,
// clubs and competitions, related careers, and the values and strengths the job draws on.
// The screen and `pathlight-tool careers show` both build their text here, so they never disagree.
// Pure C++: reads the Catalog and its Strings; no UI.
#pragma once

#include "content/career_explorer.hpp"
#include "content/catalog.hpp"
#include "core/riasec.hpp"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace pathlight::content {

// What the card may know about the learner looking at it (all optional).
struct CardViewer {
    const core::AreaScores* interests = nullptr; // 0–100, from the interest quiz
    const std::set<std::string>* values = nullptr; // ids of the learner's top work values
    const std::set<std::string>* skills = nullptr; // ids of the learner's strong skills
};

// A value or strength on the card, and whether it is one of the learner's own.
struct CardTag {
    std::string name;
    bool mine = false;
};

struct CareerCard {
    std::size_t occupation = 0;
    std::string code;            // "29-1141.00"
    std::string title;           // in the current language
    std::string otherTitle;      // the title in the other language
    std::string icon;            // Font Awesome name ("" for careers without a write-up)
    bool featured = false;
    std::string about;           // featured description, or a plain-facts line
    std::string day;             // "a day in the life" ("" when not featured)
    std::string interestCode;    // "SIC"
    std::string interestNames;   // "Helper · Thinker · Organizer"
    std::string whyItFits;       // for this learner; asks for the quiz when there is no result
    std::string education;       // "A 4-year college degree"
    std::string preparation;     // "Job zone 4 of 5: 4-year college"
    std::string payYear;         // "$93,600 a year", "more than $239,200 a year", or why there is none
    std::string payHour;         // "about $45.00 an hour" ("" when not published)
    std::string growth;          // "Growing faster than most jobs: +4.9% from 2024 to 2034 (all jobs: +3.1%)"
    std::vector<std::string> clusters;    // names
    std::vector<std::string> subClusters; // names
    std::vector<std::string> subjects;    // names
    std::vector<std::string> programs;    // "MATHCOUNTS (competition, grades 6–8): You solve …"
    std::vector<std::size_t> related;     // occupation indexes
    std::vector<CardTag> values;          // kid names of the work values it offers
    std::vector<CardTag> skills;          // names of the strengths it uses
};

inline constexpr std::size_t kCardRelated = 5;
inline constexpr std::size_t kCardPrograms = 4;

// Builds the card in `lang`.
CareerCard makeCareerCard(const CareerExplorer& explorer, std::size_t occupation, Lang lang,
                          const CardViewer& viewer = {});

// Growth words for a 2024–34 change in percent (the string key, e.g. "growth.faster"); thresholds
// are documented in content/README.md.
std::string growthKey(double percent);

// "Helper · Thinker · Organizer" for the interest code "SIC", in the language of `text`.
std::string interestNames(const Text& text, const std::string& code);

// "$93,600" / "$45.00".
std::string formatDollars(double amount, bool cents);

} // namespace pathlight::content
