// ServiceHost: owns the catalog, the database, the repositories and the matcher, and hands out
// the non-owning Services view that screens use. The app and the headless UI tests build the same
// host, so tests drive exactly what a student sees.
#pragma once

#include "ui/context.hpp"

#include <filesystem>
#include <memory>

namespace pathlight::ui {

class ServiceHost {
public:
    ServiceHost(content::Catalog catalog, std::unique_ptr<store::Database> db);
    ServiceHost(const ServiceHost&) = delete;
    ServiceHost& operator=(const ServiceHost&) = delete;

    Services services();
    content::Catalog& catalog() { return m_catalog; }
    store::Database& database() { return *m_db; }
    store::LearnerRepo& learners() { return m_learners; }
    store::QuizRepo& quizzes() { return m_quizzes; }
    store::FavoritesRepo& favorites() { return m_favorites; }
    store::SelfCheckRepo& selfChecks() { return m_selfChecks; }
    portfolio::PortfolioService& portfolio() { return m_portfolio; }
    PortfolioLink& portfolioLink() { return m_link; }

private:
    content::Catalog m_catalog;
    std::unique_ptr<store::Database> m_db;
    store::LearnerRepo m_learners;
    store::QuizRepo m_quizzes;
    store::FavoritesRepo m_favorites;
    store::SelfCheckRepo m_selfChecks;
    core::Matcher m_matcher;
    content::CareerExplorer m_explorer; // refers to m_catalog: a ServiceHost never moves
    portfolio::PortfolioService m_portfolio;
    PortfolioLink m_link;
};

// Font Awesome code points the content uses, for the font atlas.
ContentIcons contentIcons(const content::Catalog& catalog);

} // namespace pathlight::ui
