// QR codes: encodes a UTF-8 text with libqrencode (byte mode, error correction level M, the
// smallest version that fits) into a module matrix, and draws it on a Canvas or a PNG with the
// standard quiet zone. The kiosk's full-screen QR can draw the same matrix itself.
#pragma once

#include "report/canvas.hpp"
#include "report/raster_canvas.hpp"

#include <string_view>
#include <vector>

namespace pathlight::report {

// The blank border a reader needs around the code, in modules (ISO/IEC 18004).
constexpr int kQrQuietZone = 4;

struct QrMatrix {
    int size = 0;                   // modules per side, without the quiet zone
    int version = 0;                // 1-40
    std::vector<std::uint8_t> dark; // size * size, row by row; 1 = dark
    bool isDark(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// Fails (code "report.qr_too_long") when the text does not fit in a version-40 code.
core::Result<QrMatrix> encodeQr(std::string_view utf8);

// Draws the code so the whole square `box` (quiet zone included) is the symbol: white square,
// dark modules as one shape. `box` should be square.
void drawQr(Canvas& canvas, const QrMatrix& qr, const Box& box);

// The code alone as an image: `moduleSize` pixels per module, quiet zone included.
RasterImage rasterizeQr(const QrMatrix& qr, int moduleSize);

} // namespace pathlight::report
