// PDF output through libharu; see pdf_document.hpp.
#include "report/pdf_document.hpp"

#include "report/file_output.hpp"
#include "report/utf8.hpp"

#include <hpdf.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pathlight::report {

namespace {

// libharu reports errors through a callback; the first one is kept and turned into a Result.
struct HaruErrors {
    bool failed = false;
    unsigned long code = 0;
    unsigned long detail = 0;
};

void onHaruError(HPDF_STATUS code, HPDF_STATUS detail, void* userData) {
    auto* errors = static_cast<HaruErrors*>(userData);
    if (!errors->failed) {
        errors->failed = true;
        errors->code = code;
        errors->detail = detail;
    }
}

std::string haruDetail(const HaruErrors& errors) {
    char text[64];
    std::snprintf(text, sizeof text, "libharu error 0x%04lX (detail %lu)", errors.code, errors.detail);
    return text;
}

// Bézier control distance for a quarter circle.
constexpr double kKappa = 0.5522847498;

// Re-encodes text so libharu's UTF-8 encoder never meets a broken sequence.
std::string cleanUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t cp : decodeUtf8(text)) {
        appendUtf8(out, cp);
    }
    return out;
}

class PdfCanvas : public Canvas {
  public:
    PdfCanvas(const FontSet& fonts, PageGeometry page, HPDF_Page handle, HPDF_Font regular, HPDF_Font bold)
        : m_fonts(fonts), m_page(page), m_handle(handle), m_regular(regular), m_bold(bold) {}

    const FontSet& fonts() const override { return m_fonts; }
    PageGeometry page() const override { return m_page; }

    void fill(const Box& box, const Fill& paint, double radius) override {
        HPDF_Page_GSave(m_handle);
        setFill(paint.pattern == Pattern::Solid ? paint.color : paint.background);
        path(box, radius);
        if (paint.pattern == Pattern::Solid) {
            HPDF_Page_Fill(m_handle);
        } else {
            HPDF_Page_Clip(m_handle);
            HPDF_Page_Fill(m_handle);
            drawPattern(box, paint);
        }
        HPDF_Page_GRestore(m_handle);
    }

    void fillBoxes(const std::vector<Box>& boxes, Rgb color) override {
        if (boxes.empty()) {
            return;
        }
        setFill(color);
        for (const Box& box : boxes) {
            HPDF_Page_Rectangle(m_handle, f(box.x), f(m_page.height - box.bottom()), f(box.w), f(box.h));
        }
        HPDF_Page_Fill(m_handle);
    }

    void stroke(const Box& box, Rgb color, double lineWidth, double radius) override {
        HPDF_Page_SetLineWidth(m_handle, f(lineWidth));
        setStroke(color);
        path(box, radius);
        HPDF_Page_Stroke(m_handle);
    }

    void line(double x0, double y0, double x1, double y1, Rgb color, double lineWidth, bool dashed) override {
        HPDF_Page_GSave(m_handle);
        HPDF_Page_SetLineWidth(m_handle, f(lineWidth));
        setStroke(color);
        if (dashed) {
            const HPDF_UINT16 dash[] = {5, 3};
            HPDF_Page_SetDash(m_handle, dash, 2, 0);
        }
        HPDF_Page_MoveTo(m_handle, f(x0), f(m_page.height - y0));
        HPDF_Page_LineTo(m_handle, f(x1), f(m_page.height - y1));
        HPDF_Page_Stroke(m_handle);
        HPDF_Page_GRestore(m_handle);
    }

    void text(double x, double baseline, std::string_view utf8, const TextStyle& style) override {
        if (utf8.empty()) {
            return;
        }
        const std::string clean = cleanUtf8(utf8);
        HPDF_Page_BeginText(m_handle);
        HPDF_Page_SetFontAndSize(m_handle, style.bold ? m_bold : m_regular, f(style.size));
        setFill(style.color);
        HPDF_Page_TextOut(m_handle, f(x), f(m_page.height - baseline), clean.c_str());
        HPDF_Page_EndText(m_handle);
    }

  private:
    static HPDF_REAL f(double v) { return static_cast<HPDF_REAL>(v); }
    static HPDF_REAL unit(std::uint8_t c) { return static_cast<HPDF_REAL>(c / 255.0); }
    void setFill(Rgb c) { HPDF_Page_SetRGBFill(m_handle, unit(c.r), unit(c.g), unit(c.b)); }
    void setStroke(Rgb c) { HPDF_Page_SetRGBStroke(m_handle, unit(c.r), unit(c.g), unit(c.b)); }

    // Adds a (rounded) rectangle to the current path, in PDF's bottom-up coordinates.
    void path(const Box& box, double radius) {
        const double r = std::min({radius, box.w / 2, box.h / 2});
        const double left = box.x;
        const double right = box.right();
        const double top = m_page.height - box.y;
        const double bottom = m_page.height - box.bottom();
        if (r <= 0.0) {
            HPDF_Page_Rectangle(m_handle, f(left), f(bottom), f(box.w), f(box.h));
            return;
        }
        const double k = r * kKappa;
        HPDF_Page_MoveTo(m_handle, f(left + r), f(bottom));
        HPDF_Page_LineTo(m_handle, f(right - r), f(bottom));
        HPDF_Page_CurveTo(m_handle, f(right - r + k), f(bottom), f(right), f(bottom + r - k), f(right),
                          f(bottom + r));
        HPDF_Page_LineTo(m_handle, f(right), f(top - r));
        HPDF_Page_CurveTo(m_handle, f(right), f(top - r + k), f(right - r + k), f(top), f(right - r), f(top));
        HPDF_Page_LineTo(m_handle, f(left + r), f(top));
        HPDF_Page_CurveTo(m_handle, f(left + r - k), f(top), f(left), f(top - r + k), f(left), f(top - r));
        HPDF_Page_LineTo(m_handle, f(left), f(bottom + r));
        HPDF_Page_CurveTo(m_handle, f(left), f(bottom + r - k), f(left + r - k), f(bottom), f(left + r),
                          f(bottom));
        HPDF_Page_ClosePath(m_handle);
    }

    // Stripes and dots anchored to the page, the same bands RasterCanvas::patternInk paints.
    void drawPattern(const Box& box, const Fill& paint) {
        const double period = kPatternSpacing;
        const double H = m_page.height;
        setStroke(paint.color);
        setFill(paint.color);
        HPDF_Page_SetLineWidth(m_handle, f(kPatternLine));
        const auto segment = [&](double x0, double y0, double x1, double y1) {
            HPDF_Page_MoveTo(m_handle, f(x0), f(H - y0));
            HPDF_Page_LineTo(m_handle, f(x1), f(H - y1));
        };
        const auto diagonals = [&](int sign) {
            // Lines x + sign*y = c, with c on the band centres (k * period + line / 2) * sqrt(2).
            const double step = period * std::sqrt(2.0);
            const double offset = kPatternLine / 2 * std::sqrt(2.0);
            const double lo = sign > 0 ? box.x + box.y : box.x - box.bottom();
            const double hi = sign > 0 ? box.right() + box.bottom() : box.right() - box.y;
            for (double c = std::floor((lo - offset) / step) * step + offset; c <= hi + step; c += step) {
                // x = c - sign*y, drawn across the box's full height.
                segment(c - sign * (box.y - 1), box.y - 1, c - sign * (box.bottom() + 1), box.bottom() + 1);
            }
        };
        switch (paint.pattern) {
        case Pattern::Solid:
            return;
        case Pattern::Diagonal:
            diagonals(1);
            break;
        case Pattern::CrossHatch:
            diagonals(1);
            diagonals(-1);
            break;
        case Pattern::Horizontal:
            for (double y = std::floor(box.y / period) * period + kPatternLine / 2; y <= box.bottom();
                 y += period) {
                segment(box.x, y, box.right(), y);
            }
            break;
        case Pattern::Vertical:
            for (double x = std::floor(box.x / period) * period + kPatternLine / 2; x <= box.right();
                 x += period) {
                segment(x, box.y, x, box.bottom());
            }
            break;
        case Pattern::Dots:
            for (double y = std::floor(box.y / period) * period + period / 2; y <= box.bottom() + period;
                 y += period) {
                for (double x = std::floor(box.x / period) * period + period / 2; x <= box.right() + period;
                     x += period) {
                    HPDF_Page_Circle(m_handle, f(x), f(H - y), 0.8f);
                }
            }
            HPDF_Page_Fill(m_handle);
            return;
        }
        HPDF_Page_Stroke(m_handle);
    }

    const FontSet& m_fonts;
    PageGeometry m_page;
    HPDF_Page m_handle;
    HPDF_Font m_regular;
    HPDF_Font m_bold;
};

} // namespace

struct PdfDocument::State {
    HaruErrors errors;
    HPDF_Doc doc = nullptr;
    HPDF_Font regular = nullptr;
    HPDF_Font bold = nullptr;
    const FontSet* fonts = nullptr;
    PageGeometry page;
    std::vector<std::unique_ptr<PdfCanvas>> pages;

    ~State() {
        if (doc != nullptr) {
            HPDF_Free(doc);
        }
    }
};

PdfDocument::PdfDocument(std::unique_ptr<State> state) : m_state(std::move(state)) {}
PdfDocument::~PdfDocument() = default;

core::Result<std::unique_ptr<PdfDocument>> PdfDocument::create(const FontSet& fonts, PageGeometry page) {
    auto state = std::make_unique<State>();
    state->fonts = &fonts;
    state->page = page;
    state->doc = HPDF_New(onHaruError, &state->errors);
    if (state->doc == nullptr) {
        return core::makeError("The printout could not be started.", "HPDF_New failed", "report.pdf_failed");
    }
    HPDF_SetCompressionMode(state->doc, HPDF_COMP_ALL);
    HPDF_SetInfoAttr(state->doc, HPDF_INFO_CREATOR, "Pathlight");
    HPDF_UseUTFEncodings(state->doc);
    HPDF_SetCurrentEncoder(state->doc, "UTF-8");
    const FontFiles& files = fonts.files();
    const char* regularName = HPDF_LoadTTFontFromFile(state->doc, files.regular.c_str(), HPDF_TRUE);
    const char* boldName = files.bold == files.regular
                               ? regularName
                               : HPDF_LoadTTFontFromFile(state->doc, files.bold.c_str(), HPDF_TRUE);
    if (regularName == nullptr || boldName == nullptr || state->errors.failed) {
        return core::makeError("The font for printing could not be used.",
                               "cannot embed " + files.regular + " / " + files.bold + ": " +
                                   haruDetail(state->errors),
                               "report.font_invalid");
    }
    state->regular = HPDF_GetFont(state->doc, regularName, "UTF-8");
    state->bold = HPDF_GetFont(state->doc, boldName, "UTF-8");
    if (state->regular == nullptr || state->bold == nullptr || state->errors.failed) {
        return core::makeError("The font for printing could not be used.",
                               "no UTF-8 font for " + files.regular + ": " + haruDetail(state->errors),
                               "report.font_invalid");
    }
    return std::unique_ptr<PdfDocument>(new PdfDocument(std::move(state)));
}

Canvas& PdfDocument::newPage() {
    State& s = *m_state;
    HPDF_Page handle = HPDF_AddPage(s.doc);
    HPDF_Page_SetWidth(handle, static_cast<HPDF_REAL>(s.page.width));
    HPDF_Page_SetHeight(handle, static_cast<HPDF_REAL>(s.page.height));
    s.pages.push_back(std::make_unique<PdfCanvas>(*s.fonts, s.page, handle, s.regular, s.bold));
    return *s.pages.back();
}

std::size_t PdfDocument::pageCount() const {
    return m_state->pages.size();
}

core::Result<std::string> PdfDocument::bytes() {
    State& s = *m_state;
    const auto failure = [&s]() {
        return core::makeError("The printout could not be made.", haruDetail(s.errors), "report.pdf_failed");
    };
    if (s.errors.failed || s.pages.empty()) {
        return failure();
    }
    if (HPDF_SaveToStream(s.doc) != HPDF_OK) {
        return failure();
    }
    HPDF_ResetStream(s.doc);
    HPDF_UINT32 size = HPDF_GetStreamSize(s.doc);
    std::string out(size, '\0');
    // Reading exactly the stream's size never reaches its end, which libharu counts as an error.
    if (size == 0 || HPDF_ReadFromStream(s.doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &size) != HPDF_OK ||
        s.errors.failed) {
        return failure();
    }
    out.resize(size);
    return out;
}

core::Status PdfDocument::save(const std::filesystem::path& path) {
    auto data = bytes();
    if (!data) {
        return data.error();
    }
    return writeFileAtomically(path, data.value());
}

} // namespace pathlight::report
