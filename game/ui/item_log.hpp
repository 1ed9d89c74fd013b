// ItemLog: what the last frame showed — every text and every clickable thing, with its label and
// rectangle. The automation driver (`--script`) and headless tests read it to click by label and to
// check that text is on screen. Widgets in widgets.hpp write to it; screens never touch it directly.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace pathlight::ui {

struct LoggedItem {
    std::string text;
    ImVec2 min;
    ImVec2 max;
    bool clickable = false;
    bool enabled = true;
    bool visible = true; // entirely inside its window's visible area
};

class ItemLog {
public:
    void clear() { m_items.clear(); }
    // Records an item of the current window (usually the one just submitted to ImGui). When it is
    // the item the automation asked to see, scrolls the window so its rectangle comes into view.
    void add(std::string text, ImVec2 min, ImVec2 max, bool clickable, bool enabled = true);
    // Asks the next frame to scroll the clickable item labelled `label` into view.
    void requestScrollTo(std::string label) { m_scrollTo = std::move(label); }
    const std::vector<LoggedItem>& items() const { return m_items; }

    // The clickable item whose label equals `label` (case-sensitive), else the first one that
    // contains it. Null when nothing matches.
    const LoggedItem* findClickable(std::string_view label) const;
    // The clickable item like findClickable(), else the first item of any kind whose text contains
    // `label` (e.g. where to let go of a dragged card).
    const LoggedItem* find(std::string_view label) const;
    // True when any text or label on screen contains `text`.
    bool showsText(std::string_view text) const;
    // Every text on screen, one per line (for failure messages).
    std::string dump() const;

private:
    std::vector<LoggedItem> m_items;
    std::string m_scrollTo;
};

} // namespace pathlight::ui
