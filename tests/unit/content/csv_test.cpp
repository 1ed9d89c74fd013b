// The CSV reader on the edge cases spreadsheets produce: quoted commas and newlines, doubled
// quotes, a byte-order mark, CRLF endings, blank lines, and quotes left open. Line numbers must
// stay right through all of them, because every content error is reported as file:line.
#include "content/csv.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace pathlight::content;

namespace {
using Fields = std::vector<std::string>;
}

TEST(Csv, PlainRecordsWithLineNumbers) {
    const CsvDocument doc = parseCsv("a,b,c\n1,2,3\n");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[0].fields, (Fields{"a", "b", "c"}));
    EXPECT_EQ(doc.records[1].fields, (Fields{"1", "2", "3"}));
    EXPECT_EQ(doc.records[0].line, 1);
    EXPECT_EQ(doc.records[1].line, 2);
}

TEST(Csv, LastRecordWithoutNewline) {
    const CsvDocument doc = parseCsv("a,b\n1,2");
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[1].fields, (Fields{"1", "2"}));
}

TEST(Csv, EmptyFieldsAreKept) {
    const CsvDocument doc = parseCsv(",x,\n,,\n");
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[0].fields, (Fields{"", "x", ""}));
    EXPECT_EQ(doc.records[1].fields, (Fields{"", "", ""}));
}

TEST(Csv, QuotedFieldWithCommaAndDoubledQuotes) {
    const CsvDocument doc = parseCsv("id,text\n1,\"Fix it, then \"\"ride\"\" it\"\n");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[1].fields, (Fields{"1", "Fix it, then \"ride\" it"}));
}

TEST(Csv, EmptyQuotedField) {
    const CsvDocument doc = parseCsv("\"\",\"\"\"\"\n");
    ASSERT_EQ(doc.records.size(), 1u);
    EXPECT_EQ(doc.records[0].fields, (Fields{"", "\""}));
}

TEST(Csv, QuotedNewlinesKeepLineNumbersRight) {
    const CsvDocument doc = parseCsv("id,text\n1,\"two\nlines\"\n2,\"three\n\nlines\"\n3,end\n");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc.records.size(), 4u);
    EXPECT_EQ(doc.records[1].fields[1], "two\nlines");
    EXPECT_EQ(doc.records[1].line, 2);
    EXPECT_EQ(doc.records[2].fields[1], "three\n\nlines");
    EXPECT_EQ(doc.records[2].line, 4);
    EXPECT_EQ(doc.records[3].line, 7);
}

TEST(Csv, ByteOrderMarkIsSkipped) {
    const CsvDocument doc = parseCsv("\xEF\xBB\xBFid,name\n1,x\n");
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[0].fields[0], "id");
    EXPECT_EQ(doc.records[0].line, 1);
}

TEST(Csv, CrlfEndingsAndCrlfInsideQuotes) {
    const CsvDocument doc = parseCsv("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc.records.size(), 3u);
    EXPECT_EQ(doc.records[0].fields, (Fields{"a", "b"}));
    EXPECT_EQ(doc.records[1].fields, (Fields{"1", "x\ny"}));
    EXPECT_EQ(doc.records[2].fields, (Fields{"2", "z"}));
    EXPECT_EQ(doc.records[2].line, 4);
}

TEST(Csv, BlankLinesAreSkippedButCounted) {
    const CsvDocument doc = parseCsv("a\n\n\nb\r\n\r\nc\n\n");
    ASSERT_EQ(doc.records.size(), 3u);
    EXPECT_EQ(doc.records[1].fields, Fields{"b"});
    EXPECT_EQ(doc.records[1].line, 4);
    EXPECT_EQ(doc.records[2].line, 6);
}

TEST(Csv, EmptyInput) {
    EXPECT_TRUE(parseCsv("").records.empty());
    EXPECT_TRUE(parseCsv("\xEF\xBB\xBF").records.empty());
    EXPECT_TRUE(parseCsv("\n\n").records.empty());
}

TEST(Csv, UnterminatedQuoteIsReportedWhereItOpened) {
    const CsvDocument doc = parseCsv("a,b\n1,2\n3,\"oops\n4,5\n");
    ASSERT_FALSE(doc.ok());
    ASSERT_EQ(doc.problems.size(), 1u);
    EXPECT_EQ(doc.problems[0].line, 3);
    EXPECT_NE(doc.problems[0].message.find("never closed"), std::string::npos);
}

TEST(Csv, TextAfterClosingQuoteIsReported) {
    const CsvDocument doc = parseCsv("a,b\n\"x\"y,2\n");
    ASSERT_EQ(doc.problems.size(), 1u);
    EXPECT_EQ(doc.problems[0].line, 2);
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[1].fields, (Fields{"xy", "2"}));
}

TEST(Csv, QuoteInsideUnquotedFieldIsLiteral) {
    const CsvDocument doc = parseCsv("5'10\" tall,x\n");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(doc.records[0].fields, (Fields{"5'10\" tall", "x"}));
}

TEST(Csv, Utf8TextPassesThrough) {
    const CsvDocument doc =
        parseCsv("name_es\n\"Artes, entretenimiento y diseño\"\nCiencias de la computación\n");
    ASSERT_EQ(doc.records.size(), 3u);
    EXPECT_EQ(doc.records[1].fields[0], "Artes, entretenimiento y diseño");
    EXPECT_EQ(doc.records[2].fields[0], "Ciencias de la computación");
}

TEST(Csv, WriterQuotesOnlyWhenNeededAndRoundTrips) {
    const Fields fields{"plain", "with, comma", "say \"hi\"", "two\nlines", "", "ñ"};
    std::string out;
    appendCsvRecord(out, fields);
    EXPECT_EQ(out, "plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,ñ\n");
    const CsvDocument doc = parseCsv(out + out);
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc.records.size(), 2u);
    EXPECT_EQ(doc.records[0].fields, fields);
    EXPECT_EQ(doc.records[1].line, 3);
}

// Any table the importer writes must read back exactly, whatever its fields hold.
TEST(Csv, RandomTablesRoundTrip) {
    std::mt19937 rng(20240607);
    const std::string alphabet = "ab, \"\n\r;é";
    for (int round = 0; round < 500; ++round) {
        std::vector<Fields> table(1 + rng() % 5);
        const std::size_t width = 1 + rng() % 4;
        std::string text;
        for (Fields& record : table) {
            for (std::size_t f = 0; f < width; ++f) {
                std::string field;
                for (std::size_t n = rng() % 6; n > 0; --n) {
                    field += alphabet[rng() % alphabet.size()];
                }
                // CR inside a field reads back as LF by design; a lone empty field is a blank line.
                std::replace(field.begin(), field.end(), '\r', '\n');
                record.push_back(field);
            }
            if (width == 1 && record[0].empty()) {
                record[0] = "x";
            }
            appendCsvRecord(text, record);
        }
        const CsvDocument doc = parseCsv(text);
        ASSERT_TRUE(doc.ok()) << text;
        ASSERT_EQ(doc.records.size(), table.size()) << text;
        for (std::size_t r = 0; r < table.size(); ++r) {
            EXPECT_EQ(doc.records[r].fields, table[r]) << text;
        }
    }
}

// Malformed input never crashes and every record keeps a line number inside the text.
TEST(Csv, RandomGarbageIsHandled) {
    std::mt19937 rng(7);
    const std::string alphabet = "a,\"\n\r\xEF\xBB\xBF";
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        for (std::size_t n = rng() % 24; n > 0; --n) {
            text += alphabet[rng() % alphabet.size()];
        }
        const CsvDocument doc = parseCsv(text);
        const int lines = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n') +
                                               std::count(text.begin(), text.end(), '\r'));
        for (const CsvRecord& record : doc.records) {
            EXPECT_GE(record.line, 1);
            EXPECT_LE(record.line, lines);
            EXPECT_FALSE(record.fields.empty());
        }
    }
}
