// The drawing surface every printable page is laid out on, and the paper it is printed on.
// Layout code (cards, portfolio page, class reports) draws once against Canvas; PdfDocument and
// RasterCanvas turn the same calls into a PDF page or a PNG, so both outputs match.
// Coordinates are points (1/72 inch) from the page's top-left corner, y growing downward.
#pragma once

#include "report/font.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace pathlight::report {

enum class PaperSize { Letter, A4 };

struct PageGeometry {
    double width = 0;  // points
    double height = 0; // points
};

// Letter is 612 x 792 pt (8.5 x 11 in); A4 is 595.28 x 841.89 pt (210 x 297 mm).
PageGeometry pageGeometry(PaperSize paper);

struct Rgb {
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};

namespace colors {
constexpr Rgb kBlack{0, 0, 0};
constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kInk{28, 36, 52};       // body text: near-black, high contrast on white and on kTint
constexpr Rgb kMuted{80, 88, 104};    // captions; still 7:1 on white
constexpr Rgb kRule{150, 158, 172};   // lines and empty bar outlines
constexpr Rgb kAccent{30, 90, 160};   // bars and headings; prints as dark grey in black and white
constexpr Rgb kTint{226, 236, 248};   // panel backgrounds
constexpr Rgb kHidden{215, 215, 215}; // suppressed cells, always with a hatch and a "*"
} // namespace colors

// Fills never rely on colour alone: charts give each series its own pattern as well as a colour.
enum class Pattern { Solid, Diagonal, CrossHatch, Dots, Horizontal, Vertical };

struct Fill {
    Rgb color = colors::kAccent;
    Pattern pattern = Pattern::Solid;
    Rgb background = colors::kWhite; // under the pattern's lines; unused for Solid
};

struct Box {
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;
    double right() const { return x + w; }
    double bottom() const { return y + h; }
};

struct TextStyle {
    double size = 12;
    bool bold = false;
    Rgb color = colors::kInk;
};

// Pattern spacing in points, shared by both outputs so a printed chart looks the same either way.
constexpr double kPatternSpacing = 4.0;
constexpr double kPatternLine = 1.0;

class Canvas {
  public:
    virtual ~Canvas() = default;

    virtual const FontSet& fonts() const = 0;
    virtual PageGeometry page() const = 0;

    // Fills a box, with rounded corners when `radius` > 0.
    virtual void fill(const Box& box, const Fill& fill, double radius = 0) = 0;
    // Fills many boxes as one shape, with no seams where they touch (QR modules, heatmap cells).
    virtual void fillBoxes(const std::vector<Box>& boxes, Rgb color) = 0;
    virtual void stroke(const Box& box, Rgb color, double lineWidth, double radius = 0) = 0;
    virtual void line(double x0, double y0, double x1, double y1, Rgb color, double lineWidth,
                      bool dashed = false) = 0;
    // Draws UTF-8 text with its baseline at `baseline`, starting at `x`.
    virtual void text(double x, double baseline, std::string_view utf8, const TextStyle& style) = 0;

    double measure(std::string_view utf8, const TextStyle& style) const {
        return fonts().measure(utf8, style.size, style.bold);
    }
};

// Where pages go: a PDF document, a set of PNG images, or a counter used to number pages.
class PageSink {
  public:
    virtual ~PageSink() = default;
    virtual Canvas& newPage() = 0;
};

} // namespace pathlight::report
