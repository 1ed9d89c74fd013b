// The farm game's view (see farm_view.hpp). Index:
//   [SECTION] Layout and helpers
//   [SECTION] Crops and plots
//   [SECTION] Power corner
//   [SECTION] Top bar, seeds, messages
//   [SECTION] How to play and the frame
// Everything is drawn on a 1100x560 board scaled to the view's rectangle. Animations that matter
// (season banner, messages) follow the rules' game time; only sky details use the host clock.
#include "minigames/farm/farm_view.hpp"

#include "minigames/farm/farm_rules.hpp"
#include "minigames/shared/view_kit.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::farm {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Layout and helpers
//-----------------------------------------------------------------------------

const ImVec2 kDesign(1100.0f, 560.0f);
constexpr float kTop = 62.0f;
constexpr float kPowerRight = 250.0f;
constexpr float kFieldLeft = 260.0f;
constexpr float kFieldRight = 790.0f;
constexpr float kHouseLeft = 800.0f;
constexpr float kFieldBottom = 468.0f;
constexpr float kSeedTop = 478.0f;

constexpr float kSmall = 17.0f;
constexpr float kBody = 21.0f;

enum Id { kPanel = 1, kTurbine, kHeater, kSeed0 = 10, kPlot0 = 20 };

// Windy has no Font Awesome icon: drawWind() draws it.
const char* const kWeatherIcons[kWeatherCount] = {"sun-o", "cloud",       "",           "tint",
                                                  "bolt",  "snowflake-o", "snowflake-o"};
const char* const kSeasonIcons[kSeasonCount] = {"leaf", "sun-o", "tree", "snowflake-o"};
const ImU32 kSeasonColors[kSeasonCount] = {IM_COL32(120, 200, 90, 255), IM_COL32(250, 200, 40, 255),
                                           IM_COL32(230, 130, 40, 255), IM_COL32(120, 170, 230, 255)};
constexpr ImU32 kWater = IM_COL32(60, 150, 230, 255);
constexpr ImU32 kPower = IM_COL32(250, 190, 30, 255);
constexpr ImU32 kLeaf = IM_COL32(70, 170, 70, 255);
constexpr ImU32 kLeafDark = IM_COL32(40, 120, 50, 255);

struct Ctx {
    ViewHost& host;
    const FarmRules& g;
    ImDrawList* dl;
    board::Board b;
    const ViewPalette& pal;
    ImFont* body;
    ImFont* large;
};

void label(const Ctx& c, float x, float y, float size, ImU32 color, std::string_view str,
           float maxWidth = 0) {
    const float s = maxWidth > 0 ? board::fitSize(c.body, c.b.s(size), str, c.b.s(maxWidth)) : c.b.s(size);
    board::text(c.dl, c.body, s, c.b.at(x, y), color, str);
}

void labelCentered(const Ctx& c, float cx, float cy, float size, ImU32 color, std::string_view str,
                   float maxWidth) {
    board::textCentered(c.dl, c.body, board::fitSize(c.body, c.b.s(size), str, c.b.s(maxWidth)), c.b.at(cx, cy),
                      color, str);
}

void card(const Ctx& c, float x0, float y0, float x1, float y1, ImU32 fill) {
    c.dl->AddRectFilled(c.b.at(x0, y0 + 3), c.b.at(x1, y1 + 3), IM_COL32(0, 0, 0, 35), c.b.s(12));
    c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x1, y1), fill, c.b.s(12));
}

std::string cropName(const Ctx& c, Crop crop) {
    return c.host.text("game.farm.crop." + std::to_string(static_cast<int>(crop)));
}

// Where plot i sits on the board.
struct Rect {
    float x0, y0, x1, y1;
    float cx() const { return (x0 + x1) * 0.5f; }
    float cy() const { return (y0 + y1) * 0.5f; }
};

Rect plotRect(const FarmRules& g, int i) {
    const Level& l = g.level();
    if (i < l.outdoorPlots) {
        const int cols = (l.outdoorPlots + 1) / 2;
        const float w = (kFieldRight - kFieldLeft - 20.0f) / static_cast<float>(cols);
        const float h = (kFieldBottom - kTop - 30.0f) / 2.0f;
        const float x = kFieldLeft + 10.0f + static_cast<float>(i % cols) * w;
        const float y = kTop + 24.0f + static_cast<float>(i / cols) * h;
        return {x + 6, y + 6, x + w - 6, y + h - 6};
    }
    const int k = i - l.outdoorPlots;
    const int n = l.greenhousePlots;
    const float top = kTop + 92.0f;
    const float bottom = kFieldBottom - 70.0f;
    const float h = (bottom - top) / static_cast<float>(n);
    return {kHouseLeft + 40.0f, top + static_cast<float>(k) * h + 5.0f, 1100.0f - 40.0f,
            top + static_cast<float>(k + 1) * h - 5.0f};
}

//-----------------------------------------------------------------------------
// [SECTION] Crops and plots
//-----------------------------------------------------------------------------

// A crop drawn growing out of the soil line at `base`; `size` is its full-grown height in pixels.
void drawCrop(ImDrawList* dl, Crop crop, ImVec2 base, float size, double growth, bool ripe, bool dead,
              float droop) {
    const auto g = static_cast<float>(std::clamp(growth, 0.0, 1.0));
    const float h = size * (0.25f + 0.75f * g);
    const ImU32 leaf =
        dead ? IM_COL32(140, 120, 80, 255) : board::mix(kLeaf, IM_COL32(170, 160, 70, 255), droop);
    const ImU32 leafDark = dead ? IM_COL32(110, 90, 60, 255) : kLeafDark;
    if (g < 0.2f && !dead) {
        // A sprout: a stem and two little leaves.
        dl->AddLine(base, ImVec2(base.x, base.y - size * 0.25f), leafDark, size * 0.05f);
        dl->AddCircleFilled(ImVec2(base.x - size * 0.07f, base.y - size * 0.25f), size * 0.07f, leaf, 10);
        dl->AddCircleFilled(ImVec2(base.x + size * 0.07f, base.y - size * 0.27f), size * 0.07f, leaf, 10);
        return;
    }
    switch (crop) {
    case Crop::Lettuce:
        for (int i = 0; i < 7; ++i) {
            const float a = static_cast<float>(i) * 0.9f;
            dl->AddCircleFilled(
                ImVec2(base.x + std::cos(a) * h * 0.28f, base.y - h * 0.28f + std::sin(a) * h * 0.12f),
                h * 0.24f, i % 2 ? leaf : leafDark, 16);
        }
        dl->AddCircleFilled(ImVec2(base.x, base.y - h * 0.32f), h * 0.2f,
                            ripe ? IM_COL32(170, 230, 120, 255) : leaf, 16);
        break;
    case Crop::Carrot:
        for (int i = -2; i <= 2; ++i) {
            const float x = base.x + static_cast<float>(i) * h * 0.1f;
            dl->AddLine(ImVec2(base.x, base.y - h * 0.05f),
                        ImVec2(x + static_cast<float>(i) * h * 0.06f, base.y - h * (0.62f - droop * 0.25f)),
                        i % 2 ? leaf : leafDark, size * 0.045f);
        }
        if (ripe || g > 0.7f) {
            // The carrot's orange shoulder peeks out of the soil.
            dl->AddTriangleFilled(ImVec2(base.x - h * 0.11f, base.y - h * 0.06f),
                                  ImVec2(base.x + h * 0.11f, base.y - h * 0.06f),
                                  ImVec2(base.x, base.y + h * 0.22f),
                                  dead ? leaf : IM_COL32(245, 130, 30, 255));
        }
        break;
    case Crop::Tomato: {
        dl->AddLine(base, ImVec2(base.x, base.y - h * (0.95f - droop * 0.3f)), leafDark, size * 0.05f);
        for (int i = 0; i < 3; ++i) {
            const float y = base.y - h * (0.3f + 0.25f * static_cast<float>(i));
            dl->AddCircleFilled(ImVec2(base.x - h * 0.16f, y), h * 0.12f, leaf, 12);
            dl->AddCircleFilled(ImVec2(base.x + h * 0.16f, y - h * 0.06f), h * 0.12f, leaf, 12);
        }
        if (g > 0.5f) {
            const ImU32 fruit = dead   ? IM_COL32(120, 90, 60, 255)
                                : ripe ? IM_COL32(230, 50, 40, 255)
                                       : IM_COL32(150, 200, 80, 255);
            dl->AddCircleFilled(ImVec2(base.x - h * 0.12f, base.y - h * 0.42f), h * 0.11f, fruit, 14);
            dl->AddCircleFilled(ImVec2(base.x + h * 0.14f, base.y - h * 0.62f), h * 0.11f, fruit, 14);
            dl->AddCircleFilled(ImVec2(base.x + h * 0.02f, base.y - h * 0.82f), h * 0.1f, fruit, 14);
        }
        break;
    }
    case Crop::Pumpkin: {
        dl->AddBezierCubic(ImVec2(base.x - h * 0.5f, base.y - h * 0.1f),
                           ImVec2(base.x - h * 0.2f, base.y - h * 0.5f),
                           ImVec2(base.x + h * 0.2f, base.y + h * 0.1f),
                           ImVec2(base.x + h * 0.5f, base.y - h * 0.2f), leafDark, size * 0.04f);
        dl->AddCircleFilled(ImVec2(base.x - h * 0.35f, base.y - h * 0.28f), h * 0.16f, leaf, 12);
        dl->AddCircleFilled(ImVec2(base.x + h * 0.38f, base.y - h * 0.3f), h * 0.15f, leaf, 12);
        if (g > 0.35f) {
            const float r = h * (0.1f + 0.22f * g);
            const ImU32 fruit = dead   ? IM_COL32(120, 90, 60, 255)
                                : ripe ? IM_COL32(240, 130, 20, 255)
                                       : IM_COL32(200, 190, 80, 255);
            const ImVec2 c(base.x, base.y - r * 0.8f);
            board::ellipse(dl, c, ImVec2(r * 1.25f, r * 0.9f), fruit);
            board::ellipse(dl, c, ImVec2(r * 0.5f, r * 0.9f), board::mix(fruit, IM_COL32(0, 0, 0, 255), 0.2f),
                         size * 0.02f);
            dl->AddLine(ImVec2(c.x, c.y - r * 0.9f), ImVec2(c.x + r * 0.15f, c.y - r * 1.25f), leafDark,
                        size * 0.04f);
        }
        break;
    }
    case Crop::None:
        break;
    }
}

void drawPlot(const Ctx& c, int i, const Rect& r, bool focusHint, Crop seed) {
    const FarmRules& g = c.g;
    const Plot& p = g.plot(i);
    const bool frozen = !p.greenhouse && g.season() == Season::Winter;
    const ImU32 dry = IM_COL32(196, 160, 110, 255);
    const ImU32 wetSoil = IM_COL32(110, 75, 45, 255);
    const float m = static_cast<float>(p.moisture);
    // Soil bed.
    c.dl->AddRectFilled(c.b.at(r.x0, r.y0 + 30), c.b.at(r.x1, r.y1), board::mix(dry, wetSoil, m), c.b.s(10));
    for (int k = 0; k < 3; ++k) {
        const float y = r.y0 + 50.0f + static_cast<float>(k) * (r.y1 - r.y0 - 60.0f) / 3.0f;
        c.dl->AddLine(c.b.at(r.x0 + 10, y), c.b.at(r.x1 - 10, y),
                      board::withAlpha(IM_COL32(60, 40, 20, 255), 0.25f), c.b.s(2));
    }
    if (m < 0.05f && p.state == PlotState::Growing) {
        // Cracks in dry ground.
        c.dl->AddLine(c.b.at(r.x0 + 20, r.y1 - 20), c.b.at(r.x0 + 40, r.y1 - 35), IM_COL32(120, 90, 60, 255),
                      c.b.s(2));
        c.dl->AddLine(c.b.at(r.x1 - 30, r.y1 - 15), c.b.at(r.x1 - 50, r.y1 - 30), IM_COL32(120, 90, 60, 255),
                      c.b.s(2));
    }
    if (frozen) {
        c.dl->AddRectFilled(c.b.at(r.x0, r.y0 + 30), c.b.at(r.x1, r.y1), IM_COL32(235, 245, 255, 200),
                            c.b.s(10));
    }
    const float size = std::min(r.x1 - r.x0, r.y1 - r.y0) * 0.62f;
    const ImVec2 base = c.b.at(r.cx(), r.y1 - 40.0f);
    if (p.crop != Crop::None) {
        const float droop = std::clamp(1.0f - static_cast<float>(p.health), 0.0f, 1.0f);
        drawCrop(c.dl, p.crop, base, c.b.s(size), p.growth, p.state == PlotState::Ripe,
                 p.state == PlotState::Dead, droop);
    }
    // Water bar and status chip.
    if (p.state == PlotState::Growing) {
        const float w = r.x1 - r.x0 - 24.0f;
        c.dl->AddRectFilled(c.b.at(r.x0 + 12, r.y1 - 16), c.b.at(r.x1 - 12, r.y1 - 8),
                            IM_COL32(255, 255, 255, 140), c.b.s(4));
        c.dl->AddRectFilled(c.b.at(r.x0 + 12, r.y1 - 16), c.b.at(r.x0 + 12 + w * m, r.y1 - 8), kWater,
                            c.b.s(4));
        // Growth ring in the corner.
        board::ringTimer(c.dl, c.b.at(r.x1 - 20, r.y0 + 48), c.b.s(11), static_cast<float>(p.growth),
                       IM_COL32(255, 255, 255, 150), kLeaf, c.b.s(5));
        if (m < 0.3f) {
            c.dl->AddCircleFilled(c.b.at(r.x0 + 22, r.y0 + 48), c.b.s(15), c.pal.danger, 20);
            board::icon(c.host, c.dl, "tint", c.b.at(r.x0 + 22, r.y0 + 48), c.b.s(18), IM_COL32_WHITE);
        }
    }
    std::string chip;
    ImU32 chipColor = c.pal.primary;
    if (p.state == PlotState::Ripe) {
        chip = c.host.text("game.farm.ready");
        chipColor = c.pal.success;
        const float left = static_cast<float>(1.0 - p.ripeFor / kRotSeconds);
        board::ringTimer(c.dl, c.b.at(r.x1 - 20, r.y0 + 48), c.b.s(11), left, IM_COL32(255, 255, 255, 150),
                       left < 0.35f ? c.pal.danger : c.pal.success, c.b.s(5));
    } else if (p.state == PlotState::Dead) {
        const char* why = p.loss == Loss::Thirst ? "game.farm.lost.thirst"
                          : p.loss == Loss::Rot  ? "game.farm.lost.rot"
                                                 : "game.farm.lost.cold";
        chip = c.host.text(why);
        chipColor = c.pal.danger;
    } else if (frozen) {
        chip = c.host.text("game.farm.frozen");
        chipColor = IM_COL32(90, 130, 180, 255);
    } else if (focusHint) {
        chip = p.state == PlotState::Growing
                   ? c.host.text("game.farm.hint.water")
                   : c.host.format("game.farm.hint.plant", {{"crop", cropName(c, seed)}});
    }
    if (!chip.empty()) {
        const float s = board::fitSize(c.body, c.b.s(kSmall), chip, c.b.s(r.x1 - r.x0 - 16));
        const ImVec2 ts = board::textSize(c.body, s, chip);
        const ImVec2 mid = c.b.at(r.cx(), r.y0 + 14);
        c.dl->AddRectFilled(ImVec2(mid.x - ts.x * 0.5f - c.b.s(8), mid.y - ts.y * 0.5f - c.b.s(3)),
                            ImVec2(mid.x + ts.x * 0.5f + c.b.s(8), mid.y + ts.y * 0.5f + c.b.s(3)), chipColor,
                            c.b.s(8));
        board::textCentered(c.dl, c.body, s, mid, IM_COL32_WHITE, chip);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Power corner
//-----------------------------------------------------------------------------

void drawGauge(const Ctx& c, float x0, float y0, float x1, float y1, double value, double max, ImU32 color,
               const char* icon, const std::string& name) {
    card(c, x0, y0, x1, y1, c.pal.panel);
    labelCentered(c, (x0 + x1) * 0.5f, y0 + 14, kSmall, c.pal.mutedText, name, x1 - x0 - 10);
    const float top = y0 + 30;
    const float bottom = y1 - 30;
    const float f = static_cast<float>(std::clamp(value / std::max(0.001, max), 0.0, 1.0));
    const float gx0 = (x0 + x1) * 0.5f - 22.0f;
    const float gx1 = (x0 + x1) * 0.5f + 22.0f;
    c.dl->AddRectFilled(c.b.at(gx0, top), c.b.at(gx1, bottom), IM_COL32(225, 230, 235, 255), c.b.s(8));
    if (f > 0.0f) {
        c.dl->AddRectFilled(c.b.at(gx0, bottom - (bottom - top) * f), c.b.at(gx1, bottom),
                            f < 0.2f ? c.pal.danger : color, c.b.s(8));
    }
    c.dl->AddRect(c.b.at(gx0, top), c.b.at(gx1, bottom), IM_COL32(120, 130, 140, 255), c.b.s(8), 0, c.b.s(2));
    board::icon(c.host, c.dl, icon, c.b.at((x0 + x1) * 0.5f, (top + bottom) * 0.5f), c.b.s(22),
              IM_COL32(255, 255, 255, 230));
    labelCentered(c, (x0 + x1) * 0.5f, y1 - 15, kSmall, c.pal.text,
                  std::to_string(static_cast<int>(std::floor(value))) + " / " +
                      std::to_string(static_cast<int>(max)),
                  x1 - x0 - 10);
}

void drawPower(const Ctx& c, board::Focus& focus, std::vector<Action>& actions, double spin) {
    const FarmRules& g = c.g;
    auto push = [&](ActionCode code) {
        actions.push_back(Action{static_cast<int>(code), 0, 0});
        c.host.sound(Sound::Tap);
    };
    // Solar panel: tap to clean.
    {
        const float x0 = 0, y0 = kTop, x1 = kPowerRight, y1 = kTop + 128;
        card(c, x0, y0, x1, y1, c.pal.panel);
        const bool dirty = g.panelDusty() || g.panelSnowy();
        const ImVec2 p0 = c.b.at(20, y0 + 38), p1 = c.b.at(150, y0 + 38), p2 = c.b.at(135, y0 + 100),
                     p3 = c.b.at(5, y0 + 100);
        c.dl->AddQuadFilled(p0, p1, p2, p3, IM_COL32(40, 80, 160, 255));
        for (int k = 1; k < 4; ++k) {
            const float t = static_cast<float>(k) / 4.0f;
            c.dl->AddLine(ImVec2(p0.x + (p1.x - p0.x) * t, p0.y + (p1.y - p0.y) * t),
                          ImVec2(p3.x + (p2.x - p3.x) * t, p3.y + (p2.y - p3.y) * t),
                          IM_COL32(140, 180, 240, 255), c.b.s(1.5f));
        }
        c.dl->AddLine(ImVec2((p0.x + p3.x) * 0.5f, (p0.y + p3.y) * 0.5f),
                      ImVec2((p1.x + p2.x) * 0.5f, (p1.y + p2.y) * 0.5f), IM_COL32(140, 180, 240, 255),
                      c.b.s(1.5f));
        if (g.panelSnowy()) {
            c.dl->AddQuadFilled(p0, p1, p2, p3, IM_COL32(250, 252, 255, 235));
        } else if (g.panelDusty()) {
            c.dl->AddQuadFilled(p0, p1, p2, p3, IM_COL32(190, 160, 110, 180));
        }
        label(c, 12, y0 + 8, kSmall, c.pal.mutedText, c.host.text("game.farm.panel"), 140);
        const std::string out = "+" + std::to_string(static_cast<int>(std::lround(g.solarOutput() * 10)));
        board::icon(c.host, c.dl, "bolt", c.b.at(180, y0 + 52), c.b.s(22),
                  g.solarOutput() > 0.2 ? kPower : c.pal.mutedText);
        labelCentered(c, 210, y0 + 52, kBody, c.pal.text, out, 50);
        if (dirty) {
            c.dl->AddRectFilled(c.b.at(158, y0 + 76), c.b.at(244, y0 + 116), c.pal.accent, c.b.s(10));
            labelCentered(c, 201, y0 + 96, kSmall, IM_COL32(40, 30, 10, 255), c.host.text("game.farm.clean"),
                          80);
        }
        if (focus.item(c.host, kPanel, c.host.text("game.farm.panel"), c.b.at(x0, y0), c.b.at(x1, y1),
                       true)) {
            push(ActionCode::CleanPanel);
        }
    }
    // Wind turbine: tap to fold or unfold.
    {
        const float x0 = 0, y0 = kTop + 136, x1 = kPowerRight, y1 = kTop + 282;
        card(c, x0, y0, x1, y1, c.pal.panel);
        label(c, 12, y0 + 8, kSmall, c.pal.mutedText, c.host.text("game.farm.turbine"), 140);
        const ImVec2 hub = c.b.at(80, y0 + 80);
        c.dl->AddLine(hub, c.b.at(80, y1 - 8), IM_COL32(200, 205, 210, 255), c.b.s(6));
        const ImU32 blade = g.turbineBroken() ? IM_COL32(170, 120, 110, 255) : IM_COL32(245, 248, 250, 255);
        for (int k = 0; k < 3; ++k) {
            float a;
            if (g.turbineFolded()) {
                a = -1.5708f + static_cast<float>(k - 1) * 0.12f; // bundled up
            } else if (g.turbineBroken()) {
                a = 0.6f + static_cast<float>(k) * 2.4f;
            } else {
                a = static_cast<float>(spin) + static_cast<float>(k) * 2.0944f;
            }
            const float len = g.turbineBroken() && k == 1 ? 0.45f : 1.0f;
            const ImVec2 tip(hub.x + std::cos(a) * c.b.s(46) * len, hub.y + std::sin(a) * c.b.s(46) * len);
            c.dl->AddLine(hub, tip, board::mix(blade, IM_COL32(0, 0, 0, 255), 0.25f), c.b.s(9));
            c.dl->AddLine(hub, tip, blade, c.b.s(6));
        }
        c.dl->AddCircleFilled(hub, c.b.s(8), IM_COL32(120, 130, 140, 255), 16);
        const std::string out = "+" + std::to_string(static_cast<int>(std::lround(g.windOutput() * 10)));
        board::icon(c.host, c.dl, "bolt", c.b.at(180, y0 + 52), c.b.s(22),
                  g.windOutput() > 0.2 ? kPower : c.pal.mutedText);
        labelCentered(c, 210, y0 + 52, kBody, c.pal.text, out, 50);
        const char* state = g.turbineBroken()   ? "game.farm.broken"
                            : g.turbineFolded() ? "game.farm.unfold"
                                                : "game.farm.fold";
        const ImU32 fill = g.turbineBroken()   ? c.pal.danger
                           : g.turbineFolded() ? c.pal.primary
                                               : c.pal.accent;
        c.dl->AddRectFilled(c.b.at(140, y0 + 86), c.b.at(244, y0 + 132), fill, c.b.s(10));
        labelCentered(c, 192, y0 + 109, kSmall, IM_COL32_WHITE, c.host.text(state), 96);
        if (focus.item(c.host, kTurbine, c.host.text("game.farm.turbine"), c.b.at(x0, y0), c.b.at(x1, y1),
                       !g.turbineBroken())) {
            push(ActionCode::ToggleTurbine);
        }
    }
    // Battery and water tank.
    const float gy0 = kTop + 290;
    drawGauge(c, 0, gy0, 121, 560, g.battery(), g.level().battery, kPower, "bolt",
              c.host.text("game.farm.battery"));
    drawGauge(c, 129, gy0, kPowerRight, 560, g.tank(), g.level().tank, kWater, "tint",
              c.host.text("game.farm.tank"));
}

//-----------------------------------------------------------------------------
// [SECTION] Top bar, seeds, messages
//-----------------------------------------------------------------------------

// Font Awesome 4.7 has no wind icon: three gusts with curled ends.
void drawWind(ImDrawList* dl, ImVec2 center, float size, ImU32 color) {
    const float t = size * 0.09f;
    for (int k = 0; k < 3; ++k) {
        const float y = center.y - size * 0.3f + static_cast<float>(k) * size * 0.3f;
        const float len = k == 1 ? size * 0.9f : size * 0.65f;
        const float x0 = center.x - size * 0.5f;
        dl->AddLine(ImVec2(x0, y), ImVec2(x0 + len, y), color, t);
        dl->PathArcTo(ImVec2(x0 + len, y - size * 0.1f), size * 0.1f, 1.5708f, -1.5708f, 8);
        dl->PathStroke(color, 0, t);
    }
}

void drawTopBar(const Ctx& c) {
    const FarmRules& g = c.g;
    c.dl->AddRectFilled(c.b.at(0, 0), c.b.at(1100, 54), c.pal.panel, c.b.s(12));
    // Season and the year.
    const int s = static_cast<int>(g.season());
    c.dl->AddCircleFilled(c.b.at(28, 27), c.b.s(20), kSeasonColors[s], 24);
    board::icon(c.host, c.dl, kSeasonIcons[s], c.b.at(28, 27), c.b.s(22), IM_COL32_WHITE);
    label(c, 54, 13, kBody, c.pal.text, c.host.text("game.farm.season." + std::to_string(s)), 120);
    const float y0 = 20, y1 = 34, x0 = 180, x1 = 470;
    const float seg = (x1 - x0) / kSeasonCount;
    for (int k = 0; k < kSeasonCount; ++k) {
        c.dl->AddRectFilled(c.b.at(x0 + seg * static_cast<float>(k) + 1, y0),
                            c.b.at(x0 + seg * static_cast<float>(k + 1) - 1, y1),
                            board::withAlpha(kSeasonColors[k], 0.45f), c.b.s(5));
    }
    const float f = static_cast<float>(g.time() / g.roundSeconds());
    c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x0 + (x1 - x0) * f, y1), IM_COL32(60, 70, 80, 110), c.b.s(5));
    c.dl->AddCircleFilled(c.b.at(x0 + (x1 - x0) * f, (y0 + y1) * 0.5f), c.b.s(9), c.pal.text, 16);
    // Forecast: today and the next days.
    const float fx = 490;
    for (int k = 0; k <= g.level().forecastDays; ++k) {
        const int d = g.day() + k;
        if (d >= g.totalDays()) {
            break;
        }
        const Weather w = g.weatherOn(d);
        const float bx = fx + static_cast<float>(k) * 92.0f;
        const bool alarm = w == Weather::Storm || w == Weather::Frost;
        c.dl->AddRectFilled(c.b.at(bx, 4), c.b.at(bx + 86, 50),
                            alarm ? IM_COL32(255, 225, 215, 255) : IM_COL32(232, 242, 252, 255), c.b.s(8));
        if (k == 0) {
            c.dl->AddRect(c.b.at(bx, 4), c.b.at(bx + 86, 50), c.pal.text, c.b.s(8), 0, c.b.s(2.5f));
        }
        const ImU32 ink = w == Weather::Storm   ? c.pal.danger
                          : w == Weather::Frost ? IM_COL32(60, 120, 200, 255)
                                                : IM_COL32(60, 70, 90, 255);
        if (w == Weather::Windy) {
            drawWind(c.dl, c.b.at(bx + 20, 27), c.b.s(24), ink);
        } else {
            board::icon(c.host, c.dl, kWeatherIcons[static_cast<int>(w)], c.b.at(bx + 20, 27), c.b.s(24), ink);
        }
        const std::string name =
            k == 0 ? c.host.text("game.farm.today")
                   : c.host.text("game.farm.weather." + std::to_string(static_cast<int>(w)));
        board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(15), name, c.b.s(50)), c.b.at(bx + 36, 10),
                  c.pal.mutedText, name);
        if (k == 0) {
            const std::string& now = c.host.text("game.farm.weather." + std::to_string(static_cast<int>(w)));
            board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(15), now, c.b.s(50)), c.b.at(bx + 36, 28),
                      c.pal.text, now);
        }
    }
    // Harvest so far.
    c.dl->AddRectFilled(c.b.at(876, 6), c.b.at(1094, 48), IM_COL32(236, 248, 228, 255), c.b.s(10));
    board::icon(c.host, c.dl, "shopping-basket", c.b.at(900, 27), c.b.s(24), c.pal.success);
    const std::string harvest =
        c.host.format("game.farm.harvest",
                      {{"n", std::to_string(g.harvested())}, {"goal", std::to_string(g.level().goal)}});
    label(c, 920, 14, kBody, c.pal.text, harvest, 168);
}

void drawSeeds(const Ctx& c, board::Focus& focus, Crop& seed) {
    const FarmRules& g = c.g;
    const float x0 = kFieldLeft;
    const float w = (1100.0f - x0) / kCropCount;
    for (int k = 1; k <= kCropCount; ++k) {
        const auto crop = static_cast<Crop>(k);
        const float bx = x0 + static_cast<float>(k - 1) * w;
        const bool chosen = seed == crop;
        const bool goodNow = cropInfo(crop).speed[static_cast<std::size_t>(g.season())] >= 0.9;
        card(c, bx + 4, kSeedTop, bx + w - 4, 558, chosen ? IM_COL32(255, 244, 200, 255) : c.pal.panel);
        if (chosen) {
            c.dl->AddRect(c.b.at(bx + 4, kSeedTop), c.b.at(bx + w - 4, 558), c.pal.text, c.b.s(12), 0,
                          c.b.s(3.5f));
        }
        drawCrop(c.dl, crop, c.b.at(bx + 40, 540), c.b.s(58), 1.0, true, false, 0.0f);
        label(c, bx + 76, kSeedTop + 8, kBody, c.pal.text, cropName(c, crop), w - 84);
        // Seasons it likes: four dots, filled for good seasons.
        for (int s = 0; s < kSeasonCount; ++s) {
            const ImVec2 dot = c.b.at(bx + 86 + static_cast<float>(s) * 22.0f, kSeedTop + 46);
            const bool likes = cropInfo(crop).speed[static_cast<std::size_t>(s)] >= 0.9;
            if (likes) {
                c.dl->AddCircleFilled(dot, c.b.s(8), kSeasonColors[s], 14);
            } else {
                c.dl->AddCircle(dot, c.b.s(7), board::withAlpha(c.pal.mutedText, 0.6f), 14, c.b.s(1.5f));
            }
            if (s == static_cast<int>(g.season())) {
                c.dl->AddCircle(dot, c.b.s(11), c.pal.text, 16, c.b.s(2));
            }
        }
        if (goodNow) {
            board::icon(c.host, c.dl, "star", c.b.at(bx + w - 24, kSeedTop + 20), c.b.s(20),
                      IM_COL32(240, 180, 0, 255));
        }
        if (focus.item(c.host, kSeed0 + k, cropName(c, crop), c.b.at(bx + 4, kSeedTop),
                       c.b.at(bx + w - 4, 558))) {
            seed = crop;
            c.host.sound(Sound::Tap);
        }
    }
}

void drawGreenhouse(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const FarmRules& g = c.g;
    const bool warm = g.heaterWorking();
    const float x0 = kHouseLeft, x1 = 1100, y0 = kTop + 8, y1 = kFieldBottom;
    // Glass walls and a pointed roof.
    c.dl->AddRectFilled(c.b.at(x0 + 10, y0 + 60), c.b.at(x1 - 10, y1),
                        warm ? IM_COL32(255, 236, 214, 255) : IM_COL32(225, 240, 245, 255), c.b.s(6));
    c.dl->AddTriangleFilled(c.b.at(x0, y0 + 64), c.b.at(x1, y0 + 64), c.b.at((x0 + x1) * 0.5f, y0),
                            IM_COL32(200, 225, 235, 255));
    c.dl->AddTriangle(c.b.at(x0, y0 + 64), c.b.at(x1, y0 + 64), c.b.at((x0 + x1) * 0.5f, y0),
                      IM_COL32(130, 160, 175, 255), c.b.s(3));
    c.dl->AddRect(c.b.at(x0 + 10, y0 + 60), c.b.at(x1 - 10, y1), IM_COL32(130, 160, 175, 255), c.b.s(6), 0,
                  c.b.s(3));
    labelCentered(c, (x0 + x1) * 0.5f, y0 + 44, kSmall, IM_COL32(60, 80, 90, 255),
                  c.host.text("game.farm.greenhouse"), 150);
    // Heater switch.
    const float hy0 = y1 - 60, hy1 = y1 - 8;
    const ImU32 fill = warm           ? IM_COL32(235, 110, 50, 255)
                       : g.heaterOn() ? c.pal.danger
                                      : IM_COL32(150, 160, 170, 255);
    const std::string text = c.host.text(g.heaterOn() ? "game.farm.heater_on" : "game.farm.heater_off");
    board::ButtonLook look{fill, IM_COL32_WHITE, "thermometer", g.heaterOn()};
    if (board::button(c.host, focus, c.dl, c.b, kHeater, text, c.b.at(x0 + 30, hy0), c.b.at(x1 - 30, hy1),
                    look)) {
        actions.push_back(Action{static_cast<int>(ActionCode::ToggleHeater), 0, 0});
        c.host.sound(Sound::Tap);
    }
}

// The weather over the field: rain, snow, a storm's dark sky.
void drawFieldWeather(const Ctx& c, double now) {
    const FarmRules& g = c.g;
    const Weather w = g.weather();
    const bool still = c.host.reducedMotion();
    const ImVec2 a = c.b.at(kFieldLeft, kTop), z = c.b.at(kFieldRight, kFieldBottom);
    ImU32 ground = IM_COL32(130, 195, 105, 255);
    if (g.season() == Season::Fall) {
        ground = IM_COL32(180, 180, 100, 255);
    } else if (g.season() == Season::Winter) {
        ground = IM_COL32(225, 235, 240, 255);
    }
    c.dl->AddRectFilled(a, z, ground, c.b.s(14));
    if (w == Weather::Storm) {
        c.dl->AddRectFilled(a, z, IM_COL32(40, 50, 70, 90), c.b.s(14));
    }
    if (w == Weather::Rain || w == Weather::Storm || w == Weather::Snow) {
        const float fall =
            still ? 0.0f : static_cast<float>(std::fmod(now * (w == Weather::Snow ? 40.0 : 260.0), 50.0));
        for (int i = 0; i < 46; ++i) {
            const float x = kFieldLeft + static_cast<float>((i * 67) % 520) + 5.0f;
            const float y = kTop + static_cast<float>((i * 43) % 380) + fall;
            if (y > kFieldBottom - 6.0f) {
                continue;
            }
            if (w == Weather::Snow) {
                c.dl->AddCircleFilled(c.b.at(x, y), c.b.s(3), IM_COL32(255, 255, 255, 230), 8);
            } else {
                c.dl->AddLine(c.b.at(x, y), c.b.at(x - 4, y + 14), IM_COL32(200, 225, 255, 200), c.b.s(2));
            }
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] How to play and the frame
//-----------------------------------------------------------------------------

class FarmView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max) override {
        const auto* g = dynamic_cast<const FarmRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, kDesign);
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        // Picture: sun and wind feed a battery, rain fills a tank, crops grow.
        dl->AddRectFilled(b.at(0, 40), b.at(660, 520), IM_COL32(200, 230, 250, 255), b.s(16));
        dl->AddRectFilled(b.at(0, 380), b.at(660, 520), IM_COL32(130, 195, 105, 255), b.s(16),
                          ImDrawFlags_RoundCornersBottom);
        dl->AddCircleFilled(b.at(90, 110), b.s(40), IM_COL32(255, 210, 60, 255), 32);
        board::icon(host, dl, "cloud", b.at(300, 100), b.s(70), IM_COL32(255, 255, 255, 255));
        board::icon(host, dl, "tint", b.at(300, 170), b.s(34), kWater);
        const Crop crops[4] = {Crop::Lettuce, Crop::Carrot, Crop::Tomato, Crop::Pumpkin};
        for (int i = 0; i < 4; ++i) {
            const float x = 80.0f + static_cast<float>(i) * 150.0f;
            dl->AddRectFilled(b.at(x - 55, 420), b.at(x + 55, 500), IM_COL32(120, 80, 50, 255), b.s(10));
            drawCrop(dl, crops[i], b.at(x, 470), b.s(100), 1.0, true, false, 0.0f);
        }
        board::icon(host, dl, "bolt", b.at(520, 120), b.s(70), kPower);
        for (int i = 0; i < 3; ++i) {
            const float a = 0.4f + static_cast<float>(i) * 2.0944f;
            dl->AddLine(
                b.at(560, 250),
                ImVec2(b.at(560, 250).x + std::cos(a) * b.s(50), b.at(560, 250).y + std::sin(a) * b.s(50)),
                IM_COL32(250, 250, 250, 255), b.s(8));
        }
        dl->AddLine(b.at(560, 250), b.at(560, 380), IM_COL32(220, 225, 230, 255), b.s(6));
        const char* keys[3] = {"game.farm.howto.1", "game.farm.howto.2", "game.farm.howto.3"};
        for (int i = 0; i < 3; ++i) {
            const float y = 130.0f + static_cast<float>(i) * 130.0f;
            dl->AddCircleFilled(b.at(710, y), b.s(24), host.palette().primary, 24);
            board::textCentered(dl, c.body, b.s(26), b.at(710, y), host.palette().onPrimary,
                              std::to_string(i + 1));
            board::text(dl, c.body, b.s(24), b.at(746, y - 30), host.palette().text, host.text(keys[i]),
                      b.s(340));
        }
    }

    void draw(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto* g = dynamic_cast<const FarmRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, kDesign);
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        m_focus.begin(readNav());
        watch(c);
        // The turbine spins with its output (view only; frozen while paused because the rules' time stops).
        if (!host.reducedMotion()) {
            m_spin = g->time() * (0.5 + 8.0 * g->windOutput());
        }

        drawTopBar(c);
        drawPower(c, m_focus, actions, m_spin);
        drawFieldWeather(c, host.now());
        drawGreenhouse(c, m_focus, actions);
        for (int i = 0; i < g->plotCount(); ++i) {
            const Rect r = plotRect(*g, i);
            const bool hint = m_focus.focused(kPlot0 + i) || hovered(b.at(r.x0, r.y0), b.at(r.x1, r.y1));
            drawPlot(c, i, r, hint, m_seed);
            const std::string name =
                g->plot(i).greenhouse ? host.format("game.farm.greenhouse_plot",
                                                    {{"n", std::to_string(i - g->level().outdoorPlots + 1)}})
                                      : host.format("game.farm.plot", {{"n", std::to_string(i + 1)}});
            if (m_focus.item(host, kPlot0 + i, name, b.at(r.x0, r.y0), b.at(r.x1, r.y1), true, i == 0)) {
                tapPlot(c, i, actions);
            }
        }
        drawSeeds(c, m_focus, m_seed);
        drawBanner(c);
        m_particles.draw(dl, c.large, b.s(28), host.now(), host.reducedMotion());
        m_focus.end(host, dl, b.unit);
    }

  private:
    // One tap on a plot does what the plot needs: harvest, water, or plant the chosen seed.
    void tapPlot(const Ctx& c, int i, std::vector<Action>& actions) {
        const FarmRules& g = c.g;
        const Plot& p = g.plot(i);
        if (p.state == PlotState::Ripe) {
            actions.push_back(Action{static_cast<int>(ActionCode::Harvest), i, 0});
        } else if (p.state == PlotState::Growing) {
            if (g.tank() < kWaterCost) {
                toast(c, "game.farm.toast.no_water");
            } else if (g.battery() < kPumpCost) {
                toast(c, "game.farm.toast.no_power");
            }
            actions.push_back(Action{static_cast<int>(ActionCode::Water), i, 0});
        } else if (g.canPlant(i)) {
            actions.push_back(Action{static_cast<int>(ActionCode::Plant), i, static_cast<int>(m_seed)});
        } else {
            toast(c, "game.farm.toast.frozen_ground");
        }
        c.host.sound(Sound::Tap);
    }

    void toast(const Ctx& c, const char* key) {
        m_toast = key;
        m_toastAt = c.g.time();
    }

    // Turns changes of the rules' state into sounds, particles and messages.
    void watch(const Ctx& c) {
        const FarmRules& g = c.g;
        const double now = c.host.now();
        if (g.time() < m_lastTime) {
            m_harvests = 0;
            m_losses = 0;
            m_broken = false;
        }
        m_lastTime = g.time();
        if (g.harvestCount() > m_harvests && g.lastHarvestPlot() >= 0) {
            const Rect r = plotRect(g, g.lastHarvestPlot());
            m_particles.floatText(c.b.at(r.cx(), r.cy()), "+" + std::to_string(g.lastHarvestValue()),
                                  c.pal.success, now);
            if (!c.host.reducedMotion()) {
                m_particles.burst(c.b.at(r.cx(), r.cy()), 12, IM_COL32(250, 200, 40, 255), c.b.s(150), now,
                                  static_cast<unsigned>(g.harvestCount()));
            }
            c.host.sound(Sound::Good);
        }
        if (g.lossCount() > m_losses) {
            const Loss why = g.lastLoss();
            toast(c, why == Loss::Thirst  ? "game.farm.toast.thirst"
                     : why == Loss::Frost ? "game.farm.toast.frost"
                     : why == Loss::Rot   ? "game.farm.toast.rot"
                                          : "game.farm.toast.cold");
            c.host.sound(Sound::Bad);
        }
        if (g.turbineBroken() && !m_broken) {
            toast(c, "game.farm.toast.broken");
            c.host.sound(Sound::Bad);
        }
        // Warnings a day ahead.
        const Weather next = g.weatherOn(g.day() + 1);
        const int warnDay = g.day();
        if (warnDay != m_warnedDay && g.dayFraction() > 0.2 && g.day() + 1 < g.totalDays()) {
            if (next == Weather::Storm && !g.turbineFolded()) {
                toast(c, "game.farm.toast.storm_coming");
                m_warnedDay = warnDay;
            } else if (next == Weather::Frost) {
                toast(c, "game.farm.toast.frost_coming");
                m_warnedDay = warnDay;
            }
        }
        m_harvests = g.harvestCount();
        m_losses = g.lossCount();
        m_broken = g.turbineBroken();
    }

    // The season's name when it begins, and the latest message at the bottom of the field.
    void drawBanner(const Ctx& c) {
        const FarmRules& g = c.g;
        const double seasonSeconds = g.level().daySeconds * g.level().daysPerSeason;
        const double into = g.seasonFraction() * seasonSeconds;
        if (into < 2.0) {
            const int s = static_cast<int>(g.season());
            const float alpha =
                c.host.reducedMotion() ? 1.0f : std::min(1.0f, static_cast<float>(2.0 - into) * 1.5f);
            const ImVec2 mid = c.b.at((kFieldLeft + kFieldRight) * 0.5f, kTop + 200);
            c.dl->AddRectFilled(c.b.at(kFieldLeft + 120, kTop + 160), c.b.at(kFieldRight - 120, kTop + 240),
                                board::withAlpha(kSeasonColors[s], 0.92f * alpha), c.b.s(20));
            board::textCentered(c.dl, c.large, c.b.s(44), mid, board::withAlpha(IM_COL32_WHITE, alpha),
                              c.host.text("game.farm.season." + std::to_string(s)));
        }
        if (m_toast && g.time() - m_toastAt < 2.5 && g.time() >= m_toastAt) {
            const std::string& t = c.host.text(m_toast);
            const float s = board::fitSize(c.body, c.b.s(kBody), t, c.b.s(kFieldRight - kFieldLeft - 40));
            const ImVec2 ts = board::textSize(c.body, s, t);
            const ImVec2 mid = c.b.at((kFieldLeft + kFieldRight) * 0.5f, kFieldBottom - 24);
            c.dl->AddRectFilled(ImVec2(mid.x - ts.x * 0.5f - c.b.s(14), mid.y - ts.y * 0.5f - c.b.s(6)),
                                ImVec2(mid.x + ts.x * 0.5f + c.b.s(14), mid.y + ts.y * 0.5f + c.b.s(6)),
                                IM_COL32(40, 45, 55, 230), c.b.s(12));
            board::textCentered(c.dl, c.body, s, mid, IM_COL32_WHITE, t);
        }
    }

    board::Focus m_focus;
    board::Particles m_particles;
    Crop m_seed = Crop::Lettuce;
    double m_spin = 0;
    double m_lastTime = 0;
    int m_harvests = 0;
    int m_losses = 0;
    bool m_broken = false;
    int m_warnedDay = -1;
    const char* m_toast = nullptr;
    double m_toastAt = -10;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<FarmView>();
}

} // namespace pathlight::minigames::farm
