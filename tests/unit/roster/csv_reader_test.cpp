// The strict RFC 4180 reader (core/csv_reader.hpp), table-driven: what it accepts, what it refuses and
// the line it names, and that writing then reading gives the values back.
#include "core/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace pathlight::core;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows fieldsOf(const CsvTable& table) {
    Rows rows;
    for (const CsvRow& row : table.rows) {
        rows.push_back(row.fields);
    }
    return rows;
}

struct Good {
    const char* name;
    std::string text;
    Rows rows;
    std::vector<int> lines;
};

struct Bad {
    const char* name;
    std::string text;
    int line;
    const char* says;
};

} // namespace

TEST(CsvReader, AcceptsWhatRfc4180AndRealExportsWrite) {
    const std::vector<Good> cases = {
        {"plain", "a,b,c\r\n1,2,3\r\n", {{"a", "b", "c"}, {"1", "2", "3"}}, {1, 2}},
        {"no final line break", "a,b\r\n1,2", {{"a", "b"}, {"1", "2"}}, {1, 2}},
        {"LF line ends", "a,b\n1,2\n", {{"a", "b"}, {"1", "2"}}, {1, 2}},
        {"bare CR line ends (old Mac)", "a,b\r1,2\r3,4", {{"a", "b"}, {"1", "2"}, {"3", "4"}}, {1, 2, 3}},
        {"mixed line ends", "a\r\nb\nc\rd", {{"a"}, {"b"}, {"c"}, {"d"}}, {1, 2, 3, 4}},
        {"empty fields", ",x,\r\n,,\r\n", {{"", "x", ""}, {"", "", ""}}, {1, 2}},
        {"trailing comma at the end of the file", "a,", {{"a", ""}}, {1}},
        {"quoted comma", "\"Lee, Jr.\",5\r\n", {{"Lee, Jr.", "5"}}, {1}},
        {"doubled quotes", "\"O\"\"Brien\",\"\"\"\"\r\n", {{"O\"Brien", "\""}}, {1}},
        {"empty quoted field", "\"\",a\r\n", {{"", "a"}}, {1}},
        {"quoted LF kept",
         "id,text\n1,\"two\nlines\"\n2,x\n",
         {{"id", "text"}, {"1", "two\nlines"}, {"2", "x"}},
         {1, 2, 4}},
        {"quoted CRLF kept byte for byte", "1,\"a\r\nb\"\r\n2,c\r\n", {{"1", "a\r\nb"}, {"2", "c"}}, {1, 3}},
        {"quoted bare CR counts as a line", "1,\"a\rb\"\r2,c", {{"1", "a\rb"}, {"2", "c"}}, {1, 3}},
        {"apostrophes are plain text", "O'Conner,D'Amore\n", {{"O'Conner", "D'Amore"}}, {1}},
        {"empty lines skipped, lines still counted",
         "a\n\n\nb\r\n\r\nc\n\n",
         {{"a"}, {"b"}, {"c"}},
         {1, 4, 6}},
        {"UTF-8 BOM dropped",
         "\xEF\xBB\xBFid,name\n1,Zo\xC3\xAB\n",
         {{"id", "name"}, {"1", "Zo\xC3\xAB"}},
         {1, 2}},
        {"kanji",
         "\"\xE5\xA4\xAA\xE9\x83\x8E\",\xE5\xB1\xB1\xE7\x94\xB0\n",
         {{"\xE5\xA4\xAA\xE9\x83\x8E", "\xE5\xB1\xB1\xE7\x94\xB0"}},
         {1}},
        {"spaces are kept", " a , b \n", {{" a ", " b "}}, {1}},
        {"only a BOM", "\xEF\xBB\xBF", {}, {}},
        {"a doubled BOM (found by the fuzzer)", "\xEF\xBB\xBF\xEF\xBB\xBFsourcedId\r", {{"sourcedId"}}, {1}},
        {"nothing", "", {}, {}},
        {"a quoted header, plain rows",
         "\"propertyName\",\"value\"\r\nfile.users,bulk",
         {{"propertyName", "value"}, {"file.users", "bulk"}},
         {1, 2}},
    };
    for (const Good& c : cases) {
        const CsvTable table = readCsv(c.text);
        EXPECT_TRUE(table.ok()) << c.name << ": line " << table.errorLine << ": " << table.error;
        EXPECT_EQ(fieldsOf(table), c.rows) << c.name;
        std::vector<int> lines;
        for (const CsvRow& row : table.rows) {
            lines.push_back(row.line);
        }
        EXPECT_EQ(lines, c.lines) << c.name;
    }
    EXPECT_TRUE(readCsv("\xEF\xBB\xBF"
                        "a\n")
                    .hadBom);
    EXPECT_FALSE(readCsv("a\n").hadBom);
}

TEST(CsvReader, RefusesBrokenTextAndNamesTheLine) {
    const std::vector<Bad> cases = {
        {"quote never closed", "a,b\n1,2\n3,\"oops\n4,5\n", 3, "never closed"},
        {"text after a closing quote", "a,b\n\"x\"y,2\n", 2, "after the closing quote"},
        {"quote inside a plain field", "a,b\n1,5\"10\n", 2, "does not start with one"},
        {"closing quote then space", "a\n\"x\" ,1\n", 2, "after the closing quote"},
        {"Latin-1, not UTF-8", "id,name\n1,Jos\xE9\n", 2, "not UTF-8"},
        {"a lone continuation byte",
         "\x80"
         "a\n",
         1, "not UTF-8"},
        {"an overlong slash", "a\n\xC0\xAF\n", 2, "not UTF-8"},
        {"a UTF-16 surrogate", "a\nb\n\xED\xA0\x80\n", 3, "not UTF-8"},
        {"past U+10FFFF", "\xF4\x90\x80\x80\n", 1, "not UTF-8"},
        {"truncated sequence at the end", "a\n\xE2\x82", 2, "not UTF-8"},
        {"UTF-16 with a BOM", std::string("\xFF\xFEi\0d\0", 6), 1, "not UTF-8"},
        {"a NUL byte", std::string("a\nb\0c\n", 6), 2, "NUL"},
        {"bad UTF-8 after a multi-line value", "a\n\"x\r\ny\"\n\xFF\n", 4, "not UTF-8"},
    };
    for (const Bad& c : cases) {
        const CsvTable table = readCsv(c.text);
        EXPECT_FALSE(table.ok()) << c.name;
        EXPECT_EQ(table.errorLine, c.line) << c.name << ": " << table.error;
        EXPECT_NE(table.error.find(c.says), std::string::npos) << c.name << ": " << table.error;
    }
}

TEST(CsvReader, ARowWithTooManyFieldsIsRefusedNotAllocatedForever) {
    const std::string wide(kMaxCsvFields + 5, ',');
    const CsvTable table = readCsv("a\n" + wide + "\n");
    EXPECT_FALSE(table.ok());
    EXPECT_EQ(table.errorLine, 2);
}

TEST(CsvReader, WrittenValuesReadBackUnchanged) {
    const std::vector<std::string> values = {"plain",
                                             "",
                                             "a,b",
                                             "say \"hi\"",
                                             "two\nlines",
                                             "cr\rlf\r\n",
                                             " pad ",
                                             "\"",
                                             ",",
                                             "Zo\xC3\xAB N\xC3\xBA\xC3\xB1"
                                             "ez"};
    for (const char* lineEnd : {"\r\n", "\n", "\r"}) {
        for (const bool quoteAll : {false, true}) {
            std::string text;
            appendCsvRow(text, values, lineEnd, quoteAll);
            appendCsvRow(text, {"end"}, lineEnd, quoteAll);
            const CsvTable table = readCsv(text);
            ASSERT_TRUE(table.ok()) << table.error;
            ASSERT_EQ(table.rows.size(), 2u);
            EXPECT_EQ(table.rows[0].fields, values);
        }
    }
    std::string lone; // found by the fuzzer: a record of one empty value must not become an empty line
    appendCsvRow(lone, {""});
    EXPECT_EQ(readCsv(lone).rows.size(), 1u);
    std::string bom; // and a value starting with U+FEFF must not read back as a byte-order mark
    appendCsvRow(bom, {"\xEF\xBB\xBFx"});
    EXPECT_EQ(readCsv(bom).rows.at(0).fields.at(0), "\xEF\xBB\xBFx");
    EXPECT_EQ(csvField("x"), "x");
    EXPECT_EQ(csvField("x", true), "\"x\"");
    EXPECT_EQ(csvField("a\"b"), "\"a\"\"b\"");
}

TEST(CsvReader, FirstInvalidUtf8PointsAtTheBadByte) {
    EXPECT_FALSE(firstInvalidUtf8("plain \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80").has_value());
    EXPECT_EQ(firstInvalidUtf8("ab\xFF"), std::optional<std::size_t>(2));
    EXPECT_EQ(firstInvalidUtf8("\xC3"), std::optional<std::size_t>(0));
    EXPECT_EQ(firstInvalidUtf8("ok\xE0\x80\x80"), std::optional<std::size_t>(2)); // overlong
}
