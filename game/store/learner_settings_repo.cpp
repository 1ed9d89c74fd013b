// See learner_settings_repo.hpp. Reads and writes only through RevisionRepo.
#include "store/learner_settings_repo.hpp"

#include "core/revision.hpp"
#include "store/json_body.hpp"
#include "store/revision_repo.hpp"

namespace pathlight::store {

namespace {
constexpr std::size_t kMaxCodeLength = 16;

bool isCode(const std::string& text) {
    if (text.size() > kMaxCodeLength) {
        return false;
    }
    for (const char c : text) {
        if (!((c >= 'a' && c <= 'z') || c == '-')) {
            return false;
        }
    }
    return true;
}
} // namespace

std::string settingsBody(const core::LearnerSettings& settings) {
    return detail::dumpBody({{"language", settings.language},
                             {"text_size", settings.textSize},
                             {"font", settings.font},
                             {"reduced_motion", settings.reducedMotion},
                             {"read_aloud", settings.readAloud}});
}

std::optional<core::LearnerSettings> parseSettingsBody(const std::string& body) {
    const nlohmann::json json = detail::parseObject(body);
    if (!json.is_object()) {
        return std::nullopt;
    }
    core::LearnerSettings settings;
    const auto language = detail::stringField(json, "language");
    const auto size = detail::intField(json, "text_size", 0, 200);
    const auto font = detail::stringField(json, "font");
    if (!language || !isCode(*language) || !size || (*size != 0 && !core::isTextSize(*size)) || !font ||
        !isCode(*font)) {
        return std::nullopt;
    }
    settings.language = *language;
    settings.textSize = *size;
    settings.font = *font;
    auto flag = [&](const char* name) {
        const auto it = json.find(name);
        return it != json.end() && it->is_boolean() && it->get<bool>();
    };
    settings.reducedMotion = flag("reduced_motion");
    settings.readAloud = flag("read_aloud");
    return settings;
}

std::optional<core::LearnerSettings> LearnerSettingsRepo::get(const std::string& learnerId) const {
    const auto head = RevisionRepo(m_db).head(learnerId, entryId(learnerId));
    if (!head || head->deleted) {
        return std::nullopt;
    }
    return parseSettingsBody(head->body);
}

core::Status LearnerSettingsRepo::set(const std::string& learnerId, const core::LearnerSettings& settings) {
    if (get(learnerId) == settings) {
        return {};
    }
    core::Revision revision;
    revision.learnerId = learnerId;
    revision.entryId = entryId(learnerId);
    revision.kind = kSettingsKind;
    revision.hlc = m_db.clock().tick();
    revision.body = settingsBody(settings);
    return m_db.transaction([&] { return RevisionRepo(m_db).append(revision); });
}

} // namespace pathlight::store
