// Shared drawing and focus helpers for the budget, farm and launch views (see view_kit.hpp).
#include "minigames/shared/view_kit.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace pathlight::minigames::board {

Board fitBoard(ImVec2 min, ImVec2 max, ImVec2 design) {
    const float w = std::max(1.0f, max.x - min.x);
    const float h = std::max(1.0f, max.y - min.y);
    Board b;
    b.unit = std::min(w / design.x, h / design.y);
    b.origin = ImVec2(min.x + (w - design.x * b.unit) * 0.5f, min.y + (h - design.y * b.unit) * 0.5f);
    return b;
}

ImVec2 textSize(ImFont* font, float size, std::string_view text, float wrap) {
    return font->CalcTextSizeA(size, FLT_MAX, wrap, text.data(), text.data() + text.size());
}

void text(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 color, std::string_view str,
          float wrap) {
    dl->AddText(font, size, pos, color, str.data(), str.data() + str.size(), wrap);
}

void textCentered(ImDrawList* dl, ImFont* font, float size, ImVec2 center, ImU32 color, std::string_view str,
                  float wrap) {
    if (wrap <= 0.0f) {
        const ImVec2 ts = textSize(font, size, str);
        text(dl, font, size, ImVec2(center.x - ts.x * 0.5f, center.y - ts.y * 0.5f), color, str);
        return;
    }
    // Centre each wrapped line on its own.
    const ImVec2 total = textSize(font, size, str, wrap);
    float y = center.y - total.y * 0.5f;
    const char* p = str.data();
    const char* end = str.data() + str.size();
    while (p < end) {
        const char* lineEnd = font->CalcWordWrapPositionA(size / font->FontSize, p, end, wrap);
        if (lineEnd == p) {
            ++lineEnd;
        }
        const char* visibleEnd = lineEnd;
        while (visibleEnd > p && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\n')) {
            --visibleEnd;
        }
        const ImVec2 ls = font->CalcTextSizeA(size, FLT_MAX, 0.0f, p, visibleEnd);
        dl->AddText(font, size, ImVec2(center.x - ls.x * 0.5f, y), color, p, visibleEnd);
        y += size;
        p = lineEnd;
        while (p < end && (*p == ' ' || *p == '\n')) {
            ++p;
        }
    }
}

float fitSize(ImFont* font, float size, std::string_view str, float width) {
    const float w = textSize(font, size, str).x;
    if (w <= width || w <= 0.0f) {
        return size;
    }
    return std::max(size * 0.6f, size * width / w);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto channel = [&](int shift) {
        const float ca = static_cast<float>((a >> shift) & 0xFF);
        const float cb = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<ImU32>(ca + (cb - ca) * t + 0.5f) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) |
           channel(IM_COL32_A_SHIFT);
}

ImU32 withAlpha(ImU32 c, float alpha) {
    const auto a = static_cast<ImU32>(std::clamp(alpha, 0.0f, 1.0f) *
                                      static_cast<float>((c >> IM_COL32_A_SHIFT) & 0xFF));
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

//-----------------------------------------------------------------------------
// [SECTION] Focus
//-----------------------------------------------------------------------------

void Focus::begin(const NavPress& nav) {
    m_nav = nav;
    m_entries.clear();
}

bool Focus::item(ViewHost& host, int id, std::string_view label, ImVec2 min, ImVec2 max, bool enabled,
                 bool preferred) {
    host.item(label, min, max);
    m_entries.push_back({id, min, max, preferred});
    if (!enabled) {
        return false;
    }
    if (clicked(min, max)) {
        m_focus = id;
        return true;
    }
    return m_focus == id && m_nav.confirm;
}

void Focus::end(ViewHost& host, ImDrawList* dl, float unit) {
    if (m_entries.empty()) {
        return;
    }
    const Entry* current = nullptr;
    for (const Entry& e : m_entries) {
        if (e.id == m_focus) {
            current = &e;
        }
    }
    if (!current) {
        current = &m_entries.front();
        for (const Entry& e : m_entries) {
            if (e.preferred) {
                current = &e;
                break;
            }
        }
        m_focus = current->id;
    }
    const float dx = m_nav.right ? 1.0f : (m_nav.left ? -1.0f : 0.0f);
    const float dy = m_nav.down ? 1.0f : (m_nav.up ? -1.0f : 0.0f);
    if (dx != 0.0f || dy != 0.0f) {
        // The nearest thing whose centre lies in the pressed direction; sideways distance counts double.
        const ImVec2 from((current->min.x + current->max.x) * 0.5f, (current->min.y + current->max.y) * 0.5f);
        float best = FLT_MAX;
        const Entry* next = nullptr;
        for (const Entry& e : m_entries) {
            if (e.id == current->id) {
                continue;
            }
            const ImVec2 c((e.min.x + e.max.x) * 0.5f, (e.min.y + e.max.y) * 0.5f);
            const float along = (c.x - from.x) * dx + (c.y - from.y) * dy;
            const float across = std::fabs((c.x - from.x) * dy) + std::fabs((c.y - from.y) * dx);
            if (along <= 1.0f) {
                continue;
            }
            const float score = along + 2.0f * across;
            if (score < best) {
                best = score;
                next = &e;
            }
        }
        if (next) {
            m_focus = next->id;
            current = next;
            host.sound(Sound::Tap);
        }
    }
    const float pad = 4.0f * unit;
    dl->AddRect(ImVec2(current->min.x - pad, current->min.y - pad),
                ImVec2(current->max.x + pad, current->max.y + pad), host.palette().focus, 10.0f * unit, 0,
                4.0f * unit);
}

//-----------------------------------------------------------------------------
// [SECTION] Buttons, icons, timers
//-----------------------------------------------------------------------------

bool button(ViewHost& host, Focus& focus, ImDrawList* dl, const Board& b, int id, std::string_view label,
            ImVec2 min, ImVec2 max, const ButtonLook& look, bool enabled, bool preferred) {
    const ViewPalette& pal = host.palette();
    const bool hot = enabled && hovered(min, max);
    const ImU32 fill = enabled ? (hot ? mix(look.fill, IM_COL32_WHITE, 0.15f) : look.fill) : pal.disabled;
    const ImU32 ink = enabled ? look.textColor : pal.mutedText;
    const float round = b.s(10.0f);
    dl->AddRectFilled(ImVec2(min.x, min.y + b.s(3.0f)), ImVec2(max.x, max.y + b.s(3.0f)),
                      IM_COL32(0, 0, 0, 40), round);
    dl->AddRectFilled(min, max, fill, round);
    if (look.selected) {
        dl->AddRect(min, max, pal.text, round, 0, b.s(3.5f));
    }
    const float h = max.y - min.y;
    const float w = max.x - min.x;
    ImFont* body = host.font(ViewFont::Body);
    float size = std::min(b.s(20.0f), h * 0.42f);
    const std::string_view name = look.itemLabel.empty() ? label : std::string_view(look.itemLabel);
    if (!look.showLabel) {
        return focus.item(host, id, name, min, max, enabled, preferred);
    }
    if (!look.icon.empty() && !label.empty() && h > b.s(70.0f)) {
        // Icon above, label below.
        icon(host, dl, look.icon, ImVec2(min.x + w * 0.5f, min.y + h * 0.36f), h * 0.34f, ink);
        size = fitSize(body, std::min(size, h * 0.24f), label, w - b.s(8.0f));
        textCentered(dl, body, size, ImVec2(min.x + w * 0.5f, min.y + h * 0.76f), ink, label);
    } else if (!look.icon.empty() && !label.empty()) {
        const float iconSize = h * 0.5f;
        size = fitSize(body, size, label, w - iconSize - b.s(18.0f));
        const float tw = textSize(body, size, label).x;
        const float total = iconSize + b.s(6.0f) + tw;
        const float x0 = min.x + (w - total) * 0.5f;
        icon(host, dl, look.icon, ImVec2(x0 + iconSize * 0.5f, min.y + h * 0.5f), iconSize, ink);
        text(dl, body, size, ImVec2(x0 + iconSize + b.s(6.0f), min.y + (h - size) * 0.5f), ink, label);
    } else if (!look.icon.empty()) {
        icon(host, dl, look.icon, ImVec2(min.x + w * 0.5f, min.y + h * 0.5f), h * 0.5f, ink);
    } else {
        size = fitSize(body, size, label, w - b.s(10.0f));
        textCentered(dl, body, size, ImVec2(min.x + w * 0.5f, min.y + h * 0.5f), ink, label);
    }
    return focus.item(host, id, name, min, max, enabled, preferred);
}

void icon(ViewHost& host, ImDrawList* dl, std::string_view name, ImVec2 center, float size, ImU32 color) {
    const std::string glyph = host.icon(name);
    if (glyph.empty()) {
        return;
    }
    textCentered(dl, host.font(ViewFont::Icons), size, center, color, glyph);
}

void ellipse(ImDrawList* dl, ImVec2 center, ImVec2 radii, ImU32 color, float thickness) {
    constexpr int kSegments = 28;
    for (int i = 0; i < kSegments; ++i) {
        const float a = 6.2831853f * static_cast<float>(i) / kSegments;
        dl->PathLineTo(ImVec2(center.x + std::cos(a) * radii.x, center.y + std::sin(a) * radii.y));
    }
    if (thickness <= 0.0f) {
        dl->PathFillConvex(color);
    } else {
        dl->PathStroke(color, ImDrawFlags_Closed, thickness);
    }
}

void ringTimer(ImDrawList* dl, ImVec2 center, float radius, float fraction, ImU32 track, ImU32 fill,
               float thickness) {
    constexpr float kPi = 3.14159265f;
    dl->PathArcTo(center, radius, 0.0f, 2.0f * kPi, 32);
    dl->PathStroke(track, 0, thickness);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0.0f) {
        dl->PathArcTo(center, radius, -kPi * 0.5f, -kPi * 0.5f + 2.0f * kPi * f, 32);
        dl->PathStroke(fill, 0, thickness);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] People
//-----------------------------------------------------------------------------

void person(ImDrawList* dl, ImVec2 feet, float h, int look, float step, ImU32 shirtOverride) {
    static constexpr ImU32 kSkin[] = {IM_COL32(255, 224, 189, 255), IM_COL32(241, 194, 125, 255),
                                      IM_COL32(224, 172, 105, 255), IM_COL32(198, 134, 66, 255),
                                      IM_COL32(141, 85, 36, 255),   IM_COL32(92, 56, 32, 255)};
    static constexpr ImU32 kHair[] = {IM_COL32(30, 24, 20, 255),    IM_COL32(80, 50, 30, 255),
                                      IM_COL32(150, 90, 40, 255),   IM_COL32(170, 60, 30, 255),
                                      IM_COL32(230, 200, 110, 255), IM_COL32(200, 200, 205, 255)};
    static constexpr ImU32 kShirt[] = {IM_COL32(231, 76, 60, 255),  IM_COL32(52, 152, 219, 255),
                                       IM_COL32(46, 204, 113, 255), IM_COL32(155, 89, 182, 255),
                                       IM_COL32(241, 196, 15, 255), IM_COL32(230, 126, 34, 255),
                                       IM_COL32(26, 188, 156, 255), IM_COL32(236, 112, 160, 255)};
    unsigned u = static_cast<unsigned>(look < 0 ? -look : look) + 0x9E3779B9u;
    u = (u ^ (u >> 16)) * 0x45D9F3Bu;
    u = (u ^ (u >> 16)) * 0x45D9F3Bu;
    u ^= u >> 16;
    const ImU32 skin = kSkin[(u >> 3) % 6];
    const ImU32 hair = kHair[(u >> 7) % 6];
    const ImU32 shirt = shirtOverride ? shirtOverride : kShirt[(u >> 11) % 8];
    const ImU32 pants = mix(shirt, IM_COL32(40, 50, 70, 255), 0.7f);
    const int style = static_cast<int>((u >> 15) % 5); // short, long, bun, curly, cap
    const float headR = h * 0.14f;
    const float swing = std::sin(step * 9.0f) * h * 0.06f;
    const float legW = h * 0.07f;
    // Legs and body.
    dl->AddLine(ImVec2(feet.x - h * 0.06f, feet.y - h * 0.36f), ImVec2(feet.x - h * 0.06f + swing, feet.y),
                pants, legW);
    dl->AddLine(ImVec2(feet.x + h * 0.06f, feet.y - h * 0.36f), ImVec2(feet.x + h * 0.06f - swing, feet.y),
                pants, legW);
    dl->AddRectFilled(ImVec2(feet.x - h * 0.16f, feet.y - h * 0.70f),
                      ImVec2(feet.x + h * 0.16f, feet.y - h * 0.33f), shirt, h * 0.08f);
    dl->AddLine(ImVec2(feet.x - h * 0.15f, feet.y - h * 0.64f),
                ImVec2(feet.x - h * 0.2f - swing * 0.5f, feet.y - h * 0.42f), skin, legW * 0.9f);
    dl->AddLine(ImVec2(feet.x + h * 0.15f, feet.y - h * 0.64f),
                ImVec2(feet.x + h * 0.2f + swing * 0.5f, feet.y - h * 0.42f), skin, legW * 0.9f);
    // Head and hair.
    const ImVec2 head(feet.x, feet.y - h * 0.70f - headR * 0.95f);
    if (style == 1) {
        dl->AddRectFilled(ImVec2(head.x - headR * 1.1f, head.y - headR * 0.3f),
                          ImVec2(head.x + headR * 1.1f, head.y + headR * 1.3f), hair, headR * 0.5f);
    }
    dl->AddCircleFilled(head, headR, skin, 20);
    switch (style) {
    case 0:
    case 1:
        dl->PathArcTo(head, headR * 1.05f, 3.34f, 6.08f, 12);
        dl->PathFillConvex(hair);
        break;
    case 2:
        dl->PathArcTo(head, headR * 1.05f, 3.34f, 6.08f, 12);
        dl->PathFillConvex(hair);
        dl->AddCircleFilled(ImVec2(head.x, head.y - headR * 1.1f), headR * 0.45f, hair, 12);
        break;
    case 3:
        for (int i = 0; i < 5; ++i) {
            const float a = 3.3f + static_cast<float>(i) * 0.7f;
            dl->AddCircleFilled(
                ImVec2(head.x + std::cos(a) * headR * 0.9f, head.y + std::sin(a) * headR * 0.9f),
                headR * 0.42f, hair, 10);
        }
        break;
    default:
        dl->PathArcTo(head, headR * 1.05f, 3.14f, 6.28f, 12);
        dl->PathFillConvex(shirt);
        dl->AddRectFilled(ImVec2(head.x, head.y - headR * 0.25f), ImVec2(head.x + headR * 1.5f, head.y),
                          shirt, headR * 0.2f);
        break;
    }
    // Eyes and a smile.
    const ImU32 ink = IM_COL32(40, 30, 30, 255);
    dl->AddCircleFilled(ImVec2(head.x - headR * 0.35f, head.y + headR * 0.05f), headR * 0.12f, ink, 8);
    dl->AddCircleFilled(ImVec2(head.x + headR * 0.35f, head.y + headR * 0.05f), headR * 0.12f, ink, 8);
    dl->PathArcTo(ImVec2(head.x, head.y + headR * 0.25f), headR * 0.4f, 0.5f, 2.64f, 8);
    dl->PathStroke(ink, 0, std::max(1.0f, headR * 0.12f));
}

//-----------------------------------------------------------------------------
// [SECTION] Particles
//-----------------------------------------------------------------------------

void Particles::burst(ImVec2 at, int count, ImU32 color, float speed, double now, unsigned seed) {
    unsigned h = seed * 2654435761u + 12345u;
    for (int i = 0; i < count; ++i) {
        h = h * 1664525u + 1013904223u;
        const float angle = static_cast<float>(h % 6283u) / 1000.0f;
        h = h * 1664525u + 1013904223u;
        const float v = speed * (0.5f + static_cast<float>(h % 1000u) / 1000.0f);
        Dot& d = m_dots[m_nextDot];
        m_nextDot = (m_nextDot + 1) % m_dots.size();
        d.pos = at;
        d.vel = ImVec2(std::cos(angle) * v, std::sin(angle) * v - speed * 0.6f);
        d.color = color;
        d.born = now;
    }
}

void Particles::floatText(ImVec2 at, std::string str, ImU32 color, double now) {
    Label& l = m_labels[m_nextLabel];
    m_nextLabel = (m_nextLabel + 1) % m_labels.size();
    l.pos = at;
    l.text = std::move(str);
    l.color = color;
    l.born = now;
}

void Particles::draw(ImDrawList* dl, ImFont* font, float size, double now, bool reducedMotion) {
    constexpr double kDotLife = 0.9;
    constexpr double kLabelLife = 1.4;
    if (!reducedMotion) {
        for (const Dot& d : m_dots) {
            const auto age = static_cast<float>(now - d.born);
            if (age < 0.0f || age > kDotLife) {
                continue;
            }
            const ImVec2 p(d.pos.x + d.vel.x * age,
                           d.pos.y + d.vel.y * age + 0.5f * 900.0f * age * age * size / 40.0f);
            dl->AddCircleFilled(p, size * 0.16f,
                                withAlpha(d.color, 1.0f - age / static_cast<float>(kDotLife)));
        }
    }
    for (const Label& l : m_labels) {
        const auto age = static_cast<float>(now - l.born);
        if (age < 0.0f || age > kLabelLife) {
            continue;
        }
        const float rise = reducedMotion ? 0.0f : age * size * 1.5f;
        const float alpha = reducedMotion ? 1.0f : 1.0f - age / static_cast<float>(kLabelLife);
        const ImVec2 p(l.pos.x, l.pos.y - rise);
        textCentered(dl, font, size, ImVec2(p.x + 1.5f, p.y + 1.5f), withAlpha(IM_COL32(0, 0, 0, 120), alpha),
                     l.text);
        textCentered(dl, font, size, p, withAlpha(l.color, alpha), l.text);
    }
}

} // namespace pathlight::minigames::board
