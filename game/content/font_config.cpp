// See font_config.hpp.
#include "content/font_config.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace pathlight::content {

namespace {

using json = nlohmann::json;

std::string firstExisting(const std::vector<std::string>& candidates) {
    std::error_code ec;
    for (const std::string& file : candidates) {
        if (std::filesystem::is_regular_file(file, ec)) {
            return file;
        }
    }
    return {};
}

int lineAt(const std::string& text, std::size_t byte) {
    const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(byte, text.size()));
    return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

core::Error configError(const std::filesystem::path& file, int line, const std::string& why) {
    return core::makeError("Pathlight's font settings are broken. Ask a grown-up to fix " + file.filename().string() +
                               ".",
                           file.string() + (line > 0 ? ":" + std::to_string(line) : "") + ": " + why,
                           "assets.invalid");
}

// A list of file names, or an error naming the key.
bool readList(const json& value, std::vector<std::string>& out) {
    if (!value.is_array() || value.empty()) {
        return false;
    }
    for (const json& item : value) {
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            return false;
        }
        out.push_back(item.get<std::string>());
    }
    return true;
}

} // namespace

FontConfig FontConfig::builtIn() {
    FontConfig config;
    config.defaultFamily = "andika";
    config.families["andika"] = {{"/usr/share/fonts/truetype/andika/Andika-Regular.ttf"},
                                 {"/usr/share/fonts/truetype/andika/Andika-Bold.ttf"}};
    config.icons = {"/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"};
    return config;
}

FontFiles FontConfig::resolve(const std::string& family) const {
    FontFiles files;
    const auto it = families.find(family.empty() ? defaultFamily : family);
    if (it != families.end()) {
        files.regular = firstExisting(it->second.regular);
        files.bold = firstExisting(it->second.bold);
    }
    files.icons = firstExisting(icons);
    return files;
}

std::vector<std::string> FontConfig::familyNames() const {
    std::vector<std::string> names;
    for (const auto& [name, family] : families) {
        names.push_back(name);
    }
    return names;
}

core::Result<FontConfig> loadFontConfig(const std::filesystem::path& dir) {
    const std::filesystem::path file = dir / kFontConfigFile;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return configError(file, 0, "cannot read the file");
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        return configError(file, lineAt(text, e.byte), "not valid JSON");
    }
    if (!root.is_object()) {
        return configError(file, 1, "the file must hold one JSON object");
    }
    FontConfig config;
    if (!root.contains("default") || !root["default"].is_string()) {
        return configError(file, 0, "\"default\" must name a font family");
    }
    config.defaultFamily = root["default"].get<std::string>();
    if (!root.contains("families") || !root["families"].is_object()) {
        return configError(file, 0, "\"families\" must be an object of font families");
    }
    for (const auto& [name, family] : root["families"].items()) {
        FontFamily parsed;
        if (!family.is_object() || !readList(family.value("regular", json()), parsed.regular) ||
            !readList(family.value("bold", json()), parsed.bold)) {
            return configError(file, 0, "family \"" + name + "\" needs \"regular\" and \"bold\" lists of font files");
        }
        config.families.emplace(name, std::move(parsed));
    }
    if (!config.families.count(config.defaultFamily)) {
        return configError(file, 0, "the default family \"" + config.defaultFamily + "\" is not in \"families\"");
    }
    if (!readList(root.value("icons", json()), config.icons)) {
        return configError(file, 0, "\"icons\" must be a list of font files");
    }
    return config;
}

} // namespace pathlight::content
