// "My career card" (issue 12): one printable page, Letter or A4, as PDF or PNG, with the learner's
// nickname, interest code and its words, the six interest bars, top clusters, up to 3 saved
// careers, one goal and a QR code that any phone reads as plain text. Takes a plain struct with
// every text already translated; never reads the store or content.
#pragma once

#include "report/labels.hpp"
#include "report/printing.hpp"
#include "report/qr_code.hpp"

#include <string>
#include <vector>

namespace pathlight::report {

// The QR text stays under this many bytes so the code stays small and easy to scan (version 13-M
// holds 331 bytes; a 300-byte text prints at about 2.7 mm a module on the card).
constexpr std::size_t kCardPayloadLimit = 300;
constexpr std::size_t kCardShownCareers = 3;
constexpr std::size_t kCardShownClusters = 3;

struct CareerCardLabels {
    std::string title;           // "My career card"
    std::string codeHeading;     // "My interest code"
    std::string noCode;          // "Take the interest quiz to find your code!"
    std::string barsHeading;     // "What I like"
    std::string barsLegend;      // "Solid bars are the letters in my code."
    std::string clustersHeading; // "Career areas for me"
    std::string noClusters;      // "Take the quiz to see your career areas."
    std::string careersHeading;  // "Careers I saved"
    std::string noCareers;       // "No saved careers yet. Tap the heart on a career you like!"
    std::string goalHeading;     // "My goal"
    std::string noGoal;          // "I have not set a goal yet."
    std::string qrCaption;       // "Scan with a phone to read my card."
    std::string footer;          // "Made with Pathlight"
    // Words inside the QR text, in the card's language.
    std::string payloadCode;     // "Code"
    std::string payloadClusters; // "Clusters"
    std::string payloadCareers;  // "Careers"
    std::string payloadMore;     // "+{n} more"

    // Keys: print.card.title, print.card.code_heading, print.card.no_code, print.card.bars_heading,
    // print.card.bars_legend, print.card.clusters_heading, print.card.no_clusters,
    // print.card.careers_heading, print.card.no_careers, print.card.goal_heading, print.card.no_goal,
    // print.card.qr_caption, print.card.footer, print.card.payload_code, print.card.payload_clusters,
    // print.card.payload_careers, print.card.payload_more.
    static CareerCardLabels fromStrings(const Translate& t);
};

// One interest area's bar, e.g. {'S', "Helper", 85, true}.
struct AreaBar {
    char letter = 'R';
    std::string name; // the kid word for the area
    int score = 0;    // 0-100
    bool inCode = false;
};

struct SavedCareer {
    std::string code;  // O*NET-SOC code, e.g. "29-1141.00"
    std::string title; // in the card's language
};

struct CareerCard {
    std::string nickname;
    std::string code;                     // "SA"; empty before the quiz
    std::vector<std::string> codeWords;   // the code's words, e.g. {"Helper", "Persuader"}
    std::vector<AreaBar> bars;            // the six areas, in the order to print
    std::vector<std::string> topClusters; // best first; the first 3 print
    std::vector<SavedCareer> careers;     // the first 3 print
    std::string goal;                     // one goal, or empty
    std::string date;                     // already formatted for the language, e.g. "March 3, 2026"
    CareerCardLabels labels;
};

// The QR text: "Pathlight · Sam · Code SA (Helper, Persuader) · Clusters: Health, Education ·
// Careers: 29-1141.00 Registered nurse; 21-1012.00 School counselor". Only the nickname is
// personal (never the goal or date). At most kCardPayloadLimit bytes: careers that do not fit
// lose their title, then are dropped with "+N more"; a long nickname or cluster is shortened.
std::string cardQrPayload(const CareerCard& card);

// The card on one page.
PageLayout careerCardLayout(const CareerCard& card);

} // namespace pathlight::report
