// See ui_harness.hpp.
#include "ui_harness.hpp"

#include "app/grown_up_gate.hpp"
#include "content/font_config.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

namespace pathlight::test {

UiHarness::UiHarness(const std::filesystem::path& dataDir, const std::string& lang, float scale, ImVec2 size)
    : UiHarness(dataDir, HarnessOptions{lang, scale, size, {}, {}, {}, {}}) {}

UiHarness::UiHarness(const std::filesystem::path& dataDir, const HarnessOptions& options) : m_dataDir(dataDir) {
    app::AppConfig config;
    config.dataDir = dataDir;
    config.contentDir = PATHLIGHT_CONTENT_DIR;
    config.portfolioDir = options.portfolioDir;
    config.appVersion = "pathlight test";
    config.defaultLanguage = options.lang;
    config.defaultTextSize = options.scale > 1.0f ? static_cast<int>(options.scale * 100.0f + 0.5f) : 0;
    if (options.clock) {
        config.clock = options.clock;
    }
    config.gateCost = app::HashCost::cheapest();
    config.media = options.media;
    config.home = options.home;
    try {
        m_headless = std::make_unique<HeadlessApp>(config, options.size);
    } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
        std::abort();
    }
    frames(2);
}

UiHarness::~UiHarness() = default;

std::unique_ptr<store::Database> UiHarness::openDatabase() const {
    app::AppConfig config;
    config.dataDir = m_dataDir;
    auto db = store::Database::open(app::App::databaseFile(config));
    if (!db) {
        ADD_FAILURE() << "second connection failed: " << db.error().detail;
        return nullptr;
    }
    return std::move(db.value());
}

void UiHarness::frame(ui::Automation* automation) {
    m_headless->frame([&](ImGuiIO& io, double now) {
        if (automation) {
            automation->beforeFrame(io, now);
        }
    });
    if (automation) {
        automation->afterFrame(shell().log(), m_headless->now());
    }
}

void UiHarness::frames(int count) {
    for (int i = 0; i < count; ++i) {
        frame(nullptr);
    }
}

std::string UiHarness::run(const std::string& script) {
    auto steps = ui::parseScript(script, "test");
    if (!steps) {
        return steps.error().detail;
    }
    ui::Automation automation(std::move(steps.value()), "test");
    for (int guard = 0; guard < 200000 && !automation.done(); ++guard) {
        std::string shot;
        if (automation.screenshotDue(shot)) {
            automation.screenshotTaken(true, ""); // no pixels headless; the e2e tests take real ones
        }
        frame(&automation);
    }
    frames(2); // let queued screen changes land
    return automation.failed() ? automation.failure() : std::string();
}

const ui::LoggedItem* UiHarness::item(const std::string& text) const {
    for (const ui::LoggedItem& logged : shell().log().items()) {
        if (logged.text == text) {
            return &logged;
        }
    }
    return nullptr;
}

std::string UiHarness::screenName() const {
    const ui::Screen* top = shell().screens().top();
    return top ? std::string(top->name()) : std::string();
}

} // namespace pathlight::test
