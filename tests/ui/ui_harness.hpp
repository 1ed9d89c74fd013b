// UiHarness: runs the real Shell and screens headless (ImGui without a window or GL), driven by
// the same Automation steps as `pathlight --script`. Time is virtual: each frame is 1/60 s.
#pragma once

#include "content/catalog.hpp"
#include "store/database.hpp"
#include "ui/automation.hpp"
#include "ui/service_host.hpp"
#include "ui/shell.hpp"
#include "ui/theme.hpp"

#include <filesystem>
#include <memory>
#include <string>

namespace pathlight::test {

class UiHarness {
public:
    // Opens (or re-opens, to simulate a restart) the database file `dbFile`. The window is
    // `size` pixels (a 1280x800 laptop by default).
    explicit UiHarness(const std::filesystem::path& dbFile, const std::string& lang = "en", float scale = 1.0f,
                       ImVec2 size = ImVec2(1280, 800));
    ~UiHarness();
    UiHarness(const UiHarness&) = delete;
    UiHarness& operator=(const UiHarness&) = delete;

    // Runs the script to its end. Returns "" on success, else the failure (line + screen dump).
    std::string run(const std::string& script);
    void frames(int count);

    ui::ServiceHost& host() { return *m_host; }
    ui::Shell& shell() { return *m_shell; }
    std::string screenName() const;
    // The item on screen whose text is exactly `text`, or null.
    const ui::LoggedItem* item(const std::string& text) const;

private:
    void frame(ui::Automation* automation);

    ImGuiContext* m_imgui = nullptr;
    ui::Theme m_theme;
    std::unique_ptr<ui::ServiceHost> m_host;
    std::unique_ptr<ui::Shell> m_shell;
    double m_now = 0.0;
};

// A fresh, empty folder under the system temp dir, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace pathlight::test
