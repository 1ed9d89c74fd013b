// Page-layout helpers every printout shares: wrapping and shortening text, labelled bars, and
// PageFlow, a top-to-bottom cursor that starts a new page when the next block does not fit and
// numbers pages ("Page 2 of 3"). Draws only through Canvas, so one layout makes the PDF and the PNG.
#pragma once

#include "report/canvas.hpp"

#include <functional>
#include <string>
#include <vector>

namespace pathlight::report {

// Lines of `text` no wider than `width`, broken at spaces (a word longer than a line is cut
// between characters). Explicit '\n' starts a new line. Never returns an empty vector.
std::vector<std::string> wrapText(const FontSet& fonts, std::string_view text, const TextStyle& style,
                                  double width);

// `text`, shortened with "…" when it is wider than `width`.
std::string ellipsize(const FontSet& fonts, std::string_view text, const TextStyle& style, double width);

// `style` made smaller (down to `minSize`) until `text` fits `width`; the caller still ellipsizes
// what does not fit even then.
TextStyle shrinkToFit(const FontSet& fonts, std::string_view text, TextStyle style, double width,
                      double minSize);

// The distance from one baseline to the next.
inline double lineHeight(const TextStyle& style) {
    return style.size * 1.3;
}

void drawTextRight(Canvas& canvas, double right, double baseline, std::string_view text,
                   const TextStyle& style);
void drawTextCentered(Canvas& canvas, double centerX, double baseline, std::string_view text,
                      const TextStyle& style);
// Draws wrapped text from `top` (the top of the first line); returns the height used.
double drawParagraph(Canvas& canvas, const Box& area, std::string_view text, const TextStyle& style,
                     int maxLines = 0);

// One horizontal bar: its label on the left, the bar, and the value printed after it, so a bar
// never depends on its colour or length alone.
struct BarItem {
    std::string label;
    double value = 0;
    double max = 100;
    std::string valueText; // printed after the bar, e.g. "85" or "12 (40%)"
    bool emphasis = false; // bold label and solid fill; others are hatched
};

struct BarStyle {
    double labelWidth = 120; // points given to labels
    double valueWidth = 40;  // points given to the printed values
    double rowHeight = 22;
    TextStyle text{12, false, colors::kInk};
    Fill emphasisFill{colors::kAccent, Pattern::Solid};
    Fill plainFill{colors::kAccent, Pattern::Diagonal, colors::kTint};
};

// Draws the bars from `area.y` down; returns the height used.
double drawBars(Canvas& canvas, const Box& area, const std::vector<BarItem>& bars, const BarStyle& style);

struct Margins {
    double left = 40;
    double right = 40;
    double top = 40;
    double bottom = 50;
};

// Drawn on every page after its content, e.g. a footer with "Page {page} of {pages}".
using PageDecoration = std::function<void(Canvas& canvas, int page, int pages)>;

class PageFlow {
  public:
    PageFlow(PageSink& sink, PageGeometry page, Margins margins, PageDecoration decorate = {},
             int expectedPages = 0);

    Canvas& canvas();
    double y() const { return m_y; }
    void moveTo(double y) { m_y = y; }
    void advance(double height) { m_y += height; }
    double left() const { return m_margins.left; }
    double width() const { return m_page.width - m_margins.left - m_margins.right; }
    double bottom() const { return m_page.height - m_margins.bottom; }
    double remaining() const { return bottom() - m_y; }
    int pageNumber() const { return m_pageNumber; }
    int expectedPages() const { return m_expectedPages; }
    const FontSet& fonts() { return canvas().fonts(); }

    // Starts a new page unless `height` more points fit on this one.
    void ensure(double height);
    void newPage();
    // Decorates the last page; call once when the content is done.
    void finish();

    // Blocks; each keeps its first lines with what comes before and breaks between lines.
    void heading(std::string_view text, double size = 16);
    void paragraph(std::string_view text, const TextStyle& style, double indent = 0);
    void bullets(const std::vector<std::string>& items, const TextStyle& style);
    void bars(const std::vector<BarItem>& items, const BarStyle& style);
    // `count` ruled lines to write on by hand.
    void writeLines(int count, double spacing = 26);
    void gap(double points) { m_y += points; }

  private:
    PageSink& m_sink;
    PageGeometry m_page;
    Margins m_margins;
    PageDecoration m_decorate;
    Canvas* m_canvas = nullptr;
    double m_y = 0;
    int m_pageNumber = 0;
    int m_expectedPages = 0;
};

// A canvas that draws nothing: lays a page out only to count pages or measure height.
class NullCanvas : public Canvas {
  public:
    NullCanvas(const FontSet& fonts, PageGeometry page) : m_fonts(fonts), m_page(page) {}
    const FontSet& fonts() const override { return m_fonts; }
    PageGeometry page() const override { return m_page; }
    void fill(const Box&, const Fill&, double) override {}
    void fillBoxes(const std::vector<Box>&, Rgb) override {}
    void stroke(const Box&, Rgb, double, double) override {}
    void line(double, double, double, double, Rgb, double, bool) override {}
    void text(double, double, std::string_view, const TextStyle&) override {}

  private:
    const FontSet& m_fonts;
    PageGeometry m_page;
};

// Lays `body` out twice: once on a CountingSink to learn the page count, then on `sink` with
// `decorate` told "page N of M" on every page.
void layoutFlow(PageSink& sink, const FontSet& fonts, PageGeometry page, Margins margins,
                const std::function<void(PageFlow&)>& body, const PageDecoration& decorate);

class CountingSink : public PageSink {
  public:
    CountingSink(const FontSet& fonts, PageGeometry page) : m_canvas(fonts, page) {}
    Canvas& newPage() override {
        ++m_pages;
        return m_canvas;
    }
    int pages() const { return m_pages; }

  private:
    NullCanvas m_canvas;
    int m_pages = 0;
};

} // namespace pathlight::report
