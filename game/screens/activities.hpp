// The activity registry: what Home offers, one line per activity in activities.cpp, kept in the
// order Home shows them (like GCompris's activities.txt). Each entry names its icon, its cluster
// grouping (where one fits), how to word its card for the signed-in learner — a progress summary
// read through the app's services — and the screen it opens. Adding an activity means its own
// folder or file and one line here; Home and ui::Context stay untouched. Every registered mini-game
// becomes an activity on its own (game/minigames/registry.cpp).
#pragma once

#include "app/services.hpp"
#include "ui/screen.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::screens {

// A card on Home for one activity, worded for the learner signed in now.
struct ActivityCard {
    std::string title;
    std::string about;  // what it is, or what they found / where they are
    std::string action; // "Start", "Keep going (question 3 of 36)", "See my results"
    bool enabled = true;
};

struct Activity {
    std::string id;       // stable: "interest_quiz", "values", "game.bridge"
    const char* icon;     // Font Awesome glyph (UTF-8)
    std::string grouping; // cluster grouping id, "" when the activity spans them all
    ActivityCard (*card)(app::Services& app);
    std::unique_ptr<ui::Screen> (*open)(app::Services& app);
    bool forGuests = true; // false: not offered to a visitor (e.g. "Save my portfolio")
};

// Every activity, in Home's order.
const std::vector<Activity>& activities();

} // namespace pathlight::screens
