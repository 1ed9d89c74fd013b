// Class report computations; see class_reports.hpp and the suppression rule in suppression.hpp.
#include "report/class_reports.hpp"

#include "report/utf8.hpp"

#include <algorithm>
#include <set>

namespace pathlight::report {

namespace {

constexpr std::string_view kAreaLetters = "RIASEC";

// One split's groups, with members as indices into ClassData::students.
struct GroupDef {
    std::string label;
    std::vector<int> members;
};

struct Dimension {
    std::string label;
    std::vector<GroupDef> groups;
};

core::Error badInput(const std::string& detail) {
    return core::makeError("This report cannot be made from the class data.", detail, "report.bad_input");
}

Dimension gradeDimension(const ClassData& data, const ReportLabels& labels) {
    std::map<int, std::vector<int>> byGrade;
    for (std::size_t i = 0; i < data.students.size(); ++i) {
        byGrade[data.students[i].grade].push_back(static_cast<int>(i));
    }
    Dimension dimension{labels.byGrade, {}};
    for (auto& [grade, members] : byGrade) {
        dimension.groups.push_back(
            {fillTemplate(labels.gradeValue, "grade", std::to_string(grade)), std::move(members)});
    }
    return dimension;
}

Dimension classDimension(const ClassData& data, const ReportLabels& labels) {
    std::map<std::string, std::set<int>> byClass;
    for (std::size_t i = 0; i < data.students.size(); ++i) {
        for (const std::string& id : data.students[i].classIds) {
            byClass[id].insert(static_cast<int>(i)); // a set: a class listed twice counts once
        }
    }
    Dimension dimension{labels.byClass, {}};
    std::set<std::string> listed;
    for (const ClassInfo& info : data.classes) {
        if (!listed.insert(info.id).second) {
            continue;
        }
        const auto found = byClass.find(info.id);
        std::vector<int> members;
        if (found != byClass.end()) {
            members.assign(found->second.begin(), found->second.end());
        }
        dimension.groups.push_back({info.name.empty() ? info.id : info.name, std::move(members)});
    }
    for (const auto& [id, members] : byClass) {
        if (!listed.count(id)) {
            dimension.groups.push_back({id, std::vector<int>(members.begin(), members.end())});
        }
    }
    return dimension;
}

std::vector<Dimension> demographicDimensions(const ClassData& data, const ReportLabels& labels) {
    std::vector<DemographicField> fields = data.demographicFields;
    if (fields.empty()) {
        std::set<std::string> keys;
        for (const StudentRow& student : data.students) {
            for (const auto& [key, value] : student.demographics) {
                keys.insert(key);
            }
        }
        for (const std::string& key : keys) {
            fields.push_back({key, key, {}});
        }
    }
    std::vector<Dimension> dimensions;
    for (const DemographicField& field : fields) {
        std::map<std::string, std::vector<int>> byValue;
        std::vector<int> missing;
        for (std::size_t i = 0; i < data.students.size(); ++i) {
            const auto found = data.students[i].demographics.find(field.key);
            if (found == data.students[i].demographics.end() || found->second.empty()) {
                missing.push_back(static_cast<int>(i));
            } else {
                byValue[found->second].push_back(static_cast<int>(i));
            }
        }
        Dimension dimension{field.label.empty() ? field.key : field.label, {}};
        for (auto& [value, members] : byValue) {
            const auto label = field.valueLabels.find(value);
            dimension.groups.push_back(
                {label != field.valueLabels.end() ? label->second : value, std::move(members)});
        }
        if (!missing.empty()) {
            dimension.groups.push_back({labels.notGiven, std::move(missing)});
        }
        dimensions.push_back(std::move(dimension));
    }
    return dimensions;
}

// Builds a Breakdown over `population` (indices into data.students). `add(values, student)`
// counts one student; `finish(values, n)` turns sums into means. Hidden groups never see `add`.
template <class Values, class Add, class Finish>
Breakdown<Values> breakdown(const ClassData& data, const std::vector<int>& population,
                            const std::vector<Dimension>& dimensions, int threshold, const Values& zero,
                            const std::string& allLabel, Add add, Finish finish) {
    std::vector<int> position(data.students.size(), -1);
    for (std::size_t p = 0; p < population.size(); ++p) {
        position[static_cast<std::size_t>(population[p])] = static_cast<int>(p);
    }
    const auto populationSize = static_cast<int>(population.size());
    const auto makeRow = [&](const std::string& label, const std::vector<int>& members, bool shown) {
        GroupRow<Values> row;
        row.group.label = label;
        row.values = zero;
        if (!shown) {
            row.group.hidden = true;
            return row;
        }
        row.group.students = static_cast<int>(members.size());
        for (const int student : members) {
            add(row.values, data.students[static_cast<std::size_t>(student)]);
        }
        finish(row.values, row.group.students);
        return row;
    };

    Breakdown<Values> result;
    const bool totalShown = populationSize >= threshold;
    result.all = makeRow(allLabel, population, totalShown);
    for (const Dimension& dimension : dimensions) {
        std::vector<std::vector<int>> groups;  // positions in the population
        std::vector<std::vector<int>> members; // indices into data.students
        for (const GroupDef& group : dimension.groups) {
            std::vector<int>& inPopulation = groups.emplace_back();
            std::vector<int>& students = members.emplace_back();
            for (const int student : group.members) {
                const int at = position[static_cast<std::size_t>(student)];
                if (at >= 0) {
                    inPopulation.push_back(at);
                    students.push_back(student);
                }
            }
        }
        const SuppressionPlan plan = planSuppression(groups, populationSize, threshold);
        SplitRows<Values> split{dimension.label, {}};
        for (std::size_t g = 0; g < dimension.groups.size(); ++g) {
            // A group with nobody in this population (class 7A within grade 6) is left out, not starred.
            if (!members[g].empty()) {
                split.rows.push_back(makeRow(dimension.groups[g].label, members[g], plan.groupShown[g]));
            }
        }
        result.splits.push_back(std::move(split));
    }
    return result;
}

constexpr auto kNoFinish = [](auto&, int) {};

int areaColumn(const std::string& code) {
    if (code.empty()) {
        return kNoCodeColumn;
    }
    const std::size_t at = kAreaLetters.find(code.front());
    return at == std::string_view::npos ? kNoCodeColumn : static_cast<int>(at);
}

bool knownCode(const std::string& code) {
    return !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
        return kAreaLetters.find(c) != std::string_view::npos;
    });
}

} // namespace

int weekStart(int day) {
    // 1970-01-01 was a Thursday: Monday is 3 days earlier. ((day + 3) mod 7) is the weekday, Monday = 0.
    const int weekday = ((day + 3) % 7 + 7) % 7;
    return day - weekday;
}

int measureValue(const StudentRow& student, const std::string& measure) {
    if (measure == "quiz") {
        return student.quizDone ? 1 : 0;
    }
    if (measure == "games") {
        return student.gamesPlayed;
    }
    if (measure == "journal") {
        return student.journalEntries;
    }
    if (measure == "experiences") {
        return student.experiences;
    }
    if (measure == "goals") {
        return student.goals;
    }
    if (measure == "goals_done") {
        return student.goalsDone;
    }
    if (measure == "clusters") {
        return static_cast<int>(student.clustersExplored.count());
    }
    const auto found = student.progress.find(measure);
    return found == student.progress.end() ? 0 : found->second;
}

core::Result<ClassReports> computeClassReports(const ClassData& data, const ReportOptions& options,
                                               const ReportLabels& labels) {
    if (options.threshold < 1) {
        return badInput("suppression threshold " + std::to_string(options.threshold) + " is below 1");
    }
    if (data.clusters.size() != static_cast<std::size_t>(kClusterCount)) {
        return badInput("expected 14 clusters, got " + std::to_string(data.clusters.size()));
    }
    if (options.weeks < 1 || options.weeks > 520) {
        return badInput("participation weeks " + std::to_string(options.weeks) + " is outside 1-520");
    }
    std::vector<int> clusterGrouping(kClusterCount, -1);
    for (int c = 0; c < kClusterCount; ++c) {
        for (std::size_t g = 0; g < data.groupings.size(); ++g) {
            if (data.groupings[g].id == data.clusters[static_cast<std::size_t>(c)].grouping) {
                clusterGrouping[static_cast<std::size_t>(c)] = static_cast<int>(g);
            }
        }
        if (clusterGrouping[static_cast<std::size_t>(c)] < 0) {
            return badInput("cluster " + data.clusters[static_cast<std::size_t>(c)].id +
                            " is in unknown grouping '" +
                            data.clusters[static_cast<std::size_t>(c)].grouping + "'");
        }
    }

    ClassReports reports;
    reports.title = data.title;
    reports.threshold = options.threshold;
    const int threshold = options.threshold;
    std::vector<int> everyone(data.students.size());
    for (std::size_t i = 0; i < everyone.size(); ++i) {
        everyone[i] = static_cast<int>(i);
    }
    std::vector<Dimension> dimensions;
    dimensions.push_back(gradeDimension(data, labels));
    dimensions.push_back(classDimension(data, labels));
    for (Dimension& d : demographicDimensions(data, labels)) {
        dimensions.push_back(std::move(d));
    }

    // Interest codes.
    for (int a = 0; a < kInterestAreas; ++a) {
        reports.interests.columns[static_cast<std::size_t>(a)] =
            std::string(1, kAreaLetters[static_cast<std::size_t>(a)]) + " " +
            data.areaNames[static_cast<std::size_t>(a)];
    }
    reports.interests.columns[kNoCodeColumn] = labels.noCode;
    reports.interests.data = breakdown(
        data, everyone, dimensions, threshold, InterestValues{}, labels.allStudents,
        [](InterestValues& v, const StudentRow& s) {
            const std::string& code = s.interestCode;
            const bool counted = s.quizDone && knownCode(code);
            ++v.firstLetter[static_cast<std::size_t>(counted ? areaColumn(code) : kNoCodeColumn)];
            if (counted) {
                ++v.codes[code];
            }
        },
        kNoFinish);

    // Cluster coverage.
    CoverageReport& coverage = reports.coverage;
    for (const ClusterInfo& cluster : data.clusters) {
        coverage.clusters.push_back(cluster.name);
    }
    for (const GroupingInfo& grouping : data.groupings) {
        coverage.groupings.push_back(grouping.name);
    }
    const std::size_t groupingCount = data.groupings.size();
    const auto exploredGroupings = [&](const StudentRow& s) {
        std::vector<bool> explored(groupingCount, false);
        for (int c = 0; c < kClusterCount; ++c) {
            if (s.clustersExplored.test(static_cast<std::size_t>(c))) {
                explored[static_cast<std::size_t>(clusterGrouping[static_cast<std::size_t>(c)])] = true;
            }
        }
        return explored;
    };
    CoverageValues coverageZero;
    coverageZero.neverGrouping.assign(groupingCount, 0);
    coverage.data = breakdown(
        data, everyone, dimensions, threshold, coverageZero, labels.allStudents,
        [&](CoverageValues& v, const StudentRow& s) {
            for (int c = 0; c < kClusterCount; ++c) {
                v.explored[static_cast<std::size_t>(c)] +=
                    s.clustersExplored.test(static_cast<std::size_t>(c)) ? 1 : 0;
            }
            const std::vector<bool> explored = exploredGroupings(s);
            for (std::size_t g = 0; g < groupingCount; ++g) {
                v.neverGrouping[g] += explored[g] ? 0 : 1;
            }
            v.meanExplored += static_cast<double>(s.clustersExplored.count());
        },
        [](CoverageValues& v, int n) { v.meanExplored = n > 0 ? v.meanExplored / n : 0.0; });
    for (const StudentRow& s : data.students) {
        StudentCoverage row{s.id, s.name, s.grade, s.clustersExplored, {}};
        const std::vector<bool> explored = exploredGroupings(s);
        for (std::size_t g = 0; g < groupingCount; ++g) {
            if (!explored[g]) {
                row.neverGroupings.push_back(data.groupings[g].name);
            }
        }
        coverage.students.push_back(std::move(row));
    }
    std::stable_sort(coverage.students.begin(), coverage.students.end(),
                     [](const StudentCoverage& a, const StudentCoverage& b) {
                         return a.grade != b.grade ? a.grade < b.grade : a.name < b.name;
                     });

    // Participation per week.
    int lastDay = options.lastDay;
    if (lastDay < 0) {
        for (const StudentRow& s : data.students) {
            for (const int day : s.activityDays) {
                lastDay = std::max(lastDay, day);
            }
        }
    }
    ParticipationReport& participation = reports.participation;
    if (lastDay >= 0) {
        const int lastWeek = weekStart(lastDay);
        for (int w = options.weeks - 1; w >= 0; --w) {
            participation.weekStarts.push_back(lastWeek - 7 * w);
        }
    }
    const int firstWeek = participation.weekStarts.empty() ? 0 : participation.weekStarts.front();
    const auto weekCount = static_cast<int>(participation.weekStarts.size());
    ParticipationValues participationZero;
    participationZero.activePerWeek.assign(participation.weekStarts.size(), 0);
    participation.data = breakdown(
        data, everyone, dimensions, threshold, participationZero, labels.allStudents,
        [&](ParticipationValues& v, const StudentRow& s) {
            std::vector<bool> active(static_cast<std::size_t>(weekCount), false);
            bool any = false;
            for (const int day : s.activityDays) {
                const int week = (weekStart(day) - firstWeek) / 7;
                if (day >= firstWeek && week < weekCount && day <= lastDay) {
                    active[static_cast<std::size_t>(week)] = true;
                    any = true;
                }
            }
            for (int w = 0; w < weekCount; ++w) {
                v.activePerWeek[static_cast<std::size_t>(w)] += active[static_cast<std::size_t>(w)] ? 1 : 0;
            }
            v.activeAny += any ? 1 : 0;
        },
        kNoFinish);

    // Milestones, grade by grade.
    std::map<int, std::vector<Milestone>> byGrade;
    for (const Milestone& milestone : options.milestones) {
        byGrade[milestone.grade].push_back(milestone);
    }
    std::vector<Dimension> withinGrade(dimensions.begin() + 1, dimensions.end()); // no split by grade
    for (auto& [grade, milestones] : byGrade) {
        GradeMilestones entry;
        entry.grade = grade;
        entry.label = fillTemplate(labels.gradeValue, "grade", std::to_string(grade));
        entry.milestones = milestones;
        std::vector<int> population;
        for (std::size_t i = 0; i < data.students.size(); ++i) {
            if (data.students[i].grade == grade) {
                population.push_back(static_cast<int>(i));
            }
        }
        MilestoneValues zero;
        zero.met.assign(milestones.size(), 0);
        entry.data = breakdown(
            data, population, withinGrade, threshold, zero, entry.label,
            [&milestones](MilestoneValues& v, const StudentRow& s) {
                bool all = true;
                for (std::size_t m = 0; m < milestones.size(); ++m) {
                    const bool reached = measureValue(s, milestones[m].measure) >= milestones[m].target;
                    v.met[m] += reached ? 1 : 0;
                    all = all && reached;
                }
                v.allMet += all ? 1 : 0;
            },
            kNoFinish);
        reports.milestones.grades.push_back(std::move(entry));
    }
    return reports;
}

} // namespace pathlight::report
