// Turns any printable layout into a PDF or PNG pages, with the paper, fonts and resolution the
// caller chooses. Every printout in this layer (career card, family talk card, portfolio page,
// class reports) is a PageLayout, so the app saves each the same way:
//     report::savePdf(report::careerCardLayout(card), options, "card.pdf");
#pragma once

#include "report/canvas.hpp"
#include "report/raster_canvas.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace pathlight::report {

struct PrintOptions {
    PaperSize paper = PaperSize::Letter;
    FontFiles fonts = defaultFontFiles(); // the app passes its reading-font setting
    int dpi = 150;                        // PNG resolution
};

// Draws pages onto `sink`. Returns an error only for input it cannot print at all.
using PageLayout = std::function<core::Status(PageSink& sink, const FontSet& fonts, PageGeometry page)>;

core::Result<std::string> renderPdf(const PageLayout& layout, const PrintOptions& options);
core::Result<std::vector<RasterImage>> renderImages(const PageLayout& layout, const PrintOptions& options);

core::Status savePdf(const PageLayout& layout, const PrintOptions& options,
                     const std::filesystem::path& path);
// Page 1 goes to `path`; further pages (a long portfolio) to "<stem>-2.png", "<stem>-3.png"...
// Returns the files written.
core::Result<std::vector<std::filesystem::path>>
savePng(const PageLayout& layout, const PrintOptions& options, const std::filesystem::path& path);

} // namespace pathlight::report
