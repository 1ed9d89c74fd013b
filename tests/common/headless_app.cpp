// See headless_app.hpp.
#include "headless_app.hpp"

#include <stdexcept>

namespace pathlight::test {

namespace {
void buildAtlas() {
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
}
} // namespace

HeadlessApp::HeadlessApp(app::AppConfig config, ImVec2 size) {
    m_imgui = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size;
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    for (int key = 0; key < ImGuiKey_COUNT; ++key) {
        io.KeyMap[key] = key; // headless: the key index is the ImGuiKey itself
    }
    auto opened = app::App::open(config);
    if (!opened) {
        throw std::runtime_error("the app did not open: " + opened.error().message + " " + opened.error().detail);
    }
    m_app = std::move(opened.value());
    auto fonts = content::loadFontConfig(PATHLIGHT_ASSETS_DIR);
    if (!fonts) {
        throw std::runtime_error("assets/fonts.json did not load: " + fonts.error().detail);
    }
    m_fonts = *fonts;
    m_icons = screens::contentIcons(m_app->catalog());
    m_frontend = std::make_unique<screens::Frontend>(*m_app, m_theme);
    const screens::Frontend::Style style = m_frontend->wantedStyle();
    m_theme.build(style.scale, m_icons, m_fonts.resolve(style.font));
    buildAtlas();
    m_frontend->fontsRebuilt(style);
    m_frontend->start();
}

HeadlessApp::~HeadlessApp() {
    m_frontend.reset();
    m_app.reset();
    ImGui::DestroyContext(m_imgui);
}

void HeadlessApp::refreshFonts() {
    // A learner picked another text size or reading font: the atlas is built again, as the app does.
    const screens::Frontend::Style wanted = m_frontend->wantedStyle();
    if (wanted != m_frontend->builtStyle()) {
        m_theme.build(wanted.scale, m_icons, m_fonts.resolve(wanted.font));
        buildAtlas();
        m_frontend->fontsRebuilt(wanted);
    }
}

} // namespace pathlight::test
