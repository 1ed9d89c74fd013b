// CSV writing and the tables of each class report; see csv_export.hpp.
#include "report/csv_export.hpp"

#include "report/file_output.hpp"
#include "report/utf8.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace pathlight::report {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kHidden = "*";

std::string number(int value) {
    return std::to_string(value);
}

std::string decimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string percent(int count, int students) {
    return decimal(students > 0 ? 100.0 * count / students : 0.0);
}

std::string hiddenNote(const ReportLabels& labels, int threshold) {
    return fillTemplate(labels.hiddenNote, "threshold", std::to_string(threshold));
}

std::string percentHeader(const ReportLabels& labels, const std::string& column) {
    return fillTemplate(labels.percentOf, "column", column);
}

// Calls `row(split, groupRow)` for the all-students row and every split's rows.
template <class Values, class Row>
void eachRow(const Breakdown<Values>& data, const ReportLabels& labels, Row row) {
    row(labels.allStudents, data.all);
    for (const SplitRows<Values>& split : data.splits) {
        for (const GroupRow<Values>& group : split.rows) {
            row(split.label, group);
        }
    }
}

// Split, Group, Students, then `cells` (or "*" for each when hidden), then Note.
template <class Values, class Cells>
void addRow(CsvTable& table, const std::string& split, const GroupRow<Values>& row, std::size_t width,
            const std::string& note, Cells cells) {
    std::vector<std::string> line{split, row.group.label};
    if (row.group.hidden) {
        line.emplace_back(kHidden);
        for (std::size_t i = 0; i < width; ++i) {
            line.emplace_back(kHidden);
        }
        line.push_back(note);
    } else {
        line.push_back(number(row.group.students));
        cells(line);
        line.emplace_back();
    }
    table.rows.push_back(std::move(line));
}

std::vector<CsvTable> interestTables(const ClassReports& reports, const ReportLabels& labels) {
    const InterestReport& report = reports.interests;
    const std::string note = hiddenNote(labels, reports.threshold);
    CsvTable summary{"interests", {labels.split, labels.group, labels.students}, {}};
    for (const std::string& column : report.columns) {
        summary.header.push_back(column);
        summary.header.push_back(percentHeader(labels, column));
    }
    summary.header.push_back(labels.note);
    CsvTable codes{"interest-codes",
                   {labels.split, labels.group, labels.students, labels.code, labels.codeCount,
                    percentHeader(labels, labels.codeCount), labels.note},
                   {}};
    eachRow(report.data, labels, [&](const std::string& split, const GroupRow<InterestValues>& row) {
        addRow(summary, split, row, report.columns.size() * 2, note, [&](std::vector<std::string>& line) {
            for (const int count : row.values.firstLetter) {
                line.push_back(number(count));
                line.push_back(percent(count, row.group.students));
            }
        });
        if (row.group.hidden) {
            codes.rows.push_back({split, row.group.label, std::string(kHidden), std::string(kHidden),
                                  std::string(kHidden), std::string(kHidden), note});
            return;
        }
        std::vector<std::pair<std::string, int>> sorted(row.values.codes.begin(), row.values.codes.end());
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [code, count] : sorted) {
            codes.rows.push_back({split, row.group.label, number(row.group.students), code, number(count),
                                  percent(count, row.group.students), ""});
        }
    });
    return {summary, codes};
}

std::vector<CsvTable> coverageTables(const ClassReports& reports, const ReportLabels& labels) {
    const CoverageReport& report = reports.coverage;
    const std::string note = hiddenNote(labels, reports.threshold);
    CsvTable summary{"coverage", {labels.split, labels.group, labels.students, labels.meanExplored}, {}};
    for (const std::string& cluster : report.clusters) {
        summary.header.push_back(cluster);
    }
    for (const std::string& grouping : report.groupings) {
        summary.header.push_back(fillTemplate(labels.neverExplored, "grouping", grouping));
    }
    summary.header.push_back(labels.note);
    eachRow(report.data, labels, [&](const std::string& split, const GroupRow<CoverageValues>& row) {
        addRow(summary, split, row, 1 + report.clusters.size() + report.groupings.size(), note,
               [&](std::vector<std::string>& line) {
                   line.push_back(decimal(row.values.meanExplored));
                   for (const int count : row.values.explored) {
                       line.push_back(number(count));
                   }
                   for (const int count : row.values.neverGrouping) {
                       line.push_back(number(count));
                   }
               });
    });
    CsvTable students{"coverage-students", {labels.student, labels.byGrade, labels.clustersExplored}, {}};
    for (const std::string& cluster : report.clusters) {
        students.header.push_back(cluster);
    }
    students.header.push_back(labels.neverHeading);
    for (const StudentCoverage& student : report.students) {
        std::vector<std::string> line{student.name, number(student.grade),
                                      number(static_cast<int>(student.explored.count()))};
        for (std::size_t c = 0; c < report.clusters.size(); ++c) {
            line.push_back(student.explored.test(c) ? labels.yes : "");
        }
        std::string never;
        for (const std::string& grouping : student.neverGroupings) {
            never += (never.empty() ? "" : "; ") + grouping;
        }
        line.push_back(never);
        students.rows.push_back(std::move(line));
    }
    return {summary, students};
}

std::vector<CsvTable> participationTables(const ClassReports& reports, const ReportLabels& labels) {
    const ParticipationReport& report = reports.participation;
    const std::string note = hiddenNote(labels, reports.threshold);
    CsvTable table{"participation", {labels.split, labels.group, labels.students, labels.activeAnyWeek}, {}};
    for (const int week : report.weekStarts) {
        table.header.push_back(fillTemplate(labels.weekOf, "date", isoDate(week)));
    }
    table.header.push_back(labels.note);
    eachRow(report.data, labels, [&](const std::string& split, const GroupRow<ParticipationValues>& row) {
        addRow(table, split, row, 1 + report.weekStarts.size(), note, [&](std::vector<std::string>& line) {
            line.push_back(number(row.values.activeAny));
            for (const int count : row.values.activePerWeek) {
                line.push_back(number(count));
            }
        });
    });
    return {table};
}

std::vector<CsvTable> milestoneTables(const ClassReports& reports, const ReportLabels& labels) {
    const std::string note = hiddenNote(labels, reports.threshold);
    CsvTable table{"milestones",
                   {labels.byGrade, labels.split, labels.group, labels.students, labels.milestone, labels.met,
                    percentHeader(labels, labels.met), labels.note},
                   {}};
    for (const GradeMilestones& grade : reports.milestones.grades) {
        eachRow(grade.data, labels, [&](const std::string& split, const GroupRow<MilestoneValues>& row) {
            const std::string splitLabel = split == labels.allStudents ? grade.label : split;
            const auto add = [&](const std::string& milestone, int met) {
                if (row.group.hidden) {
                    table.rows.push_back({number(grade.grade), splitLabel, row.group.label,
                                          std::string(kHidden), milestone, std::string(kHidden),
                                          std::string(kHidden), note});
                } else {
                    table.rows.push_back({number(grade.grade), splitLabel, row.group.label,
                                          number(row.group.students), milestone, number(met),
                                          percent(met, row.group.students), ""});
                }
            };
            for (std::size_t m = 0; m < grade.milestones.size(); ++m) {
                add(grade.milestones[m].label, row.group.hidden ? 0 : row.values.met[m]);
            }
            add(labels.allMet, row.values.allMet);
        });
    }
    return {table};
}

} // namespace

std::string csvField(std::string_view value) {
    std::string cell;
    cell.reserve(value.size() + 3);
    if (!value.empty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            cell += '\''; // a spreadsheet then shows the text instead of running it as a formula
        }
    }
    cell.append(value);
    if (cell.find_first_of(",\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quotedCell = "\"";
    for (const char c : cell) {
        quotedCell += c;
        if (c == '"') {
            quotedCell += '"';
        }
    }
    quotedCell += '"';
    return quotedCell;
}

std::string csvText(const CsvTable& table) {
    std::string out(kBom);
    const auto line = [&out](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            out += csvField(cells[i]);
        }
        out += "\r\n";
    };
    line(table.header);
    for (const std::vector<std::string>& row : table.rows) {
        line(row);
    }
    return out;
}

core::Status saveCsv(const CsvTable& table, const std::filesystem::path& path) {
    return writeFileAtomically(path, csvText(table));
}

std::optional<ReportKind> reportKindFromName(std::string_view name) {
    for (const ReportKind kind :
         {ReportKind::Interests, ReportKind::Coverage, ReportKind::Participation, ReportKind::Milestones}) {
        if (reportKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string_view reportKindName(ReportKind kind) {
    switch (kind) {
    case ReportKind::Interests:
        return "interests";
    case ReportKind::Coverage:
        return "coverage";
    case ReportKind::Participation:
        return "participation";
    case ReportKind::Milestones:
        return "milestones";
    }
    return "interests";
}

std::vector<CsvTable> reportTables(const ClassReports& reports, ReportKind kind, const ReportLabels& labels) {
    switch (kind) {
    case ReportKind::Interests:
        return interestTables(reports, labels);
    case ReportKind::Coverage:
        return coverageTables(reports, labels);
    case ReportKind::Participation:
        return participationTables(reports, labels);
    case ReportKind::Milestones:
        return milestoneTables(reports, labels);
    }
    return {};
}

std::string isoDate(int day) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

} // namespace pathlight::report
