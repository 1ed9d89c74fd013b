// A learner's own settings: the language they read in, their text size and reading font, and
// (used by games and later by read-aloud) reduced motion and read-aloud. They travel in the
// portfolio file as a revision of kind "settings", so a kid's Spanish and big text follow them to
// the next kiosk. Device settings (the class folder, the default language) are apart: see
// app/device_settings.hpp.
#pragma once

#include <string>

namespace pathlight::core {

// Text sizes a learner can pick, in percent of the normal size.
inline constexpr int kTextSizes[] = {100, 125, 150, 175, 200};

struct LearnerSettings {
    std::string language;    // "en", "es"; "" = the device's default
    int textSize = 0;        // one of kTextSizes; 0 = the device's default
    std::string font;        // "andika", "opendyslexic", "dejavu"; "" = the device's default
    bool reducedMotion = false;
    bool readAloud = false;
    bool operator==(const LearnerSettings&) const = default;
};

inline bool isTextSize(int percent) {
    for (const int size : kTextSizes) {
        if (size == percent) {
            return true;
        }
    }
    return false;
}

} // namespace pathlight::core
