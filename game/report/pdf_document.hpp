// Builds a PDF with libharu (libhpdf): pages of one size, text in the caller's TrueType faces
// embedded as UTF-8 (Type0, Identity-H) so accents and ñ print, shapes and patterns. Each page is
// a Canvas; layout code never calls libharu itself. Knows nothing about what a page shows.
#pragma once

#include "report/canvas.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace pathlight::report {

class PdfDocument : public PageSink {
  public:
    // Fails with a plain message when libharu cannot start or a font cannot be embedded.
    static core::Result<std::unique_ptr<PdfDocument>> create(const FontSet& fonts, PageGeometry page);
    ~PdfDocument() override;
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    Canvas& newPage() override;
    std::size_t pageCount() const;

    // The finished file's bytes. Any drawing error met on the way is reported here.
    core::Result<std::string> bytes();
    core::Status save(const std::filesystem::path& path);

    struct State; // libharu handles; defined in pdf_document.cpp

  private:
    explicit PdfDocument(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace pathlight::report
