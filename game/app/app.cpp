// See app.hpp.
#include "app/app.hpp"

#include "app/careers.hpp"
#include "app/device_settings.hpp"
#include "app/folder_browser.hpp"
#include "app/learner_work.hpp"
#include "app/learners.hpp"
#include "app/session.hpp"
#include "portfolio/portfolio_service.hpp"
#include "store/database.hpp"
#include "store/favorites_repo.hpp"
#include "store/learner_repo.hpp"
#include "store/learner_settings_repo.hpp"
#include "store/lockout_repo.hpp"
#include "store/quiz_repo.hpp"
#include "store/self_check_repo.hpp"

#include <sys/stat.h>

namespace pathlight::app {

namespace fs = std::filesystem;

// Everything App owns besides the catalog and the database, in the order it must be built.
struct App::Parts {
    store::LearnerRepo learnerRepo;
    store::LockoutRepo lockouts;
    store::LearnerSettingsRepo settingsRepo;
    store::QuizRepo quizRepo;
    store::SelfCheckRepo selfCheckRepo;
    store::FavoritesRepo favoritesRepo;
    portfolio::PortfolioService portfolioService;
    PortfolioLink portfolio;
    GrownUpGate gate;
    DeviceSettings device;
    Session session;
    Learners learners;
    QuizWork quiz;
    SelfCheckWork selfChecks;
    FavoriteWork favorites;
    Careers careers;
    FolderBrowser folders;

    Parts(const AppConfig& config, const content::Catalog& catalog, store::Database& db)
        : learnerRepo(db), lockouts(db), settingsRepo(db), quizRepo(db), selfCheckRepo(db), favoritesRepo(db),
          portfolioService(db, config.appVersion), portfolio(portfolioService, db),
          gate(db, lockouts, config.clock, config.gateCost), device(db, gate, {config.portfolioDir, config.defaultLanguage, config.defaultTextSize}),
          session(learnerRepo, lockouts, settingsRepo, device, catalog.strings, portfolio, config.clock),
          learners(learnerRepo, lockouts, gate, session), quiz(quizRepo, session), selfChecks(selfCheckRepo, session),
          favorites(favoritesRepo, session), careers(catalog),
          folders(PlaceSearch{config.media, config.home, true}) {}
};

App::App(const AppConfig& config, content::Catalog catalog, std::unique_ptr<store::Database> db)
    : m_catalog(std::move(catalog)), m_db(std::move(db)), m_parts(std::make_unique<Parts>(config, m_catalog, *m_db)),
      m_services{m_catalog,           m_parts->session,  m_parts->learners, m_parts->quiz,
                 m_parts->selfChecks, m_parts->favorites, m_parts->careers, m_parts->portfolio,
                 m_parts->folders,    m_parts->device,    m_parts->gate} {
    (void)m_parts->learnerRepo.removeGuests(); // a guest left behind by a crash is wiped now
    m_parts->portfolio.setFolder(m_parts->device.portfolioFolder());
}

App::~App() = default;

core::Result<content::Catalog> App::loadContent(const AppConfig& config) {
    return content::loadCatalog(config.contentDir);
}

fs::path App::databaseFile(const AppConfig& config) {
    return config.dataDir / "pathlight.db";
}

core::Result<std::unique_ptr<store::Database>> App::openDatabase(const AppConfig& config) {
    std::error_code ec;
    fs::create_directories(config.dataDir, ec);
    if (ec) {
        return core::makeError("Pathlight can't save work on this computer. Ask a grown-up to check the "
                               "folder it uses.",
                               config.dataDir.string() + ": " + ec.message(), store::kErrUnwritable);
    }
    ::chmod(config.dataDir.c_str(), 0700); // one learner's work is nobody else's business on a shared PC
    return store::Database::open(databaseFile(config));
}

core::Result<std::unique_ptr<App>> App::open(const AppConfig& config) {
    auto catalog = loadContent(config);
    if (!catalog) {
        return catalog.error();
    }
    auto db = openDatabase(config);
    if (!db) {
        return db.error();
    }
    return std::make_unique<App>(config, std::move(catalog.value()), std::move(db.value()));
}

SyncNews App::tick(std::int64_t nowMs) {
    return m_parts->portfolio.tick(nowMs);
}

void App::warmUp() {
    m_parts->careers.warmUp();
}

} // namespace pathlight::app
