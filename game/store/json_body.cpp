// See json_body.hpp.
#include "store/json_body.hpp"

namespace pathlight::store::detail {

using nlohmann::json;

std::string dumpBody(const json& body) {
    return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

json parseObject(const std::string& text) {
    json body = json::parse(text, nullptr, /*allow_exceptions=*/false);
    return body.is_object() ? body : json();
}

std::optional<int> intField(const json& body, const char* name, std::int64_t min, std::int64_t max) {
    const auto it = body.find(name);
    if (it == body.end() || !it->is_number_integer()) {
        return std::nullopt;
    }
    const auto value = it->get<std::int64_t>();
    if (value < min || value > max) {
        return std::nullopt;
    }
    return static_cast<int>(value);
}

std::optional<std::string> stringField(const json& body, const char* name) {
    const auto it = body.find(name);
    if (it == body.end() || !it->is_string()) {
        return std::nullopt;
    }
    return it->get<std::string>();
}

} // namespace pathlight::store::detail
