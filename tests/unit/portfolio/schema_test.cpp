// docs/portfolio.schema.json describes what the encoder really writes: a small structural checker
// (type, required, properties, items, const, pattern, maxItems, maxLength, $ref) validates encoded
// files against the schema, and refuses files with a field missing or of the wrong type.
#include "portfolio_test_support.hpp"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <regex>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using nlohmann::json;

namespace {

class MiniSchema {
  public:
    explicit MiniSchema(json schema) : m_root(std::move(schema)) {}

    // Problems found, as "path: what"; empty when `value` conforms.
    std::vector<std::string> check(const json& value) const {
        std::vector<std::string> problems;
        checkAt(m_root, value, "", problems);
        return problems;
    }

  private:
    const json& resolve(const json& schema) const {
        if (schema.contains("$ref")) {
            const std::string ref = schema["$ref"];
            const std::string prefix = "#/$defs/";
            return m_root["$defs"][ref.substr(prefix.size())];
        }
        return schema;
    }

    static bool hasType(const json& value, const std::string& type) {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "integer")
            return value.is_number_integer();
        if (type == "boolean")
            return value.is_boolean();
        return false;
    }

    void checkAt(const json& schemaIn, const json& value, const std::string& path,
                 std::vector<std::string>& problems) const {
        const json& schema = resolve(schemaIn);
        if (schema.contains("type") && !hasType(value, schema["type"])) {
            problems.push_back(path + ": not " + schema["type"].get<std::string>());
            return;
        }
        if (schema.contains("const") && value != schema["const"]) {
            problems.push_back(path + ": not " + schema["const"].dump());
        }
        if (schema.contains("pattern") && value.is_string() &&
            !std::regex_search(value.get<std::string>(), std::regex(schema["pattern"].get<std::string>()))) {
            problems.push_back(path + ": does not match " + schema["pattern"].get<std::string>());
        }
        if (schema.contains("maxLength") && value.is_string() &&
            value.get<std::string>().size() > schema["maxLength"]) {
            problems.push_back(path + ": too long");
        }
        if (schema.contains("maxItems") && value.is_array() && value.size() > schema["maxItems"]) {
            problems.push_back(path + ": too many items");
        }
        if (schema.contains("required")) {
            for (const auto& name : schema["required"]) {
                if (!value.contains(name.get<std::string>())) {
                    problems.push_back(path + "/" + name.get<std::string>() + ": missing");
                }
            }
        }
        if (schema.contains("properties") && value.is_object()) {
            for (const auto& [name, sub] : schema["properties"].items()) {
                if (value.contains(name)) {
                    checkAt(sub, value[name], path + "/" + name, problems);
                }
            }
        }
        if (schema.contains("items") && value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                checkAt(schema["items"], value[i], path + "/" + std::to_string(i), problems);
            }
        }
    }

    json m_root;
};

MiniSchema loadSchema() {
    const std::string text =
        readBytes(fs::path(PATHLIGHT_CONTENT_DIR) / ".." / "docs" / "portfolio.schema.json");
    json schema = json::parse(text, nullptr, false);
    EXPECT_TRUE(schema.is_object()) << "docs/portfolio.schema.json is not valid JSON";
    EXPECT_EQ(schema.value("$schema", ""), "https://json-schema.org/draft/2020-12/schema");
    return MiniSchema(schema);
}

json encodedJson() {
    const Portfolio portfolio = makePortfolio(
        {profileRev("Sam", 1732406400000), rev("j1", 1732406401000), rev("j1", 1732406402000, "{}", true)});
    return json::parse(encoded(portfolio));
}

} // namespace

TEST(PortfolioSchema, WhatTheEncoderWritesMatchesTheSchema) {
    const MiniSchema schema = loadSchema();
    const auto problems = schema.check(encodedJson());
    EXPECT_TRUE(problems.empty()) << ::testing::PrintToString(problems);
    // An empty portfolio too.
    EXPECT_TRUE(schema.check(json::parse(encoded(makePortfolio({})))).empty());
}

TEST(PortfolioSchema, SchemaRefusesMissingFieldsAndWrongTypes) {
    const MiniSchema schema = loadSchema();
    json noChecksum = encodedJson();
    noChecksum.erase("checksum");
    EXPECT_THAT(schema.check(noChecksum), ::testing::Contains("/checksum: missing"));

    json badDeleted = encodedJson();
    badDeleted["revisions"][1]["deleted"] = "no";
    EXPECT_THAT(schema.check(badDeleted), ::testing::Contains("/revisions/1/deleted: not boolean"));

    json newer = encodedJson();
    newer["version"] = 2;
    EXPECT_FALSE(schema.check(newer).empty());

    json badHlc = encodedJson();
    badHlc["revisions"][0]["hlc"] = "yesterday";
    EXPECT_FALSE(schema.check(badHlc).empty());

    json noWriterTime = encodedJson();
    noWriterTime["writer"].erase("time");
    EXPECT_THAT(schema.check(noWriterTime), ::testing::Contains("/writer/time: missing"));
}
