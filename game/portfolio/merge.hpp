// Merging replicas of one learner (DESIGN.md §4): the union of their revision sets. An entry's
// current value is its highest-HLC revision; a deletion is a tombstone revision, so it merges like
// any other. Union is commutative, associative and idempotent, and never drops a revision.
// Two revisions with the same entry and HLC but different contents can only come from a corrupt or
// forged copy: merging refuses them, naming the entry. Pure C++: no SQLite, no files.
#pragma once

#include "core/result.hpp"
#include "core/revision.hpp"

#include <string_view>
#include <vector>

namespace pathlight::portfolio {

// Canonical order: entry id (byte order), then HLC (clock order, which is also its text's byte order).
bool canonicalLess(const core::Revision& a, const core::Revision& b);
// Same entry and HLC: the pair that identifies a revision.
bool sameKey(const core::Revision& a, const core::Revision& b);
// Same learner, kind, deletion flag and body.
bool sameContent(const core::Revision& a, const core::Revision& b);

// True when `revisions` is strictly increasing in canonical order (so it has no duplicates).
bool isCanonical(const std::vector<core::Revision>& revisions);
// For a canonical list: refuses an entry whose revisions disagree on its learner or kind.
core::Status checkEntries(const std::vector<core::Revision>& canonical, std::string_view where);

// Puts `revisions` in canonical order and drops exact duplicates. Refuses (code portfolio.conflict,
// naming the entry) two revisions with one key and different contents, and an entry whose
// revisions disagree on its learner or kind. `where` starts the error detail (e.g. a file name).
core::Status normalize(std::vector<core::Revision>& revisions, std::string_view where);

// The union of two replicas, in canonical order. Inputs in canonical order are merged in linear
// time; others are normalized first. Fails like normalize() on conflicting revisions.
core::Result<std::vector<core::Revision>> merge(const std::vector<core::Revision>& a,
                                                const std::vector<core::Revision>& b,
                                                std::string_view where = "merge");

// The current revision of every entry (highest HLC, tombstones included), in entry order.
// `canonical` must be in canonical order.
std::vector<core::Revision> currentHeads(const std::vector<core::Revision>& canonical);

// The revisions of `from` that `base` lacks (both canonical), in canonical order.
std::vector<core::Revision> missingFrom(const std::vector<core::Revision>& base,
                                        const std::vector<core::Revision>& from);

} // namespace pathlight::portfolio
