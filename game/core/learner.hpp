// A learner as the rest of the app sees them: who they are on this device (nickname, grade,
// avatar, whether a PIN guards them, guest or not). Plain data: the store reads and writes it, the
// app's Session hands it to screens. Nothing here knows about SQL or the screen.
#pragma once

#include <string>

namespace pathlight::core {

struct Learner {
    std::string id;       // UUID
    std::string nickname;
    int grade = 0;        // 5–9
    int avatar = 0;       // index into the drawn avatars
    bool hasPin = false;
    bool guest = false;   // "Just visiting": removed at sign-out and at start-up
};

struct NewLearner {
    std::string nickname;   // 1–24 characters after trimming
    int grade = 0;          // 5–9 (ignored for guests)
    int avatar = 0;
    std::string pin;        // "" or exactly 4 digits
    bool guest = false;
};

inline constexpr int kFirstGrade = 5;
inline constexpr int kLastGrade = 9;

} // namespace pathlight::core
