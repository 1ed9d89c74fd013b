// See self_check_repo.hpp. Owns the body format of the values_sort and strengths_check kinds:
//   {"round": "<uuid>", "groups": ["achievement", ...], "items": [{"id": "ach3", "group": 0}, ...],
//    "answers": {"ach3": 0, ...}, "position": 1}
// Reads and writes only through RevisionRepo.
#include "store/self_check_repo.hpp"

#include "core/ids.hpp"
#include "core/revision.hpp"
#include "store/json_body.hpp"
#include "store/revision_repo.hpp"

#include <nlohmann/json.hpp>

#include <climits>
#include <set>

namespace pathlight::store {

namespace {

using nlohmann::json;

constexpr const char* kErrSelfCheck = "self_check.invalid";

const char* kindName(SelfCheckKind kind) {
    return kind == SelfCheckKind::Values ? core::kind::kValuesSort : core::kind::kStrengthsCheck;
}

std::string entryId(const std::string& learnerId, SelfCheckKind kind) {
    return learnerId + (kind == SelfCheckKind::Values ? "/values" : "/strengths");
}

// The answers an item can take: a pile (0–2) or a rating (1–4).
int minAnswer(SelfCheckKind kind) {
    return kind == SelfCheckKind::Values ? 0 : core::kRatingMin;
}
int maxAnswer(SelfCheckKind kind) {
    return kind == SelfCheckKind::Values ? core::kPileCount - 1 : core::kRatingMax;
}

core::Error selfCheckError(std::string detail) {
    return core::makeError("Pathlight couldn't save that. Try again.", std::move(detail), kErrSelfCheck);
}

json toBody(const SelfCheck& check) {
    json items = json::array();
    for (const SelfCheckItem& item : check.items) {
        items.push_back({{"id", item.id}, {"group", item.group}});
    }
    json answers = json::object();
    for (const auto& [id, value] : check.answers) {
        answers[id] = value;
    }
    return {{"round", check.round},
            {"groups", check.groups},
            {"items", std::move(items)},
            {"answers", std::move(answers)},
            {"position", check.position}};
}

// Nullopt for a malformed body; answers to unknown items or out of range are dropped.
std::optional<SelfCheck> fromRevision(const core::Revision& revision, SelfCheckKind kind) {
    if (revision.deleted || revision.kind != kindName(kind)) {
        return std::nullopt;
    }
    const json body = detail::parseObject(revision.body);
    if (!body.is_object()) {
        return std::nullopt;
    }
    SelfCheck check;
    check.kind = kind;
    check.savedMs = revision.hlc.wallMs;
    auto round = detail::stringField(body, "round");
    const auto groups = body.find("groups");
    const auto items = body.find("items");
    const auto answers = body.find("answers");
    if (!round || round->empty() || groups == body.end() || !groups->is_array() || groups->empty() ||
        items == body.end() || !items->is_array() || items->empty() || answers == body.end() ||
        !answers->is_object()) {
        return std::nullopt;
    }
    check.round = std::move(*round);
    for (const json& group : *groups) {
        if (!group.is_string()) {
            return std::nullopt;
        }
        check.groups.push_back(group.get<std::string>());
    }
    std::set<std::string> ids;
    for (const json& item : *items) {
        if (!item.is_object()) {
            return std::nullopt;
        }
        auto id = detail::stringField(item, "id");
        const auto group =
            detail::intField(item, "group", 0, static_cast<std::int64_t>(check.groups.size()) - 1);
        if (!id || id->empty() || !group || !ids.insert(*id).second) {
            return std::nullopt;
        }
        check.items.push_back({std::move(*id), *group});
    }
    for (const auto& [id, value] : answers->items()) {
        if (ids.count(id) && value.is_number_integer()) {
            const auto v = value.get<std::int64_t>();
            if (v >= minAnswer(kind) && v <= maxAnswer(kind)) {
                check.answers[id] = static_cast<int>(v);
            }
        }
    }
    const auto position = detail::intField(body, "position", 0, INT_MAX);
    check.position = std::min(position.value_or(0), static_cast<int>(check.items.size()));
    return check;
}

} // namespace


std::optional<SelfCheck> SelfCheckRepo::current(const std::string& learnerId, SelfCheckKind kind) const {
    try {
        if (auto head = RevisionRepo(m_db).head(learnerId, entryId(learnerId, kind))) {
            return fromRevision(*head, kind);
        }
    } catch (const std::exception&) {
        // A body that defeats the checks is treated like no round yet; the student starts a new one.
    }
    return std::nullopt;
}

std::optional<SelfCheck> SelfCheckRepo::latestFinished(const std::string& learnerId,
                                                       SelfCheckKind kind) const {
    try {
        const auto history = RevisionRepo(m_db).history(learnerId, entryId(learnerId, kind)); // oldest first
        for (auto it = history.rbegin(); it != history.rend(); ++it) {
            if (auto check = fromRevision(*it, kind); check && check->finished()) {
                return check;
            }
        }
    } catch (const std::exception&) {
        // As in current().
    }
    return std::nullopt;
}

core::Result<SelfCheck> SelfCheckRepo::start(const std::string& learnerId, SelfCheckKind kind,
                                             std::vector<std::string> groups,
                                             std::vector<SelfCheckItem> items) {
    if (learnerId.empty() || groups.empty() || items.empty()) {
        return selfCheckError("start needs a learner, groups and items");
    }
    std::set<std::string> ids;
    for (const SelfCheckItem& item : items) {
        if (item.id.empty() || !ids.insert(item.id).second) {
            return selfCheckError("item id '" + item.id + "' is empty or repeated");
        }
        if (item.group < 0 || item.group >= static_cast<int>(groups.size())) {
            return selfCheckError("item '" + item.id + "' has group " + std::to_string(item.group));
        }
    }
    SelfCheck check;
    check.kind = kind;
    check.round = core::newUuid();
    check.groups = std::move(groups);
    check.items = std::move(items);
    if (auto saved = save(learnerId, check); !saved) {
        return saved.error();
    }
    return current(learnerId, kind).value_or(check);
}

core::Status SelfCheckRepo::answer(const std::string& learnerId, SelfCheck& check, int value) {
    const int count = static_cast<int>(check.items.size());
    if (check.position < 0 || check.position >= count) {
        return selfCheckError("no item at position " + std::to_string(check.position));
    }
    if (value < minAnswer(check.kind) || value > maxAnswer(check.kind)) {
        return selfCheckError("answer " + std::to_string(value) + " is out of range");
    }
    SelfCheck next = check;
    next.answers[check.items[static_cast<std::size_t>(check.position)].id] = value;
    next.position = check.position + 1;
    // At the end with a gap (a round merged from two computers): go to the first item left.
    for (int i = 0; next.position == count && !next.finished() && i < count; ++i) {
        if (!next.answers.count(next.items[static_cast<std::size_t>(i)].id)) {
            next.position = i;
        }
    }
    if (auto saved = save(learnerId, next); !saved) {
        return saved;
    }
    check = std::move(next);
    return {};
}

core::Status SelfCheckRepo::takeBack(const std::string& learnerId, SelfCheck& check) {
    return back(learnerId, check, /*forget=*/true);
}

core::Status SelfCheckRepo::goBack(const std::string& learnerId, SelfCheck& check) {
    return back(learnerId, check, /*forget=*/false);
}

core::Status SelfCheckRepo::back(const std::string& learnerId, SelfCheck& check, bool forget) {
    if (check.position <= 0) {
        return selfCheckError("already at the first item");
    }
    SelfCheck next = check;
    --next.position;
    if (forget) {
        next.answers.erase(check.items[static_cast<std::size_t>(next.position)].id);
    }
    if (auto saved = save(learnerId, next); !saved) {
        return saved;
    }
    check = std::move(next);
    return {};
}

core::Status SelfCheckRepo::save(const std::string& learnerId, const SelfCheck& next) {
    core::Revision revision{
        learnerId, entryId(learnerId, next.kind), kindName(next.kind), m_db.clock().tick(),
        false,     detail::dumpBody(toBody(next))};
    return RevisionRepo(m_db).append(revision);
}

AboutMe SelfCheckRepo::aboutMe(const std::string& learnerId) const {
    AboutMe me;
    if (const auto values = latestFinished(learnerId, SelfCheckKind::Values)) {
        me.valuesDone = true;
        for (int value : rankValues(*values).top) {
            me.topValues.push_back(values->groups[static_cast<std::size_t>(value)]);
        }
    }
    if (const auto strengths = latestFinished(learnerId, SelfCheckKind::Strengths)) {
        me.strengthsDone = true;
        const core::StrengthsSummary summary = summarizeStrengths(*strengths);
        for (int skill : summary.strong) {
            me.strongSkills.push_back(strengths->groups[static_cast<std::size_t>(skill)]);
        }
        for (int skill : summary.growing) {
            me.growingSkills.push_back(strengths->groups[static_cast<std::size_t>(skill)]);
        }
    }
    return me;
}

core::ValuesRanking rankValues(const SelfCheck& check) {
    std::vector<core::CardPlacement> placements;
    for (const SelfCheckItem& item : check.items) {
        if (const auto it = check.answers.find(item.id); it != check.answers.end()) {
            placements.push_back({item.group, static_cast<core::Pile>(it->second)});
        }
    }
    return core::rankValues(placements, static_cast<int>(check.groups.size()));
}

core::StrengthsSummary summarizeStrengths(const SelfCheck& check) {
    std::vector<int> ratings(check.groups.size(), 0);
    for (const SelfCheckItem& item : check.items) {
        if (const auto it = check.answers.find(item.id); it != check.answers.end()) {
            ratings[static_cast<std::size_t>(item.group)] = it->second;
        }
    }
    return core::summarizeStrengths(ratings);
}

} // namespace pathlight::store
