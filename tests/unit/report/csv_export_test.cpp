// CSV a spreadsheet opens cleanly: BOM, CRLF, RFC 4180 quoting that reads back exactly, and no
// cell a spreadsheet would run as a formula.
#include "report/csv_export.hpp"

#include "class_fixtures.hpp"

#include <gtest/gtest.h>

#include <random>

using namespace pathlight::report;
using namespace pathlight::report::fixtures;

namespace {

// A strict RFC 4180 reader (after the BOM), independent of the writer.
std::vector<std::vector<std::string>> parseCsv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    std::size_t i = 0;
    bool quoted = false;
    bool cellStarted = false;
    while (i < text.size()) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                i += 2;
            } else if (c == '"') {
                quoted = false;
                ++i;
            } else {
                cell += c;
                ++i;
            }
            continue;
        }
        if (c == '"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
            ++i;
        } else if (c == ',') {
            row.push_back(std::move(cell));
            cell.clear();
            cellStarted = false;
            ++i;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(cell));
            rows.push_back(std::move(row));
            row.clear();
            cell.clear();
            cellStarted = false;
            i += 2;
        } else {
            EXPECT_NE(c, '\n') << "a bare LF outside quotes";
            EXPECT_NE(c, '"') << "a quote inside an unquoted cell";
            cell += c;
            cellStarted = true;
            ++i;
        }
    }
    EXPECT_TRUE(row.empty() && cell.empty()) << "the last line has no CRLF";
    return rows;
}

bool formulaLeading(const std::string& cell) {
    return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

} // namespace

TEST(Csv, StartsWithABomAndEndsEveryLineWithCrlf) {
    const std::string text = csvText(CsvTable{"t", {"a", "b"}, {{"1", "2"}, {"3", "4"}}});
    EXPECT_EQ(text, "\xEF\xBB\xBF"
                    "a,b\r\n1,2\r\n3,4\r\n");
}

TEST(Csv, QuotesOnlyWhatNeedsIt) {
    EXPECT_EQ(csvField("Lucía"), "Lucía");
    EXPECT_EQ(csvField("6A, Ms. Rivera"), "\"6A, Ms. Rivera\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField(""), "");
}

TEST(Csv, FormulaLeadingCellsBecomeText) {
    EXPECT_EQ(csvField("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csvField("+1"), "'+1");
    EXPECT_EQ(csvField("-2"), "'-2");
    EXPECT_EQ(csvField("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvField("\tx"), "'\tx");
    EXPECT_EQ(csvField("\rx"), "\"'\rx\"");
    EXPECT_EQ(csvField("a=b"), "a=b");
}

TEST(Csv, AnyCellsReadBackExactlyAndNoneCanRunAsAFormula) {
    std::mt19937 random(2024);
    const std::vector<std::string> pieces = {"a", "Z", "ñ", "é", ",", "\"", "\r", "\n", "\r\n", "\t",
                                             "=", "+", "-", "@", " ", "'",  "1",  "·",  ";"};
    for (int round = 0; round < 300; ++round) {
        CsvTable table{"t", {}, {}};
        const std::size_t columns = 1 + random() % 5;
        for (std::size_t c = 0; c < columns; ++c) {
            table.header.push_back("h" + std::to_string(c));
        }
        for (std::size_t r = 0; r < 1 + random() % 6; ++r) {
            std::vector<std::string> line;
            for (std::size_t c = 0; c < columns; ++c) {
                std::string cell;
                const std::size_t length = random() % 8;
                for (std::size_t k = 0; k < length; ++k) {
                    cell += pieces[random() % pieces.size()];
                }
                line.push_back(cell);
            }
            table.rows.push_back(line);
        }
        const std::string text = csvText(table);
        ASSERT_EQ(text.substr(0, 3), "\xEF\xBB\xBF");
        const auto parsed = parseCsv(std::string_view(text).substr(3));
        ASSERT_EQ(parsed.size(), table.rows.size() + 1);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            ASSERT_EQ(parsed[r + 1].size(), columns);
            for (std::size_t c = 0; c < columns; ++c) {
                const std::string& original = table.rows[r][c];
                const std::string& read = parsed[r + 1][c];
                EXPECT_FALSE(formulaLeading(read)) << "cell runs as a formula: " << read;
                EXPECT_EQ(read, formulaLeading(original) ? "'" + original : original);
            }
        }
    }
}

TEST(Csv, EveryReportExportsRectangularTablesWithStarsForHiddenGroups) {
    ReportOptions options;
    options.milestones = sampleMilestones();
    const ReportLabels labels = englishReportLabels();
    auto reports = computeClassReports(generatedClass(60), options, labels);
    ASSERT_TRUE(reports.ok());
    std::set<std::string> names;
    bool sawHidden = false;
    for (const ReportKind kind :
         {ReportKind::Interests, ReportKind::Coverage, ReportKind::Participation, ReportKind::Milestones}) {
        EXPECT_EQ(reportKindFromName(reportKindName(kind)), kind);
        for (const CsvTable& table : reportTables(reports.value(), kind, labels)) {
            names.insert(table.name);
            ASSERT_FALSE(table.rows.empty()) << table.name;
            for (const auto& line : table.rows) {
                ASSERT_EQ(line.size(), table.header.size()) << table.name;
                if (line.back().rfind("Hidden:", 0) == 0) {
                    sawHidden = true;
                }
            }
            const auto parsed = parseCsv(std::string_view(csvText(table)).substr(3));
            EXPECT_EQ(parsed.size(), table.rows.size() + 1);
        }
    }
    EXPECT_EQ(names, (std::set<std::string>{"interests", "interest-codes", "coverage", "coverage-students",
                                            "participation", "milestones"}));
    EXPECT_TRUE(sawHidden) << "the sample class has small groups; their rows say why they are hidden";
    EXPECT_FALSE(reportKindFromName("grades").has_value());
    EXPECT_EQ(isoDate(20514), "2026-03-02");
}
