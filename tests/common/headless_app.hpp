// HeadlessApp: the whole Pathlight front end without a window — ImGui with a built font atlas, an
// App built from an AppConfig exactly as main.cpp builds it, and the Frontend on top — for the
// headless UI tests (tests/ui/ui_harness) and the frame benchmarks. Time is virtual: 1/60 s a frame.
#pragma once

#include "app/app.hpp"
#include "content/font_config.hpp"
#include "screens/frontend.hpp"
#include "ui/theme.hpp"

#include <imgui.h>

#include <memory>
#include <string>

namespace pathlight::test {

class HeadlessApp {
public:
    // Builds everything or throws std::runtime_error with what failed (a test setup error).
    HeadlessApp(app::AppConfig config, ImVec2 size);
    ~HeadlessApp();
    HeadlessApp(const HeadlessApp&) = delete;
    HeadlessApp& operator=(const HeadlessApp&) = delete;

    // One frame: rebuilds the font atlas first if the session asked for another text size or font.
    // `beforeNewFrame` may write input into ImGui's io (the automation driver does).
    template <class Input> void frame(Input&& beforeNewFrame) {
        refreshFonts();
        m_now += 1.0 / 60.0;
        beforeNewFrame(ImGui::GetIO(), m_now);
        ImGui::NewFrame();
        m_frontend->drawFrame(m_now);
        ImGui::Render();
    }
    void frame() {
        frame([](ImGuiIO&, double) {});
    }

    app::App& app() { return *m_app; }
    screens::Frontend& frontend() { return *m_frontend; }
    double now() const { return m_now; }

private:
    void refreshFonts();

    ImGuiContext* m_imgui = nullptr;
    ui::Theme m_theme;
    ui::ContentIcons m_icons;
    content::FontConfig m_fonts;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<screens::Frontend> m_frontend;
    double m_now = 0.0;
};

} // namespace pathlight::test
