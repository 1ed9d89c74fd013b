// App: owns everything below the screens — the content catalog, the database, the repositories,
// the session, the grown-up gate, the class-folder link, the career tables — and the loop's work
// that doesn't draw (tick()). main.cpp, the headless UI tests, the benchmarks and pathlight-tool
// build the same App, so nothing is wired twice. No ImGui, no SDL.
#pragma once

#include "app/clock.hpp"
#include "app/grown_up_gate.hpp"
#include "app/portfolio_link.hpp"
#include "app/services.hpp"
#include "content/catalog.hpp"
#include "core/result.hpp"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pathlight::store {
class Database;
}

namespace pathlight::app {

struct AppConfig {
    std::filesystem::path dataDir;       // holds pathlight.db
    std::filesystem::path contentDir;
    std::filesystem::path portfolioDir;  // --portfolio-dir: overrides the device setting for this run
    std::string defaultLanguage;         // --lang: overrides the device's default language for this run
    int defaultTextSize = 0;             // --scale (percent): overrides the device's default text size
    std::string appVersion = "pathlight";
    WallClock clock = systemClock();
    HashCost gateCost{};
    std::vector<std::filesystem::path> media = {"/media", "/run/media"}; // where USB sticks appear
    std::filesystem::path home;          // "" = $HOME
};

class App {
public:
    App(const AppConfig& config, content::Catalog catalog, std::unique_ptr<store::Database> db);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Loads the content and opens the database; for tools and tests that don't need to ask a person
    // what to do about a damaged file (main.cpp does that step by step).
    static core::Result<std::unique_ptr<App>> open(const AppConfig& config);
    static core::Result<content::Catalog> loadContent(const AppConfig& config);
    // The database file in the data dir, created (with a private folder, 0700) when missing.
    static core::Result<std::unique_ptr<store::Database>> openDatabase(const AppConfig& config);
    static std::filesystem::path databaseFile(const AppConfig& config);

    Services& services() { return m_services; }
    const content::Catalog& catalog() const { return m_catalog; }

    // The loop's work that doesn't draw: the class folder's debounced write. `nowMs` is the loop's
    // steady clock. Returns what the person at the screen should hear about, if anything.
    SyncNews tick(std::int64_t nowMs);
    // After the first frame: build what later screens need, in the background.
    void warmUp();

private:
    struct Parts;
    content::Catalog m_catalog;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<Parts> m_parts;
    Services m_services;
};

} // namespace pathlight::app
