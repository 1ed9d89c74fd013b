// Layout of the printable class reports; see report_pages.hpp.
//
// [SECTION] Grid: a table of groups x columns, each cell a number with an optional bar or tick
// [SECTION] Charts: bars for all students, weekly columns
// [SECTION] One layout per report
#include "report/report_pages.hpp"

#include "report/page_layout.hpp"
#include "report/utf8.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace pathlight::report {

namespace {

const TextStyle kBody{11, false, colors::kInk};
const TextStyle kSmall{9.5, false, colors::kMuted};
const TextStyle kCell{9.5, false, colors::kInk};
const TextStyle kCellBold{9.5, true, colors::kInk};
const Fill kHiddenFill{Rgb{170, 170, 170}, Pattern::Diagonal, colors::kWhite};

std::string percentText(int count, int students) {
    const int value = students > 0 ? static_cast<int>(std::lround(100.0 * count / students)) : 0;
    return std::to_string(value) + "%";
}

double share(int count, int students) {
    return students > 0 ? static_cast<double>(count) / students : 0.0;
}

// [SECTION] Grid

struct GridCell {
    std::string text;
    double share = -1; // >= 0: a small bar under the text
    bool tick = false; // a box, ticked when `ticked`
    bool ticked = false;
};

struct GridRow {
    std::string label;
    bool hidden = false;  // hatched, "*"
    bool strong = false;  // the all-students row
    bool section = false; // a split's name, no cells
    std::vector<GridCell> cells;
};

struct Grid {
    std::vector<std::string> headers;
    std::vector<double> weights; // relative column widths; empty: all equal
    double labelWidth = 150;
    double rowHeight = 24;
    std::vector<GridRow> rows;
    std::string hiddenText; // "* hidden"
};

// Left edges of the columns (one more than there are columns: the last is the right edge).
std::vector<double> columnEdges(const PageFlow& flow, const Grid& grid) {
    double total = 0;
    for (std::size_t c = 0; c < grid.headers.size(); ++c) {
        total += c < grid.weights.size() ? grid.weights[c] : 1.0;
    }
    std::vector<double> edges{flow.left() + grid.labelWidth};
    const double width = flow.width() - grid.labelWidth;
    for (std::size_t c = 0; c < grid.headers.size(); ++c) {
        edges.push_back(edges.back() + width * (c < grid.weights.size() ? grid.weights[c] : 1.0) / total);
    }
    return edges;
}

void drawGridHeader(PageFlow& flow, const Grid& grid, const std::vector<double>& edges) {
    Canvas& canvas = flow.canvas();
    const double y = flow.y();
    for (std::size_t c = 0; c < grid.headers.size(); ++c) {
        const double width = edges[c + 1] - edges[c];
        drawTextCentered(canvas, (edges[c] + edges[c + 1]) / 2, y + 11,
                         ellipsize(flow.fonts(), grid.headers[c], kCellBold, width - 2), kCellBold);
    }
    flow.advance(16);
    canvas.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), colors::kInk, 0.75);
}

void drawGrid(PageFlow& flow, const Grid& grid) {
    const std::vector<double> edges = columnEdges(flow, grid);
    flow.ensure(16 + grid.rowHeight * 3);
    drawGridHeader(flow, grid, edges);
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        const GridRow& row = grid.rows[r];
        const double height = row.section ? 18 : grid.rowHeight;
        const int page = flow.pageNumber();
        // A split's name stays with its first group.
        flow.ensure(row.section ? height + grid.rowHeight : height);
        if (flow.pageNumber() != page) {
            drawGridHeader(flow, grid, edges);
        }
        Canvas& canvas = flow.canvas();
        const double top = flow.y();
        if (row.section) {
            canvas.text(flow.left(), top + 13, row.label, TextStyle{10, true, colors::kAccent});
            flow.advance(height);
            continue;
        }
        const TextStyle& labelStyle = row.strong ? kCellBold : kCell;
        const double baseline = top + grid.rowHeight / 2 + 3.5 - (grid.rowHeight > 20 ? 3 : 0);
        canvas.text(flow.left() + 4, baseline,
                    ellipsize(flow.fonts(), row.label, labelStyle, grid.labelWidth - 8), labelStyle);
        const double cellsLeft = flow.left() + grid.labelWidth;
        if (row.hidden) {
            const Box band{cellsLeft + 2, top + 3, flow.width() - grid.labelWidth - 4, grid.rowHeight - 6};
            canvas.fill(band, kHiddenFill);
            const double textWidth = flow.fonts().measure(grid.hiddenText, kCellBold.size, true);
            canvas.fill(Box{band.x + band.w / 2 - textWidth / 2 - 6, band.y + 2, textWidth + 12, band.h - 4},
                        Fill{colors::kWhite}, 3);
            drawTextCentered(canvas, band.x + band.w / 2, top + grid.rowHeight / 2 + 3.5, grid.hiddenText,
                             kCellBold);
        } else {
            for (std::size_t c = 0; c < row.cells.size() && c < grid.headers.size(); ++c) {
                const GridCell& cell = row.cells[c];
                const double x = edges[c];
                const double columnWidth = edges[c + 1] - edges[c];
                const double centre = x + columnWidth / 2;
                if (cell.tick) {
                    const double size = std::min(grid.rowHeight - 8, 12.0);
                    const Box box{centre - size / 2, top + (grid.rowHeight - size) / 2, size, size};
                    if (cell.ticked) {
                        canvas.fill(box, Fill{colors::kAccent}, 2);
                        canvas.line(box.x + 2.5, box.y + size * 0.55, box.x + size * 0.42, box.bottom() - 2.5,
                                    colors::kWhite, 1.6);
                        canvas.line(box.x + size * 0.42, box.bottom() - 2.5, box.right() - 2, box.y + 2.5,
                                    colors::kWhite, 1.6);
                    } else {
                        canvas.stroke(box, colors::kRule, 0.75, 2);
                    }
                    continue;
                }
                const TextStyle& style = row.strong ? kCellBold : kCell;
                drawTextCentered(canvas, centre, baseline,
                                 ellipsize(flow.fonts(), cell.text, style, columnWidth - 2), style);
                if (cell.share >= 0) {
                    const Box track{x + 4, top + grid.rowHeight - 8, columnWidth - 8, 4};
                    if (cell.share > 0) {
                        canvas.fill(Box{track.x, track.y, track.w * std::min(cell.share, 1.0), track.h},
                                    Fill{colors::kAccent});
                    }
                    canvas.stroke(track, colors::kRule, 0.5);
                }
            }
        }
        flow.advance(grid.rowHeight);
        canvas.line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), Rgb{210, 214, 222}, 0.5);
    }
    flow.gap(10);
}

// Rows for the all-students row and every split; `cells(values, students)` makes a shown row's cells.
template <class Values, class Cells>
std::vector<GridRow> gridRows(const Breakdown<Values>& data, Cells cells) {
    std::vector<GridRow> rows;
    const auto add = [&](const GroupRow<Values>& row, bool strong) {
        GridRow line;
        line.label = row.group.hidden ? row.group.label
                                      : row.group.label + " (" + std::to_string(row.group.students) + ")";
        line.hidden = row.group.hidden;
        line.strong = strong;
        if (!row.group.hidden) {
            line.cells = cells(row.values, row.group.students);
        }
        rows.push_back(std::move(line));
    };
    add(data.all, true);
    for (const SplitRows<Values>& split : data.splits) {
        if (split.rows.empty()) {
            continue;
        }
        rows.push_back(GridRow{split.label, false, false, true, {}});
        for (const GroupRow<Values>& row : split.rows) {
            add(row, false);
        }
    }
    return rows;
}

// Numbered legend: "1 = Advanced Manufacturing", two columns.
void drawLegend(PageFlow& flow, const std::vector<std::string>& names, const std::string& heading) {
    const double half = flow.width() / 2;
    const std::size_t rowsNeeded = (names.size() + 1) / 2;
    flow.ensure(static_cast<double>(rowsNeeded + 1) * lineHeight(kSmall) + 4); // a legend stays together
    if (!heading.empty()) {
        flow.paragraph(heading, TextStyle{10, true, colors::kInk});
    }
    for (std::size_t r = 0; r < rowsNeeded; ++r) {
        flow.ensure(lineHeight(kSmall));
        for (std::size_t col = 0; col < 2; ++col) {
            const std::size_t i = col * rowsNeeded + r;
            if (i < names.size()) {
                const std::string text = std::to_string(i + 1) + " = " + names[i];
                flow.canvas().text(flow.left() + half * static_cast<double>(col), flow.y() + kSmall.size,
                                   ellipsize(flow.fonts(), text, kSmall, half - 8), kSmall);
            }
        }
        flow.advance(lineHeight(kSmall));
    }
    flow.gap(8);
}

// [SECTION] Charts

std::string shortDate(int day, const ReportLabels& labels) {
    const std::chrono::year_month_day date{std::chrono::sys_days{std::chrono::days{day}}};
    const auto month = static_cast<unsigned>(date.month());
    std::string text = fillTemplate(labels.dayMonth, "month", labels.months[(month + 11) % 12]);
    return fillTemplate(text, "day", std::to_string(static_cast<unsigned>(date.day())));
}

void hiddenMessage(PageFlow& flow, const std::string& text) {
    flow.ensure(30);
    Canvas& canvas = flow.canvas();
    const Box band{flow.left(), flow.y(), flow.width(), 24};
    canvas.fill(band, kHiddenFill);
    const double width = flow.fonts().measure(text, kCellBold.size, true);
    canvas.fill(Box{band.x + band.w / 2 - width / 2 - 8, band.y + 3, width + 16, 18}, Fill{colors::kWhite},
                3);
    drawTextCentered(canvas, band.x + band.w / 2, band.y + 16, text, kCellBold);
    flow.advance(34);
}

// Weekly columns with the count printed above each and the date below.
void weeklyChart(PageFlow& flow, const std::vector<int>& weekStarts, const std::vector<int>& values,
                 int students, const ReportLabels& labels) {
    const double chartHeight = 140;
    flow.ensure(chartHeight + 40);
    Canvas& canvas = flow.canvas();
    const double top = flow.y() + 14;
    const double baseY = top + chartHeight;
    const std::size_t n = values.size();
    const double slot = n > 0 ? flow.width() / static_cast<double>(n) : flow.width();
    const double barWidth = std::min(slot * 0.6, 36.0);
    const int maxValue = std::max(students, 1);
    const TextStyle dateStyle{n > 14 ? 7.0 : 8.5, false, colors::kMuted};
    for (std::size_t i = 0; i < n; ++i) {
        const double centre = flow.left() + slot * (static_cast<double>(i) + 0.5);
        const double height = chartHeight * static_cast<double>(values[i]) / maxValue;
        if (height > 0) {
            canvas.fill(Box{centre - barWidth / 2, baseY - height, barWidth, height}, Fill{colors::kAccent});
        }
        drawTextCentered(canvas, centre, baseY - height - 3, std::to_string(values[i]), kCellBold);
        drawTextCentered(canvas, centre, baseY + 12, shortDate(weekStarts[i], labels), dateStyle);
    }
    canvas.line(flow.left(), baseY, flow.left() + flow.width(), baseY, colors::kInk, 0.75);
    flow.moveTo(baseY + 24);
}

// [SECTION] One layout per report

struct Page {
    PageFlow& flow;
    const ClassReports& reports;
    const ReportLabels& labels;
};

std::string hiddenShort(const ReportLabels& labels, int threshold) {
    return "* " + fillTemplate(labels.hiddenNote, "threshold", std::to_string(threshold));
}

void interestsPage(Page& p) {
    PageFlow& flow = p.flow;
    const InterestReport& report = p.reports.interests;
    const ReportLabels& labels = p.labels;
    flow.heading(labels.firstLetterHeading, 14);
    if (report.data.all.group.hidden) {
        hiddenMessage(flow, hiddenShort(labels, p.reports.threshold));
    } else {
        std::vector<BarItem> bars;
        const int n = report.data.all.group.students;
        for (std::size_t c = 0; c < report.columns.size(); ++c) {
            const int count = report.data.all.values.firstLetter[c];
            bars.push_back(BarItem{report.columns[c], static_cast<double>(count), static_cast<double>(n),
                                   std::to_string(count) + " (" + percentText(count, n) + ")", false});
        }
        BarStyle style;
        style.text = TextStyle{11, false, colors::kInk};
        style.labelWidth = 130;
        style.valueWidth = 70;
        style.rowHeight = 20;
        style.plainFill = Fill{colors::kAccent};
        flow.bars(bars, style);
        flow.gap(10);
    }
    Grid grid;
    for (std::size_t c = 0; c < kInterestAreas; ++c) {
        grid.headers.push_back(report.columns[c].substr(0, 1));
    }
    grid.headers.push_back("\u2013");
    grid.hiddenText = "*";
    grid.rows = gridRows(report.data, [](const InterestValues& v, int students) {
        std::vector<GridCell> cells;
        for (const int count : v.firstLetter) {
            cells.push_back(GridCell{std::to_string(count) + " \u00B7 " + percentText(count, students),
                                     share(count, students)});
        }
        return cells;
    });
    drawGrid(flow, grid);
    std::vector<std::string> legend;
    for (std::size_t c = 0; c < kInterestAreas; ++c) {
        legend.push_back(report.columns[c]);
    }
    std::string line;
    for (const std::string& column : legend) {
        line += (line.empty() ? "" : ", ") + column.substr(0, 1) + " = " + column.substr(2);
    }
    flow.paragraph(line + ", \u2013 = " + labels.noCode, kSmall);
    flow.gap(10);

    if (!report.data.all.group.hidden && !report.data.all.values.codes.empty()) {
        flow.heading(labels.topCodesHeading, 14);
        std::vector<std::pair<std::string, int>> codes(report.data.all.values.codes.begin(),
                                                       report.data.all.values.codes.end());
        std::stable_sort(codes.begin(), codes.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        codes.resize(std::min<std::size_t>(codes.size(), 10));
        std::vector<BarItem> bars;
        const int n = report.data.all.group.students;
        for (const auto& [code, count] : codes) {
            bars.push_back(BarItem{code, static_cast<double>(count), static_cast<double>(n),
                                   std::to_string(count) + " (" + percentText(count, n) + ")", false});
        }
        BarStyle style;
        style.text = TextStyle{11, false, colors::kInk};
        style.labelWidth = 60;
        style.valueWidth = 70;
        style.rowHeight = 18;
        style.plainFill = Fill{colors::kAccent, Pattern::Diagonal, colors::kTint};
        flow.bars(bars, style);
    }
}

void coveragePage(Page& p) {
    PageFlow& flow = p.flow;
    const CoverageReport& report = p.reports.coverage;
    const ReportLabels& labels = p.labels;
    Grid grid;
    for (int c = 1; c <= kClusterCount; ++c) {
        grid.headers.push_back(std::to_string(c));
    }
    grid.hiddenText = "*";
    grid.labelWidth = 130;
    grid.rows = gridRows(report.data, [](const CoverageValues& v, int students) {
        std::vector<GridCell> cells;
        for (const int count : v.explored) {
            cells.push_back(GridCell{percentText(count, students), share(count, students)});
        }
        return cells;
    });
    drawGrid(flow, grid);
    drawLegend(flow, report.clusters, labels.cluster);

    flow.heading(labels.neverHeading, 14);
    for (std::size_t g = 0; g < report.groupings.size(); ++g) {
        std::string names;
        for (const StudentCoverage& student : report.students) {
            if (std::find(student.neverGroupings.begin(), student.neverGroupings.end(),
                          report.groupings[g]) != student.neverGroupings.end()) {
                // No-break spaces keep "Lucía A." on one line.
                std::string name = student.name;
                for (std::size_t at = 0; (at = name.find(' ', at)) != std::string::npos;) {
                    name.replace(at, 1, "\u00A0");
                }
                names += (names.empty() ? "" : ", ") + name;
            }
        }
        flow.ensure(34);
        flow.paragraph(report.groupings[g], TextStyle{11, true, colors::kInk});
        flow.paragraph(names.empty() ? labels.nobody : names, kBody, 12);
        flow.gap(4);
    }
    flow.gap(8);

    flow.heading(labels.studentsHeading, 14);
    Grid heatmap;
    for (int c = 1; c <= kClusterCount; ++c) {
        heatmap.headers.push_back(std::to_string(c));
    }
    heatmap.headers.push_back("#");
    heatmap.labelWidth = 150;
    heatmap.rowHeight = 17;
    for (const StudentCoverage& student : report.students) {
        GridRow row;
        row.label = student.name + " (" + std::to_string(student.grade) + ")";
        for (int c = 0; c < kClusterCount; ++c) {
            GridCell cell;
            cell.tick = true;
            cell.ticked = student.explored.test(static_cast<std::size_t>(c));
            row.cells.push_back(cell);
        }
        row.cells.push_back(GridCell{std::to_string(student.explored.count()), -1});
        heatmap.rows.push_back(std::move(row));
    }
    drawGrid(flow, heatmap);
    flow.paragraph(labels.explored + ": \u2713 \u00B7 # = " + labels.clustersExplored, kSmall);
}

void participationPage(Page& p) {
    PageFlow& flow = p.flow;
    const ParticipationReport& report = p.reports.participation;
    const ReportLabels& labels = p.labels;
    if (report.data.all.group.hidden) {
        hiddenMessage(flow, hiddenShort(labels, p.reports.threshold));
    } else if (!report.weekStarts.empty()) {
        weeklyChart(flow, report.weekStarts, report.data.all.values.activePerWeek,
                    report.data.all.group.students, labels);
    }
    // The table shows the most recent weeks that fit the page; the CSV has them all.
    constexpr std::size_t kTableWeeks = 8;
    const std::size_t first =
        report.weekStarts.size() > kTableWeeks ? report.weekStarts.size() - kTableWeeks : 0;
    Grid grid;
    grid.headers.push_back(labels.activeAnyWeek);
    grid.weights.push_back(1.6);
    for (std::size_t w = first; w < report.weekStarts.size(); ++w) {
        grid.headers.push_back(shortDate(report.weekStarts[w], labels));
    }
    grid.hiddenText = "*";
    grid.labelWidth = 130;
    grid.rows = gridRows(report.data, [first](const ParticipationValues& v, int students) {
        std::vector<GridCell> cells;
        cells.push_back(
            GridCell{std::to_string(v.activeAny) + " \u00B7 " + percentText(v.activeAny, students),
                     share(v.activeAny, students)});
        for (std::size_t w = first; w < v.activePerWeek.size(); ++w) {
            cells.push_back(
                GridCell{std::to_string(v.activePerWeek[w]), share(v.activePerWeek[w], students)});
        }
        return cells;
    });
    drawGrid(flow, grid);
}

void milestonesPage(Page& p) {
    PageFlow& flow = p.flow;
    const ReportLabels& labels = p.labels;
    if (p.reports.milestones.grades.empty()) {
        flow.paragraph(labels.noMilestones, kBody);
        return;
    }
    for (const GradeMilestones& grade : p.reports.milestones.grades) {
        const GroupRow<MilestoneValues>& all = grade.data.all;
        flow.heading(all.group.hidden ? grade.label
                                      : grade.label + " (" + std::to_string(all.group.students) + ")",
                     15);
        std::vector<std::string> names;
        for (const Milestone& milestone : grade.milestones) {
            names.push_back(milestone.label);
        }
        names.push_back(labels.allMet);
        if (all.group.hidden) {
            hiddenMessage(flow, hiddenShort(labels, p.reports.threshold));
        } else {
            std::vector<BarItem> bars;
            const int n = all.group.students;
            for (std::size_t m = 0; m < names.size(); ++m) {
                const int met = m < grade.milestones.size() ? all.values.met[m] : all.values.allMet;
                std::string text = fillTemplate(labels.metOf, "met", std::to_string(met));
                text = fillTemplate(text, "students", std::to_string(n)) + " (" + percentText(met, n) + ")";
                bars.push_back(BarItem{std::to_string(m + 1) + ". " + names[m], static_cast<double>(met),
                                       static_cast<double>(n), text, m == grade.milestones.size()});
            }
            BarStyle style;
            style.text = TextStyle{10.5, false, colors::kInk};
            style.labelWidth = 210;
            style.valueWidth = 100;
            style.rowHeight = 19;
            style.plainFill = Fill{colors::kAccent};
            flow.bars(bars, style);
            flow.gap(8);
        }
        Grid grid;
        for (std::size_t m = 0; m < names.size(); ++m) {
            grid.headers.push_back(std::to_string(m + 1));
        }
        grid.hiddenText = "*";
        grid.labelWidth = 150;
        grid.rows = gridRows(grade.data, [](const MilestoneValues& v, int students) {
            std::vector<GridCell> cells;
            for (const int met : v.met) {
                cells.push_back(GridCell{std::to_string(met) + " \u00B7 " + percentText(met, students),
                                         share(met, students)});
            }
            cells.push_back(GridCell{std::to_string(v.allMet) + " \u00B7 " + percentText(v.allMet, students),
                                     share(v.allMet, students)});
            return cells;
        });
        // The all-grade row is already the bars above; the table splits the grade by class and more.
        drawGrid(flow, grid);
        flow.gap(10);
    }
}

} // namespace

PageLayout reportLayout(const ClassReports& reports, ReportKind kind, const ReportLabels& labels,
                        const std::string& printedOn) {
    return [reports, kind, labels, printedOn](PageSink& sink, const FontSet& fonts,
                                              PageGeometry page) -> core::Status {
        std::string title;
        std::string intro;
        switch (kind) {
        case ReportKind::Interests:
            title = labels.interestTitle;
            intro = labels.interestIntro;
            break;
        case ReportKind::Coverage:
            title = labels.coverageTitle;
            intro = labels.coverageIntro;
            break;
        case ReportKind::Participation:
            title = labels.participationTitle;
            intro = labels.participationIntro;
            break;
        case ReportKind::Milestones:
            title = labels.milestonesTitle;
            intro = labels.milestonesIntro;
            break;
        }
        Margins margins;
        margins.bottom = 50;
        const auto footer = [&](Canvas& canvas, int number, int pages) {
            const double baseline = page.height - margins.bottom + 30;
            canvas.line(margins.left, baseline - 13, page.width - margins.right, baseline - 13, colors::kRule,
                        0.5);
            canvas.text(margins.left, baseline,
                        ellipsize(fonts, title + " \u00B7 " + reports.title, kSmall, 380), kSmall);
            std::string text = fillTemplate(labels.pageFooter, "page", std::to_string(number));
            drawTextRight(canvas, page.width - margins.right, baseline,
                          fillTemplate(text, "pages", std::to_string(pages)), kSmall);
        };
        const auto body = [&](PageFlow& flow) {
            flow.paragraph(title, TextStyle{20, true, colors::kInk});
            flow.paragraph(reports.title, TextStyle{13, false, colors::kInk});
            flow.paragraph(fillTemplate(labels.printedOn, "date", printedOn), kSmall);
            flow.gap(4);
            flow.canvas().line(flow.left(), flow.y(), flow.left() + flow.width(), flow.y(), colors::kAccent,
                               1.5);
            flow.gap(10);
            flow.paragraph(intro, kBody);
            flow.paragraph(fillTemplate(labels.hiddenLegend, "threshold", std::to_string(reports.threshold)),
                           kSmall);
            flow.gap(10);
            Page p{flow, reports, labels};
            switch (kind) {
            case ReportKind::Interests:
                interestsPage(p);
                break;
            case ReportKind::Coverage:
                coveragePage(p);
                break;
            case ReportKind::Participation:
                participationPage(p);
                break;
            case ReportKind::Milestones:
                milestonesPage(p);
                break;
            }
        };
        layoutFlow(sink, fonts, page, margins, body, footer);
        return core::Status::success();
    };
}

} // namespace pathlight::report
