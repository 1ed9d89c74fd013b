// See widgets.hpp. Buttons are InvisibleButtons drawn by hand: that keeps ImGui's keyboard and
// gamepad navigation, and lets us draw big rounded targets with our own focus ring.
//
// Index
//   [SECTION] Shared helpers (focus ring, labels, line breaks that keep numbers whole)
//   [SECTION] Buttons (button, buttonSize)
//   [SECTION] Text (text, heading, centredLines)
//   [SECTION] Pictures that are buttons (avatarButton, faceButton)
//   [SECTION] Progress (progressBar, progressRow)
//   [SECTION] Dragging (dragItem, dropZone)
//   [SECTION] Rating scale (levelButton)
//   [SECTION] Top bar (topBar)
//   [SECTION] Text fields (textField, searchField)
//   [SECTION] Small buttons (iconButton, chip)
//   [SECTION] Layout and keys (FlowLayout, centreNext, NoArrowNavigation, keyPressed, typedDigit)
#include "ui/widgets.hpp"

#include "ui/art.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace pathlight::ui {

//-----------------------------------------------------------------------------
// [SECTION] Shared helpers (focus ring, labels, line breaks that keep numbers whole)
//-----------------------------------------------------------------------------

namespace {

ImU32 withAlpha(ImU32 color, float alpha) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(color);
    v.w *= alpha;
    return ImGui::ColorConvertFloat4ToU32(v);
}

// Enter activates the focused button too (ImGui's own nav uses Space), because that is the key
// children press.
bool enterOnFocused() { return ImGui::IsItemFocused() && !GImGui->NavDisableHighlight && keyPressed(ImGuiKey_Enter); }

// Thick focus ring around the last item when keyboard/gamepad navigation is showing.
void drawFocusRing(Context& ctx, ImVec2 min, ImVec2 max, float rounding) {
    ImGuiContext& g = *GImGui;
    if (ImGui::IsItemFocused() && !g.NavDisableHighlight) {
        const float pad = ctx.theme.px(4);
        ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad),
                                            ctx.theme.palette().focus, rounding + pad, 0, ctx.theme.px(4));
    }
}

std::string composeLabel(const ButtonOptions& options, std::string_view label) {
    std::string full;
    if (options.icon) {
        full += options.icon;
        if (!label.empty()) {
            full += "  ";
        }
    }
    full += label;
    return full;
}

// Where the line starting at `line` ends for `wrap` pixels: ImGui's word wrap, except that a word is
// never cut after a dot or comma inside it ("3.1%", "$93,600"), so numbers stay whole.
const char* lineEnd(ImFont* font, float size, const char* line, const char* end, float wrap) {
    const char* cut = wrap > 0 ? font->CalcWordWrapPositionA(size / font->FontSize, line, end, wrap) : end;
    const auto isBreak = [](char c) { return c == ' ' || c == '\n'; };
    if (cut > line && cut < end && !isBreak(*cut) && !isBreak(*(cut - 1))) {
        const char* space = cut;
        while (space > line && !isBreak(*(space - 1))) {
            --space;
        }
        if (space > line) {
            cut = space;
        }
    }
    if (cut == line) { // one glyph wider than the line: take it whole, never half a UTF-8 letter
        unsigned int c = 0;
        cut += std::max(1, ImTextCharFromUtf8(&c, line, end));
    }
    if (const void* newline = memchr(line, '\n', static_cast<size_t>(cut - line))) {
        cut = static_cast<const char*>(newline);
    }
    return cut;
}

} // namespace

float centredLines(ImDrawList* dl, ImFont* font, float fontSize, std::string_view value, float left,
                   float width, float wrap, float top, ImU32 color, float lineStep) {
    const char* line = value.data();
    const char* end = value.data() + value.size();
    float y = top;
    while (line < end) {
        const char* cut = lineEnd(font, fontSize, line, end, wrap);
        if (dl) {
            const ImVec2 size = font->CalcTextSizeA(fontSize, FLT_MAX, 0.0f, line, cut);
            dl->AddText(font, fontSize, ImVec2(left + (width - size.x) * 0.5f, y), color, line, cut);
        }
        y += fontSize * lineStep;
        line = cut;
        while (line < end && (*line == ' ' || *line == '\n')) {
            ++line;
        }
    }
    return y - top;
}

//-----------------------------------------------------------------------------
// [SECTION] Buttons
//-----------------------------------------------------------------------------

ImVec2 buttonSize(Context& ctx, std::string_view label, const ButtonOptions& options) {
    ImFont* font = options.font ? options.font : ctx.theme.body();
    const std::string full = composeLabel(options, label);
    const ImVec2 textSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, full.c_str());
    const float padX = ctx.theme.px(28);
    const float padY = ctx.theme.px(14);
    ImVec2 size = options.size;
    if (size.x <= 0) {
        size.x = std::max(textSize.x + padX * 2, ctx.theme.minTouch() * 2);
    }
    if (size.y <= 0) {
        size.y = std::max(textSize.y + padY * 2, ctx.theme.minTouch());
    }
    return size;
}

bool button(Context& ctx, std::string_view label, const ButtonOptions& options) {
    const Palette& pal = ctx.theme.palette();
    ImFont* font = options.font ? options.font : ctx.theme.body();
    const std::string full = composeLabel(options, label);
    const ImVec2 size = buttonSize(ctx, label, options);

    ImGui::PushID(options.id ? options.id : full.c_str());
    ImGui::BeginDisabled(!options.enabled);
    const bool pressed = ImGui::InvisibleButton("##btn", size) || (options.enabled && enterOnFocused());
    ImGui::EndDisabled();
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered() && options.enabled;
    const bool held = ImGui::IsItemActive();

    ImU32 fill = pal.secondary;
    ImU32 ink = pal.text;
    switch (options.kind) {
    case ButtonKind::Primary:
        fill = hovered ? pal.primaryHover : pal.primary;
        ink = pal.onPrimary;
        break;
    case ButtonKind::Danger:
        fill = hovered ? withAlpha(pal.danger, 0.85f) : pal.danger;
        ink = pal.onPrimary;
        break;
    case ButtonKind::Ghost:
        fill = hovered ? pal.secondary : withAlpha(pal.secondary, 0.0f);
        ink = pal.primary;
        break;
    case ButtonKind::Secondary:
        fill = hovered ? pal.secondaryHover : pal.secondary;
        break;
    }
    if (!options.enabled) {
        fill = pal.disabled;
        ink = pal.mutedText;
    }
    const float rounding = ctx.theme.px(16);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float press = held ? ctx.theme.px(2) : 0.0f;
    if (options.kind != ButtonKind::Ghost) {
        dl->AddRectFilled(ImVec2(min.x, min.y + ctx.theme.px(4)), ImVec2(max.x, max.y + ctx.theme.px(4)),
                          withAlpha(IM_COL32(0, 0, 0, 255), 0.10f), rounding);
    }
    dl->AddRectFilled(ImVec2(min.x, min.y + press), ImVec2(max.x, max.y + press), fill, rounding);
    if (options.selected) {
        dl->AddRect(min, max, pal.primary, rounding, 0, ctx.theme.px(4));
    }
    const ImVec2 textSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, full.c_str());
    const ImVec2 at(min.x + (size.x - textSize.x) * 0.5f, min.y + press + (size.y - textSize.y) * 0.5f);
    dl->AddText(font, font->FontSize, at, ink, full.c_str());
    drawFocusRing(ctx, min, max, rounding);

    ctx.log.add(std::string(label.empty() && options.id ? options.id : label), min, max, true, options.enabled);
    return pressed && options.enabled;
}

namespace {


// Cuts `value` to at most `maxChars` bytes on a UTF-8 boundary, so a name never ends in half a letter.
void clampUtf8(std::string& value, std::size_t maxChars) {
    if (value.size() <= maxChars) {
        return;
    }
    std::size_t cut = maxChars;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) {
        --cut;
    }
    value.resize(cut);
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Text
//-----------------------------------------------------------------------------

void text(Context& ctx, std::string_view value, const TextOptions& options) {
    ImFont* font = options.font ? options.font : ctx.theme.body();
    const ImU32 color = options.color ? options.color : ctx.theme.palette().text;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float wrap = options.wrapWidth < 0 ? avail : options.wrapWidth;
    const char* end = value.data() + value.size();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float fs = options.size > 0 ? options.size : font->FontSize;
    // Centred text (titles, questions) gets a little more room between lines.
    const float lineHeight = options.center ? fs * 1.15f : fs;

    float y = start.y;
    float widest = 0;
    const char* line = value.data();
    while (line < end) {
        const char* cut = lineEnd(font, fs, line, end, wrap);
        const ImVec2 size = font->CalcTextSizeA(fs, FLT_MAX, 0.0f, line, cut);
        const float x = options.center ? start.x + (avail - size.x) * 0.5f : start.x;
        dl->AddText(font, fs, ImVec2(x, y), color, line, cut);
        widest = std::max(widest, size.x);
        y += lineHeight;
        line = cut;
        while (line < end && (*line == ' ' || *line == '\n')) {
            ++line;
        }
    }
    ImGui::Dummy(ImVec2(options.center ? avail : widest, std::max(y - start.y, lineHeight)));
    ctx.log.add(std::string(value), start, ImGui::GetItemRectMax(), false);
}

void heading(Context& ctx, std::string_view value) { text(ctx, value, {.font = ctx.theme.large()}); }

//-----------------------------------------------------------------------------
// [SECTION] Pictures that are buttons
//-----------------------------------------------------------------------------

bool avatarButton(Context& ctx, int avatar, std::string_view label, float diameter, bool selected, const char* id) {
    const Palette& pal = ctx.theme.palette();
    ImFont* font = ctx.theme.small();
    const float labelHeight = label.empty() ? 0.0f : font->FontSize * 1.3f;
    const ImVec2 size(std::max(diameter, ctx.theme.minTouch()), diameter + labelHeight);
    ImGui::PushID(id ? id : std::string(label).c_str());
    ImGui::PushID(avatar);
    const bool pressed = ImGui::InvisibleButton("##avatar", size) || enterOnFocused();
    ImGui::PopID();
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 centre(min.x + size.x * 0.5f, min.y + diameter * 0.5f);
    const float radius = diameter * 0.5f - ctx.theme.px(4);
    if (ImGui::IsItemHovered()) {
        dl->AddCircleFilled(centre, radius + ctx.theme.px(4), pal.secondaryHover, 48);
    }
    drawAvatar(dl, centre, radius, avatar);
    if (selected) {
        dl->AddCircle(centre, radius + ctx.theme.px(2), pal.primary, 48, ctx.theme.px(6));
    }
    if (!label.empty()) {
        const std::string text(label);
        ImVec2 textSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str());
        const float x = min.x + std::max(0.0f, (size.x - textSize.x) * 0.5f);
        dl->PushClipRect(ImVec2(min.x - ctx.theme.px(20), min.y), ImVec2(max.x + ctx.theme.px(20), max.y), true);
        dl->AddText(font, font->FontSize, ImVec2(x, min.y + diameter + font->FontSize * 0.1f), pal.text, text.c_str());
        dl->PopClipRect();
    }
    drawFocusRing(ctx, min, max, ctx.theme.px(12));
    ctx.log.add(std::string(label), min, max, true);
    return pressed;
}

bool faceButton(Context& ctx, int level, std::string_view label, float diameter, bool selected, float slotWidth) {
    ImFont* font = ctx.theme.small();
    const std::string text(label);
    const float wrap = slotWidth > 0 ? slotWidth : diameter * 1.25f;
    const ImVec2 size(std::max(diameter, wrap), diameter + ctx.theme.px(8) + font->FontSize * 2.3f);
    ImGui::PushID(level);
    const bool pressed = ImGui::InvisibleButton("##face", size) || enterOnFocused();
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool hovered = ImGui::IsItemHovered();
    const float grow = hovered ? ctx.theme.px(4) : 0.0f;
    const ImVec2 centre(min.x + size.x * 0.5f, min.y + diameter * 0.5f);
    drawFace(dl, centre, diameter * 0.5f - ctx.theme.px(6) + grow, level, selected || hovered);
    // Centre each line of the words under the face.
    centredLines(dl, font, font->FontSize, text, min.x, size.x, wrap, min.y + diameter + ctx.theme.px(8),
                 ctx.theme.palette().text, 1.1f);
    drawFocusRing(ctx, min, max, ctx.theme.px(16));
    ctx.log.add(text, min, max, true);
    return pressed;
}

//-----------------------------------------------------------------------------
// [SECTION] Progress
//-----------------------------------------------------------------------------

void progressBar(Context& ctx, float fraction, std::string_view label, ImU32 color, float height, float barWidth) {
    const Palette& pal = ctx.theme.palette();
    const float h = height > 0 ? height : ctx.theme.px(22);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float width = barWidth > 0 ? barWidth : ImGui::GetContentRegionAvail().x;
    const ImVec2 max(min.x + width, min.y + h);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, pal.secondary, h * 0.5f);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0) {
        dl->AddRectFilled(min, ImVec2(min.x + std::max(h, width * f), max.y), color ? color : pal.success, h * 0.5f);
    }
    ImGui::Dummy(ImVec2(width, h));
    if (!label.empty()) {
        ctx.log.add(std::string(label), min, max, false);
    }
}

void progressRow(Context& ctx, std::string_view label, float fraction) {
    const Theme& theme = ctx.theme;
    const float barHeight = theme.px(22);
    const ImVec2 rowStart = ImGui::GetCursorScreenPos();
    const float labelOffset = std::max(0.0f, (barHeight - theme.small()->FontSize) * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(rowStart.x, rowStart.y + labelOffset));
    text(ctx, label, {.font = theme.small(), .color = theme.palette().mutedText, .wrapWidth = 0});
    ImGui::SameLine(0, theme.px(16));
    ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, rowStart.y));
    progressBar(ctx, fraction, "", 0, barHeight);
    ImGui::Dummy(ImVec2(0, theme.px(4)));
}

//-----------------------------------------------------------------------------
// [SECTION] Dragging
//-----------------------------------------------------------------------------

DragItem dragItem(Context& ctx, const char* id, std::string_view label, ImVec2 size, std::string_view alias) {
    DragItem result;
    ImGui::PushID(id);
    const bool released = ImGui::InvisibleButton("##drag", size);
    ImGui::PopID();
    result.min = ImGui::GetItemRectMin();
    result.max = ImGui::GetItemRectMax();
    const ImGuiIO& io = ImGui::GetIO();
    const float threshold = ctx.theme.px(10);
    // How far the pointer went since the press: a finger that wobbles a little still taps.
    const bool moved = io.MouseDragMaxDistanceSqr[0] > threshold * threshold;
    result.pointer = io.MousePos;
    if (ImGui::IsItemActive()) {
        ctx.dragOwned = true;
        if (moved) {
            result.dragging = true;
            result.offset = ImGui::GetMouseDragDelta(0, 0.0f);
        }
    } else if (ImGui::IsItemDeactivated() && !io.MouseDown[0] && moved) {
        result.dropped = true;
    }
    result.tapped = released && !moved;
    ctx.log.add(std::string(label), result.min, result.max, true);
    if (!alias.empty()) {
        ctx.log.add(std::string(alias), result.min, result.max, true);
    }
    return result;
}

namespace {

struct ZoneLayout {
    float labelHeight = 0;
    float detailHeight = 0;
    float pad = 0;
};

ZoneLayout zoneLayout(Context& ctx, const std::string& label, float width, const DropZoneOptions& options) {
    ImFont* font = options.font ? options.font : ctx.theme.body();
    ZoneLayout layout;
    layout.pad = ctx.theme.px(8);
    const float wrap = width - layout.pad * 2;
    layout.labelHeight = centredLines(nullptr, font, font->FontSize, label, 0, wrap, wrap, 0, 0, 1.1f);
    if (!options.detail.empty()) {
        ImFont* small = ctx.theme.small();
        layout.detailHeight =
            centredLines(nullptr, small, small->FontSize, options.detail, 0, wrap, wrap, 0, 0, 1.1f);
    }
    return layout;
}

std::string zoneLabel(std::string_view label, const DropZoneOptions& options) {
    return options.icon ? std::string(options.icon) + "  " + std::string(label) : std::string(label);
}

} // namespace

float dropZoneWidth(Context& ctx, std::string_view label, const DropZoneOptions& options) {
    ImFont* font = options.font ? options.font : ctx.theme.body();
    const std::string full = zoneLabel(label, options);
    return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, full.c_str()).x + ctx.theme.px(8) * 2;
}

float dropZoneHeight(Context& ctx, std::string_view label, float width, const DropZoneOptions& options) {
    const ZoneLayout layout = zoneLayout(ctx, zoneLabel(label, options), width, options);
    return std::max(ctx.theme.minTouch(), layout.labelHeight + layout.detailHeight + layout.pad * 2);
}

bool dropZone(Context& ctx, std::string_view label, ImVec2 size, const DropZoneOptions& options) {
    const Palette& pal = ctx.theme.palette();
    const ImU32 color = options.color ? options.color : pal.primary;
    const std::string full = zoneLabel(label, options);
    ImGui::PushID(full.c_str());
    const bool pressed = ImGui::InvisibleButton("##zone", size);
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ctx.theme.px(18);
    const float fill = options.highlighted ? 0.30f : (options.inviting || hovered) ? 0.18f : 0.10f;
    dl->AddRectFilled(min, max, withAlpha(color, fill), rounding);
    dl->AddRect(min, max, color, rounding, 0, ctx.theme.px(options.highlighted ? 6.0f : 3.0f));
    if (options.highlighted) {
        const float pad = ctx.theme.px(5);
        dl->AddRect(ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad), pal.focus,
                    rounding + pad, 0, ctx.theme.px(4));
    }
    ImFont* font = options.font ? options.font : ctx.theme.body();
    const ZoneLayout layout = zoneLayout(ctx, full, size.x, options);
    const float wrap = size.x - layout.pad * 2;
    float y = min.y + std::max(layout.pad, (size.y - layout.labelHeight - layout.detailHeight) * 0.5f);
    y += centredLines(dl, font, font->FontSize, full, min.x + layout.pad, wrap, wrap, y, pal.text, 1.1f);
    if (!options.detail.empty()) {
        ImFont* small = ctx.theme.small();
        centredLines(dl, small, small->FontSize, options.detail, min.x + layout.pad, wrap, wrap, y,
                     pal.mutedText, 1.1f);
    }
    ctx.log.add(std::string(label), min, max, true);
    if (!options.detail.empty()) {
        ctx.log.add(std::string(options.detail), min, max, false);
    }
    return pressed;
}

namespace {
float levelBarsHeight(Context& ctx) {
    return ctx.theme.px(34);
}
} // namespace

//-----------------------------------------------------------------------------
// [SECTION] Rating scale
//-----------------------------------------------------------------------------

float levelButtonHeight(Context& ctx, std::string_view label, float width, ImFont* font) {
    font = font ? font : ctx.theme.small();
    const float pad = ctx.theme.px(12);
    const float words =
        centredLines(nullptr, font, font->FontSize, label, 0, width - pad * 2, width - pad * 2, 0, 0, 1.1f);
    return std::max(ctx.theme.minTouch(), pad * 2 + levelBarsHeight(ctx) + ctx.theme.px(8) + words);
}

bool levelButton(Context& ctx, int level, int count, std::string_view label, ImVec2 size, bool selected,
                 ImFont* font) {
    const Palette& pal = ctx.theme.palette();
    font = font ? font : ctx.theme.small();
    ImGui::PushID(level);
    const bool pressed = ImGui::InvisibleButton("##level", size) || enterOnFocused();
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ctx.theme.px(16);
    dl->AddRectFilled(ImVec2(min.x, min.y + ctx.theme.px(4)), ImVec2(max.x, max.y + ctx.theme.px(4)),
                      IM_COL32(0, 0, 0, 26), rounding);
    dl->AddRectFilled(min, max,
                      selected  ? pal.primary
                      : hovered ? pal.secondaryHover
                                : pal.secondary,
                      rounding);
    const ImU32 ink = selected ? pal.onPrimary : pal.text;

    // Rising bars, like a phone's signal: the more you can do, the more bars are filled.
    const float pad = ctx.theme.px(12);
    const float barsHeight = levelBarsHeight(ctx);
    const float barWidth = ctx.theme.px(12);
    const float gap = ctx.theme.px(6);
    const float barsWidth = barWidth * static_cast<float>(count) + gap * static_cast<float>(count - 1);
    float x = min.x + (size.x - barsWidth) * 0.5f;
    const float bottom = min.y + pad + barsHeight;
    for (int i = 0; i < count; ++i) {
        const float h = barsHeight * static_cast<float>(i + 1) / static_cast<float>(count);
        const ImVec2 a(x, bottom - h);
        const ImVec2 b(x + barWidth, bottom);
        if (i < level) {
            dl->AddRectFilled(a, b, selected ? pal.onPrimary : pal.accent, ctx.theme.px(3));
        } else {
            dl->AddRect(a, b, selected ? pal.onPrimary : pal.mutedText, ctx.theme.px(3), 0, ctx.theme.px(2));
        }
        x += barWidth + gap;
    }
    const float wrap = size.x - pad * 2;
    centredLines(dl, font, font->FontSize, label, min.x + pad, wrap, wrap, bottom + ctx.theme.px(8), ink,
                 1.1f);
    if (selected) {
        dl->AddRect(min, max, pal.primaryHover, rounding, 0, ctx.theme.px(4));
    }
    drawFocusRing(ctx, min, max, rounding);
    ctx.log.add(std::string(label), min, max, true);
    return pressed;
}

//-----------------------------------------------------------------------------
// [SECTION] Top bar
//-----------------------------------------------------------------------------

TopBar topBar(Context& ctx, std::string_view title, const char* backLabel, std::string_view action,
              const ButtonOptions& actionOptions) {
    TopBar result;
    const float barHeight = ctx.theme.minTouch() + ctx.theme.px(8);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float right = start.x + ImGui::GetContentRegionAvail().x;
    const ImVec2 actionSize = action.empty() ? ImVec2(0, 0) : buttonSize(ctx, action, actionOptions);
    if (backLabel) {
        result.back = button(ctx, backLabel, {.icon = icon::kArrowLeft, .kind = ButtonKind::Ghost});
        ImGui::SameLine();
        // Escape goes back, unless it is closing a menu that is open on this screen.
        // (ImGui closes the menu before the screen draws, so ask about the frame before.)
        if (keyPressed(ImGuiKey_Escape) && !ctx.popupWasOpen) {
            result.back = true;
        }
    }
    ImFont* font = ctx.theme.large();
    const std::string t(title);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, t.c_str());
    const float titleX = ImGui::GetCursorScreenPos().x;
    const float actionRoom = action.empty() ? 0.0f : actionSize.x + ImGui::GetStyle().ItemSpacing.x;
    if (action.empty() || titleX + size.x + actionRoom <= right) {
        ImGui::SetCursorScreenPos(ImVec2(titleX, start.y + (barHeight - size.y) * 0.5f));
        text(ctx, title, {.font = font, .wrapWidth = 0});
    }
    if (!action.empty()) {
        ImGui::SetCursorScreenPos(ImVec2(right - actionSize.x, start.y + (barHeight - actionSize.y) * 0.5f));
        result.action = button(ctx, action, actionOptions);
    }
    ImGui::SetCursorScreenPos(ImVec2(start.x, start.y + barHeight + ctx.theme.px(8)));
    return result;
}

bool topBar(Context& ctx, std::string_view title, const char* backLabel) {
    return topBar(ctx, title, backLabel, {}, {}).back;
}

//-----------------------------------------------------------------------------
// [SECTION] Text fields
//-----------------------------------------------------------------------------

bool textField(Context& ctx, const char* id, std::string_view label, std::string& value, std::size_t maxChars,
               bool focusNow, ImGuiInputTextFlags flags, float width, const char* hint) {
    text(ctx, label, {.font = ctx.theme.body(), .color = ctx.theme.palette().mutedText});
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, width > 0 ? width : ctx.theme.px(520)));
    if (focusNow) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::PushFont(ctx.theme.large());
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.theme.px(2));
    const bool changed = hint ? ImGui::InputTextWithHint("##field", hint, &value, flags)
                              : ImGui::InputText("##field", &value, flags);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PopID();
    clampUtf8(value, maxChars);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    drawFocusRing(ctx, min, max, ctx.theme.px(14));
    ctx.log.add(std::string(label), min, max, true);
    if (!value.empty() && !(flags & ImGuiInputTextFlags_Password)) {
        ctx.log.add(value, min, max, false);
    }
    return changed;
}

bool searchField(Context& ctx, const char* id, std::string_view label, std::string& value, std::size_t maxChars,
                 const char* hint, float width, bool focusNow) {
    ImFont* font = ctx.theme.large();
    const float glyphWidth = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, icon::kSearch).x;
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    ImGui::PushID(id);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, width));
    if (focusNow) {
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::PushFont(font);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.theme.px(2));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(padding.x * 1.5f + glyphWidth, padding.y));
    const bool changed = ImGui::InputTextWithHint("##search", hint, &value);
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    ImGui::PopID();
    clampUtf8(value, maxChars);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                        ImVec2(min.x + padding.x, (min.y + max.y - font->FontSize) * 0.5f),
                                        ctx.theme.palette().mutedText, icon::kSearch);
    drawFocusRing(ctx, min, max, ctx.theme.px(14));
    ctx.log.add(std::string(label), min, max, true);
    if (!value.empty()) {
        ctx.log.add(value, min, max, false);
    }
    return changed;
}

//-----------------------------------------------------------------------------
// [SECTION] Small buttons
//-----------------------------------------------------------------------------

bool iconButton(Context& ctx, const char* glyph, std::string_view label, bool on, ImU32 onColor) {
    const Palette& pal = ctx.theme.palette();
    const float size = ctx.theme.minTouch();
    ImGui::PushID(std::string(label).c_str());
    const bool pressed = ImGui::InvisibleButton("##icon", ImVec2(size, size)) || enterOnFocused();
    ImGui::PopID();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImVec2 centre((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) {
        dl->AddCircleFilled(centre, size * 0.5f, pal.secondaryHover, 32);
    }
    ImFont* font = ctx.theme.large();
    const ImVec2 glyphSize = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, glyph);
    dl->AddText(font, font->FontSize, ImVec2(centre.x - glyphSize.x * 0.5f, centre.y - glyphSize.y * 0.5f),
                on ? (onColor ? onColor : pal.danger) : pal.mutedText, glyph);
    drawFocusRing(ctx, min, max, size * 0.5f);
    ctx.log.add(std::string(label), min, max, true);
    return pressed;
}

float chipWidth(Context& ctx, std::string_view label, const char* icon) {
    return buttonSize(ctx, label, {.icon = icon, .font = ctx.theme.small()}).x;
}

bool chip(Context& ctx, std::string_view label, bool& selected, const char* icon) {
    if (button(ctx, label, {.icon = icon, .kind = selected ? ButtonKind::Primary : ButtonKind::Secondary,
                            .selected = selected, .font = ctx.theme.small()})) {
        selected = !selected;
        return true;
    }
    return false;
}

//-----------------------------------------------------------------------------
// [SECTION] Layout and keys
//-----------------------------------------------------------------------------

void FlowLayout::next(float itemWidth) {
    if (!m_first) {
        ImGui::SameLine(0, m_spacing);
        if (ImGui::GetContentRegionAvail().x < itemWidth) {
            ImGui::NewLine();
        }
    }
    m_first = false;
}

void centreNext(float width) {
    const float avail = ImGui::GetContentRegionAvail().x;
    if (avail > width) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    }
}

NoArrowNavigation::NoArrowNavigation() {
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
}
NoArrowNavigation::~NoArrowNavigation() {
    ImGui::PopItemFlag();
}

bool keyPressed(ImGuiKey key) {
    const int index = ImGui::GetKeyIndex(key);
    return index >= 0 && ImGui::IsKeyPressed(index, false);
}

int typedDigit() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) {
        return 0;
    }
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c >= '1' && c <= '9') {
            return c - '0';
        }
    }
    return 0;
}

} // namespace pathlight::ui
