// The careers explorer's frame cost, headless (ImGui without a window): the real Shell and
// CareersScreen over the real catalog with all 923 careers listed, at 1280x800. Measures our UI code
// (NewFrame → screen → Render), not the GL driver. Target: ≤ 2 ms a frame.
#include "content/font_config.hpp"
#include "screens/screens.hpp"
#include "store/database.hpp"
#include "store/learner_repo.hpp"
#include "ui/service_host.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"

#include <benchmark/benchmark.h>
#include <imgui.h>

#include <cstdlib>
#include <iostream>
#include <memory>

using namespace pathlight;

namespace {

// One headless app on the explorer screen, with a learner signed in.
class ExplorerApp {
public:
    ExplorerApp() {
        m_imgui = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.DeltaTime = 1.0f / 60.0f;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) {
            io.KeyMap[key] = key;
        }
        auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
        auto db = store::Database::openInMemory();
        auto fonts = content::loadFontConfig(PATHLIGHT_ASSETS_DIR);
        if (!catalog || !db || !fonts) {
            std::cerr << "explorer bench: cannot load content, database or fonts\n";
            std::exit(1);
        }
        m_theme.build(1.0f, ui::contentIcons(*catalog), fonts->resolve());
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        m_host = std::make_unique<ui::ServiceHost>(std::move(catalog.value()), std::move(db.value()));
        auto learner = m_host->learners().create({"Bench", 7, 3, "", false});
        if (!learner) {
            std::exit(1);
        }
        m_shell = std::make_unique<ui::Shell>(m_host->services(), m_theme);
        m_shell->context().session.learner = learner.value();
        m_shell->start(screens::makeCareersScreen());
        for (int i = 0; i < 3; ++i) {
            frame();
        }
    }
    ~ExplorerApp() {
        m_shell.reset();
        m_host.reset();
        ImGui::DestroyContext(m_imgui);
    }

    void frame() {
        m_now += 1.0 / 60.0;
        ImGui::NewFrame();
        m_shell->drawFrame(m_now);
        ImGui::Render();
    }

private:
    ImGuiContext* m_imgui = nullptr;
    ui::Theme m_theme;
    std::unique_ptr<ui::ServiceHost> m_host;
    std::unique_ptr<ui::Shell> m_shell;
    double m_now = 0.0;
};

ExplorerApp& app() {
    static ExplorerApp instance;
    return instance;
}

// A frame with all 923 careers in the list (only the visible rows are drawn).
void BM_ExplorerFrameAllCareers(benchmark::State& state) {
    ExplorerApp& explorer = app();
    for (auto _ : state) {
        explorer.frame();
    }
    state.counters["careers"] = 923;
}
BENCHMARK(BM_ExplorerFrameAllCareers)->Unit(benchmark::kMicrosecond);

// A frame in which a letter is typed into the search box (or taken away): search, filter, sort and
// draw, as a student sees on every keystroke.
void BM_ExplorerFrameWithAKeystroke(benchmark::State& state) {
    ExplorerApp& explorer = app();
    ImGuiIO& io = ImGui::GetIO();
    bool typed = false;
    for (auto _ : state) {
        if (typed) {
            io.KeysDown[ImGuiKey_Backspace] = true;
        } else {
            io.AddInputCharacter('n');
        }
        explorer.frame();
        io.KeysDown[ImGuiKey_Backspace] = false;
        typed = !typed;
    }
}
BENCHMARK(BM_ExplorerFrameWithAKeystroke)->Unit(benchmark::kMicrosecond);

} // namespace
