// Range-checked reading of a mini-game's levels.json (see levels_reader.hpp).
#include "minigames/shared/levels_reader.hpp"

#include <cmath>
#include <sstream>

namespace pathlight::minigames::shared {

namespace {
std::string numberText(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}
} // namespace

core::Error levelsError(const std::string& detail) {
    return core::makeError("This game's levels file has a mistake, so the game can't start.", detail,
                           "content.invalid");
}

core::Result<LevelsReader> LevelsReader::parse(const LevelsFile& file, int levelCount) {
    nlohmann::json json = nlohmann::json::parse(file.text, nullptr, false);
    if (json.is_discarded()) {
        return levelsError(file.path + ": not valid JSON");
    }
    if (!json.is_object() || !json.contains("levels") || !json["levels"].is_array()) {
        return levelsError(file.path + ": needs a \"levels\" list");
    }
    if (static_cast<int>(json["levels"].size()) != levelCount) {
        return levelsError(file.path + ": needs exactly " + std::to_string(levelCount) + " levels, has " +
                           std::to_string(json["levels"].size()));
    }
    for (std::size_t i = 0; i < json["levels"].size(); ++i) {
        if (!json["levels"][i].is_object()) {
            return levelsError(file.path + ": level " + std::to_string(i + 1) + ": must be an object");
        }
    }
    return LevelsReader(file.path, std::move(json));
}

const nlohmann::json* LevelsReader::field(int level, const char* name) {
    const nlohmann::json& obj = m_json["levels"][static_cast<std::size_t>(level)];
    const auto it = obj.find(name);
    if (it == obj.end()) {
        fail(level, "'" + std::string(name) + "' is missing");
        return nullptr;
    }
    return &*it;
}

int LevelsReader::integer(int level, const char* name, int lo, int hi) {
    const nlohmann::json* v = field(level, name);
    if (!v) {
        return lo;
    }
    if (!v->is_number_integer() || v->get<long long>() < lo || v->get<long long>() > hi) {
        fail(level, "'" + std::string(name) + "' must be a whole number " + std::to_string(lo) + "-" +
                        std::to_string(hi));
        return lo;
    }
    return static_cast<int>(v->get<long long>());
}

double LevelsReader::number(int level, const char* name, double lo, double hi) {
    const nlohmann::json* v = field(level, name);
    if (!v) {
        return lo;
    }
    if (!v->is_number() || !std::isfinite(v->get<double>()) || v->get<double>() < lo ||
        v->get<double>() > hi) {
        fail(level, "'" + std::string(name) + "' must be a number " + numberText(lo) + "-" + numberText(hi));
        return lo;
    }
    return v->get<double>();
}

void LevelsReader::fail(int level, const std::string& what) {
    if (m_problem.empty()) {
        m_problem = m_path + ": level " + std::to_string(level + 1) + ": " + what;
    }
}

std::optional<core::Error> LevelsReader::error() const {
    if (m_problem.empty()) {
        return std::nullopt;
    }
    return levelsError(m_problem);
}

} // namespace pathlight::minigames::shared
