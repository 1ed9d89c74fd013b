// SDL2 + OpenGL 3.2 core window; see window.hpp.
#include "platform/window.hpp"

#include <malloc.h>

#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>
#include <stb/stb_image_write.h>

#include <cstdint>
#include <vector>

namespace pathlight::platform {

double nowSeconds() {
    return static_cast<double>(SDL_GetPerformanceCounter()) / static_cast<double>(SDL_GetPerformanceFrequency());
}

core::Result<std::unique_ptr<Window>> Window::create(const WindowOptions& options) {
    // No sound card is normal in a classroom VM: audio is opened later, and may fail, on its own.
    // Gamepads are started after the first frame (startGamepads): scanning for them costs start-up time.
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        return core::makeError("Pathlight could not open its window.", SDL_GetError(), "platform.sdl");
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    std::unique_ptr<Window> window(new Window());
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
    int width = options.width;
    int height = options.height;
    if (options.fullscreen) {
        // "Native" fullscreen stays 1x1 without a window manager: use a borderless window that
        // covers the display's bounds instead (PLATFORM-NOTES.md).
        SDL_Rect bounds{};
        if (SDL_GetDisplayBounds(0, &bounds) == 0) {
            width = bounds.w;
            height = bounds.h;
        }
        flags |= SDL_WINDOW_BORDERLESS;
    }
    window->m_window = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                        width, height, flags);
    if (!window->m_window) {
        return core::makeError("Pathlight could not open its window.", SDL_GetError(), "platform.window");
    }
    if (options.fullscreen) {
        SDL_SetWindowPosition(window->m_window, 0, 0);
    }
    window->m_gl = SDL_GL_CreateContext(window->m_window);
    if (!window->m_gl) {
        return core::makeError("Pathlight needs OpenGL 3.2, and this computer could not start it.",
                               SDL_GetError(), "platform.gl");
    }
    SDL_GL_MakeCurrent(window->m_window, window->m_gl);
    SDL_GL_SetSwapInterval(0); // we pace frames ourselves
    SDL_StartTextInput();
    return window;
}

core::Status Window::startImGui() {
    if (!ImGui_ImplSDL2_InitForOpenGL(m_window, m_gl) || !ImGui_ImplOpenGL3_Init("#version 150")) {
        return core::makeError("Pathlight could not start its drawing engine.", "ImGui backend init failed",
                               "platform.imgui");
    }
    m_backendsReady = true;
    return {};
}

Window::~Window() {
    if (m_backendsReady) {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplSDL2_Shutdown();
    }
    if (m_gl) {
        SDL_GL_DeleteContext(m_gl);
    }
    if (m_window) {
        SDL_DestroyWindow(m_window);
    }
    SDL_Quit();
}

int Window::waitEvents(int timeoutMs, bool& quitRequested) {
    int count = 0;
    SDL_Event event;
    const bool got = timeoutMs > 0 ? SDL_WaitEventTimeout(&event, timeoutMs) == 1 : SDL_PollEvent(&event) == 1;
    if (!got) {
        return 0;
    }
    do {
        ++count;
        ImGui_ImplSDL2_ProcessEvent(&event);
        if (event.type == SDL_QUIT ||
            (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
             event.window.windowID == SDL_GetWindowID(m_window))) {
            quitRequested = true;
        }
    } while (SDL_PollEvent(&event) == 1);
    return count;
}

namespace {

// The backend uploads the font atlas as RGBA (4 bytes a pixel), though only alpha varies. Where
// texture swizzling is available (GL 3.3+, which llvmpipe and every current driver give us), store
// it as one red channel read back as (1, 1, 1, red): a quarter of the texture memory.
void shrinkFontTexture(ImFontAtlas& atlas) {
    GLint major = 0;
    GLint minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major < 3 || (major == 3 && minor < 3)) {
        return;
    }
    unsigned char* alpha = nullptr;
    int width = 0;
    int height = 0;
    atlas.GetTexDataAsAlpha8(&alpha, &width, &height);
    if (alpha == nullptr) {
        return;
    }
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(atlas.TexID)));
    GLint unpack = 0;
    glGetIntegerv(GL_UNPACK_ALIGNMENT, &unpack);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, alpha);
    const GLint swizzle[4] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, unpack);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
}

} // namespace

void Window::reloadFonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Window::startGamepads() {
    if (SDL_WasInit(SDL_INIT_GAMECONTROLLER) == 0 && SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
        SDL_Log("no gamepad support: %s", SDL_GetError()); // keyboard, mouse and touch still work
    }
}

void Window::beginFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    // The backend has uploaded the font atlas to a GL texture by now: store it compactly, then give
    // back the CPU copies (alpha and RGBA, about 5 bytes a pixel), which are no longer needed. Not
    // on the very first frame, which a child is waiting for.
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    ++m_frames;
    if (m_frames > 1 && atlas->TexID != nullptr &&
        (atlas->TexPixelsAlpha8 != nullptr || atlas->TexPixelsRGBA32 != nullptr)) {
        shrinkFontTexture(*atlas);
        atlas->ClearTexData();
        ::malloc_trim(0); // building the atlas churned through a lot of heap; return the free pages
    }
}

void Window::render() {
    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

core::Status Window::screenshot(const std::filesystem::path& file) {
    const int w = drawableWidth();
    const int h = drawableHeight();
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (std::size_t i = 3; i < pixels.size(); i += 4) {
        pixels[i] = 255; // screenshots are opaque whatever the GL alpha holds
    }
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
    }
    stbi_flip_vertically_on_write(1);
    if (stbi_write_png(file.string().c_str(), w, h, 4, pixels.data(), w * 4) == 0) {
        return core::makeError("Pathlight could not save the picture.", "stbi_write_png failed: " + file.string(),
                               "platform.screenshot");
    }
    return {};
}

void Window::present() { SDL_GL_SwapWindow(m_window); }

int Window::drawableWidth() const {
    int w = 0;
    int h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    return w;
}

int Window::drawableHeight() const {
    int w = 0;
    int h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    return h;
}

const char* Window::videoDriver() const {
    const char* driver = SDL_GetCurrentVideoDriver();
    return driver ? driver : "none";
}

} // namespace pathlight::platform
