// Union of revision sets by a linear merge of two canonically ordered lists. Owns the conflict rule
// (one key, one content) and the "an entry has one learner and one kind for life" rule, so files,
// the database import and the tool all refuse the same inputs with the same words.
#include "portfolio/merge.hpp"

#include "portfolio/errors.hpp"

#include <algorithm>
#include <string>

namespace pathlight::portfolio {

namespace {

std::string describeDifference(const core::Revision& a, const core::Revision& b) {
    if (a.learnerId != b.learnerId) {
        return "learner '" + a.learnerId + "' vs '" + b.learnerId + "'";
    }
    if (a.kind != b.kind) {
        return "kind '" + a.kind + "' vs '" + b.kind + "'";
    }
    if (a.deleted != b.deleted) {
        return std::string("deleted ") + (a.deleted ? "true" : "false") + " vs " +
               (b.deleted ? "true" : "false");
    }
    return "bodies of " + std::to_string(a.body.size()) + " and " + std::to_string(b.body.size()) +
           " bytes differ";
}

core::Error sameKeyConflict(const core::Revision& a, const core::Revision& b, std::string_view where) {
    return conflictError(a.entryId, std::string(where) + ": entry '" + a.entryId +
                                        "' has two different "
                                        "revisions at HLC " +
                                        a.hlc.toString() + " (" + describeDifference(a, b) + ")");
}

core::Error identityConflict(const core::Revision& a, const core::Revision& b, std::string_view where) {
    return conflictError(a.entryId, std::string(where) + ": entry '" + a.entryId + "' changes " +
                                        describeDifference(a, b) + " between HLC " + a.hlc.toString() +
                                        " and " + b.hlc.toString());
}

// Appends `next` to a canonical `out`, applying both conflict rules against the last revision.
core::Status appendChecked(std::vector<core::Revision>& out, const core::Revision& next,
                           std::string_view where) {
    if (!out.empty()) {
        const core::Revision& last = out.back();
        if (last.entryId == next.entryId) {
            if (last.hlc == next.hlc) {
                if (!sameContent(last, next)) {
                    return sameKeyConflict(last, next, where);
                }
                return {}; // the same revision twice: keep one
            }
            if (last.learnerId != next.learnerId || last.kind != next.kind) {
                return identityConflict(last, next, where);
            }
        }
    }
    out.push_back(next);
    return {};
}

} // namespace

bool isCanonical(const std::vector<core::Revision>& revisions) {
    return std::adjacent_find(revisions.begin(), revisions.end(),
                              [](const core::Revision& a, const core::Revision& b) {
                                  return !canonicalLess(a, b);
                              }) == revisions.end();
}

core::Status checkEntries(const std::vector<core::Revision>& canonical, std::string_view where) {
    for (std::size_t i = 1; i < canonical.size(); ++i) {
        const core::Revision& a = canonical[i - 1];
        const core::Revision& b = canonical[i];
        if (a.entryId == b.entryId && (a.learnerId != b.learnerId || a.kind != b.kind)) {
            return identityConflict(a, b, where);
        }
    }
    return {};
}

bool canonicalLess(const core::Revision& a, const core::Revision& b) {
    if (const int byEntry = a.entryId.compare(b.entryId); byEntry != 0) {
        return byEntry < 0;
    }
    return a.hlc < b.hlc;
}

bool sameKey(const core::Revision& a, const core::Revision& b) {
    return a.entryId == b.entryId && a.hlc == b.hlc;
}

bool sameContent(const core::Revision& a, const core::Revision& b) {
    return a.learnerId == b.learnerId && a.kind == b.kind && a.deleted == b.deleted && a.body == b.body;
}

core::Status normalize(std::vector<core::Revision>& revisions, std::string_view where) {
    if (isCanonical(revisions)) {
        return checkEntries(revisions, where); // order alone does not imply the learner/kind rule
    }
    std::sort(revisions.begin(), revisions.end(), canonicalLess);
    std::vector<core::Revision> out;
    out.reserve(revisions.size());
    for (core::Revision& revision : revisions) {
        if (auto appended = appendChecked(out, revision, where); !appended) {
            return appended;
        }
    }
    revisions = std::move(out);
    return {};
}

core::Result<std::vector<core::Revision>>
merge(const std::vector<core::Revision>& a, const std::vector<core::Revision>& b, std::string_view where) {
    if (!isCanonical(a) || !isCanonical(b)) {
        std::vector<core::Revision> left = a;
        std::vector<core::Revision> right = b;
        if (auto sorted = normalize(left, where); !sorted) {
            return sorted.error();
        }
        if (auto sorted = normalize(right, where); !sorted) {
            return sorted.error();
        }
        return merge(left, right, where);
    }
    std::vector<core::Revision> out;
    out.reserve(a.size() + b.size());
    auto ia = a.begin();
    auto ib = b.begin();
    while (ia != a.end() || ib != b.end()) {
        const bool takeA = ib == b.end() || (ia != a.end() && !canonicalLess(*ib, *ia));
        const core::Revision& next = takeA ? *ia++ : *ib++;
        if (auto appended = appendChecked(out, next, where); !appended) {
            return appended.error();
        }
    }
    return out;
}

std::vector<core::Revision> currentHeads(const std::vector<core::Revision>& canonical) {
    std::vector<core::Revision> heads;
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        if (i + 1 == canonical.size() || canonical[i + 1].entryId != canonical[i].entryId) {
            heads.push_back(canonical[i]);
        }
    }
    return heads;
}

std::vector<core::Revision> missingFrom(const std::vector<core::Revision>& base,
                                        const std::vector<core::Revision>& from) {
    std::vector<core::Revision> missing;
    auto it = base.begin();
    for (const core::Revision& revision : from) {
        it = std::lower_bound(it, base.end(), revision, canonicalLess);
        if (it == base.end() || !sameKey(*it, revision)) {
            missing.push_back(revision);
        }
    }
    return missing;
}

} // namespace pathlight::portfolio
