// See shell.hpp.
#include "ui/shell.hpp"

#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace pathlight::ui {

Shell::Shell(Theme& theme) : m_context(m_screens, theme, m_log) {}

void Shell::start(std::unique_ptr<Screen> first) {
    m_screens.resetTo(std::move(first));
}

void Shell::drawFrame(double now) {
    m_context.now = now;
    m_context.dragOwned = false;
    const bool changed = m_screens.apply(m_context);
    m_log.clear();
    // Time a screen sees pass: never more than a quarter second at once (a frame after a long idle
    // wait, or a pause in a debugger, must not make a game jump).
    const double dt = m_lastFrame < 0 ? 0.0 : std::min(0.25, std::max(0.0, now - m_lastFrame));
    m_lastFrame = now;
    if (Screen* screen = m_screens.top(); screen && dt > 0) {
        screen->update(m_context, dt);
    }

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    if (changed) {
        ImGui::SetNextWindowScroll(ImVec2(0, 0)); // a new screen starts at its top
    }
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("##root", nullptr, flags);
    if (Screen* screen = m_screens.top()) {
        ImGui::PushID(screen);
        screen->draw(m_context);
        ImGui::PopID();
    }
    dragToScroll();
    m_context.popupWasOpen = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId);
    ImGui::End();
    drawNotice();
}

// Touch screens have no wheel: dragging the page up or down scrolls it, like a tablet. A drag that
// starts on a button cancels that button's press so scrolling never taps anything. A drag that
// starts on something meant to be dragged (Context::dragOwned) is left to it.
void Shell::dragToScroll() {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.MouseDown[0] || m_context.dragOwned) {
        m_dragScrolling = false;
        return;
    }
    const float threshold = m_context.theme.px(14);
    const ImVec2 drag = ImGui::GetMouseDragDelta(0, 0.0f);
    if (!m_dragScrolling && std::abs(drag.y) > threshold && std::abs(drag.y) > std::abs(drag.x) &&
        ImGui::GetScrollMaxY() > 0 && !io.WantTextInput) {
        m_dragScrolling = true;
    }
    if (m_dragScrolling) {
        ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
        ImGui::ClearActiveID();
    }
}

void Shell::drawNotice() {
    if (m_context.notice.empty() || m_context.now > m_context.noticeUntil) {
        m_context.notice.clear();
        return;
    }
    const Theme& theme = m_context.theme;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x - theme.px(40), theme.px(900));
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - width) * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y - theme.px(24)),
                            ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(
                                                 m_context.noticeIsError ? theme.palette().danger
                                                                         : theme.palette().success));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, theme.px(16));
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    text(m_context, (m_context.noticeIsError ? std::string(icon::kWarning) + "  " : std::string()) + m_context.notice,
         {.color = theme.palette().onPrimary});
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

bool Shell::wantsFrames() const {
    if (!m_context.notice.empty()) {
        return true;
    }
    const Screen* screen = m_screens.top();
    return m_screens.hasPending() || (screen && screen->animating());
}

} // namespace pathlight::ui
