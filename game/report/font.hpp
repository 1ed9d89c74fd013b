// Fonts for printing: one TrueType face measured and rasterised with stb_truetype (libstb).
// Layout measures text with these metrics for both outputs, so the PDF (drawn by libharu from the
// same .ttf file) and the PNG break lines in the same places. Never defines STB_*_IMPLEMENTATION.
#pragma once

#include "core/result.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::report {

// Where the regular and bold faces live. The caller (the app's font setting) chooses them.
struct FontFiles {
    std::string regular;
    std::string bold;
};

// Andika (fonts-sil-andika) when installed, else DejaVu Sans (fonts-dejavu-core). Paths only: a
// missing file is reported when the fonts are loaded.
FontFiles defaultFontFiles();

// A glyph's coverage bitmap in pixels; (left, top) is its offset from the pen at the baseline.
struct GlyphBitmap {
    int width = 0;
    int height = 0;
    int left = 0;
    int top = 0;
    std::vector<std::uint8_t> coverage;
};

// One face. Sizes are in points (1/72 inch); 1 em = `size` points.
class Font {
  public:
    static core::Result<std::shared_ptr<const Font>> load(const std::string& path);
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    const std::string& path() const { return m_path; }
    bool hasGlyph(char32_t codePoint) const;
    double advance(char32_t codePoint, double size) const;
    double measure(std::string_view utf8, double size) const;
    double ascent(double size) const;  // above the baseline, positive
    double descent(double size) const; // below the baseline, positive
    GlyphBitmap rasterize(char32_t codePoint, double pixelSize) const;

  private:
    struct Impl;
    explicit Font(std::unique_ptr<Impl> impl, std::string path);
    std::unique_ptr<Impl> m_impl;
    std::string m_path;
};

// The regular and bold faces every page is set in.
class FontSet {
  public:
    static core::Result<FontSet> load(const FontFiles& files);
    const Font& face(bool bold) const { return bold ? *m_bold : *m_regular; }
    const FontFiles& files() const { return m_files; }
    double measure(std::string_view utf8, double size, bool bold = false) const {
        return face(bold).measure(utf8, size);
    }

  private:
    std::shared_ptr<const Font> m_regular;
    std::shared_ptr<const Font> m_bold;
    FontFiles m_files;
};

} // namespace pathlight::report
