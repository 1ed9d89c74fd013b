// RIASEC (Holland) interest areas and quiz scoring. Pure C++: no UI, no storage.
// Scores follow DESIGN.md §7: answers 0–4, area score = mean answer, shown 0–100.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pathlight::core {

enum class Area { R = 0, I, A, S, E, C };
constexpr int kAreaCount = 6;
constexpr std::array<Area, kAreaCount> kAllAreas{Area::R, Area::I, Area::A, Area::S, Area::E, Area::C};

// Six numbers, one per area, in R I A S E C order.
using AreaScores = std::array<double, kAreaCount>;

constexpr int kAnswerMin = 0; // "Not for me"
constexpr int kAnswerMax = 4; // "Love it"

char areaLetter(Area area);
std::optional<Area> areaFromLetter(char letter);
// Stable key fragment for strings: "R", "I", ... (e.g. "area.R.name" -> "Doer").
std::string_view areaKey(Area area);
inline int index(Area area) { return static_cast<int>(area); }

// One answered item: which area it counts for and the 0–4 answer.
struct AreaAnswer {
    Area area;
    int value;
};

// Mean answer per area scaled to 0–100. Areas with no answers score 0.
AreaScores scoreAnswers(const std::vector<AreaAnswer>& answers);

// The areas ordered from highest to lowest score; ties keep R I A S E C order.
std::array<Area, kAreaCount> rankAreas(const AreaScores& scores);

// Three-letter Holland code from the three highest areas, e.g. "SIA".
std::string hollandCode(const AreaScores& scores);

// A profile whose highest and lowest areas are within this many points (0–100 scale)
// shows no strong pattern yet: matching it to careers would be noise.
constexpr double kFlatSpread = 12.5;
bool hasClearPattern(const AreaScores& scores);

} // namespace pathlight::core
