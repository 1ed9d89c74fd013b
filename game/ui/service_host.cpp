// See service_host.hpp.
#include "ui/service_host.hpp"

#include "content/icons.hpp"

namespace pathlight::ui {

ServiceHost::ServiceHost(content::Catalog catalog, std::unique_ptr<store::Database> db)
    : m_catalog(std::move(catalog)), m_db(std::move(db)), m_learners(*m_db), m_quizzes(*m_db),
      m_matcher(m_catalog.matchProfiles()) {}

Services ServiceHost::services() {
    Services s;
    s.catalog = &m_catalog;
    s.strings = &m_catalog.strings;
    s.db = m_db.get();
    s.learners = &m_learners;
    s.quizzes = &m_quizzes;
    s.matcher = &m_matcher;
    return s;
}

std::vector<unsigned> contentIcons(const content::Catalog& catalog) {
    std::vector<unsigned> icons;
    for (const content::QuizItem& item : catalog.interestItems) {
        if (auto cp = content::iconCodepoint(item.icon)) {
            icons.push_back(*cp);
        }
    }
    for (const content::Cluster& cluster : catalog.clusters) {
        if (auto cp = content::iconCodepoint(cluster.icon)) {
            icons.push_back(*cp);
        }
    }
    return icons;
}

} // namespace pathlight::ui
