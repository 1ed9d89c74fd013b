// See ui_harness.hpp.
#include "ui_harness.hpp"

#include "screens/screens.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <random>

namespace pathlight::test {

TempDir::TempDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / ("pathlight-ui-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

UiHarness::UiHarness(const std::filesystem::path& dbFile, const std::string& lang, float scale, ImVec2 size) {
    m_imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) {
        io.KeyMap[key] = key; // headless: the key index is the ImGuiKey itself
    }

    auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
    if (!catalog) {
        ADD_FAILURE() << "content did not load: " << catalog.error().detail;
        std::abort();
    }
    auto db = store::Database::open(dbFile);
    if (!db) {
        ADD_FAILURE() << "database did not open: " << db.error().detail;
        std::abort();
    }
    auto fonts = content::loadFontConfig(PATHLIGHT_ASSETS_DIR);
    if (!fonts) {
        ADD_FAILURE() << "assets/fonts.json did not load: " << fonts.error().detail;
        std::abort();
    }
    m_theme.build(scale, ui::contentIcons(*catalog), fonts->resolve());
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);

    m_host = std::make_unique<ui::ServiceHost>(std::move(catalog.value()), std::move(db.value()));
    (void)m_host->learners().removeGuests();
    content::Lang l = content::Lang::En;
    content::parseLang(lang, l);
    m_host->catalog().strings.setLang(l);
    m_shell = std::make_unique<ui::Shell>(m_host->services(), m_theme);
    m_shell->start(screens::makeWelcomeScreen());
    frames(2);
}

UiHarness::~UiHarness() {
    m_shell.reset();
    m_host.reset();
    ImGui::DestroyContext(m_imgui);
}

void UiHarness::frame(ui::Automation* automation) {
    ImGuiIO& io = ImGui::GetIO();
    m_now += 1.0 / 60.0;
    if (automation) {
        automation->beforeFrame(io, m_now);
    }
    ImGui::NewFrame();
    m_shell->drawFrame(m_now);
    ImGui::Render();
    if (automation) {
        automation->afterFrame(m_shell->log(), m_now);
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
    for (const ui::LoggedItem& logged : m_shell->log().items()) {
        if (logged.text == text) {
            return &logged;
        }
    }
    return nullptr;
}

std::string UiHarness::screenName() const {
    const ui::Screen* top = m_shell->screens().top();
    return top ? std::string(top->name()) : std::string();
}

} // namespace pathlight::test
