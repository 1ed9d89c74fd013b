// Rasterises a page into an RGB image (white paper) and encodes it as PNG with libstb's
// stbi_write_png. Text comes from stb_truetype glyphs (font.hpp); shapes are drawn here, with
// square edges snapped to whole pixels so QR modules stay crisp for a phone's camera.
// Knows nothing about what a page shows.
#pragma once

#include "report/canvas.hpp"

#include <filesystem>
#include <map>
#include <memory>
#include <tuple>

namespace pathlight::report {

struct RasterImage {
    int width = 0;                 // pixels
    int height = 0;                // pixels
    std::vector<std::uint8_t> rgb; // width * height * 3, top row first
};

class RasterCanvas : public Canvas {
  public:
    RasterCanvas(const FontSet& fonts, PageGeometry page, int dpi);

    const FontSet& fonts() const override { return m_fonts; }
    PageGeometry page() const override { return m_page; }
    void fill(const Box& box, const Fill& fill, double radius = 0) override;
    void fillBoxes(const std::vector<Box>& boxes, Rgb color) override;
    void stroke(const Box& box, Rgb color, double lineWidth, double radius = 0) override;
    void line(double x0, double y0, double x1, double y1, Rgb color, double lineWidth,
              bool dashed = false) override;
    void text(double x, double baseline, std::string_view utf8, const TextStyle& style) override;

    const RasterImage& image() const { return m_image; }
    int dpi() const { return m_dpi; }

  private:
    void blend(int px, int py, Rgb color, double alpha);
    void fillPixelRect(int x0, int y0, int x1, int y1, Rgb color);
    bool patternInk(Pattern pattern, int px, int py) const;
    const GlyphBitmap& glyph(bool bold, char32_t cp, double pixelSize);
    int toPx(double points) const;

    const FontSet& m_fonts;
    PageGeometry m_page;
    int m_dpi;
    double m_scale; // pixels per point
    RasterImage m_image;
    std::map<std::tuple<bool, char32_t, int>, GlyphBitmap> m_glyphs;
};

// Collects one RasterCanvas per page, for layouts that may run over several pages.
class RasterPages : public PageSink {
  public:
    RasterPages(const FontSet& fonts, PageGeometry page, int dpi)
        : m_fonts(fonts), m_page(page), m_dpi(dpi) {}
    Canvas& newPage() override;
    std::size_t count() const { return m_pages.size(); }
    const RasterImage& image(std::size_t index) const { return m_pages.at(index)->image(); }

  private:
    const FontSet& m_fonts;
    PageGeometry m_page;
    int m_dpi;
    std::vector<std::unique_ptr<RasterCanvas>> m_pages;
};

// PNG bytes of an image, with its physical size (pHYs) left out: printers take the pixel count.
core::Result<std::string> encodePng(const RasterImage& image);
core::Status writePng(const RasterImage& image, const std::filesystem::path& path);

} // namespace pathlight::report
