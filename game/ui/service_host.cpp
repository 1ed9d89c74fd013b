// See service_host.hpp.
#include "ui/service_host.hpp"

#include "content/icons.hpp"

namespace pathlight::ui {

ServiceHost::ServiceHost(content::Catalog catalog, std::unique_ptr<store::Database> db)
    : m_catalog(std::move(catalog)), m_db(std::move(db)), m_learners(*m_db), m_quizzes(*m_db), m_favorites(*m_db),
      m_selfChecks(*m_db), m_matcher(m_catalog.matchProfiles()), m_explorer(m_catalog),
      m_portfolio(*m_db, std::string("pathlight ") + PATHLIGHT_VERSION), m_link(m_portfolio, *m_db) {}

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
    s.explorer = &m_explorer;
    s.portfolio = &m_portfolio;
    s.portfolioLink = &m_link;
    return s;
}

ContentIcons contentIcons(const content::Catalog& catalog) {
    ContentIcons icons;
    auto add = [](std::vector<unsigned>& into, const std::string& name) {
        if (auto cp = content::iconCodepoint(name)) {
            into.push_back(*cp);
        }
    };
    for (const content::Cluster& cluster : catalog.clusters) {
        add(icons.inlineIcons, cluster.icon);
    }
    for (const content::Subject& subject : catalog.subjects) {
        add(icons.inlineIcons, subject.icon);
    }
    for (const content::WorkValue& value : catalog.workValues) {
        add(icons.inlineIcons, value.icon);
    }
    for (const content::Strength& strength : catalog.strengths) {
        add(icons.inlineIcons, strength.icon);
    }
    for (const content::QuizItem& item : catalog.interestItems) {
        add(icons.pictures, item.icon);
    }
    for (const content::FeaturedCareer& career : catalog.featured) {
        add(icons.pictures, career.icon);
    }
    for (const content::ValueCard& card : catalog.valueCards) {
        add(icons.pictures, card.icon);
    }
    return icons;
}

} // namespace pathlight::ui
