// Font loading, measuring and glyph rasterising through libstb's stb_truetype; see font.hpp.
#include "report/font.hpp"

#include "report/utf8.hpp"

#include <stb/stb_truetype.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace pathlight::report {

struct Font::Impl {
    std::vector<unsigned char> bytes; // stbtt_fontinfo points into this
    stbtt_fontinfo info{};
    int ascent = 0;
    int descent = 0;
    int unitsPerEm = 1000;
};

namespace {

// Units per em from the 'head' table, so sizes mean the same thing here and in the PDF.
int unitsPerEm(const stbtt_fontinfo& info) {
    const float scale = stbtt_ScaleForMappingEmToPixels(&info, 1000.0f);
    return scale > 0.0f ? static_cast<int>(std::lround(1000.0f / scale)) : 1000;
}

} // namespace

FontFiles defaultFontFiles() {
    const std::string andika = "/usr/share/fonts/truetype/andika/";
    const std::string dejavu = "/usr/share/fonts/truetype/dejavu/";
    if (std::filesystem::exists(andika + "Andika-Regular.ttf")) {
        const std::string bold = std::filesystem::exists(andika + "Andika-Bold.ttf")
                                     ? andika + "Andika-Bold.ttf"
                                     : andika + "Andika-Regular.ttf";
        return {andika + "Andika-Regular.ttf", bold};
    }
    return {dejavu + "DejaVuSans.ttf", dejavu + "DejaVuSans-Bold.ttf"};
}

Font::Font(std::unique_ptr<Impl> impl, std::string path) : m_impl(std::move(impl)), m_path(std::move(path)) {}
Font::~Font() = default;

core::Result<std::shared_ptr<const Font>> Font::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return core::makeError("The font for printing is missing.", "cannot open font file " + path,
                               "report.font_missing");
    }
    auto impl = std::make_unique<Impl>();
    impl->bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    const int offset = stbtt_GetFontOffsetForIndex(impl->bytes.data(), 0);
    if (impl->bytes.empty() || offset < 0 || stbtt_InitFont(&impl->info, impl->bytes.data(), offset) == 0) {
        return core::makeError("The font for printing could not be read.", "not a TrueType font: " + path,
                               "report.font_invalid");
    }
    int lineGap = 0;
    stbtt_GetFontVMetrics(&impl->info, &impl->ascent, &impl->descent, &lineGap);
    impl->unitsPerEm = unitsPerEm(impl->info);
    return std::shared_ptr<const Font>(new Font(std::move(impl), path));
}

bool Font::hasGlyph(char32_t cp) const {
    return stbtt_FindGlyphIndex(&m_impl->info, static_cast<int>(cp)) != 0;
}

double Font::advance(char32_t cp, double size) const {
    int advanceWidth = 0;
    int leftBearing = 0;
    stbtt_GetCodepointHMetrics(&m_impl->info, static_cast<int>(cp), &advanceWidth, &leftBearing);
    return advanceWidth * size / m_impl->unitsPerEm;
}

double Font::measure(std::string_view utf8, double size) const {
    double width = 0.0;
    for (const char32_t cp : decodeUtf8(utf8)) {
        width += advance(cp, size);
    }
    return width;
}

double Font::ascent(double size) const {
    return m_impl->ascent * size / m_impl->unitsPerEm;
}
double Font::descent(double size) const {
    return -m_impl->descent * size / m_impl->unitsPerEm;
}

GlyphBitmap Font::rasterize(char32_t cp, double pixelSize) const {
    GlyphBitmap glyph;
    const float scale = stbtt_ScaleForMappingEmToPixels(&m_impl->info, static_cast<float>(pixelSize));
    int x0 = 0;
    int y0 = 0;
    int x1 = 0;
    int y1 = 0;
    stbtt_GetCodepointBitmapBox(&m_impl->info, static_cast<int>(cp), scale, scale, &x0, &y0, &x1, &y1);
    if (x1 <= x0 || y1 <= y0) {
        return glyph; // a space or an empty glyph
    }
    glyph.width = x1 - x0;
    glyph.height = y1 - y0;
    glyph.left = x0;
    glyph.top = y0;
    glyph.coverage.assign(static_cast<std::size_t>(glyph.width) * static_cast<std::size_t>(glyph.height), 0);
    stbtt_MakeCodepointBitmap(&m_impl->info, glyph.coverage.data(), glyph.width, glyph.height, glyph.width,
                              scale, scale, static_cast<int>(cp));
    return glyph;
}

core::Result<FontSet> FontSet::load(const FontFiles& files) {
    auto regular = Font::load(files.regular);
    if (!regular) {
        return regular.error();
    }
    auto bold = Font::load(files.bold.empty() ? files.regular : files.bold);
    if (!bold) {
        return bold.error();
    }
    FontSet set;
    set.m_regular = std::move(regular.value());
    set.m_bold = std::move(bold.value());
    set.m_files = files;
    if (set.m_files.bold.empty()) {
        set.m_files.bold = files.regular;
    }
    return set;
}

} // namespace pathlight::report
