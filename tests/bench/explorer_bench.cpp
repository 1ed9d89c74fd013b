// The careers explorer's frame cost, headless (ImGui without a window): the real Shell and
// CareersScreen over the real catalog with all 923 careers listed, at 1280x800. Measures our UI code
// (NewFrame → screen → Render), not the GL driver. Target: ≤ 2 ms a frame.
#include "app/session.hpp"
#include "headless_app.hpp"
#include "screens/navigation.hpp"

#include <benchmark/benchmark.h>
#include <imgui.h>

#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <iostream>
#include <memory>

using namespace pathlight;

namespace {

// One headless app (built as main.cpp builds it) on the explorer screen, with a learner signed in.
class ExplorerApp {
public:
    ExplorerApp() {
        app::AppConfig config;
        m_dir = std::filesystem::temp_directory_path() / ("pathlight-bench-" + std::to_string(::getpid()));
        config.dataDir = m_dir;
        config.contentDir = PATHLIGHT_CONTENT_DIR;
        m_headless = std::make_unique<test::HeadlessApp>(config, ImVec2(1280, 800));
        app::Services& services = m_headless->app().services();
        if (!services.session.join({"Bench", 7, 3, "", false})) {
            std::cerr << "explorer bench: cannot sign in\n";
            std::exit(1);
        }
        m_headless->frontend().shell().screens().resetTo(screens::makeCareersScreen(services));
        for (int i = 0; i < 3; ++i) {
            frame();
        }
    }
    ~ExplorerApp() {
        m_headless.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }

    void frame() { m_headless->frame(); }

private:
    std::filesystem::path m_dir;
    std::unique_ptr<test::HeadlessApp> m_headless;
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
