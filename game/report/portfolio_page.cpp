// Layout of the printable portfolio summary; see portfolio_page.hpp.
#include "report/portfolio_page.hpp"

#include "report/utf8.hpp"

#include <algorithm>

namespace pathlight::report {

namespace {

const TextStyle kBody{12.5, false, colors::kInk};
const TextStyle kBold{12.5, true, colors::kInk};
const TextStyle kSmall{10, false, colors::kMuted};

void drawFacts(PageFlow& flow, const FactsBlock& facts) {
    double labelWidth = 0;
    for (const auto& [label, value] : facts.rows) {
        labelWidth = std::max(labelWidth, flow.fonts().measure(label, kBold.size, true));
    }
    labelWidth = std::min(labelWidth + 12, flow.width() * 0.4);
    for (const auto& [label, value] : facts.rows) {
        const std::vector<std::string> lines =
            wrapText(flow.fonts(), value, kBody, flow.width() - labelWidth);
        flow.ensure(lineHeight(kBody));
        flow.canvas().text(flow.left(), flow.y() + kBody.size,
                           ellipsize(flow.fonts(), label, kBold, labelWidth - 8), kBold);
        for (const std::string& line : lines) {
            flow.ensure(lineHeight(kBody));
            flow.canvas().text(flow.left() + labelWidth, flow.y() + kBody.size, line, kBody);
            flow.advance(lineHeight(kBody));
        }
        flow.gap(2);
    }
}

void drawChecklist(PageFlow& flow, const ChecklistBlock& list) {
    const double box = 11;
    for (const auto& [item, done] : list.items) {
        const std::vector<std::string> lines = wrapText(flow.fonts(), item, kBody, flow.width() - 22);
        flow.ensure(lineHeight(kBody));
        Canvas& canvas = flow.canvas();
        const Box mark{flow.left() + 1, flow.y() + kBody.size - box + 1, box, box};
        canvas.stroke(mark, colors::kInk, 1, 2);
        if (done) {
            // A drawn tick, so "done" never depends on colour.
            canvas.line(mark.x + 2, mark.y + box * 0.55, mark.x + box * 0.42, mark.bottom() - 2, colors::kInk,
                        1.6);
            canvas.line(mark.x + box * 0.42, mark.bottom() - 2, mark.right() - 1.5, mark.y + 1.5,
                        colors::kInk, 1.6);
        }
        for (const std::string& line : lines) {
            flow.ensure(lineHeight(kBody));
            flow.canvas().text(flow.left() + 22, flow.y() + kBody.size, line, kBody);
            flow.advance(lineHeight(kBody));
        }
        flow.gap(3);
    }
}

void drawBlock(PageFlow& flow, const PortfolioBlock& block) {
    if (const auto* p = std::get_if<ParagraphBlock>(&block)) {
        flow.paragraph(p->text, kBody);
    } else if (const auto* b = std::get_if<BulletBlock>(&block)) {
        flow.bullets(b->items, kBody);
    } else if (const auto* bars = std::get_if<BarsBlock>(&block)) {
        BarStyle style;
        style.text = TextStyle{12, false, colors::kInk};
        double labelWidth = 0;
        for (const BarItem& item : bars->bars) {
            labelWidth = std::max(labelWidth, flow.fonts().measure(item.label, 12, true));
        }
        style.labelWidth = std::min(labelWidth + 10, flow.width() * 0.4);
        style.valueWidth = 70;
        style.rowHeight = 20;
        flow.bars(bars->bars, style);
        if (!bars->legend.empty()) {
            flow.paragraph(bars->legend, kSmall);
        }
    } else if (const auto* facts = std::get_if<FactsBlock>(&block)) {
        drawFacts(flow, *facts);
    } else if (const auto* list = std::get_if<ChecklistBlock>(&block)) {
        drawChecklist(flow, *list);
    }
    flow.gap(6);
}

} // namespace

PageLayout portfolioLayout(const PortfolioPage& portfolio) {
    return [portfolio](PageSink& sink, const FontSet& fonts, PageGeometry page) -> core::Status {
        Margins margins;
        margins.left = margins.right = 44;
        margins.top = 40;
        margins.bottom = 54;
        const auto footer = [&portfolio, page, margins](Canvas& canvas, int number, int pages) {
            const double baseline = page.height - margins.bottom + 28;
            canvas.line(margins.left, baseline - 14, page.width - margins.right, baseline - 14, colors::kRule,
                        0.5);
            canvas.text(margins.left, baseline, portfolio.footerNote, kSmall);
            std::string text = fillTemplate(portfolio.pageFooter, "page", std::to_string(number));
            text = fillTemplate(text, "pages", std::to_string(pages));
            drawTextRight(canvas, page.width - margins.right, baseline, text, kSmall);
        };
        const auto body = [&portfolio](PageFlow& flow) {
            const TextStyle title{24, true, colors::kInk};
            flow.paragraph(portfolio.title, title);
            for (const std::string& line : portfolio.subtitle) {
                flow.paragraph(line, TextStyle{12, false, colors::kMuted});
            }
            flow.gap(4);
            flow.canvas().line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), colors::kAccent,
                               1.5);
            flow.gap(14);
            for (const PortfolioSection& section : portfolio.sections) {
                flow.heading(section.heading, 16);
                for (const PortfolioBlock& block : section.blocks) {
                    drawBlock(flow, block);
                }
                flow.gap(8);
            }
        };
        layoutFlow(sink, fonts, page, margins, body, footer);
        return core::Status::success();
    };
}

} // namespace pathlight::report
