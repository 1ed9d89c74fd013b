// PDF and PNG output of page layouts; see printing.hpp.
#include "report/printing.hpp"

#include "report/file_output.hpp"
#include "report/pdf_document.hpp"

namespace pathlight::report {

core::Result<std::string> renderPdf(const PageLayout& layout, const PrintOptions& options) {
    auto fonts = FontSet::load(options.fonts);
    if (!fonts) {
        return fonts.error();
    }
    const PageGeometry page = pageGeometry(options.paper);
    auto document = PdfDocument::create(fonts.value(), page);
    if (!document) {
        return document.error();
    }
    const core::Status drawn = layout(*document.value(), fonts.value(), page);
    if (!drawn) {
        return drawn.error();
    }
    return document.value()->bytes();
}

core::Result<std::vector<RasterImage>> renderImages(const PageLayout& layout, const PrintOptions& options) {
    if (options.dpi < 36 || options.dpi > 600) {
        return core::makeError("The picture size is not right.",
                               "dpi " + std::to_string(options.dpi) + " is outside 36-600", "report.bad_dpi");
    }
    auto fonts = FontSet::load(options.fonts);
    if (!fonts) {
        return fonts.error();
    }
    const PageGeometry page = pageGeometry(options.paper);
    RasterPages pages(fonts.value(), page, options.dpi);
    const core::Status drawn = layout(pages, fonts.value(), page);
    if (!drawn) {
        return drawn.error();
    }
    std::vector<RasterImage> images;
    for (std::size_t i = 0; i < pages.count(); ++i) {
        images.push_back(pages.image(i));
    }
    return images;
}

core::Status savePdf(const PageLayout& layout, const PrintOptions& options,
                     const std::filesystem::path& path) {
    auto bytes = renderPdf(layout, options);
    if (!bytes) {
        return bytes.error();
    }
    return writeFileAtomically(path, bytes.value());
}

core::Result<std::vector<std::filesystem::path>>
savePng(const PageLayout& layout, const PrintOptions& options, const std::filesystem::path& path) {
    auto images = renderImages(layout, options);
    if (!images) {
        return images.error();
    }
    std::vector<std::filesystem::path> written;
    for (std::size_t i = 0; i < images.value().size(); ++i) {
        std::filesystem::path target = path;
        if (i > 0) {
            target.replace_filename(path.stem().string() + "-" + std::to_string(i + 1) +
                                    path.extension().string());
        }
        const core::Status saved = writePng(images.value()[i], target);
        if (!saved) {
            return saved.error();
        }
        written.push_back(target);
    }
    return written;
}

} // namespace pathlight::report
