#include "minigames/framework/view_input.hpp"

namespace pathlight::minigames {

namespace {
bool keyPressed(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, false);
}
bool navPressed(ImGuiNavInput input) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.NavInputs[input] > 0.0f && io.NavInputsDownDuration[input] == 0.0f;
}
// Letters arrive as text input (the same path a script's `key a` takes).
bool typed(char lower) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) {
        return false;
    }
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c == static_cast<ImWchar>(lower) || c == static_cast<ImWchar>(lower - 'a' + 'A')) {
            return true;
        }
    }
    return false;
}
} // namespace

NavPress readNav() {
    NavPress p;
    p.left = keyPressed(ImGuiKey_LeftArrow) || typed('a') || navPressed(ImGuiNavInput_DpadLeft);
    p.right = keyPressed(ImGuiKey_RightArrow) || typed('d') || navPressed(ImGuiNavInput_DpadRight);
    p.up = keyPressed(ImGuiKey_UpArrow) || typed('w') || navPressed(ImGuiNavInput_DpadUp);
    p.down = keyPressed(ImGuiKey_DownArrow) || typed('s') || navPressed(ImGuiNavInput_DpadDown);
    p.confirm = keyPressed(ImGuiKey_Enter) || keyPressed(ImGuiKey_Space) || keyPressed(ImGuiKey_KeyPadEnter) ||
                navPressed(ImGuiNavInput_Activate);
    p.cancel = keyPressed(ImGuiKey_Backspace) || navPressed(ImGuiNavInput_Cancel);
    return p;
}

bool hovered(ImVec2 min, ImVec2 max) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    return m.x >= min.x && m.y >= min.y && m.x < max.x && m.y < max.y;
}

bool clicked(ImVec2 min, ImVec2 max) {
    return ImGui::GetIO().MouseClicked[0] && hovered(min, max);
}

} // namespace pathlight::minigames
