// The printable portfolio summary for a family conference (issues 12 and 13): a title, a few
// subtitle lines, then sections of paragraphs, bullet lists, labelled bars, facts and checklists,
// running onto more pages when long, each page numbered. All text comes from the caller, already
// translated; the app decides what goes in (code and bars, clusters, careers, goals, journal...).
#pragma once

#include "report/labels.hpp"
#include "report/page_layout.hpp"
#include "report/printing.hpp"

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pathlight::report {

struct ParagraphBlock {
    std::string text;
};

struct BulletBlock {
    std::vector<std::string> items;
};

struct BarsBlock {
    std::vector<BarItem> bars; // every bar has its value printed; emphasis = solid, others hatched
    std::string legend;        // e.g. "Solid bars are the letters in my code."
};

// Label and value pairs, e.g. {"Interest code", "SE (Helper, Persuader)"}.
struct FactsBlock {
    std::vector<std::pair<std::string, std::string>> rows;
};

// Items with a drawn box, ticked when done: a goal's next steps.
struct ChecklistBlock {
    std::vector<std::pair<std::string, bool>> items;
};

using PortfolioBlock = std::variant<ParagraphBlock, BulletBlock, BarsBlock, FactsBlock, ChecklistBlock>;

struct PortfolioSection {
    std::string heading;
    std::vector<PortfolioBlock> blocks;
};

struct PortfolioPage {
    std::string title;                 // "Sam's portfolio"
    std::vector<std::string> subtitle; // "Grade 6 · Room 12", "Printed March 3, 2026"
    std::vector<PortfolioSection> sections;
    std::string pageFooter; // "Page {page} of {pages}" (key print.portfolio.page_footer)
    std::string footerNote; // printed left of the page number, e.g. "Pathlight portfolio"
};

PageLayout portfolioLayout(const PortfolioPage& page);

} // namespace pathlight::report
