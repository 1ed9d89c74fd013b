// Layout of the family talk card; see family_talk_card.hpp.
#include "report/family_talk_card.hpp"

#include "report/page_layout.hpp"

#include <algorithm>

namespace pathlight::report {

FamilyTalkText FamilyTalkText::fromStrings(const Translate& t) {
    FamilyTalkText text;
    text.title = t("print.family.title");
    text.intro = t("print.family.intro");
    for (int i = 1; i <= 5; ++i) {
        std::string question = t("print.family.question" + std::to_string(i));
        if (!question.empty()) {
            text.questions.push_back(std::move(question));
        }
    }
    text.nameLabel = t("print.family.name_label");
    text.notesHeading = t("print.family.notes_heading");
    text.footer = t("print.family.footer");
    return text;
}

namespace {

constexpr double kMargin = 30;
constexpr double kPad = 16;
const TextStyle kTitle{19, true, colors::kAccent};
const TextStyle kIntro{12.5, false, colors::kInk};
const TextStyle kQuestion{13.5, false, colors::kInk};
const TextStyle kNumber{13.5, true, colors::kAccent};
const TextStyle kLabel{13, true, colors::kInk};
const TextStyle kFooter{11, false, colors::kMuted};
constexpr double kNoteSpacing = 22;

// Draws one card inside `box` (or only measures it when `draw` is false); returns its height.
double layoutCard(Canvas& canvas, const FamilyTalkText& text, int noteLines, const Box& box, bool draw) {
    const FontSet& fonts = canvas.fonts();
    const double inner = box.w - 2 * kPad;
    double y = box.y + kPad;
    const auto paragraph = [&](std::string_view words, const TextStyle& style, double x, double width) {
        for (const std::string& line : wrapText(fonts, words, style, width)) {
            if (draw) {
                canvas.text(x, y + style.size, line, style);
            }
            y += lineHeight(style);
        }
    };
    paragraph(text.title, kTitle, box.x + kPad, inner);
    y += 2;
    paragraph(text.intro, kIntro, box.x + kPad, inner);
    y += 6;
    int number = 1;
    for (const std::string& question : text.questions) {
        const std::string label = std::to_string(number++) + ".";
        if (draw) {
            canvas.text(box.x + kPad, y + kQuestion.size, label, kNumber);
        }
        paragraph(question, kQuestion, box.x + kPad + 24, inner - 24);
        y += 2;
    }
    if (!text.nameLabel.empty()) {
        y += 8;
        if (draw) {
            canvas.text(box.x + kPad, y + kLabel.size, text.nameLabel, kLabel);
            const double after = box.x + kPad + fonts.measure(text.nameLabel, kLabel.size, true) + 8;
            canvas.line(after, y + kLabel.size + 3, after + std::min(220.0, box.right() - kPad - after),
                        y + kLabel.size + 3, colors::kRule, 0.75);
        }
        y += lineHeight(kLabel);
    }
    y += 6;
    paragraph(text.notesHeading, kLabel, box.x + kPad, inner);
    for (int i = 0; i < noteLines; ++i) {
        y += kNoteSpacing;
        if (draw) {
            canvas.line(box.x + kPad, y, box.right() - kPad, y, colors::kRule, 0.75);
        }
    }
    y += 8;
    if (!text.footer.empty()) {
        paragraph(text.footer, kFooter, box.x + kPad, inner);
    }
    const double height = y + kPad - box.y;
    if (draw) {
        canvas.stroke(Box{box.x, box.y, box.w, height}, colors::kAccent, 1.5, 12);
    }
    return height;
}

} // namespace

PageLayout familyTalkLayout(const FamilyTalkCard& card) {
    return [card](PageSink& sink, const FontSet& fonts, PageGeometry page) -> core::Status {
        if (card.versions.empty()) {
            return core::makeError("There is no card to print.", "FamilyTalkCard has no versions",
                                   "report.empty");
        }
        const double width = page.width - 2 * kMargin;
        const double halfHeight = page.height / 2 - kMargin - 12; // each half, keeping 12 pt from the cut
        NullCanvas measure(fonts, page);
        const int noteLines = std::clamp(card.noteLines, 0, 20);
        std::size_t i = 0;
        while (i < card.versions.size()) {
            Canvas& canvas = sink.newPage();
            const double first =
                layoutCard(measure, card.versions[i], noteLines, Box{kMargin, kMargin, width, 0}, false);
            const bool pair = i + 1 < card.versions.size() && first <= halfHeight &&
                              layoutCard(measure, card.versions[i + 1], noteLines, Box{kMargin, 0, width, 0},
                                         false) <= halfHeight;
            if (!pair) {
                // Alone on its page: the spare room becomes more lines to write on.
                const double spare = page.height - 2 * kMargin - first;
                const int extra = std::max(0, static_cast<int>(spare / kNoteSpacing) - 1);
                layoutCard(canvas, card.versions[i], noteLines + extra, Box{kMargin, kMargin, width, 0},
                           true);
                ++i;
                continue;
            }
            // Two cards: one in each half, with a dashed line to cut along.
            layoutCard(canvas, card.versions[i], noteLines, Box{kMargin, kMargin, width, 0}, true);
            const double middle = page.height / 2;
            canvas.line(kMargin / 2, middle, page.width - kMargin / 2, middle, colors::kRule, 0.75, true);
            if (fonts.face(false).hasGlyph(U'\u2702')) {
                canvas.fill(Box{kMargin - 2, middle - 9, 22, 18}, Fill{colors::kWhite});
                canvas.text(kMargin, middle + 5, "\u2702", TextStyle{14, false, colors::kMuted});
            }
            layoutCard(canvas, card.versions[i + 1], noteLines, Box{kMargin, middle + 12, width, 0}, true);
            i += 2;
        }
        return core::Status::success();
    };
}

} // namespace pathlight::report
