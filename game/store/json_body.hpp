// Reading and writing the JSON bodies of revisions, for the repositories in store/. Reading never
// throws: a missing or mistyped field is nullopt, so a damaged body merged in from elsewhere is
// skipped instead of stopping the app. Internal to store/.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace pathlight::store::detail {

// Never throws, even on text that is not valid UTF-8.
std::string dumpBody(const nlohmann::json& body);
// The parsed object, or a null json when `text` is not a JSON object.
nlohmann::json parseObject(const std::string& text);
// An integer field within [min, max], else nullopt.
std::optional<int> intField(const nlohmann::json& body, const char* name, std::int64_t min, std::int64_t max);
std::optional<std::string> stringField(const nlohmann::json& body, const char* name);

} // namespace pathlight::store::detail
