// The SDL2 window with an OpenGL 3.2 core context and Dear ImGui's SDL/OpenGL3 backends.
// Owns SDL, the GL context and the backends; knows nothing about screens or content.
// Frame pacing lives in the caller: waitEvents() sleeps in SDL_WaitEventTimeout so an idle app
// uses next to no CPU (vsync does not throttle under Xvfb/llvmpipe).
#pragma once

#include "core/result.hpp"

#include <filesystem>
#include <memory>
#include <string>

struct SDL_Window;

namespace pathlight::platform {

struct WindowOptions {
    std::string title = "Pathlight";
    int width = 1280;
    int height = 800;
    bool fullscreen = false;
};

class Window {
public:
    // Initialises SDL video and creates the window and its GL context. Needs no ImGui context, so
    // start-up can load content and pack fonts on another thread meanwhile.
    static core::Result<std::unique_ptr<Window>> create(const WindowOptions& options);
    // Starts ImGui's SDL and OpenGL backends; the ImGui context must exist by now.
    core::Status startImGui();
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits up to `timeoutMs` for input (0 = just poll) and feeds every event to ImGui.
    // Returns how many events arrived; sets `quitRequested` when the window was closed.
    int waitEvents(int timeoutMs, bool& quitRequested);

    // After the font atlas was rebuilt (a learner picked a bigger text size): uploads it again.
    void reloadFonts();
    // Looks for gamepads (SDL GameController); called once the first frame is up.
    void startGamepads();
    // Starts an ImGui frame on the backends (call before ImGui::NewFrame()).
    void beginFrame();
    // Renders ImGui's draw data into the back buffer.
    void render();
    // Saves the back buffer (after render(), before present()) as a PNG.
    core::Status screenshot(const std::filesystem::path& file);
    void present();

    int drawableWidth() const;
    int drawableHeight() const;
    const char* videoDriver() const;

private:
    Window() = default;
    SDL_Window* m_window = nullptr;
    void* m_gl = nullptr;
    bool m_backendsReady = false;
    long m_frames = 0;
};

// Monotonic seconds, for frame deltas.
double nowSeconds();

} // namespace pathlight::platform
