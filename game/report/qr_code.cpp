// QR encoding with libqrencode and drawing; see qr_code.hpp.
#include "report/qr_code.hpp"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

namespace pathlight::report {

namespace {

// ECI designator 26 says "the bytes are UTF-8". Without it readers guess the text's charset, and
// zbar (like some phones) reads "ñ" as Shift-JIS. Plain ASCII needs no header.
constexpr unsigned int kEciUtf8 = 26;

bool isAscii(std::string_view text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

} // namespace

core::Result<QrMatrix> encodeQr(std::string_view utf8) {
    errno = 0;
    std::unique_ptr<QRinput, decltype(&QRinput_free)> input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    // Byte mode keeps UTF-8 as it is; version 0 lets libqrencode pick the smallest that fits.
    bool built = input != nullptr;
    if (built && !isAscii(utf8)) {
        built = QRinput_appendECIheader(input.get(), kEciUtf8) == 0;
    }
    if (built) {
        built = QRinput_append(input.get(), QR_MODE_8, static_cast<int>(utf8.size()),
                               reinterpret_cast<const unsigned char*>(utf8.data())) == 0;
    }
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(built ? QRcode_encodeInput(input.get()) : nullptr,
                                                         &QRcode_free);
    if (!code) {
        const int err = errno;
        if (err == ERANGE) {
            return core::makeError("This is too much text for a QR code.",
                                   std::to_string(utf8.size()) + " bytes do not fit a version 40-M QR code",
                                   "report.qr_too_long");
        }
        return core::makeError("The QR code could not be made.",
                               std::string("libqrencode: ") + std::strerror(err), "report.qr_failed");
    }
    QrMatrix qr;
    qr.size = code->width;
    qr.version = code->version;
    qr.dark.resize(static_cast<std::size_t>(qr.size) * static_cast<std::size_t>(qr.size));
    for (std::size_t i = 0; i < qr.dark.size(); ++i) {
        qr.dark[i] = static_cast<std::uint8_t>(code->data[i] & 1u); // bit 0: dark module
    }
    return qr;
}

void drawQr(Canvas& canvas, const QrMatrix& qr, const Box& box) {
    canvas.fill(box, Fill{colors::kWhite});
    const int total = qr.size + 2 * kQrQuietZone;
    const double module = std::min(box.w, box.h) / total;
    std::vector<Box> runs;
    for (int y = 0; y < qr.size; ++y) {
        int x = 0;
        while (x < qr.size) {
            if (!qr.isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < qr.size && qr.isDark(x, y)) {
                ++x;
            }
            runs.push_back(Box{box.x + (start + kQrQuietZone) * module, box.y + (y + kQrQuietZone) * module,
                               (x - start) * module, module});
        }
    }
    canvas.fillBoxes(runs, colors::kBlack);
}

RasterImage rasterizeQr(const QrMatrix& qr, int moduleSize) {
    RasterImage image;
    const int total = qr.size + 2 * kQrQuietZone;
    image.width = image.height = total * moduleSize;
    image.rgb.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3, 255);
    for (int py = 0; py < image.height; ++py) {
        const int my = py / moduleSize - kQrQuietZone;
        for (int px = 0; px < image.width; ++px) {
            const int mx = px / moduleSize - kQrQuietZone;
            if (mx >= 0 && my >= 0 && mx < qr.size && my < qr.size && qr.isDark(mx, my)) {
                const std::size_t at = (static_cast<std::size_t>(py) * static_cast<std::size_t>(image.width) +
                                        static_cast<std::size_t>(px)) *
                                       3;
                image.rgb[at] = image.rgb[at + 1] = image.rgb[at + 2] = 0;
            }
        }
    }
    return image;
}

} // namespace pathlight::report
