// The portfolio file format: what the encoder writes comes back exactly, the checksum is the one the
// docs define, and every kind of broken or hostile file is refused with its own code, a message a
// child can read and a detail that points a teacher at the byte or JSON path.
#include "portfolio/errors.hpp"
#include "portfolio/merge.hpp"
#include "portfolio/portfolio_file.hpp"
#include "portfolio_test_support.hpp"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <map>

using namespace pathlight;
using namespace pathlight::portfolio;
using namespace pathlight::portfolio::testing;
using ::testing::HasSubstr;
using ::testing::Not;

namespace {

std::vector<core::Revision> sampleRevisions() {
    return {
        profileRev("Zoë", 1732406400000),
        rev("c0ffee00-1111-4222-8333-444455556666", 1732406450000, "{}", true),
        rev("j1", 1732406460000, R"({"text":"line one\nline \"two\"\ttab \\ back","mood":"😀"})"),
        rev("j1", 1732406460000, R"({"text":"same ms, later counter"})", false, "journal", kLearnerA, 1),
        rev("j1", 1732406460000, R"({"text":"other device"})", false, "journal", kLearnerA, 1, "dev2"),
    };
}

// Replaces the first `from` in `text`; fails the test when it is not there.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// Decodes `bytes` and expects a refusal with `code`; returns the error.
core::Error refused(const std::string& bytes, const char* code) {
    auto decoded = decode(bytes, "sam-1a2b3c4d.pathlight");
    EXPECT_FALSE(decoded.ok()) << "accepted a file that should fail with " << code;
    if (decoded.ok()) {
        return {};
    }
    EXPECT_EQ(decoded.error().code, code) << decoded.error().detail;
    EXPECT_FALSE(decoded.error().message.empty());
    EXPECT_THAT(decoded.error().detail, HasSubstr("sam-1a2b3c4d.pathlight")) << "detail must name the file";
    return decoded.error();
}

// A file whose revisions array holds `items` copies of `item` (not valid revisions).
std::string withRevisionItems(std::size_t items, const std::string& item) {
    std::string text = R"({"format":"pathlight-portfolio","version":1,"revisions":[)";
    for (std::size_t i = 0; i < items; ++i) {
        text += i == 0 ? item : "," + item;
    }
    return text + "]}";
}

} // namespace

TEST(PortfolioFile, RoundTripKeepsEveryRevisionByteForByte) {
    const Portfolio original = makePortfolio(sampleRevisions());
    const std::string bytes = encoded(original);
    auto decoded = decode(bytes);
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail;
    EXPECT_EQ(decoded->learnerId, kLearnerA);
    EXPECT_EQ(decoded->writer.app, "pathlight test");
    EXPECT_EQ(decoded->writer.device, "testdevice");
    EXPECT_EQ(decoded->writer.time, "2024-11-24T10:00:00Z");
    ASSERT_EQ(decoded->revisions.size(), original.revisions.size());
    std::vector<core::Revision> expected = original.revisions;
    ASSERT_TRUE(normalize(expected, "test").ok());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(decoded->revisions[i].entryId, expected[i].entryId);
        EXPECT_EQ(decoded->revisions[i].hlc, expected[i].hlc);
        EXPECT_EQ(decoded->revisions[i].kind, expected[i].kind);
        EXPECT_EQ(decoded->revisions[i].deleted, expected[i].deleted);
        EXPECT_EQ(decoded->revisions[i].body, expected[i].body) << "bodies are kept as exact text";
        EXPECT_EQ(decoded->revisions[i].learnerId, kLearnerA);
    }
    // Encoding is deterministic: what was read writes back identically.
    EXPECT_EQ(encoded(*decoded), bytes);
}

TEST(PortfolioFile, EncodedFileIsReadableJsonWithOneRevisionPerLine) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    EXPECT_EQ(bytes.rfind("{\n  \"format\": \"pathlight-portfolio\",\n  \"version\": 1,", 0), 0u) << bytes;
    EXPECT_THAT(bytes, HasSubstr("\n    {\"entry\": \"j1\", \"kind\": \"journal\", \"hlc\": "));
    EXPECT_THAT(bytes, HasSubstr("😀")) << "UTF-8 is written as is, not as \\u escapes";
    EXPECT_THAT(bytes, HasSubstr(R"(line one\\nline \\\"two\\\")"))
        << "a body's own escapes are escaped again";
    EXPECT_EQ(bytes.back(), '\n');
}

TEST(PortfolioFile, ChecksumIsSha256OfTheDocumentedCanonicalBytes) {
    const std::string learner = kLearnerA;
    const std::string entry = "7d9e2c1a-3b4f-4a5e-9c8d-1e2f3a4b5c6d";
    std::vector<core::Revision> revisions{
        {learner, "c0ffee00-1111-4222-8333-444455556666", "journal",
         core::Hlc{1732406450000, 0, "4f3a9c2e1b7d6a50"}, true, "{}"},
        {learner, entry, "profile", core::Hlc{1732406500000, 1, "4f3a9c2e1b7d6a50"}, false,
         R"({"avatar":5,"grade":6,"guest":false,"nickname":"Sam"})"},
        {learner, entry, "profile", core::Hlc{1732406400000, 0, "4f3a9c2e1b7d6a50"}, false,
         R"({"avatar":3,"grade":6,"guest":false,"nickname":"Sam"})"},
    };
    ASSERT_TRUE(normalize(revisions, "test").ok());
    EXPECT_EQ(revisions[0].entryId, entry) << "canonical order is by entry id, then HLC";
    EXPECT_EQ(revisions[0].hlc.wallMs, 1732406400000);
    EXPECT_EQ(canonicalBytes(revisions),
              "36:1a2b3c4d-0000-4000-8000-00000000000a,36:7d9e2c1a-3b4f-4a5e-9c8d-1e2f3a4b5c6d,7:profile,"
              "41:001732406400000-00000000-4f3a9c2e1b7d6a50,1:0,"
              "53:{\"avatar\":3,\"grade\":6,\"guest\":false,\"nickname\":\"Sam\"},"
              "36:1a2b3c4d-0000-4000-8000-00000000000a,36:7d9e2c1a-3b4f-4a5e-9c8d-1e2f3a4b5c6d,7:profile,"
              "41:001732406500000-00000001-4f3a9c2e1b7d6a50,1:0,"
              "53:{\"avatar\":5,\"grade\":6,\"guest\":false,\"nickname\":\"Sam\"},"
              "36:1a2b3c4d-0000-4000-8000-00000000000a,36:c0ffee00-1111-4222-8333-444455556666,7:journal,"
              "41:001732406450000-00000000-4f3a9c2e1b7d6a50,1:1,2:{},");
    // Computed independently (Python hashlib) from the bytes above.
    EXPECT_EQ(checksumOf(revisions),
              "sha256:97052fca31f1022c072b677b743363baab97c14a942609750cbc2abe1fc98802");
    EXPECT_EQ(checksumOf({}), "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(PortfolioFile, TheExampleInTheDocsDecodesAndIsWhatTheEncoderWrites) {
    const std::string doc =
        readBytes(fs::path(PATHLIGHT_CONTENT_DIR) / ".." / "docs" / "portfolio-format.md");
    const std::string begin = "<!-- example:begin -->\n```json\n";
    const auto from = doc.find(begin);
    const auto to = doc.find("```\n<!-- example:end -->");
    ASSERT_NE(from, std::string::npos);
    ASSERT_NE(to, std::string::npos);
    const std::string example = doc.substr(from + begin.size(), to - from - begin.size());
    auto decoded = decode(example, "docs example");
    ASSERT_TRUE(decoded.ok()) << decoded.error().detail;
    EXPECT_EQ(decoded->revisions.size(), 3u);
    EXPECT_EQ(summarize(*decoded).nickname, "Sam");
    EXPECT_EQ(encoded(*decoded), example);
}

TEST(PortfolioFile, RevisionsMayComeInAnyOrderAndExactDuplicatesCountOnce) {
    Portfolio reversed = makePortfolio(sampleRevisions());
    const std::string canonical = encoded(reversed);
    // Hand-write the same revisions reversed and duplicated, as another program might.
    auto decoded = decode(canonical);
    ASSERT_TRUE(decoded.ok());
    std::string text = canonical.substr(0, canonical.find("\"revisions\": [") + 14);
    const auto& revisions = decoded->revisions;
    for (std::size_t i = revisions.size(); i-- > 0;) {
        const nlohmann::json item{{"entry", revisions[i].entryId},
                                  {"kind", revisions[i].kind},
                                  {"hlc", revisions[i].hlc.toString()},
                                  {"deleted", revisions[i].deleted},
                                  {"body", revisions[i].body}};
        text += item.dump() + ",";
    }
    text += nlohmann::json{{"entry", revisions[0].entryId},
                           {"kind", revisions[0].kind},
                           {"hlc", revisions[0].hlc.toString()},
                           {"deleted", revisions[0].deleted},
                           {"body", revisions[0].body}}
                .dump();
    text += "],\"checksum\":\"" + checksumOf(revisions) + "\"}";
    auto again = decode(text);
    ASSERT_TRUE(again.ok()) << again.error().detail;
    EXPECT_EQ(again->revisions.size(), revisions.size());
    EXPECT_EQ(encoded(*again), canonical);
}

TEST(PortfolioFile, TruncatedFileIsRefusedAsCutOff) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const core::Error half = refused(bytes.substr(0, bytes.size() / 2), kErrTruncated);
    EXPECT_THAT(half.message, HasSubstr("cut off"));
    EXPECT_THAT(half.detail, HasSubstr("byte "));
    refused(bytes.substr(0, bytes.size() - 3), kErrTruncated);
    refused("", kErrTruncated);
    // A pulled USB stick often leaves the rest of the file as zero bytes.
    std::string torn = bytes.substr(0, 100) + std::string(bytes.size() - 100, '\0');
    refused(torn, kErrTruncated);
    // A zero byte is never part of JSON text, even after a complete value.
    refused(bytes + std::string(16, '\0'), kErrTruncated);
    refused(bytes + std::string("\0{\"more\": 1}", 13), kErrSyntax);
}

TEST(PortfolioFile, WrongChecksumIsRefused) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const core::Error error =
        refused(replaced(bytes, "same ms, later counter", "same ms, LATER counter"), kErrChecksum);
    EXPECT_THAT(error.message, HasSubstr("changed or damaged"));
    EXPECT_THAT(error.detail, HasSubstr("/checksum says sha256:"));
    EXPECT_THAT(error.detail, HasSubstr("hash to sha256:"));
    // A checksum that is not even shaped like one is a type error.
    const auto at = bytes.find("sha256:");
    refused(bytes.substr(0, at) + "md5:1234" + bytes.substr(at + 71), kErrTypes);
}

TEST(PortfolioFile, NewerFormatVersionAsksToUpdatePathlight) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const core::Error error = refused(replaced(bytes, "\"version\": 1", "\"version\": 2"), kErrTooNew);
    EXPECT_EQ(error.message,
              "This portfolio was made by a newer Pathlight. Ask a grown-up to update Pathlight.");
    EXPECT_THAT(error.detail, HasSubstr("format version 2, this Pathlight reads up to version 1"));
    refused(replaced(bytes, "\"version\": 1", "\"version\": 18446744073709551615"), kErrTooNew);
    // A newer file is refused as newer even when its fields changed shape.
    refused(R"({"format":"pathlight-portfolio","version":7,"revisions":{"new":"layout"}})", kErrTooNew);
}

TEST(PortfolioFile, UnknownFormatIsNotAPortfolio) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const core::Error error =
        refused(replaced(bytes, "\"pathlight-portfolio\"", "\"pathlight-roster\""), kErrUnknownFormat);
    EXPECT_THAT(error.message, HasSubstr("isn't a Pathlight portfolio"));
    EXPECT_THAT(error.detail, HasSubstr("pathlight-roster"));
    refused(R"({"name":"a photo album"})", kErrUnknownFormat);
    refused("[1, 2, 3]", kErrUnknownFormat);
    refused("\"just text\"", kErrUnknownFormat);
    refused(replaced(bytes, "\"version\": 1", "\"version\": 0"), kErrUnknownFormat);
}

TEST(PortfolioFile, InvalidUtf8IsRefusedWithItsByteOffset) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const auto at = bytes.find("other device");
    for (const std::string& bad : {std::string("\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
                                   std::string("\xf4\x90\x80\x80"), std::string("\xe2\x82")}) {
        std::string broken = bytes;
        broken.replace(at, 5, bad);
        const core::Error error = refused(broken, kErrUtf8);
        EXPECT_THAT(error.detail, HasSubstr("byte " + std::to_string(at))) << error.detail;
        EXPECT_THAT(error.message, HasSubstr("broken"));
    }
}

TEST(PortfolioFile, WrongJsonTypesNameTheField) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    struct Case {
        std::string from, to, path;
    };
    const std::vector<Case> cases{
        {"\"deleted\": false", "\"deleted\": \"no\"", "/revisions/1/deleted"},
        {"\"version\": 1", "\"version\": \"1\"", "/version"},
        {"\"version\": 1", "\"version\": 1.0", "/version"},
        {"\"learnerId\": \"1a2b3c4d", "\"learnerId\": \"XX2b3c4d", "/learnerId"},
        {"\"hlc\": \"0017", "\"hlc\": \"yesterday-0017", "/revisions/0/hlc"},
        {"\"kind\": \"journal\"", "\"kind\": \"Journal Entry\"", "/kind"},
        {"\"entry\": \"j1\"", "\"entry\": 17", "/revisions/1/entry"},
        {"\"body\": \"{}\"", "\"body\": \"[]\"", "/body"},
        {"\"body\": \"{}\"", "\"body\": {}", "/body"},
        {"\"body\": \"{}\"", "\"body\": \"{\\\"a\\\":\"", "/body"},
        {"\"writer\": {\"app\": \"pathlight test\"", "\"writer\": {\"app\": null", "/writer/app"},
        {"\"revisions\": [", "\"revisions\": {\"x\": [", "/revisions"},
    };
    for (const Case& c : cases) {
        std::string broken = replaced(bytes, c.from, c.to);
        if (c.from == "\"revisions\": [") {
            broken = replaced(broken, "\n  ],", "\n  ]},");
        }
        const core::Error error = refused(broken, kErrTypes);
        EXPECT_THAT(error.detail, HasSubstr(c.path)) << c.to;
        EXPECT_THAT(error.detail, HasSubstr("expected")) << c.to;
    }
}

TEST(PortfolioFile, FileOverSixteenMegabytesIsRefusedBeforeParsing) {
    std::string huge(kMaxFileBytes + 1, ' ');
    const core::Error error = refused(huge, kErrTooBig);
    EXPECT_THAT(error.detail, HasSubstr(std::to_string(kMaxFileBytes + 1) + " bytes"));
    EXPECT_THAT(error.message, HasSubstr("too big"));
}

TEST(PortfolioFile, NestingOverThirtyTwoLevelsIsRefusedWithoutRecursion) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    // Depth 32 in an extra field is fine; 33 is not.
    auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    EXPECT_TRUE(
        decode(replaced(bytes, "\"version\": 1,", "\"version\": 1, \"extra\": " + nested(31) + ",")).ok());
    const core::Error error = refused(
        replaced(bytes, "\"version\": 1,", "\"version\": 1, \"extra\": " + nested(32) + ","), kErrTooDeep);
    EXPECT_THAT(error.detail, HasSubstr("/extra/0/0/"));
    EXPECT_THAT(error.detail, HasSubstr("deeper than 32"));
    // A million brackets: refused quickly, and the stack survives (ASan would catch an overflow).
    refused(std::string(1000000, '['), kErrTooDeep);
    refused(std::string(1000000, '{'), kErrSyntax); // an object needs a key before it can nest
    // The same limit holds inside a body.
    std::string deepBody = "{\\\"a\\\":" + std::string(32, '[') + std::string(32, ']') + "}";
    refused(replaced(bytes, "\"body\": \"{}\"", "\"body\": \"" + deepBody + "\""), kErrTooDeep);
}

TEST(PortfolioFile, MoreThanTwoHundredThousandRevisionsAreRefusedWhileCounting) {
    const core::Error error = refused(withRevisionItems(kMaxRevisions + 1, "{}"), kErrTooMany);
    EXPECT_THAT(error.detail, HasSubstr("more than 200000 items in \"revisions\""));
    // Exactly the limit passes the count and fails later, on the first item's fields.
    const core::Error atLimit = refused(withRevisionItems(kMaxRevisions, "{}"), kErrTypes);
    EXPECT_THAT(atLimit.detail, HasSubstr("/learnerId"));
}

TEST(PortfolioFile, StringOverSixtyFourKilobytesIsRefused) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const std::string longText(kMaxStringBytes + 1 - 11, 'x'); // {"text":"…"} = 65,537 bytes
    const core::Error error =
        refused(replaced(bytes, "\"body\": \"{}\"", "\"body\": \"{\\\"text\\\":\\\"" + longText + "\\\"}\""),
                kErrStringTooLong);
    EXPECT_THAT(error.detail, HasSubstr("65537 bytes"));
    EXPECT_THAT(error.detail, HasSubstr("/revisions/0/body"));
    // Exactly 64 KB is fine as far as length goes (then the checksum no longer matches).
    refused(replaced(bytes, "\"body\": \"{}\"",
                     "\"body\": \"{\\\"text\\\":\\\"" + std::string(kMaxStringBytes - 11, 'x') + "\\\"}\""),
            kErrChecksum);
    // Keys count as strings too.
    refused(replaced(bytes, "\"version\": 1,", "\"version\": 1, \"" + std::string(70000, 'k') + "\": 0,"),
            kErrStringTooLong);
}

TEST(PortfolioFile, DuplicateKeysAreRefusedSoNoReaderCanBeFooled) {
    const std::string bytes = encoded(makePortfolio(sampleRevisions()));
    const core::Error error = refused(
        replaced(bytes,
                 "\"learnerId\":", "\"learnerId\": \"5e6f7a8b-0000-4000-8000-00000000000b\", \"learnerId\":"),
        kErrSyntax);
    EXPECT_THAT(error.detail, HasSubstr("\"learnerId\" appears twice"));
}

TEST(PortfolioFile, SameEntryAndHlcWithDifferentBodiesIsAConflictNamingTheEntry) {
    Portfolio forged = makePortfolio({rev("entry-42", 1000, R"({"text":"mine"})")});
    std::string bytes = encoded(forged);
    const std::string line =
        bytes.substr(bytes.find("    {\"entry\""), bytes.find("}\n  ]") + 1 - bytes.find("    {\"entry\""));
    std::string twice = replaced(bytes, line, line + ",\n" + replaced(line, "mine", "forged"));
    const core::Error error = refused(twice, kErrConflict);
    EXPECT_THAT(error.message, HasSubstr("entry-42"));
    EXPECT_THAT(error.detail, HasSubstr("entry 'entry-42' has two different revisions at HLC"));
    // One entry with two kinds over its life is refused the same way.
    Portfolio kinds = makePortfolio({rev("entry-7", 1000), rev("entry-7", 2000, "{}", false, "goal")});
    auto bytesOut = encode(kinds);
    ASSERT_FALSE(bytesOut.ok());
    EXPECT_EQ(bytesOut.error().code, kErrConflict);
    EXPECT_THAT(bytesOut.error().message, HasSubstr("entry-7"));
}

TEST(PortfolioFile, EncoderRefusesWhatTheDecoderWouldRefuse) {
    auto codeOf = [](std::vector<core::Revision> revisions) {
        auto bytes = encode(makePortfolio(std::move(revisions)));
        return bytes.ok() ? std::string("ok") : bytes.error().code;
    };
    EXPECT_EQ(codeOf({rev("e", 1, "{\"t\":\"" + std::string(kMaxStringBytes, 'x') + "\"}")}),
              kErrStringTooLong);
    EXPECT_EQ(codeOf({rev("e", 1, "[1]")}), kErrTypes);
    EXPECT_EQ(codeOf({rev("e", 1, "{\"a\":" + std::string(40, '[') + std::string(40, ']') + "}")}),
              kErrTooDeep);
    EXPECT_EQ(codeOf({rev("e", 1, "{\"a\":\"\xff\"}")}), kErrUtf8);
    EXPECT_EQ(codeOf({rev("has space", 1)}), kErrTypes);
    EXPECT_EQ(codeOf({rev("e", 1, "{}", false, "Bad-Kind")}), kErrTypes);
    EXPECT_EQ(codeOf({rev("e", 1, "{}", false, "journal", kLearnerB)}), kErrWrongLearner);
    EXPECT_EQ(codeOf({rev("e", 1)}), "ok");
    Portfolio noId = makePortfolio({});
    noId.learnerId = "not-a-uuid";
    EXPECT_FALSE(encode(noId).ok());
}

TEST(PortfolioFile, SomeoneElsesPortfolioIsRefusedByLearnerId) {
    const Portfolio portfolio = makePortfolio({profileRev("Sam", 1000)});
    EXPECT_TRUE(checkLearner(portfolio, kLearnerA, "f").ok());
    EXPECT_TRUE(checkLearner(portfolio, "", "f").ok()) << "nobody signed in: any learner";
    const core::Status status = checkLearner(portfolio, kLearnerB, "sam-1a2b3c4d.pathlight");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, kErrWrongLearner);
    EXPECT_EQ(status.error().message, "This is someone else's portfolio. Pick your own file.");
    EXPECT_THAT(status.error().detail, HasSubstr(kLearnerA));
    EXPECT_THAT(status.error().detail, HasSubstr(kLearnerB));
}

TEST(PortfolioFile, KidMessagesHaveNoTechnicalWords) {
    for (const char* code :
         {kErrTruncated,     kErrSyntax,       kErrChecksum,  kErrTooNew,    kErrUnknownFormat,
          kErrUtf8,          kErrTypes,        kErrTooBig,    kErrTooDeep,   kErrTooMany,
          kErrStringTooLong, kErrWrongLearner, kErrConflict,  kErrNoProfile, kErrIo,
          kErrUnreadable,    kErrBusy,         kErrNoLearner, kErrGuest,     kErrPinNeeded}) {
        const std::string message(messageFor(code));
        EXPECT_FALSE(message.empty()) << code;
        for (const char* jargon : {"JSON", "UTF", "checksum", "SHA", "byte", "HLC", "revision", "errno"}) {
            EXPECT_THAT(message, Not(HasSubstr(jargon))) << code;
        }
    }
}

TEST(PortfolioFile, SummaryShowsTheCurrentNameAndCountsLiveAndDeletedEntries) {
    const Portfolio portfolio = makePortfolio({
        profileRev("Sam", 1000),
        profileRev("Samira", 5000),
        rev("j1", 2000),
        rev("j2", 2000),
        rev("j2", 3000, "{}", true),
    });
    const Summary summary = summarize(portfolio);
    EXPECT_EQ(summary.nickname, "Samira");
    EXPECT_EQ(summary.revisions, 5u);
    EXPECT_EQ(summary.entries, 3u);
    EXPECT_EQ(summary.deletedEntries, 1u);
    EXPECT_EQ(summary.entriesByKind.at("journal"), 1u);
    EXPECT_EQ(summary.entriesByKind.at("profile"), 1u);
    EXPECT_EQ(summary.firstMs, 1000);
    EXPECT_EQ(summary.lastMs, 5000);
}

TEST(PortfolioFile, SeedCorpusFilesDecodeAsTheirNamesSay) {
    const fs::path corpus =
        fs::path(PATHLIGHT_CONTENT_DIR) / ".." / "tests" / "fuzz" / "corpus" / "portfolio";
    const std::map<std::string, std::string> expected{
        {"valid-example.pathlight", "ok"},
        {"valid-empty.pathlight", "ok"},
        {"valid-quiz.pathlight", "ok"},
        {"truncated.pathlight", kErrTruncated},
        {"zero-tail.pathlight", kErrTruncated},
        {"bad-checksum.pathlight", kErrChecksum},
        {"too-new.pathlight", kErrTooNew},
        {"unknown-format.pathlight", kErrUnknownFormat},
        {"not-object.pathlight", kErrUnknownFormat},
        {"wrong-types.pathlight", kErrTypes},
        {"deep.pathlight", kErrTooDeep},
        {"deep-body.pathlight", kErrTooDeep},
        {"duplicate-key.pathlight", kErrSyntax},
        {"conflict.pathlight", kErrConflict},
        {"bad-utf8.pathlight", kErrUtf8},
    };
    std::size_t seen = 0;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        const std::string name = entry.path().filename().string();
        ASSERT_TRUE(expected.count(name)) << "describe the new seed " << name << " here";
        auto decoded = decode(readBytes(entry.path()), name);
        EXPECT_EQ(decoded.ok() ? std::string("ok") : decoded.error().code, expected.at(name)) << name;
        ++seen;
    }
    EXPECT_EQ(seen, expected.size());
}
