// Frontend: the screens on top of an App — the Shell (screen stack, item log), the loop's non-drawing
// work (App::tick, its news shown as notices), the first screen, and the look the session asks for
// (text size, reading font). main.cpp, the headless UI tests and the benchmarks all run one
// Frontend, so the wiring between app and screens exists once.
#pragma once

#include "app/app.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"

#include <memory>
#include <string>

namespace pathlight::screens {

class Frontend {
public:
    Frontend(app::App& app, ui::Theme& theme);

    // Shows Welcome.
    void start();
    // The loop's work that doesn't draw (the class folder's write), its news shown. `now` in seconds.
    void tick(double now);
    // tick(), then one frame of the top screen; call between ImGui::NewFrame() and ImGui::Render().
    void drawFrame(double now);
    bool wantsFrames() const { return m_shell.wantsFrames(); }

    // What the person at the screen asked for: UI scale (text size / 100) and reading font ("" =
    // the device's). When it differs from what the fonts were built for, the platform rebuilds them
    // between frames (Theme::build) and calls fontsRebuilt().
    struct Style {
        float scale = 1.0f;
        std::string font;
        bool operator==(const Style&) const = default;
    };
    Style wantedStyle() const;
    void fontsRebuilt(const Style& style) { m_built = style; }
    const Style& builtStyle() const { return m_built; }

    ui::Shell& shell() { return m_shell; }
    app::App& app() { return m_app; }

private:
    app::App& m_app;
    ui::Shell m_shell;
    Style m_built;
    bool m_warm = false;
};

// Font Awesome code points the content uses, for the font atlas.
ui::ContentIcons contentIcons(const content::Catalog& catalog);

} // namespace pathlight::screens
