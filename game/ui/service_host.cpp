// See service_host.hpp.
#include "ui/service_host.hpp"

#include "content/icons.hpp"

namespace pathlight::ui {

ServiceHost::ServiceHost(content::Catalog catalog, std::unique_ptr<store::Database> db)
    : m_catalog(std::move(catalog)), m_db(std::move(db)), m_learners(*m_db), m_quizzes(*m_db),
      m_favorites(*m_db), m_selfChecks(*m_db), m_matcher(m_catalog.matchProfiles()) {}

Services ServiceHost::services() {
    Services s;
    s.catalog = &m_catalog;
    s.strings = &m_catalog.strings;
    s.db = m_db.get();
    s.learners = &m_learners;
    s.quizzes = &m_quizzes;
    s.favorites = &m_favorites;
    s.selfChecks = &m_selfChecks;
    s.matcher = &m_matcher;
    return s;
}

std::vector<unsigned> contentIcons(const content::Catalog& catalog) {
    std::vector<unsigned> icons;
    auto add = [&](const std::string& name) {
        if (auto cp = content::iconCodepoint(name)) {
            icons.push_back(*cp);
        }
    };
    for (const content::QuizItem& item : catalog.interestItems) {
        add(item.icon);
    }
    for (const content::Cluster& cluster : catalog.clusters) {
        add(cluster.icon);
    }
    for (const content::FeaturedCareer& career : catalog.featured) {
        add(career.icon);
    }
    for (const content::Subject& subject : catalog.subjects) {
        add(subject.icon);
    }
    for (const content::WorkValue& value : catalog.workValues) {
        add(value.icon);
    }
    for (const content::ValueCard& card : catalog.valueCards) {
        add(card.icon);
    }
    for (const content::Strength& strength : catalog.strengths) {
        add(strength.icon);
    }
    return icons;
}

} // namespace pathlight::ui
