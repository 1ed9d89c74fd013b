// UiHarness: runs the real App, Frontend, Shell and screens headless (ImGui without a window or GL),
// driven by the same Automation steps as `pathlight --script`. Time is virtual: each frame is 1/60 s.
// It builds the App exactly as main.cpp does (app::App + screens::Frontend), so tests drive what a
// student sees.
#pragma once

#include "app/app.hpp"
#include "app/careers.hpp"
#include "app/device_settings.hpp"
#include "app/folder_browser.hpp"
#include "app/grown_up_gate.hpp"
#include "app/learner_work.hpp"
#include "app/learners.hpp"
#include "app/portfolio_link.hpp"
#include "app/services.hpp"
#include "app/session.hpp"
#include "screens/frontend.hpp"
#include "store/database.hpp"
#include "ui/automation.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"

#include <filesystem>
#include <memory>
#include <string>

#include "headless_app.hpp"
#include "test_support.hpp"

namespace pathlight::test {

struct HarnessOptions {
    std::string lang;            // --lang for this run ("" = the device's default)
    float scale = 1.0f;          // --scale
    ImVec2 size{1280, 800};      // the window, a 1280x800 laptop by default
    app::WallClock clock;        // default: the system clock
    std::filesystem::path home;  // the file browser's home place ("" = none)
    std::vector<std::filesystem::path> media; // where USB sticks show up (none by default)
    std::filesystem::path portfolioDir;       // --portfolio-dir
};

class UiHarness {
public:
    // Opens (or re-opens, to simulate a restart) the device whose data dir is `dataDir`.
    explicit UiHarness(const std::filesystem::path& dataDir, const std::string& lang = "en", float scale = 1.0f,
                       ImVec2 size = ImVec2(1280, 800));
    UiHarness(const std::filesystem::path& dataDir, const HarnessOptions& options);
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // Runs the script to its end. Returns "" on success, else the failure (line + screen dump).
    std::string run(const std::string& script);
    void frames(int count);

    app::App& app() { return m_headless->app(); }
    app::Services& services() { return app().services(); }
    const content::Catalog& catalog() const { return m_headless->app().catalog(); }
    ui::Shell& shell() { return m_headless->frontend().shell(); }
    const ui::Shell& shell() const { return m_headless->frontend().shell(); }
    screens::Frontend& frontend() { return m_headless->frontend(); }
    std::string screenName() const;
    // The item on screen whose text is exactly `text`, or null.
    const ui::LoggedItem* item(const std::string& text) const;
    // A second connection to the device's database, for a test to look at what was stored.
    std::unique_ptr<store::Database> openDatabase() const;
    const std::filesystem::path& dataDir() const { return m_dataDir; }

private:
    void frame(ui::Automation* automation);

    std::filesystem::path m_dataDir;
    std::unique_ptr<HeadlessApp> m_headless;
};

} // namespace pathlight::test
