// Page rasteriser and PNG encoder; see raster_canvas.hpp.
#include "report/raster_canvas.hpp"

#include "report/file_output.hpp"
#include "report/utf8.hpp"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>

namespace pathlight::report {

namespace {

double clamp01(double v) {
    return std::clamp(v, 0.0, 1.0);
}

// Signed distance from point (px, py) to a box with rounded corners; negative inside.
double roundedBoxDistance(double px, double py, double cx, double cy, double halfW, double halfH,
                          double radius) {
    const double qx = std::abs(px - cx) - (halfW - radius);
    const double qy = std::abs(py - cy) - (halfH - radius);
    const double outside = std::hypot(std::max(qx, 0.0), std::max(qy, 0.0));
    const double inside = std::min(std::max(qx, qy), 0.0);
    return outside + inside - radius;
}

} // namespace

RasterCanvas::RasterCanvas(const FontSet& fonts, PageGeometry page, int dpi)
    : m_fonts(fonts), m_page(page), m_dpi(dpi), m_scale(dpi / 72.0) {
    m_image.width = static_cast<int>(std::lround(page.width * m_scale));
    m_image.height = static_cast<int>(std::lround(page.height * m_scale));
    m_image.rgb.assign(static_cast<std::size_t>(m_image.width) * static_cast<std::size_t>(m_image.height) * 3,
                       255);
}

int RasterCanvas::toPx(double points) const {
    return static_cast<int>(std::lround(points * m_scale));
}

void RasterCanvas::blend(int px, int py, Rgb color, double alpha) {
    if (px < 0 || py < 0 || px >= m_image.width || py >= m_image.height || alpha <= 0.0) {
        return;
    }
    const std::size_t at = (static_cast<std::size_t>(py) * static_cast<std::size_t>(m_image.width) +
                            static_cast<std::size_t>(px)) *
                           3;
    const double a = std::min(alpha, 1.0);
    const auto mix = [a](std::uint8_t dst, std::uint8_t src) {
        return static_cast<std::uint8_t>(std::lround(dst + (src - dst) * a));
    };
    m_image.rgb[at] = mix(m_image.rgb[at], color.r);
    m_image.rgb[at + 1] = mix(m_image.rgb[at + 1], color.g);
    m_image.rgb[at + 2] = mix(m_image.rgb[at + 2], color.b);
}

void RasterCanvas::fillPixelRect(int x0, int y0, int x1, int y1, Rgb color) {
    x0 = std::max(x0, 0);
    y0 = std::max(y0, 0);
    x1 = std::min(x1, m_image.width);
    y1 = std::min(y1, m_image.height);
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x) {
            const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(m_image.width) +
                                    static_cast<std::size_t>(x)) *
                                   3;
            m_image.rgb[at] = color.r;
            m_image.rgb[at + 1] = color.g;
            m_image.rgb[at + 2] = color.b;
        }
    }
}

// Patterns are anchored to the page, in points, exactly as the PDF draws them.
bool RasterCanvas::patternInk(Pattern pattern, int px, int py) const {
    const double x = (px + 0.5) / m_scale;
    const double y = (py + 0.5) / m_scale;
    const double period = kPatternSpacing;
    const auto stripe = [&](double along) {
        const double m = std::fmod(along, period);
        return (m < 0 ? m + period : m) < kPatternLine;
    };
    switch (pattern) {
    case Pattern::Solid:
        return true;
    case Pattern::Diagonal:
        return stripe((x + y) / std::sqrt(2.0));
    case Pattern::CrossHatch:
        return stripe((x + y) / std::sqrt(2.0)) || stripe((x - y) / std::sqrt(2.0));
    case Pattern::Horizontal:
        return stripe(y);
    case Pattern::Vertical:
        return stripe(x);
    case Pattern::Dots: {
        const double cx = std::fmod(x, period) - period / 2;
        const double cy = std::fmod(y, period) - period / 2;
        return cx * cx + cy * cy < 0.8 * 0.8;
    }
    }
    return true;
}

void RasterCanvas::fill(const Box& box, const Fill& paint, double radius) {
    const int x0 = toPx(box.x);
    const int y0 = toPx(box.y);
    const int x1 = toPx(box.right());
    const int y1 = toPx(box.bottom());
    const double r = std::min({radius, box.w / 2, box.h / 2}) * m_scale;
    const double cx = (box.x + box.w / 2) * m_scale;
    const double cy = (box.y + box.h / 2) * m_scale;
    const double halfW = box.w * m_scale / 2;
    const double halfH = box.h * m_scale / 2;
    if (r <= 0.0 && paint.pattern == Pattern::Solid) {
        fillPixelRect(x0, y0, x1, y1, paint.color);
        return;
    }
    for (int y = std::max(y0 - 1, 0); y < std::min(y1 + 1, m_image.height); ++y) {
        for (int x = std::max(x0 - 1, 0); x < std::min(x1 + 1, m_image.width); ++x) {
            double coverage = 1.0;
            if (r > 0.0) {
                coverage = clamp01(0.5 - roundedBoxDistance(x + 0.5, y + 0.5, cx, cy, halfW, halfH, r));
            } else if (x < x0 || x >= x1 || y < y0 || y >= y1) {
                coverage = 0.0;
            }
            if (coverage <= 0.0) {
                continue;
            }
            const bool ink = patternInk(paint.pattern, static_cast<int>(x), static_cast<int>(y));
            blend(static_cast<int>(x), static_cast<int>(y), ink ? paint.color : paint.background, coverage);
        }
    }
}

void RasterCanvas::fillBoxes(const std::vector<Box>& boxes, Rgb color) {
    for (const Box& box : boxes) {
        fillPixelRect(toPx(box.x), toPx(box.y), toPx(box.right()), toPx(box.bottom()), color);
    }
}

void RasterCanvas::stroke(const Box& box, Rgb color, double lineWidth, double radius) {
    const double width = std::max(lineWidth * m_scale, 1.0);
    if (radius <= 0.0) {
        const int w = std::max(1, static_cast<int>(std::lround(width)));
        const int x0 = toPx(box.x);
        const int y0 = toPx(box.y);
        const int x1 = toPx(box.right());
        const int y1 = toPx(box.bottom());
        const int half = w / 2;
        fillPixelRect(x0 - half, y0 - half, x1 - half + w, y0 - half + w, color); // top
        fillPixelRect(x0 - half, y1 - half, x1 - half + w, y1 - half + w, color); // bottom
        fillPixelRect(x0 - half, y0 - half, x0 - half + w, y1 - half + w, color); // left
        fillPixelRect(x1 - half, y0 - half, x1 - half + w, y1 - half + w, color); // right
        return;
    }
    const double r = std::min({radius, box.w / 2, box.h / 2}) * m_scale;
    const double cx = (box.x + box.w / 2) * m_scale;
    const double cy = (box.y + box.h / 2) * m_scale;
    const double halfW = box.w * m_scale / 2;
    const double halfH = box.h * m_scale / 2;
    const int pad = static_cast<int>(std::lround(width)) + 2;
    for (int y = std::max(toPx(box.y) - pad, 0); y < std::min(toPx(box.bottom()) + pad, m_image.height);
         ++y) {
        for (int x = std::max(toPx(box.x) - pad, 0); x < std::min(toPx(box.right()) + pad, m_image.width);
             ++x) {
            const double d = std::abs(roundedBoxDistance(x + 0.5, y + 0.5, cx, cy, halfW, halfH, r));
            blend(static_cast<int>(x), static_cast<int>(y), color, clamp01(width / 2 + 0.5 - d));
        }
    }
}

void RasterCanvas::line(double x0, double y0, double x1, double y1, Rgb color, double lineWidth,
                        bool dashed) {
    const double ax = x0 * m_scale;
    const double ay = y0 * m_scale;
    const double bx = x1 * m_scale;
    const double by = y1 * m_scale;
    const double width = std::max(lineWidth * m_scale, 1.0);
    const double dx = bx - ax;
    const double dy = by - ay;
    const double length2 = dx * dx + dy * dy;
    const double dashOn = 5.0 * m_scale;
    const double dashPeriod = 8.0 * m_scale;
    const int pad = static_cast<int>(std::lround(width)) + 1;
    const int left = std::max(static_cast<int>(std::lround(std::min(ax, bx))) - pad, 0);
    const int right = std::min(static_cast<int>(std::lround(std::max(ax, bx))) + pad, m_image.width);
    const int top = std::max(static_cast<int>(std::lround(std::min(ay, by))) - pad, 0);
    const int bottom = std::min(static_cast<int>(std::lround(std::max(ay, by))) + pad, m_image.height);
    for (int y = top; y < bottom; ++y) {
        for (int x = left; x < right; ++x) {
            const double px = x + 0.5 - ax;
            const double py = y + 0.5 - ay;
            const double t = length2 > 0 ? std::clamp((px * dx + py * dy) / length2, 0.0, 1.0) : 0.0;
            if (dashed && std::fmod(t * std::sqrt(length2), dashPeriod) > dashOn) {
                continue;
            }
            const double d = std::hypot(px - t * dx, py - t * dy);
            blend(static_cast<int>(x), static_cast<int>(y), color, clamp01(width / 2 + 0.5 - d));
        }
    }
}

const GlyphBitmap& RasterCanvas::glyph(bool bold, char32_t cp, double pixelSize) {
    const auto key = std::make_tuple(bold, cp, static_cast<int>(std::lround(pixelSize * 4)));
    auto found = m_glyphs.find(key);
    if (found == m_glyphs.end()) {
        found = m_glyphs.emplace(key, m_fonts.face(bold).rasterize(cp, pixelSize)).first;
    }
    return found->second;
}

void RasterCanvas::text(double x, double baseline, std::string_view utf8, const TextStyle& style) {
    const Font& face = m_fonts.face(style.bold);
    const double pixelSize = style.size * m_scale;
    double pen = x * m_scale;
    const int base = toPx(baseline);
    for (const char32_t cp : decodeUtf8(utf8)) {
        const GlyphBitmap& g = glyph(style.bold, cp, pixelSize);
        const int originX = static_cast<int>(std::lround(pen));
        for (int gy = 0; gy < g.height; ++gy) {
            for (int gx = 0; gx < g.width; ++gx) {
                const std::uint8_t c =
                    g.coverage[static_cast<std::size_t>(gy) * static_cast<std::size_t>(g.width) +
                               static_cast<std::size_t>(gx)];
                if (c != 0) {
                    blend(static_cast<int>(originX + g.left + gx), static_cast<int>(base + g.top + gy),
                          style.color, c / 255.0);
                }
            }
        }
        pen += face.advance(cp, style.size) * m_scale;
    }
}

Canvas& RasterPages::newPage() {
    m_pages.push_back(std::make_unique<RasterCanvas>(m_fonts, m_page, m_dpi));
    return *m_pages.back();
}

namespace {

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                               static_cast<std::size_t>(size));
}

} // namespace

core::Result<std::string> encodePng(const RasterImage& image) {
    std::string bytes;
    if (image.width <= 0 || image.height <= 0 ||
        stbi_write_png_to_func(appendBytes, &bytes, image.width, image.height, 3, image.rgb.data(),
                               image.width * 3) == 0) {
        return core::makeError("The picture could not be made.",
                               "stbi_write_png failed for " + std::to_string(image.width) + "x" +
                                   std::to_string(image.height),
                               "report.png_failed");
    }
    return bytes;
}

core::Status writePng(const RasterImage& image, const std::filesystem::path& path) {
    auto bytes = encodePng(image);
    if (!bytes) {
        return bytes.error();
    }
    return writeFileAtomically(path, bytes.value());
}

} // namespace pathlight::report
