// Reads a mini-game's content/minigames/<id>/levels.json ({"levels": [{...}, {...}, {...}]}) for the
// budget, farm and launch rules: numbers are range-checked one field at a time and the first
// problem becomes an error naming the file, the level and the field. Rules side: no ImGui, no SDL.
#pragma once

#include "core/result.hpp"
#include "minigames/framework/registry.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace pathlight::minigames::shared {

class LevelsReader {
  public:
    // Parses the file and checks it holds exactly `levelCount` level objects.
    static core::Result<LevelsReader> parse(const LevelsFile& file, int levelCount = 3);

    int count() const { return static_cast<int>(m_json["levels"].size()); }
    // A whole number of level `level` (0-based) in [lo, hi]; on a problem, remembers it and returns lo.
    int integer(int level, const char* field, int lo, int hi);
    double number(int level, const char* field, double lo, double hi);
    // A problem found by the caller (e.g. two fields that disagree).
    void fail(int level, const std::string& what);
    // The first problem met so far, as the error a broken levels file gives.
    std::optional<core::Error> error() const;

  private:
    LevelsReader(std::string path, nlohmann::json json) : m_path(std::move(path)), m_json(std::move(json)) {}
    const nlohmann::json* field(int level, const char* name);

    std::string m_path;
    nlohmann::json m_json;
    std::string m_problem;
};

// The error for a broken levels file; `detail` names the file and what is wrong.
core::Error levelsError(const std::string& detail);

} // namespace pathlight::minigames::shared
