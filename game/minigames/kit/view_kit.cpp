// Small drawing helpers shared by the game views (see view_kit.hpp).
#include "minigames/kit/view_kit.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::kit {

ImU32 withAlpha(ImU32 colour, float alpha) {
    const auto a = static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * std::clamp(alpha, 0.0f, 1.0f);
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a) << IM_COL32_A_SHIFT);
}

ImU32 mixColour(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    ImU32 out = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        const auto ca = static_cast<float>((a >> shift) & 0xFF);
        const auto cb = static_cast<float>((b >> shift) & 0xFF);
        out |= static_cast<ImU32>(ca + (cb - ca) * t + 0.5f) << shift;
    }
    return out;
}

namespace {
float fitSize(ImFont* font, float size, std::string_view text, float maxWidth, float& width) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    width = font->CalcTextSizeA(size, 1e9f, 0.0f, begin, end).x;
    if (width > maxWidth && width > 0) {
        size = std::max(size * 0.5f, size * maxWidth / width);
        width = font->CalcTextSizeA(size, 1e9f, 0.0f, begin, end).x;
    }
    return size;
}
} // namespace

void textCentred(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, ImU32 colour, std::string_view text,
                 float maxWidth) {
    if (text.empty() || !font) {
        return;
    }
    float width = 0;
    size = fitSize(font, size, text, maxWidth, width);
    dl->AddText(font, size, ImVec2(std::floor(centre.x - width * 0.5f), std::floor(centre.y - size * 0.5f)),
                colour, text.data(), text.data() + text.size());
}

float textLeft(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text,
               float maxWidth) {
    if (text.empty() || !font) {
        return 0;
    }
    float width = 0;
    size = fitSize(font, size, text, maxWidth, width);
    dl->AddText(font, size, pos, colour, text.data(), text.data() + text.size());
    return width;
}

void icon(const ViewHost& host, ImDrawList* dl, std::string_view name, ImVec2 centre, float size,
          ImU32 colour) {
    const std::string glyph = host.icon(name);
    textCentred(dl, host.font(ViewFont::Icons), size, centre, colour, glyph);
}

void focusRing(const ViewHost& host, ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding) {
    const float pad = host.px(4);
    float thick = host.px(4);
    if (!host.reducedMotion()) {
        thick += host.px(1.5f) * static_cast<float>(0.5 + 0.5 * std::sin(host.now() * 6.0));
    }
    dl->AddRect(ImVec2(min.x - pad, min.y - pad), ImVec2(max.x + pad, max.y + pad), host.palette().focus,
                rounding + pad, 0, thick);
}

namespace {
void ellipsePath(ImDrawList* dl, ImVec2 centre, float rx, float ry) {
    constexpr int kSegments = 28;
    for (int i = 0; i < kSegments; ++i) {
        const float a = 6.2831853f * static_cast<float>(i) / kSegments;
        dl->PathLineTo(ImVec2(centre.x + std::cos(a) * rx, centre.y + std::sin(a) * ry));
    }
}
} // namespace

void ellipseFilled(ImDrawList* dl, ImVec2 centre, float rx, float ry, ImU32 colour) {
    ellipsePath(dl, centre, rx, ry);
    dl->PathFillConvex(colour);
}

void ellipse(ImDrawList* dl, ImVec2 centre, float rx, float ry, ImU32 colour, float thickness) {
    ellipsePath(dl, centre, rx, ry);
    dl->PathStroke(colour, ImDrawFlags_Closed, thickness);
}

void progressBar(ImDrawList* dl, ImVec2 min, ImVec2 max, float fraction, ImU32 fill, ImU32 back) {
    const float r = (max.y - min.y) * 0.5f;
    dl->AddRectFilled(min, max, back, r);
    fraction = std::clamp(fraction, 0.0f, 1.0f);
    if (fraction > 0) {
        dl->AddRectFilled(min, ImVec2(min.x + std::max(2 * r, (max.x - min.x) * fraction), max.y), fill, r);
    }
}

void floatingText(const ViewHost& host, ImDrawList* dl, ImFont* font, float size, ImVec2 at, ImU32 colour,
                  std::string_view text, double age) {
    if (age < 0 || age > 1.2) {
        return;
    }
    const auto t = static_cast<float>(age / 1.2);
    const float rise = host.reducedMotion() ? 0.0f : host.px(40) * t;
    const float alpha = host.reducedMotion() ? 1.0f : 1.0f - t * t;
    textCentred(dl, font, size, ImVec2(at.x, at.y - rise), withAlpha(colour, alpha), text);
}

void burst(const ViewHost& host, ImDrawList* dl, ImVec2 at, float radius, ImU32 colour, double age) {
    if (host.reducedMotion() || age < 0 || age > 0.8) {
        return;
    }
    const auto t = static_cast<float>(age / 0.8);
    for (int i = 0; i < 10; ++i) {
        const float a = static_cast<float>(i) * 0.628f + 0.3f;
        const ImVec2 p(at.x + std::cos(a) * radius * (0.3f + t), at.y + std::sin(a) * radius * (0.3f + t));
        dl->AddCircleFilled(p, host.px(4) * (1.0f - t) + 1.0f, withAlpha(colour, 1.0f - t), 8);
    }
}

} // namespace pathlight::minigames::kit
