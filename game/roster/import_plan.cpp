// The import preview and the rules behind it (nickname, grade, avatar); see import_plan.hpp.
#include "roster/import_plan.hpp"

#include "roster/csv_table.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pathlight::roster {

namespace {

std::size_t codePointCount(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xc0) != 0x80 ? 1 : 0;
    }
    return count;
}

// ASCII letters upper-cased; anything else as written (accents and kanji have no simple case here).
std::string upperFirst(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') {
        text[0] = static_cast<char>(text[0] - 32);
    }
    return text;
}

// `base` shortened so that base + suffix fits the nickname limit.
std::string fit(const std::string& base, const std::string& suffix) {
    const std::size_t room = kNicknameMaxChars - std::min(kNicknameMaxChars - 1, codePointCount(suffix));
    return detail::trimmed(firstCodePoints(base, room)) + suffix;
}

std::string baseName(const Student& student) {
    const std::string preferred = detail::cleanName(student.preferredName);
    return preferred.empty() ? detail::cleanName(student.givenName) : preferred;
}

std::string displayName(const Student& student) {
    const std::string family = detail::cleanName(student.familyName);
    return family.empty() ? baseName(student) : baseName(student) + " " + family;
}

// Nicknames for the students of the roster who are new here (by sourcedId). Family initials tell apart
// names shared anywhere in the roster; numbers then keep newcomers apart from each other and from the
// nicknames `taken` on this device.
std::map<std::string, std::string> assignNicknames(const std::vector<Student>& students,
                                                   const std::set<std::string>& newcomers,
                                                   const std::vector<std::string>& taken) {
    std::vector<const Student*> order;
    for (const Student& student : students) {
        order.push_back(&student);
    }
    std::sort(order.begin(), order.end(),
              [](const Student* a, const Student* b) { return a->sourcedId < b->sourcedId; });

    std::map<std::string, std::vector<const Student*>> byBase;
    for (const Student* student : order) {
        byBase[detail::lowered(baseName(*student))].push_back(student);
    }
    std::map<std::string, std::string> nicknames;
    for (const auto& [key, group] : byBase) {
        if (group.size() == 1) {
            nicknames[group.front()->sourcedId] = fit(baseName(*group.front()), "");
            continue;
        }
        // Each student: the fewest letters of their family name that no one in the group with another
        // family name shares (Jones/Johnson need "Jon."/"Joh.", Smith just "S."). Students with the
        // same family name are numbered below.
        std::vector<std::string> families; // cleaned, lower-cased, one per student of the group
        for (const Student* student : group) {
            families.push_back(detail::lowered(detail::cleanName(student->familyName)));
        }
        for (std::size_t i = 0; i < group.size(); ++i) {
            const Student* student = group[i];
            const std::string family = detail::cleanName(student->familyName);
            const std::size_t length = codePointCount(family);
            std::size_t letters = 1;
            for (; letters < length; ++letters) {
                const std::string prefix = firstCodePoints(families[i], letters);
                bool shared = false;
                for (std::size_t j = 0; j < group.size() && !shared; ++j) {
                    shared = families[j] != families[i] && firstCodePoints(families[j], letters) == prefix;
                }
                if (!shared) {
                    break;
                }
            }
            const std::string prefix = upperFirst(detail::trimmed(firstCodePoints(family, letters)));
            nicknames[student->sourcedId] =
                prefix.empty() ? fit(baseName(*student), "")
                               : fit(baseName(*student), " " + prefix + (length > letters ? "." : ""));
        }
    }
    // Still the same (identical names), or already someone's on this device: number them.
    std::set<std::string> used;
    for (const std::string& name : taken) {
        used.insert(detail::lowered(name));
    }
    for (const Student* student : order) {
        if (newcomers.count(student->sourcedId) == 0) {
            nicknames.erase(student->sourcedId);
            continue;
        }
        std::string& nickname = nicknames[student->sourcedId];
        if (used.insert(detail::lowered(nickname)).second) {
            continue;
        }
        for (int n = 2;; ++n) {
            std::string suffix = " ";
            suffix += std::to_string(n);
            const std::string candidate = fit(nickname, suffix);
            if (used.insert(detail::lowered(candidate)).second) {
                nickname = candidate;
                break;
            }
        }
    }
    return nicknames;
}

std::string joinNames(const std::vector<std::string>& ids, const std::map<std::string, std::string>& titles) {
    std::string out;
    for (const std::string& id : ids) {
        const auto title = titles.find(id);
        out += (out.empty() ? "" : ", ") + (title != titles.end() ? title->second : id);
    }
    return out;
}

} // namespace

std::string firstCodePoints(std::string_view text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80) {
            if (seen == count) {
                return std::string(text.substr(0, i));
            }
            ++seen;
        }
    }
    return std::string(text);
}

int pathlightGrade(std::string_view rosterGrade, bool* known) {
    const std::string grade = detail::lowered(detail::trimmed(rosterGrade));
    if (known != nullptr) {
        *known = true;
    }
    if (!grade.empty() && grade.size() <= 3 &&
        std::all_of(grade.begin(), grade.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::clamp(std::stoi(grade), 5, 9);
    }
    for (const char* early : {"kg", "pk", "tk", "pr", "it", "kindergarten", "prekindergarten",
                              "transitionalkindergarten", "infanttoddler", "preschool"}) {
        if (grade == early) {
            return 5;
        }
    }
    if (grade == "ps" || grade == "postgraduate") {
        return 9;
    }
    if (known != nullptr) {
        *known = false;
    }
    return 5;
}

int avatarFor(std::string_view sourcedId) {
    std::uint64_t hash = 14695981039346656037ULL; // FNV-1a: stable on every platform and build
    for (const char c : sourcedId) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<int>(hash % static_cast<std::uint64_t>(kRosterAvatarCount));
}

std::size_t ImportPreview::newClasses() const {
    return static_cast<std::size_t>(
        std::count_if(classes.begin(), classes.end(), [](const PlannedClass& c) { return c.isNew; }));
}

std::size_t ImportPreview::changedClasses() const {
    return static_cast<std::size_t>(
        std::count_if(classes.begin(), classes.end(), [](const PlannedClass& c) { return c.changed; }));
}

bool ImportPreview::changesNothing() const {
    return newStudents.empty() && updatedStudents.empty() && newClasses() == 0 && changedClasses() == 0 &&
           newOrgs == 0 && changedOrgs == 0;
}

ImportPreview previewImport(const RosterSnapshot& snapshot, const DeviceRoster& device) {
    ImportPreview preview;
    preview.format = snapshot.format;
    preview.sourceName = snapshot.sourceName;
    preview.errors = snapshot.errors;
    preview.skipped = snapshot.skipped;
    preview.warnings = snapshot.warnings;
    preview.staff = snapshot.staff.size();
    preview.guardians = snapshot.guardians.size();
    preview.orgs = snapshot.orgs.size();

    // Orgs and classes: new, changed or the same.
    std::map<std::string, const ExistingOrg*> orgs;
    for (const ExistingOrg& org : device.orgs) {
        orgs[org.sourcedId] = &org;
    }
    for (const Org& org : snapshot.orgs) {
        const auto it = orgs.find(org.sourcedId);
        if (it == orgs.end()) {
            ++preview.newOrgs;
        } else if (it->second->name != org.name || it->second->type != org.type ||
                   it->second->parentId != org.parentId) {
            ++preview.changedOrgs;
        }
    }
    std::map<std::string, const ExistingClass*> classes;
    std::map<std::string, std::string> titles;
    for (const ExistingClass& existing : device.classes) {
        classes[existing.sourcedId] = &existing;
        titles[existing.sourcedId] = existing.title;
    }
    std::map<std::string, std::size_t> studentsPerClass;
    for (const Student& student : snapshot.students) {
        for (const std::string& id : student.classIds) {
            ++studentsPerClass[id];
        }
    }
    for (const RosterClass& rosterClass : snapshot.classes) {
        PlannedClass planned{rosterClass.sourcedId, rosterClass.title, false, false,
                             studentsPerClass[rosterClass.sourcedId]};
        const auto it = classes.find(rosterClass.sourcedId);
        planned.isNew = it == classes.end();
        planned.changed =
            !planned.isNew &&
            (it->second->title != rosterClass.title || it->second->classCode != rosterClass.classCode ||
             it->second->grades != rosterClass.grades || it->second->schoolId != rosterClass.schoolId);
        titles[rosterClass.sourcedId] = rosterClass.title;
        preview.classes.push_back(std::move(planned));
    }

    // Students.
    std::map<std::string, const ExistingLearner*> linked;
    std::vector<std::string> taken;
    for (const ExistingLearner& learner : device.learners) {
        linked[learner.sourcedId] = &learner;
        taken.push_back(learner.nickname);
    }
    std::set<std::string> newcomers;
    for (const Student& student : snapshot.students) {
        if (linked.count(student.sourcedId) == 0) {
            newcomers.insert(student.sourcedId);
        }
    }
    const std::map<std::string, std::string> nicknames = assignNicknames(snapshot.students, newcomers, taken);

    std::set<std::string> listed;
    for (const Student& student : snapshot.students) {
        listed.insert(student.sourcedId);
        PlannedStudent planned;
        planned.sourcedId = student.sourcedId;
        planned.displayName = displayName(student);
        planned.rosterGrade = student.grade;
        planned.source = student.source;
        bool known = true;
        planned.grade = pathlightGrade(student.grade, &known);
        if (!known) {
            preview.warnings.push_back(
                {student.source, student.grade.empty()
                                     ? student.sourcedId + " has no grade; Pathlight uses grade 5"
                                     : "grade \"" + student.grade + "\" of " + student.sourcedId +
                                           " is not one Pathlight knows; Pathlight uses grade 5"});
        }
        const auto existing = linked.find(student.sourcedId);
        if (existing == linked.end()) {
            planned.nickname = nicknames.at(student.sourcedId);
            planned.avatar = avatarFor(student.sourcedId);
            preview.newStudents.push_back(std::move(planned));
            continue;
        }
        const ExistingLearner& learner = *existing->second;
        planned.learnerId = learner.learnerId;
        planned.nickname = learner.nickname;
        if (learner.givenName != student.givenName || learner.preferredName != student.preferredName ||
            learner.familyName != student.familyName) {
            planned.changes.push_back(
                "name " +
                detail::cleanName(learner.preferredName.empty() ? learner.givenName : learner.preferredName) +
                " " + detail::cleanName(learner.familyName) + " → " + planned.displayName);
        }
        if (learner.rosterGrade != student.grade) {
            planned.changes.push_back(
                "grade " + (learner.rosterGrade.empty() ? std::string("(none)") : learner.rosterGrade) +
                " → " + (student.grade.empty() ? std::string("(none)") : student.grade));
        }
        std::vector<std::string> joins;
        std::vector<std::string> leaves;
        std::set_difference(student.classIds.begin(), student.classIds.end(), learner.classIds.begin(),
                            learner.classIds.end(), std::back_inserter(joins));
        std::set_difference(learner.classIds.begin(), learner.classIds.end(), student.classIds.begin(),
                            student.classIds.end(), std::back_inserter(leaves));
        if (!joins.empty()) {
            planned.changes.push_back("joins " + joinNames(joins, titles));
        }
        if (!leaves.empty()) {
            planned.changes.push_back("leaves " + joinNames(leaves, titles));
        }
        if (learner.demographics != student.demographics) {
            planned.changes.push_back("demographics");
        }
        if (planned.changes.empty()) {
            ++preview.unchangedStudents;
        } else {
            preview.updatedStudents.push_back(std::move(planned));
        }
    }
    for (const ExistingLearner& learner : device.learners) {
        preview.notInRoster += listed.count(learner.sourcedId) == 0 ? 1 : 0;
    }
    return preview;
}

} // namespace pathlight::roster
