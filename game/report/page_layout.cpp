// Text wrapping, bars and the paginating flow; see page_layout.hpp.
#include "report/page_layout.hpp"

#include "report/utf8.hpp"

#include <algorithm>

namespace pathlight::report {

namespace {

// Splits one paragraph (no '\n') into lines.
void wrapParagraph(const FontSet& fonts, std::string_view text, const TextStyle& style, double width,
                   std::vector<std::string>& lines) {
    const double spaceWidth = fonts.measure(" ", style.size, style.bold);
    std::string line;
    double lineWidth = 0;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view word = text.substr(at, end - at);
        at = end + 1;
        if (word.empty()) {
            if (end == text.size()) {
                break;
            }
            continue;
        }
        double wordWidth = fonts.measure(word, style.size, style.bold);
        if (!line.empty() && lineWidth + spaceWidth + wordWidth <= width) {
            line += ' ';
            line += word;
            lineWidth += spaceWidth + wordWidth;
            continue;
        }
        if (!line.empty()) {
            lines.push_back(std::move(line));
            line.clear();
            lineWidth = 0;
        }
        // A word wider than the line is cut between characters.
        while (wordWidth > width) {
            std::string piece;
            double pieceWidth = 0;
            std::size_t used = 0;
            for (const char32_t cp : decodeUtf8(word)) {
                const double w = fonts.face(style.bold).advance(cp, style.size);
                if (!piece.empty() && pieceWidth + w > width) {
                    break;
                }
                const std::size_t before = piece.size();
                appendUtf8(piece, cp);
                used += piece.size() - before;
                pieceWidth += w;
            }
            lines.push_back(piece);
            word = word.substr(std::min(used, word.size()));
            wordWidth = fonts.measure(word, style.size, style.bold);
        }
        line = std::string(word);
        lineWidth = wordWidth;
    }
    lines.push_back(std::move(line));
}

} // namespace

std::vector<std::string> wrapText(const FontSet& fonts, std::string_view text, const TextStyle& style,
                                  double width) {
    std::vector<std::string> lines;
    std::size_t at = 0;
    for (;;) {
        const std::size_t end = text.find('\n', at);
        wrapParagraph(fonts,
                      text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at),
                      style, width, lines);
        if (end == std::string_view::npos) {
            break;
        }
        at = end + 1;
    }
    return lines;
}

std::string ellipsize(const FontSet& fonts, std::string_view text, const TextStyle& style, double width) {
    if (fonts.measure(text, style.size, style.bold) <= width) {
        return std::string(text);
    }
    const std::string dots = "\u2026";
    const double budget = width - fonts.measure(dots, style.size, style.bold);
    std::string out;
    double used = 0;
    for (const char32_t cp : decodeUtf8(text)) {
        const double w = fonts.face(style.bold).advance(cp, style.size);
        if (used + w > budget) {
            break;
        }
        appendUtf8(out, cp);
        used += w;
    }
    while (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out + dots;
}

TextStyle shrinkToFit(const FontSet& fonts, std::string_view text, TextStyle style, double width,
                      double minSize) {
    const double natural = fonts.measure(text, style.size, style.bold);
    if (natural > width && natural > 0) {
        style.size = std::max(minSize, style.size * width / natural);
    }
    return style;
}

void drawTextRight(Canvas& canvas, double right, double baseline, std::string_view text,
                   const TextStyle& style) {
    canvas.text(right - canvas.measure(text, style), baseline, text, style);
}

void drawTextCentered(Canvas& canvas, double centerX, double baseline, std::string_view text,
                      const TextStyle& style) {
    canvas.text(centerX - canvas.measure(text, style) / 2, baseline, text, style);
}

double drawParagraph(Canvas& canvas, const Box& area, std::string_view text, const TextStyle& style,
                     int maxLines) {
    std::vector<std::string> lines = wrapText(canvas.fonts(), text, style, area.w);
    if (maxLines > 0 && static_cast<int>(lines.size()) > maxLines) {
        lines.resize(static_cast<std::size_t>(maxLines));
        lines.back() = ellipsize(canvas.fonts(), lines.back() + " \u2026", style, area.w);
    }
    const double step = lineHeight(style);
    double baseline = area.y + style.size;
    for (const std::string& line : lines) {
        canvas.text(area.x, baseline, line, style);
        baseline += step;
    }
    return static_cast<double>(lines.size()) * step;
}

double drawBars(Canvas& canvas, const Box& area, const std::vector<BarItem>& bars, const BarStyle& style) {
    double y = area.y;
    const double barLeft = area.x + style.labelWidth;
    const double barWidth = std::max(area.w - style.labelWidth - style.valueWidth, 10.0);
    const double barHeight = std::min(style.rowHeight * 0.62, style.text.size * 1.1);
    for (const BarItem& bar : bars) {
        TextStyle label = style.text;
        label.bold = bar.emphasis;
        const double baseline = y + style.rowHeight / 2 + style.text.size * 0.35;
        canvas.text(area.x, baseline, ellipsize(canvas.fonts(), bar.label, label, style.labelWidth - 6),
                    label);
        const Box track{barLeft, y + (style.rowHeight - barHeight) / 2, barWidth, barHeight};
        const double share = bar.max > 0 ? std::clamp(bar.value / bar.max, 0.0, 1.0) : 0.0;
        if (share > 0) {
            canvas.fill(Box{track.x, track.y, track.w * share, track.h},
                        bar.emphasis ? style.emphasisFill : style.plainFill, 2);
        }
        canvas.stroke(track, colors::kRule, 0.75, 2);
        canvas.text(track.right() + 6, baseline, bar.valueText, label);
        y += style.rowHeight;
    }
    return y - area.y;
}

PageFlow::PageFlow(PageSink& sink, PageGeometry page, Margins margins, PageDecoration decorate,
                   int expectedPages)
    : m_sink(sink), m_page(page), m_margins(margins), m_decorate(std::move(decorate)),
      m_expectedPages(expectedPages) {}

Canvas& PageFlow::canvas() {
    if (m_canvas == nullptr) {
        newPage();
    }
    return *m_canvas;
}

void PageFlow::newPage() {
    if (m_canvas != nullptr && m_decorate) {
        m_decorate(*m_canvas, m_pageNumber, m_expectedPages);
    }
    m_canvas = &m_sink.newPage();
    ++m_pageNumber;
    m_y = m_margins.top;
}

void PageFlow::finish() {
    Canvas& last = canvas();
    if (m_decorate) {
        m_decorate(last, m_pageNumber, m_expectedPages);
    }
}

void PageFlow::ensure(double height) {
    canvas();
    // A block taller than a whole page is split by its caller; never loop on an empty page.
    if (m_y + height > bottom() && m_y > m_margins.top + 0.5) {
        newPage();
    }
}

void PageFlow::heading(std::string_view text, double size) {
    const TextStyle style{size, true, colors::kAccent};
    const std::vector<std::string> lines = wrapText(fonts(), text, style, width());
    // Keep a heading with at least two lines of what follows.
    ensure(static_cast<double>(lines.size()) * lineHeight(style) + 40);
    for (const std::string& line : lines) {
        canvas().text(left(), m_y + size, line, style);
        m_y += lineHeight(style);
    }
    m_y += size * 0.2;
}

void PageFlow::paragraph(std::string_view text, const TextStyle& style, double indent) {
    const std::vector<std::string> lines = wrapText(fonts(), text, style, width() - indent);
    for (const std::string& line : lines) {
        ensure(lineHeight(style));
        canvas().text(left() + indent, m_y + style.size, line, style);
        m_y += lineHeight(style);
    }
}

void PageFlow::bullets(const std::vector<std::string>& items, const TextStyle& style) {
    const double indent = style.size * 1.3;
    for (const std::string& item : items) {
        const std::vector<std::string> lines = wrapText(fonts(), item, style, width() - indent);
        ensure(lineHeight(style) * static_cast<double>(std::min<std::size_t>(lines.size(), 2)));
        canvas().text(left() + style.size * 0.2, m_y + style.size, "\u2022", style);
        for (const std::string& line : lines) {
            ensure(lineHeight(style));
            canvas().text(left() + indent, m_y + style.size, line, style);
            m_y += lineHeight(style);
        }
        m_y += style.size * 0.25;
    }
}

void PageFlow::bars(const std::vector<BarItem>& items, const BarStyle& style) {
    for (const BarItem& item : items) {
        ensure(style.rowHeight);
        m_y += drawBars(canvas(), Box{left(), m_y, width(), style.rowHeight}, {item}, style);
    }
}

void PageFlow::writeLines(int count, double spacing) {
    for (int i = 0; i < count; ++i) {
        ensure(spacing);
        m_y += spacing;
        canvas().line(left(), m_y, left() + width(), m_y, colors::kRule, 0.75);
    }
    m_y += 6;
}

void layoutFlow(PageSink& sink, const FontSet& fonts, PageGeometry page, Margins margins,
                const std::function<void(PageFlow&)>& body, const PageDecoration& decorate) {
    CountingSink counter(fonts, page);
    PageFlow dryRun(counter, page, margins);
    body(dryRun);
    dryRun.finish();
    PageFlow flow(sink, page, margins, decorate, counter.pages());
    body(flow);
    flow.finish();
}

} // namespace pathlight::report
