// The JSON guards: strict UTF-8, and the fast body scanner giving exactly the streaming guard's
// verdict (ok, or the same error) on tricky text — the fuzz target checks the same on random input.
#include "portfolio/errors.hpp"
#include "portfolio/json_guard.hpp"

#include <gmock/gmock.h>

using namespace pathlight::portfolio;

namespace {

std::string verdict(const pathlight::core::Result<JsonShape>& result) {
    if (!result.ok()) {
        return result.error().code == kErrTruncated ? kErrSyntax : result.error().code;
    }
    return result->rootIsObject ? "object" : "other";
}

} // namespace

TEST(JsonGuard, Utf8IsCheckedByTheUnicodeTable) {
    EXPECT_FALSE(firstInvalidUtf8("plain ascii"));
    EXPECT_FALSE(firstInvalidUtf8("Zoë 😀 ñ 中"));
    EXPECT_EQ(firstInvalidUtf8("ab\xc0\xaf"), 2u) << "overlong '/'";
    EXPECT_EQ(firstInvalidUtf8("\xe0\x80\xaf"), 0u) << "overlong 3-byte";
    EXPECT_EQ(firstInvalidUtf8("x\xed\xa0\x80"), 1u) << "surrogate";
    EXPECT_EQ(firstInvalidUtf8("\xf4\x90\x80\x80"), 0u) << "above U+10FFFF";
    EXPECT_EQ(firstInvalidUtf8("ok\xe2\x82"), 2u) << "cut short";
    EXPECT_EQ(firstInvalidUtf8("\x80"), 0u) << "lone continuation byte";
    EXPECT_EQ(firstInvalidUtf8("\xff"), 0u);
}

TEST(JsonGuard, FastScannerAgreesWithTheStreamingGuard) {
    JsonLimits tight;
    tight.maxDepth = 3;
    tight.maxStringBytes = 6;
    const std::vector<std::string> texts{
        "{}",
        "[]",
        "{\"a\":1}",
        " {\"a\" : [1, 2.5e-3, -0, true, false, null]} ",
        "\xef\xbb\xbf{}",
        "\"text\"",
        "22e422",
        "-1e309",
        "1e-400",
        "0.0000e999",
        "184467440737095516150",
        "-92233720368547758080",
        std::string("1").append(400, '0'),
        "[1.7976931348623157e308]",
        "[1.8e308]",
        "12",
        "-0.5E+2",
        "",
        " ",
        "{",
        "[1,2",
        "{\"a\":",
        "{\"a\"",
        "{\"ab",
        "tru",
        "nul",
        "truex",
        "1.",
        "1e",
        "-",
        "01",
        "[01]",
        "1 2",
        "{} {}",
        "[1,]",
        "{\"a\":1,}",
        "{,}",
        "[,1]",
        "{\"a\" 1}",
        "{1:2}",
        "{'a':1}",
        "[\"\\x\"]",
        "[\"\\u12\"]",
        "[\"\\u12g4\"]",
        "[\"\\ud800\"]",
        "[\"\\ud800\\u0041\"]",
        "[\"\\udc00\"]",
        "[\"\\ud83d\\ude00\"]",
        "[\"\\ud83d\\ude00\\ud83d\\ude00\"]",
        "[\"\\u00e9\\u00e9\\u00e9\"]",
        "[\"\\u20ac\\u20ac\"]",
        "[\"\\u20ac\\u20ac\\u20ac\"]",
        "[\"tab\there\"]",
        "[\"a\nb\"]",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1,\"\\u0061\":2}",
        "{\"a\":{\"a\":1}}",
        "[[[]]]",
        "[[[[]]]]",
        "{\"a\":[[1]]}",
        "{\"a\":[[[1]]]}",
        "[\"123456\"]",
        "[\"1234567\"]",
        "{\"1234567\":1}",
        "[[[[",
        "[\"\\",
        "[\"\\u",
        "\"\\ud800\\",
        std::string("{\"a\":1}\0\0", 9),
        "[1]\n",
        "[1]x",
        "nulll",
        "[true,fals]",
        "{\"a\":\"b\"]",
        "[}",
        "{]",
        "{\"k1\":1,\"k2\":2,\"k3\":3,\"k4\":4,\"k5\":5,\"k6\":6,\"k7\":7,\"k8\":8,\"k9\":9,\"k10\":10,"
        "\"k11\":11,"
        "\"k12\":12,\"k13\":13,\"k14\":14,\"k15\":15,\"k16\":16,\"k17\":17,\"k18\":18,\"k3\":3}",
    };
    for (const JsonLimits& limits : {JsonLimits{}, tight}) {
        for (const std::string& text : texts) {
            EXPECT_EQ(verdict(scanJson(text, limits, "fast")), verdict(checkJson(text, limits, "guard")))
                << "text: " << text << " (depth " << limits.maxDepth << ")";
        }
    }
}

TEST(JsonGuard, ErrorsNameWhereInTheText) {
    auto deep = checkJson("{\"a\":[[[[1]]]]}", JsonLimits{3, 100, {}, 0}, "f.pathlight");
    ASSERT_FALSE(deep.ok());
    EXPECT_EQ(deep.error().code, kErrTooDeep);
    EXPECT_THAT(deep.error().detail, ::testing::HasSubstr("f.pathlight: /a/0/0"));
    auto fast = scanJson("{\"a\":[[[[1]]]]}", JsonLimits{3, 100, {}, 0}, "body");
    ASSERT_FALSE(fast.ok());
    EXPECT_THAT(fast.error().detail, ::testing::HasSubstr("body: byte 7 of 15"));
    EXPECT_EQ(pointerComponent("a/b~c"), "a~1b~0c");
    EXPECT_EQ(pointerComponent(std::string(39, 'x') + "é"), std::string(39, 'x') + "…")
        << "never splits a character";
}
