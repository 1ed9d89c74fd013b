// The take-home "Ask a grown-up about their work" card (issue 12): a prompt card a student takes
// home, asks a family member or neighbour about their job, writes notes on, and brings back to log
// as an experience. Two versions (say English and Spanish) share one sheet with a cut line; all
// text comes from the caller. Never assumes a family situation: the wording is the caller's.
#pragma once

#include "report/labels.hpp"
#include "report/printing.hpp"

#include <string>
#include <vector>

namespace pathlight::report {

struct FamilyTalkText {
    std::string title;                  // "Ask a grown-up about their work"
    std::string intro;                  // who to ask and how, in one or two sentences
    std::vector<std::string> questions; // printed numbered
    std::string nameLabel;              // "My name:" (a line to write on), or empty
    std::string notesHeading;           // "What I found out"
    std::string footer;                 // "Bring this card back to class!"

    // Keys: print.family.title, print.family.intro, print.family.question1 ... question5 (empty
    // ones are skipped), print.family.name_label, print.family.notes_heading, print.family.footer.
    static FamilyTalkText fromStrings(const Translate& t);
};

struct FamilyTalkCard {
    std::vector<FamilyTalkText> versions; // each one its own card; two fit on a page
    int noteLines = 3;                    // ruled lines for notes; a card alone on its page gets more
};

PageLayout familyTalkLayout(const FamilyTalkCard& card);

} // namespace pathlight::report
