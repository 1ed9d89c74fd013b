// Pathlight's entry point: parse flags, open the window, load the content and the database (asking
// a person what to do when either is broken), build the App and its Frontend, and run the frame
// loop. The loop paces itself: it draws only while something changes or moves, and otherwise sleeps
// in SDL_WaitEventTimeout (no busy loop, next to no idle CPU).
#include "app/app.hpp"
#include "content/catalog.hpp"
#include "content/font_config.hpp"
#include "platform/window.hpp"
#include "screens/frontend.hpp"
#include "screens/navigation.hpp"
#include "store/database.hpp"
#include "ui/automation.hpp"
#include "ui/shell.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <functional>
#include <optional>
#include <thread>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace pathlight;

namespace {

// [SECTION] Command line

struct Options {
    fs::path dataDir;
    fs::path contentDir;
    fs::path assetsDir;
    fs::path portfolioDir;
    std::string font;
    std::string lang;
    float scale = 1.0f;
    bool fullscreen = false;
    int width = 1280;
    int height = 800;
    fs::path script;
    fs::path screenshot;
    bool frameStats = false;
};

constexpr const char* kUsage = R"(Usage: pathlight [options]

Pathlight: explore careers, find what you like. Works offline; keeps data on this computer.

  --data-dir DIR       where learners' work is saved (default: $XDG_DATA_HOME/pathlight)
  --content-dir DIR    content folder (default: the bundled content)
  --assets-dir DIR     assets folder with fonts.json (default: the bundled assets)
  --font NAME          reading font: andika (default), opendyslexic or dejavu
  --portfolio-dir DIR  a folder (USB stick, network share, synced folder) that keeps each
                       learner's portfolio file; overrides the one chosen in Settings
  --lang en|es         language a visit starts in (default: this computer's, chosen
                       in Settings, else English); a learner's own choice wins
  --scale S            text size from 1.0 to 2.0 a visit starts at (default: this
                       computer's); a learner's own choice wins
  --windowed           run in a window (default)
  --fullscreen         fill the screen
  --size WxH           window size (default 1280x800)
  --script FILE        run an automation script (click/drag/type/key/wait/expect/screenshot)
  --screenshot FILE    save a PNG of the first screen and exit
  --frame-stats        print frame CPU times at exit (for benchmarks)
  --version            print the version
  --help               print this help
)";

// Returns 0 to continue, or an exit code (0 for --help/--version handled, 2 for usage errors).
int parseOptions(int argc, char** argv, Options& opt, bool& exitNow) {
    exitNow = false;
    auto need = [&](int& i, const char* flag) -> const char* {
        if (i + 1 >= argc) {
            std::cerr << "pathlight: " << flag << " needs a value\n";
            return nullptr;
        }
        return argv[++i];
    };
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char* v = nullptr;
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            exitNow = true;
            return 0;
        } else if (arg == "--version") {
            std::cout << "pathlight " << PATHLIGHT_VERSION << "\n";
            exitNow = true;
            return 0;
        } else if (arg == "--data-dir") {
            if (!(v = need(i, "--data-dir"))) return 2;
            opt.dataDir = v;
        } else if (arg == "--content-dir") {
            if (!(v = need(i, "--content-dir"))) return 2;
            opt.contentDir = v;
        } else if (arg == "--assets-dir") {
            if (!(v = need(i, "--assets-dir"))) return 2;
            opt.assetsDir = v;
        } else if (arg == "--portfolio-dir") {
            if (!(v = need(i, "--portfolio-dir"))) return 2;
            opt.portfolioDir = v;
        } else if (arg == "--font") {
            if (!(v = need(i, "--font"))) return 2;
            opt.font = v;
        } else if (arg == "--lang") {
            if (!(v = need(i, "--lang"))) return 2;
            opt.lang = v;
            if (opt.lang != "en" && opt.lang != "es") {
                std::cerr << "pathlight: --lang must be en or es\n";
                return 2;
            }
        } else if (arg == "--scale") {
            if (!(v = need(i, "--scale"))) return 2;
            char* end = nullptr;
            opt.scale = std::strtof(v, &end);
            if (!end || *end != '\0' || opt.scale < 1.0f || opt.scale > 2.0f) {
                std::cerr << "pathlight: --scale must be a number from 1.0 to 2.0\n";
                return 2;
            }
        } else if (arg == "--windowed") {
            opt.fullscreen = false;
        } else if (arg == "--fullscreen") {
            opt.fullscreen = true;
        } else if (arg == "--size") {
            if (!(v = need(i, "--size"))) return 2;
            if (std::sscanf(v, "%dx%d", &opt.width, &opt.height) != 2 || opt.width < 320 || opt.height < 240 ||
                opt.width > 8192 || opt.height > 8192) {
                std::cerr << "pathlight: --size must look like 1280x800\n";
                return 2;
            }
        } else if (arg == "--script") {
            if (!(v = need(i, "--script"))) return 2;
            opt.script = v;
        } else if (arg == "--screenshot") {
            if (!(v = need(i, "--screenshot"))) return 2;
            opt.screenshot = v;
        } else if (arg == "--frame-stats") {
            opt.frameStats = true;
        } else {
            std::cerr << "pathlight: unknown option " << arg << "\n\n" << kUsage;
            return 2;
        }
    }
    return 0;
}

fs::path defaultDataDir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
        return fs::path(xdg) / "pathlight";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return fs::path(home) / ".local" / "share" / "pathlight";
    }
    return fs::current_path() / "pathlight-data";
}

// The bundled folder `name` ("content", "assets"): next to an installed binary, else the source tree,
// else the current folder. `marker` is a file the folder must hold.
fs::path bundledDir(const char* argv0, const char* name, const char* marker, const fs::path& sourceDir) {
    std::error_code ec;
    const fs::path exe = fs::canonical("/proc/self/exe", ec);
    const fs::path base = ec ? fs::path(argv0).parent_path() : exe.parent_path();
    for (const fs::path& candidate : {base / ".." / "share" / "pathlight" / name, sourceDir, fs::current_path() / name}) {
        if (fs::exists(candidate / marker, ec)) {
            return candidate;
        }
    }
    return sourceDir;
}

// With PATHLIGHT_TRACE_STARTUP set, prints how long each start-up step took (stderr), so start-up
// can be profiled on a real machine without a profiler.
struct StartupTrace {
    bool on = std::getenv("PATHLIGHT_TRACE_STARTUP") != nullptr;
    double last = 0;
    void step(const char* what) {
        if (!on) {
            return;
        }
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        const double now = static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
        if (last > 0) {
            std::fprintf(stderr, "startup %-22s %7.1f ms\n", what, now - last);
        }
        last = now;
    }
};

// [SECTION] Frame loop

struct FrameStats {
    std::size_t frames = 0;
    double maxCpuMs = 0;
    std::map<std::string, double> maxByScreen;
    std::map<std::string, std::size_t> framesByScreen;
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Loop {
    Loop(platform::Window& w, const Options& o, ui::Automation* s) : window(w), options(o), script(s) {}

    platform::Window& window;
    const Options& options;
    ui::Automation* script = nullptr;
    FrameStats stats;
    bool firstFramePresented = false;
    int screenshotCountdown = 3; // --screenshot: let layout settle for a few frames
    int exitCode = -1;           // >= 0 once the run should end
    std::function<void(const screens::Frontend::Style&)> rebuildFonts;
    StartupTrace* trace = nullptr;

    static constexpr double kFrameSeconds = 1.0 / 60.0;
    static constexpr int kIdleWaitMs = 2000;
    static constexpr int kCaretWaitMs = 500;
    static constexpr int kFramesAfterInput = 3; // hover, press and release settle within three frames

    // Runs frames of `shell` (with the App's work through `frontend`, when there is one yet) until
    // `stop()` is true, the window closes, or the script ends.
    void run(ui::Shell& shell, screens::Frontend* frontend, const std::function<bool()>& stop) {
        ImGuiIO& io = ImGui::GetIO();
        int pending = kFramesAfterInput;
        double lastFrame = 0;
        while (exitCode < 0 && !stop()) {
            const bool scripted = script && !script->done();
            const bool busy = pending > 0 || shell.wantsFrames() || scripted || !options.screenshot.empty();
            int timeout = kIdleWaitMs;
            if (busy) {
                const double wait = lastFrame + kFrameSeconds - platform::nowSeconds();
                timeout = wait > 0 ? std::max(1, static_cast<int>(wait * 1000.0)) : 0;
            } else if (io.WantTextInput) {
                timeout = kCaretWaitMs; // keep the text caret blinking, slowly
            }
            bool quit = false;
            const int events = window.waitEvents(timeout, quit);
            if (frontend) {
                frontend->tick(platform::nowSeconds()); // the class folder's debounced write, drawn or not
            }
            if (quit) {
                exitCode = 0;
                break;
            }
            if (events > 0) {
                pending = std::max(pending, kFramesAfterInput);
            } else if (!busy && !io.WantTextInput) {
                continue; // an idle wake-up: nothing changed, draw nothing
            }
            if (busy && events == 0 && platform::nowSeconds() < lastFrame + kFrameSeconds) {
                continue;
            }
            lastFrame = platform::nowSeconds();
            frame(shell, frontend);
            if (pending > 0) {
                --pending;
            }
        }
    }

    void frame(ui::Shell& shell, screens::Frontend* frontend) {
        ImGuiIO& io = ImGui::GetIO();
        const double cpuStart = threadCpuMs();
        const double now = platform::nowSeconds();
        if (frontend && rebuildFonts && frontend->wantedStyle() != frontend->builtStyle()) {
            rebuildFonts(frontend->wantedStyle()); // a learner picked another text size or font
            frontend->fontsRebuilt(frontend->wantedStyle());
        }
        window.beginFrame();
        if (script) {
            script->beforeFrame(io, now);
        }
        ImGui::NewFrame();
        if (frontend) {
            frontend->drawFrame(now);
        } else {
            shell.drawFrame(now);
        }
        ImGui::Render();
        window.render();

        std::string shotPath;
        if (script && script->screenshotDue(shotPath)) {
            const core::Status shot = window.screenshot(shotPath);
            script->screenshotTaken(shot.ok(), shot.ok() ? "" : shot.error().detail);
        }
        if (!options.screenshot.empty() && --screenshotCountdown == 0) {
            const core::Status shot = window.screenshot(options.screenshot);
            if (!shot) {
                std::cerr << "pathlight: " << shot.error().message << " (" << shot.error().detail << ")\n";
            }
            exitCode = shot.ok() ? 0 : 1;
        }
        window.present();

        if (!firstFramePresented) {
            firstFramePresented = true;
            if (trace) {
                trace->step("first frame drawn");
            }
            window.startGamepads();
            if (const char* launch = std::getenv("PATHLIGHT_LAUNCH_NS")) {
                timespec ts{};
                clock_gettime(CLOCK_REALTIME, &ts);
                const double nowNs = static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
                std::fprintf(stderr, "startup_ms=%.1f\n", (nowNs - std::strtod(launch, nullptr)) / 1e6);
            }
        }

        const double cpu = threadCpuMs() - cpuStart;
        const std::string screen = shell.screens().top() ? std::string(shell.screens().top()->name()) : "none";
        ++stats.frames;
        stats.maxCpuMs = std::max(stats.maxCpuMs, cpu);
        stats.maxByScreen[screen] = std::max(stats.maxByScreen[screen], cpu);
        ++stats.framesByScreen[screen];

        if (script) {
            script->afterFrame(shell.log(), now);
            if (script->failed()) {
                std::cerr << "pathlight: script failed at " << script->failure() << "\n";
                exitCode = 1;
            } else if (script->done()) {
                exitCode = 0;
            }
        }
        if (shell.context().quitRequested) {
            exitCode = 0;
        }
    }

    void printStats() const {
        std::fprintf(stderr, "frames=%zu max_frame_cpu_ms=%.2f\n", stats.frames, stats.maxCpuMs);
        for (const auto& [screen, ms] : stats.maxByScreen) {
            std::fprintf(stderr, "screen=%s frames=%zu max_frame_cpu_ms=%.2f\n", screen.c_str(),
                         stats.framesByScreen.at(screen), ms);
        }
    }
};

// Shows a problem screen until the person picks a choice (or the window closes). Returns the
// choice index, or -1.
int askProblem(Loop& loop, ui::Theme& theme, std::string title, std::string message, std::string detail,
               std::vector<screens::ProblemChoice> choices) {
    int choice = -1;
    ui::Shell shell(theme);
    shell.start(screens::makeProblemScreen(std::move(title), std::move(message), std::move(detail),
                                           std::move(choices), [&](int c) { choice = c; }));
    loop.run(shell, nullptr, [&] { return choice >= 0; });
    return choice;
}

} // namespace

int main(int argc, char** argv) {
    StartupTrace trace;
    trace.step("begin");
    Options opt;
    bool exitNow = false;
    if (const int code = parseOptions(argc, argv, opt, exitNow); code != 0 || exitNow) {
        return code;
    }
    if (opt.dataDir.empty()) {
        opt.dataDir = defaultDataDir();
    }
    if (opt.contentDir.empty()) {
        opt.contentDir = bundledDir(argv[0], "content", "strings/en.json", PATHLIGHT_SOURCE_CONTENT_DIR);
    }
    if (opt.assetsDir.empty()) {
        opt.assetsDir = bundledDir(argv[0], "assets", content::kFontConfigFile, PATHLIGHT_SOURCE_ASSETS_DIR);
    }
    // Fonts: a broken fonts.json is reported and the built-in choice used, so the app still starts.
    auto fontConfig = content::loadFontConfig(opt.assetsDir);
    if (!fontConfig) {
        std::cerr << "pathlight: " << fontConfig.error().detail << "; using the built-in font choice\n";
        fontConfig = content::FontConfig::builtIn();
    }
    if (!opt.font.empty() && !fontConfig->families.count(opt.font)) {
        std::string names;
        for (const std::string& name : fontConfig->familyNames()) {
            names += (names.empty() ? "" : ", ") + name;
        }
        std::cerr << "pathlight: --font must be one of: " << names << "\n";
        return 2;
    }
    const content::FontFiles fontFiles = fontConfig->resolve(opt.font);

    std::unique_ptr<ui::Automation> script;
    if (!opt.script.empty()) {
        std::ifstream in(opt.script);
        if (!in) {
            std::cerr << "pathlight: cannot read script " << opt.script << "\n";
            return 2;
        }
        std::stringstream text;
        text << in.rdbuf();
        auto steps = ui::parseScript(text.str(), opt.script.string());
        if (!steps) {
            std::cerr << "pathlight: " << steps.error().detail << "\n";
            return 2;
        }
        script = std::make_unique<ui::Automation>(std::move(steps.value()), opt.script.filename().string());
    }

    trace.step("flags and fonts.json");
    app::AppConfig config;
    config.dataDir = opt.dataDir;
    config.contentDir = opt.contentDir;
    config.portfolioDir = opt.portfolioDir;
    config.appVersion = std::string("pathlight ") + PATHLIGHT_VERSION;
    config.defaultLanguage = opt.lang;
    config.defaultTextSize = opt.scale > 1.0f ? static_cast<int>(opt.scale * 100.0f + 0.5f) : 0;

    // While SDL and GL start (the slowest part of start-up), another thread loads the content, packs
    // the fonts and opens the database, so the first frame waits for the longer of the two only.
    ui::Theme theme;
    auto fontAtlas = std::make_unique<ImFontAtlas>();
    std::optional<core::Result<content::Catalog>> catalog;
    std::optional<core::Result<std::unique_ptr<store::Database>>> db;
    ui::ContentIcons icons;
    std::string fontWarning;
    std::thread prepare([&] {
        catalog = app::App::loadContent(config);
        if (catalog->ok()) {
            icons = screens::contentIcons(**catalog);
        }
        theme.buildFonts(*fontAtlas, opt.scale, icons, fontFiles, &fontWarning);
        // The GL backend uploads the atlas as RGBA: convert it here, off the UI thread (tens of ms).
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        fontAtlas->GetTexDataAsRGBA32(&pixels, &w, &h);
        if (catalog->ok()) {
            db = app::App::openDatabase(config);
        }
    });
    auto window = platform::Window::create({"Pathlight", opt.width, opt.height, opt.fullscreen});
    prepare.join();
    trace.step("window, content, fonts, database");
    if (!window) {
        std::cerr << "pathlight: " << window.error().message << " (" << window.error().detail << ")\n";
        return 1;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fontAtlas.get());
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // nothing about a session is left on disk by the UI library
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    // The window (and ImGui's backends) must go before the ImGui context does, and the context
    // before the font atlas it shares.
    auto shutdown = [&](int code) {
        window.value().reset();
        ImGui::DestroyContext();
        return code;
    };
    if (const core::Status started = window.value()->startImGui(); !started) {
        std::cerr << "pathlight: " << started.error().message << " (" << started.error().detail << ")\n";
        return shutdown(1);
    }
    theme.applyStyle();
    if (!fontWarning.empty()) {
        std::cerr << "pathlight: " << fontWarning << "\n";
    }
    Loop loop(**window, opt, script.get());

    if (!catalog->ok()) {
        const core::Error& error = catalog->error();
        std::cerr << "pathlight: " << error.message << "\n" << error.detail << "\n";
        askProblem(loop, theme, "Pathlight can't start", error.message + " Ask a grown-up to run "
                   "`pathlight-tool content check` on the content folder.", error.detail, {{"Quit", true}});
        return shutdown(1);
    }
    // Problems before the App exists are told in the language asked for on the command line.
    const content::Catalog& loaded = catalog->value();
    const content::Text words(loaded.strings, loaded.strings.find(opt.lang).value_or(content::Lang::english()));

    // The database: a damaged file is kept and a fresh start offered; an unwritable folder is
    // explained. Nothing is deleted without a person choosing it.
    const fs::path dbFile = app::App::databaseFile(config);
    while (!db->ok()) {
        const core::Error error = db->error();
        std::cerr << "pathlight: " << error.message << " (" << error.detail << ")\n";
        const std::string key = "error." + error.code;
        const std::string message = words.has(key) ? words(key) : error.message;
        const bool canStartFresh = error.code == store::kErrCorrupt || error.code == store::kErrNotOurs;
        std::vector<screens::ProblemChoice> choices;
        if (canStartFresh) {
            choices.push_back({words("problem.start_fresh"), true});
        }
        choices.push_back({words("problem.quit"), !canStartFresh});
        const int choice = askProblem(loop, theme, words("problem.title"), message, error.detail + "\n" + dbFile.string(),
                                      choices);
        if (!canStartFresh || choice != 0) {
            return shutdown(loop.exitCode > 0 ? loop.exitCode : 1);
        }
        fs::path keptAs;
        db = store::Database::startFresh(dbFile, &keptAs);
        if (db->ok()) {
            std::cerr << "pathlight: the damaged file was kept as " << keptAs << "\n";
        }
    }

    app::App app(config, std::move(catalog->value()), std::move(db->value()));
    trace.step("app");
    screens::Frontend frontend(app, theme);
    frontend.fontsRebuilt({theme.scale(), ""});
    loop.rebuildFonts = [&](const screens::Frontend::Style& style) {
        theme.build(style.scale, icons, fontConfig->resolve(style.font.empty() ? opt.font : style.font));
        window.value()->reloadFonts();
    };
    frontend.start();
    loop.trace = &trace;
    loop.run(frontend.shell(), &frontend, [] { return false; });
    const int exitCode = std::max(loop.exitCode, 0);
    if (opt.frameStats) {
        loop.printStats();
    }
    return shutdown(exitCode);
}
