// first-frame: how long a program takes, seen from outside, from exec to its first drawn pixels on
// the X server — the time a kid waits. Polls the X server (XGetImage of the middle of the window's
// area, half its width and a third of its height, every 3 ms: small enough not to slow the program
// it watches) until that area differs from what was there before AND holds more than two colours (a
// window that is mapped but still blank or black doesn't count). Prints "first_frame_ms=N".
// Usage: first-frame WIDTH HEIGHT -- PROGRAM [ARGS...]
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace {

std::vector<unsigned long> grab(Display* display, Window root, int x, int y, int w, int h) {
    std::vector<unsigned long> pixels;
    XImage* image = XGetImage(display, root, x, y, static_cast<unsigned>(w), static_cast<unsigned>(h), AllPlanes,
                              ZPixmap);
    if (!image) {
        return pixels;
    }
    pixels.reserve(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int j = 0; j < h; j += 4) {
        for (int i = 0; i < w; i += 4) {
            pixels.push_back(XGetPixel(image, i, j));
        }
    }
    XDestroyImage(image);
    return pixels;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 5 || std::string(argv[3]) != "--") {
        std::fprintf(stderr, "usage: first-frame WIDTH HEIGHT -- PROGRAM [ARGS...]\n");
        return 2;
    }
    const int width = std::atoi(argv[1]);
    const int height = std::atoi(argv[2]);
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "first-frame: no X display\n");
        return 1;
    }
    const Window root = DefaultRootWindow(display);
    const int x = width / 4;
    const int y = height / 3;
    const int w = width / 2;
    const int h = height / 3;
    const std::vector<unsigned long> before = grab(display, root, x, y, w, h);

    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execv(argv[4], argv + 4);
        _exit(127);
    }
    double ms = -1;
    for (;;) {
        const std::vector<unsigned long> now = grab(display, root, x, y, w, h);
        const std::set<unsigned long> colours(now.begin(), now.end());
        if (now != before && colours.size() > 2) {
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            break;
        }
        int status = 0;
        if (waitpid(child, &status, WNOHANG) == child) {
            std::fprintf(stderr, "first-frame: the program ended before drawing\n");
            return 1;
        }
        if (std::chrono::steady_clock::now() - start > std::chrono::seconds(20)) {
            std::fprintf(stderr, "first-frame: nothing drawn in 20 s\n");
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(3));
    }
    std::printf("first_frame_ms=%.1f\n", ms);
    std::fflush(stdout);
    int status = 0;
    waitpid(child, &status, 0);
    XCloseDisplay(display);
    return ms < 0 ? 1 : 0;
}
