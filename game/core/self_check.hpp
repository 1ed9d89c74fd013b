// The two self-checks of "About me" as plain data: the work values card sort and the strengths
// self-check (a round, its items and answers), and what they tell about the learner (AboutMe).
// The store keeps them as revisions (store/self_check_repo.hpp); screens read them through the app.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pathlight::core {

enum class SelfCheckKind { Values, Strengths };

// One thing to answer: a value card (and the value it counts for), or a skill (and itself).
struct SelfCheckItem {
    std::string id;
    int group = 0; // index into SelfCheck::groups
};

struct SelfCheck {
    SelfCheckKind kind = SelfCheckKind::Values;
    std::string round;                  // new for every start-over
    std::vector<std::string> groups;    // value ids or skill ids, in content file order
    std::vector<SelfCheckItem> items;   // cards or skills, in the order they are shown
    std::map<std::string, int> answers; // item id -> pile (0–2, core::Pile) or rating (1–4)
    int position = 0;                   // index of the item shown now; items.size() when done
    std::int64_t savedMs = 0;           // wall-clock time of this revision
    int answered() const { return static_cast<int>(answers.size()); }
    bool finished() const; // every item has an answer
};

// What the learner told us about themselves, in ids the content uses (work_values.csv,
// strengths.csv), from their latest finished rounds. For career cards ("This job gives you Doing
// my best work, which matters to you") and Results.
struct AboutMe {
    bool valuesDone = false;
    bool strengthsDone = false;
    std::vector<std::string> topValues;     // up to 3, most important first
    std::vector<std::string> strongSkills;  // rated "I'm good at this" or better, strongest first
    std::vector<std::string> growingSkills; // rated lower, the most room to grow first
};

} // namespace pathlight::core
