// See item_log.hpp.
#include "ui/item_log.hpp"

namespace pathlight::ui {

void ItemLog::add(std::string text, ImVec2 min, ImVec2 max, bool clickable, bool enabled) {
    const ImVec2 clipMin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 clipMax = ImGui::GetWindowDrawList()->GetClipRectMax();
    const bool visible = min.x >= clipMin.x - 1 && min.y >= clipMin.y - 1 && max.x <= clipMax.x + 1 && max.y <= clipMax.y + 1;
    if (clickable && !m_scrollTo.empty() && text == m_scrollTo) {
        // By the item's own rectangle, so rows a list clipper did not draw can be scrolled to too.
        ImGui::SetScrollFromPosY((min.y + max.y) * 0.5f - ImGui::GetWindowPos().y, 0.5f);
        m_scrollTo.clear();
    }
    m_items.push_back({std::move(text), min, max, clickable, enabled, visible});
}

const LoggedItem* ItemLog::findClickable(std::string_view label) const {
    for (const LoggedItem& item : m_items) {
        if (item.clickable && item.enabled && item.text == label) {
            return &item;
        }
    }
    for (const LoggedItem& item : m_items) {
        if (item.clickable && item.enabled && item.text.find(label) != std::string::npos) {
            return &item;
        }
    }
    return nullptr;
}

const LoggedItem* ItemLog::find(std::string_view label) const {
    if (const LoggedItem* clickable = findClickable(label)) {
        return clickable;
    }
    for (const LoggedItem& item : m_items) {
        if (item.text.find(label) != std::string::npos) {
            return &item;
        }
    }
    return nullptr;
}

bool ItemLog::showsText(std::string_view text) const {
    for (const LoggedItem& item : m_items) {
        if (item.text.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

std::string ItemLog::dump() const {
    std::string out;
    for (const LoggedItem& item : m_items) {
        out += item.clickable ? "  [button] " : "  ";
        out += item.text;
        out += '\n';
    }
    return out;
}

} // namespace pathlight::ui
