// Paper sizes; see canvas.hpp.
#include "report/canvas.hpp"

namespace pathlight::report {

PageGeometry pageGeometry(PaperSize paper) {
    switch (paper) {
    case PaperSize::A4:
        return {595.276, 841.89};
    case PaperSize::Letter:
        break;
    }
    return {612.0, 792.0};
}

} // namespace pathlight::report
