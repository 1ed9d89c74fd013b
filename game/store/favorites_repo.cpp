// See favorites_repo.hpp. Reads and writes only through RevisionRepo.
#include "store/favorites_repo.hpp"

#include "core/revision.hpp"
#include "store/revision_repo.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pathlight::store {

namespace {

std::string favoriteEntryId(const std::string& learnerId, const std::string& code) {
    return learnerId + "/favorite/" + code;
}

} // namespace

std::vector<std::string> FavoritesRepo::list(const std::string& learnerId) const {
    std::vector<core::Revision> heads = RevisionRepo(m_db).heads(learnerId, core::kind::kFavoriteCareer);
    std::vector<std::string> codes;
    codes.reserve(heads.size());
    for (auto it = heads.rbegin(); it != heads.rend(); ++it) { // heads() is oldest first
        const nlohmann::json body = nlohmann::json::parse(it->body, nullptr, false);
        if (body.is_object() && body.contains("code") && body["code"].is_string()) {
            codes.push_back(body["code"].get<std::string>());
        }
    }
    return codes;
}

bool FavoritesRepo::contains(const std::string& learnerId, const std::string& code) const {
    const auto head = RevisionRepo(m_db).head(learnerId, favoriteEntryId(learnerId, code));
    return head && !head->deleted;
}

core::Status FavoritesRepo::set(const std::string& learnerId, const std::string& code, bool saved) {
    if (contains(learnerId, code) == saved) {
        return {};
    }
    core::Revision revision;
    revision.learnerId = learnerId;
    revision.entryId = favoriteEntryId(learnerId, code);
    revision.kind = core::kind::kFavoriteCareer;
    revision.hlc = m_db.clock().tick();
    revision.deleted = !saved;
    revision.body = saved ? nlohmann::json{{"code", code}}.dump() : "{}";
    return m_db.transaction([&] { return RevisionRepo(m_db).append(revision); });
}

} // namespace pathlight::store
