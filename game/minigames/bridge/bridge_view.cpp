// Bridge builder view. Layout: a HUD strip (clock, money, truck), the board (cliffs, water, grid
// points, pieces, truck) and a button row (Beam, Cable, Undo, Test, Done). Keys: arrows move a
// cursor over the points (down past the last row reaches the buttons), Enter picks, Backspace
// lets go / undoes, T tests, C switches beam and cable, F finishes. Animation reads host.now();
// the rules never see it.
//
// [SECTION] helpers  [SECTION] board  [SECTION] view
#include "minigames/bridge/bridge_view.hpp"

#include "minigames/bridge/bridge_rules.hpp"
#include "minigames/framework/view_input.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

namespace pathlight::minigames::bridge {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto ch = [&](int shift) {
        const float x = static_cast<float>((a >> shift) & 0xFF);
        const float y = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<ImU32>(x + (y - x) * t) << shift;
    };
    return ch(0) | ch(8) | ch(16) | ch(24);
}

ImU32 withAlpha(ImU32 c, int alpha) {
    return (c & 0x00FFFFFFu) | (static_cast<ImU32>(std::clamp(alpha, 0, 255)) << 24);
}

// Text that shrinks to fit `width`, centred on `centre`.
void fittedText(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, float width, ImU32 col,
                const std::string& text) {
    ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    if (ts.x > width && ts.x > 0) {
        size *= width / ts.x;
        ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    }
    dl->AddText(font, size, ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), col, text.c_str());
}

std::string money(int v) {
    std::string digits = std::to_string(v);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return "$" + digits;
}

ImU32 stressColour(double stress) {
    const float s = static_cast<float>(std::min(1.0, std::abs(stress)));
    const ImU32 green = IM_COL32(60, 170, 80, 255);
    const ImU32 yellow = IM_COL32(240, 200, 40, 255);
    const ImU32 red = IM_COL32(225, 40, 40, 255);
    return s < 0.5f ? mix(green, yellow, s * 2.0f) : mix(yellow, red, (s - 0.5f) * 2.0f);
}

enum class Button { Beam, Cable, Undo, Test, Finish };

struct Particle {
    ImVec2 pos; // world units
    ImVec2 vel;
    double born = 0;
};

//-----------------------------------------------------------------------------
// [SECTION] board
//-----------------------------------------------------------------------------

struct Board {
    ImVec2 origin; // screen position of grid point (0, 0)
    float cell = 40;
    ImVec2 at(double x, double y) const {
        return ImVec2(origin.x + static_cast<float>(x) * cell, origin.y - static_cast<float>(y) * cell);
    }
};

void drawPiece(ImDrawList* dl, const Board& b, Material m, ImVec2 p, ImVec2 q, ImU32 tint, bool tinted, float px) {
    switch (m) {
    case Material::Road:
        dl->AddLine(p, q, tinted ? tint : IM_COL32(70, 70, 78, 255), b.cell * 0.22f);
        dl->AddLine(p, q, IM_COL32(250, 220, 90, 200), std::max(1.0f, px * 1.5f));
        break;
    case Material::Beam:
        dl->AddLine(p, q, IM_COL32(90, 55, 25, 255), b.cell * 0.17f);
        dl->AddLine(p, q, tinted ? tint : IM_COL32(196, 140, 80, 255), b.cell * 0.11f);
        break;
    case Material::Cable:
        dl->AddLine(p, q, tinted ? tint : IM_COL32(60, 70, 90, 255), std::max(2.0f, b.cell * 0.06f));
        break;
    }
}

void drawTruck(ImDrawList* dl, const Board& b, const Truck& t, ImU32 body, float wheelTurn) {
    const float c = std::cos(static_cast<float>(t.angle));
    const float s = std::sin(static_cast<float>(t.angle));
    const double baseX = t.x;
    const double baseY = t.y;
    auto pt = [&](double lx, double ly) {
        // truck-local (x along, y up) to world, around the rear axle
        const double wx = baseX + lx * c - ly * s;
        const double wy = baseY + lx * s + ly * c;
        return b.at(wx, wy);
    };
    const double L = kTruckLength;
    const double r = 0.22;
    // Box (trailer) and cab.
    ImVec2 box[4] = {pt(-0.35, r), pt(L * 0.62, r), pt(L * 0.62, r + 0.75), pt(-0.35, r + 0.75)};
    dl->AddConvexPolyFilled(box, 4, body);
    dl->AddPolyline(box, 4, IM_COL32(40, 40, 40, 255), ImDrawFlags_Closed, 2.0f);
    ImVec2 cab[5] = {pt(L * 0.66, r), pt(L + 0.35, r), pt(L + 0.35, r + 0.35), pt(L + 0.12, r + 0.58),
                     pt(L * 0.66, r + 0.58)};
    dl->AddConvexPolyFilled(cab, 5, IM_COL32(230, 80, 60, 255));
    dl->AddPolyline(cab, 5, IM_COL32(40, 40, 40, 255), ImDrawFlags_Closed, 2.0f);
    ImVec2 win[4] = {pt(L + 0.02, r + 0.32), pt(L + 0.26, r + 0.32), pt(L + 0.1, r + 0.5), pt(L + 0.02, r + 0.5)};
    dl->AddConvexPolyFilled(win, 4, IM_COL32(180, 220, 250, 255));
    for (double ax : {0.0, L}) {
        const ImVec2 w = pt(ax, r);
        const float rad = static_cast<float>(r) * b.cell;
        dl->AddCircleFilled(w, rad, IM_COL32(30, 30, 30, 255), 16);
        dl->AddCircleFilled(w, rad * 0.45f, IM_COL32(180, 180, 180, 255), 12);
        const float a = wheelTurn;
        dl->AddLine(ImVec2(w.x - std::cos(a) * rad * 0.8f, w.y - std::sin(a) * rad * 0.8f),
                    ImVec2(w.x + std::cos(a) * rad * 0.8f, w.y + std::sin(a) * rad * 0.8f), IM_COL32(90, 90, 90, 255),
                    2.0f);
    }
}

void drawScenery(ImDrawList* dl, const Board& b, ImVec2 min, ImVec2 max, int gap, int below) {
    dl->AddRectFilledMultiColor(min, max, IM_COL32(150, 205, 245, 255), IM_COL32(150, 205, 245, 255),
                                IM_COL32(220, 240, 252, 255), IM_COL32(220, 240, 252, 255));
    const float waterTop = b.at(0, -below - 0.8).y;
    dl->AddRectFilled(ImVec2(min.x, waterTop), max, IM_COL32(60, 130, 200, 255));
    dl->AddLine(ImVec2(min.x, waterTop), ImVec2(max.x, waterTop), IM_COL32(200, 230, 255, 255), 3.0f);
    const ImU32 rock = IM_COL32(150, 110, 75, 255);
    const ImU32 grass = IM_COL32(80, 160, 70, 255);
    const float road = b.at(0, 0).y;
    const float left = b.at(0, 0).x;
    const float right = b.at(gap, 0).x;
    dl->AddRectFilled(ImVec2(min.x, road), ImVec2(left, max.y), rock);
    dl->AddRectFilled(ImVec2(right, road), ImVec2(max.x, max.y), rock);
    dl->AddRectFilled(ImVec2(min.x, road - b.cell * 0.05f), ImVec2(left, road + b.cell * 0.18f), grass);
    dl->AddRectFilled(ImVec2(right, road - b.cell * 0.05f), ImVec2(max.x, road + b.cell * 0.18f), grass);
    dl->AddRectFilled(ImVec2(min.x, road - b.cell * 0.11f), ImVec2(left, road + b.cell * 0.05f),
                      IM_COL32(70, 70, 78, 255));
    dl->AddRectFilled(ImVec2(right, road - b.cell * 0.11f), ImVec2(max.x, road + b.cell * 0.05f),
                      IM_COL32(70, 70, 78, 255));
    // A few stones on the cliff faces.
    for (int i = 0; i < 4; ++i) {
        const float y = road + b.cell * (0.7f + 0.9f * static_cast<float>(i));
        if (y < max.y - b.cell * 0.2f) {
            dl->AddCircleFilled(ImVec2(left - b.cell * (0.4f + 0.3f * static_cast<float>(i % 2)), y), b.cell * 0.12f,
                                IM_COL32(125, 90, 60, 255));
            dl->AddCircleFilled(ImVec2(right + b.cell * (0.5f + 0.3f * static_cast<float>((i + 1) % 2)), y),
                                b.cell * 0.12f, IM_COL32(125, 90, 60, 255));
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] view
//-----------------------------------------------------------------------------

class BridgeView final : public GameView {
public:
    void drawHowTo(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max) override;
    void draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max, std::vector<Action>& actions) override;

private:
    void drawHud(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max);
    void drawBoard(ViewHost& host, const BridgeRules& rules, const Board& b, ImVec2 min, ImVec2 max,
                   std::vector<Action>& actions, bool allowTap);
    void drawButtons(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max, std::vector<Action>& actions);
    void keys(ViewHost& host, const BridgeRules& rules, std::vector<Action>& actions);
    void press(ViewHost& host, const BridgeRules& rules, Button which, std::vector<Action>& actions);
    std::vector<Button> buttons(const BridgeRules& rules) const;
    void banner(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max);

    GridPoint m_cursor{0, 0};
    bool m_cursorOnButtons = false;
    int m_buttonFocus = 0;
    bool m_keyboard = false; // show the cursor once keys were used
    int m_seenOutcomes = 0;
    int m_seenRejects = 0;
    int m_seenSnaps = 0;
    double m_outcomeAt = -100;
    double m_rejectAt = -100;
    Reject m_shownReject = Reject::None;
    std::vector<Particle> m_particles;
};

std::vector<Button> BridgeView::buttons(const BridgeRules& rules) const {
    std::vector<Button> list{Button::Beam};
    if (rules.spec().cables) {
        list.push_back(Button::Cable);
    }
    list.push_back(Button::Undo);
    list.push_back(Button::Test);
    if (rules.bestCost() > 0) {
        list.push_back(Button::Finish);
    }
    return list;
}

void BridgeView::press(ViewHost& host, const BridgeRules& rules, Button which, std::vector<Action>& actions) {
    if (rules.phase() != Phase::Build) {
        return;
    }
    host.sound(Sound::Tap);
    switch (which) {
    case Button::Beam: actions.push_back({static_cast<int>(ActionCode::Tool), 0, 0}); break;
    case Button::Cable: actions.push_back({static_cast<int>(ActionCode::Tool), 1, 0}); break;
    case Button::Undo: actions.push_back({static_cast<int>(ActionCode::Undo), 0, 0}); break;
    case Button::Test: actions.push_back({static_cast<int>(ActionCode::Test), 0, 0}); break;
    case Button::Finish: actions.push_back({static_cast<int>(ActionCode::Finish), 0, 0}); break;
    }
}

void BridgeView::drawHowTo(ViewHost& host, const GameRules&, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, host.palette().background, host.px(8));
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const float picH = h * 0.58f;
    const int gap = 6;
    Board b;
    b.cell = std::min(w / (gap + 5.0f), picH / 5.0f);
    b.origin = ImVec2(min.x + (w - gap * b.cell) * 0.5f, min.y + picH * 0.55f);
    const ImVec2 picMin(min.x + (w - (gap + 5.0f) * b.cell) * 0.5f, min.y);
    const ImVec2 picMax(picMin.x + (gap + 5.0f) * b.cell, min.y + picH);
    dl->PushClipRect(picMin, picMax, true);
    drawScenery(dl, b, picMin, picMax, gap, 2);
    LevelSpec spec;
    spec.gap = gap;
    for (const Member& m : trussDesign(spec, -1, false, false)) {
        drawPiece(dl, b, m.material, b.at(m.a.x, m.a.y), b.at(m.b.x, m.b.y), 0, false, host.px(1));
    }
    Truck t;
    t.x = 2.0 + (host.reducedMotion() ? 0.0 : std::fmod(host.now() * 0.8, 6.0) - 2.0);
    drawTruck(dl, b, t, IM_COL32(60, 120, 200, 255), static_cast<float>(-t.x / 0.22));
    // A hand tapping a dot.
    const ImVec2 tap = b.at(3, -1);
    dl->AddCircle(tap, b.cell * 0.3f, host.palette().focus, 24, host.px(3));
    dl->PopClipRect();
    ImFont* font = host.font(ViewFont::Body);
    float y = min.y + picH + host.px(14);
    const float lineH = (max.y - y) / 3.0f;
    for (const char* key : {"game.bridge.howto.1", "game.bridge.howto.2", "game.bridge.howto.3"}) {
        fittedText(dl, font, std::min(host.px(24), lineH * 0.7f), ImVec2(min.x + w * 0.5f, y + lineH * 0.5f),
                   w - host.px(24), host.palette().text, host.text(key));
        y += lineH;
    }
}

void BridgeView::drawHud(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    dl->AddRectFilled(min, max, pal.panel, host.px(8));
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    ImFont* body = host.font(ViewFont::Body);
    ImFont* icons = host.font(ViewFont::Icons);
    const float size = std::min(host.px(20), h * 0.6f);
    const float cy = min.y + h * 0.5f;
    // Clock.
    const int secs = static_cast<int>(std::ceil(rules.timeLeft()));
    const std::string clock = std::to_string(secs / 60) + ":" + (secs % 60 < 10 ? "0" : "") + std::to_string(secs % 60);
    const bool low = rules.timeLeft() < 20;
    fittedText(dl, icons, size, ImVec2(min.x + w * 0.04f, cy), w * 0.05f, low ? pal.danger : pal.mutedText,
               host.icon("clock-o"));
    fittedText(dl, body, size, ImVec2(min.x + w * 0.11f, cy), w * 0.08f, low ? pal.danger : pal.text, clock);
    // Money bar with the star marks, and the money in words under it (all inside the strip).
    const float barL = min.x + w * 0.18f;
    const float barR = min.x + w * 0.62f;
    const float barH = h * 0.26f;
    const ImVec2 b0(barL, min.y + h * 0.22f);
    const ImVec2 b1(barR, b0.y + barH);
    const LevelSpec& s = rules.spec();
    dl->AddRectFilled(b0, b1, pal.disabled, barH * 0.5f);
    const float frac = std::clamp(static_cast<float>(rules.cost()) / static_cast<float>(s.budget), 0.0f, 1.0f);
    const int starsNow = rules.starsFor(rules.cost());
    const ImU32 fill = starsNow >= 3 ? pal.success : starsNow == 2 ? pal.accent : pal.danger;
    if (frac > 0) {
        dl->AddRectFilled(b0, ImVec2(barL + (barR - barL) * frac, b1.y), fill, barH * 0.5f);
    }
    for (int star : {3, 2}) {
        const int limit = star == 3 ? s.star3 : s.star2;
        const float x = barL + (barR - barL) * static_cast<float>(limit) / static_cast<float>(s.budget);
        dl->AddLine(ImVec2(x, b0.y - h * 0.06f), ImVec2(x, b1.y + h * 0.06f), pal.text, host.px(2));
        const std::string mark = star == 3 ? host.icon("star") + host.icon("star") + host.icon("star")
                                           : host.icon("star") + host.icon("star");
        fittedText(dl, icons, h * 0.16f, ImVec2(x, min.y + h * 0.1f), h, pal.accent, mark);
    }
    fittedText(dl, body, std::min(size * 0.85f, h * 0.34f), ImVec2((barL + barR) * 0.5f, max.y - h * 0.24f), barR - barL,
               pal.text, host.format("game.bridge.money", {{"cost", money(rules.cost())}, {"budget", money(s.budget)}}));
    // Truck weight and best so far.
    const int tons = static_cast<int>(std::lround(rules.truckWeight() / 10.0));
    fittedText(dl, icons, size, ImVec2(min.x + w * 0.66f, cy), w * 0.05f, pal.mutedText, host.icon("truck"));
    fittedText(dl, body, size, ImVec2(min.x + w * 0.74f, cy), w * 0.1f, pal.text,
               host.format("game.bridge.truck", {{"tons", std::to_string(tons)}}));
    if (rules.bestCost() > 0) {
        std::string stars;
        for (int i = 0; i < 3; ++i) {
            stars += host.icon(i < rules.starsFor(rules.bestCost()) ? "star" : "star-o");
        }
        fittedText(dl, icons, size, ImVec2(min.x + w * 0.91f, cy), w * 0.14f, pal.accent, stars);
    }
}

void BridgeView::drawBoard(ViewHost& host, const BridgeRules& rules, const Board& b, ImVec2 min, ImVec2 max,
                           std::vector<Action>& actions, bool allowTap) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    const LevelSpec& s = rules.spec();
    const double now = host.now();
    dl->PushClipRect(min, max, true);
    drawScenery(dl, b, min, max, s.gap, s.below);
    // Anchors: bolted plates on the cliff.
    for (const GridPoint& a : s.anchors) {
        const ImVec2 p = b.at(a.x, a.y);
        const float r = b.cell * 0.16f;
        dl->AddRectFilled(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), IM_COL32(200, 90, 40, 255), r * 0.3f);
        dl->AddCircleFilled(p, r * 0.35f, IM_COL32(60, 40, 30, 255));
    }
    const bool testing = rules.phase() == Phase::Test;
    if (!testing) {
        // Grid points: each one tappable.
        for (int y = s.above; y >= -s.below; --y) {
            for (int x = 0; x <= s.gap; ++x) {
                const GridPoint g{x, y};
                if (!rules.allowed(g)) {
                    continue;
                }
                const ImVec2 p = b.at(x, y);
                const float half = b.cell * 0.5f;
                const ImVec2 i0(p.x - half, p.y - half);
                const ImVec2 i1(p.x + half, p.y + half);
                host.item(host.format("game.bridge.point", {{"x", std::to_string(x)}, {"y", std::to_string(y)}}), i0,
                          i1);
                if (!rules.isAnchor(g)) {
                    dl->AddCircleFilled(p, std::max(host.px(3), b.cell * 0.07f), withAlpha(pal.text, 110));
                }
                if (allowTap && clicked(i0, i1)) {
                    actions.push_back({static_cast<int>(ActionCode::Pick), x, y});
                    m_cursor = g;
                    m_cursorOnButtons = false;
                    host.sound(Sound::Tap);
                }
            }
        }
        for (const Member& m : rules.members()) {
            drawPiece(dl, b, m.material, b.at(m.a.x, m.a.y), b.at(m.b.x, m.b.y), 0, false, host.px(1));
        }
        for (const Member& m : rules.members()) {
            for (const GridPoint& g : {m.a, m.b}) {
                dl->AddCircleFilled(b.at(g.x, g.y), b.cell * 0.09f, IM_COL32(80, 80, 90, 255));
            }
        }
        // Where the next piece would go: from the selected point to the mouse or the cursor.
        if (const std::optional<GridPoint> sel = rules.selected()) {
            const ImVec2 p = b.at(sel->x, sel->y);
            std::optional<GridPoint> to;
            const ImVec2 mouse = ImGui::GetIO().MousePos;
            if (!m_keyboard && hovered(min, max)) {
                to = GridPoint{static_cast<int>(std::lround((mouse.x - b.origin.x) / b.cell)),
                               static_cast<int>(std::lround((b.origin.y - mouse.y) / b.cell))};
            } else if (m_keyboard && !m_cursorOnButtons) {
                to = m_cursor;
            }
            if (to && !(*to == *sel) && rules.allowed(*to)) {
                Member m{*sel, *to, rules.materialFor(*sel, *to)};
                const double longest = m.material == Material::Cable ? kMaxCable : kMaxBeam;
                const bool ok = memberLength(m) <= longest + 1e-9 &&
                                !(m.material == Material::Road && std::abs(to->x - sel->x) > 2) &&
                                rules.cost() + memberCost(m) <= s.budget;
                const bool removing = rules.hasMember(*sel, *to);
                const ImVec2 q = b.at(to->x, to->y);
                dl->AddLine(p, q, withAlpha(ok && !removing ? pal.success : pal.danger, 150), b.cell * 0.12f);
                const std::string label = removing ? "-" + money(memberCost(m)) : money(memberCost(m));
                fittedText(dl, host.font(ViewFont::Small), host.px(16),
                           ImVec2((p.x + q.x) * 0.5f, (p.y + q.y) * 0.5f - b.cell * 0.3f), b.cell * 2.0f,
                           ok ? pal.text : pal.danger, label);
            }
            const float pulse = host.reducedMotion() ? 0.0f : 0.08f * std::sin(static_cast<float>(now) * 6.0f);
            dl->AddCircle(p, b.cell * (0.28f + pulse), pal.accent, 24, host.px(4));
        }
        if (m_keyboard && !m_cursorOnButtons) {
            const ImVec2 p = b.at(m_cursor.x, m_cursor.y);
            const float r = b.cell * 0.36f;
            dl->AddRect(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), pal.focus, host.px(4), 0, host.px(3));
        }
    } else {
        // The test drive: pieces coloured by how hard they work; broken ones are gone.
        for (const SimMember& m : rules.simMembers()) {
            if (m.broken) {
                continue;
            }
            const SimJoint& a = rules.simJoints()[static_cast<std::size_t>(m.a)];
            const SimJoint& c = rules.simJoints()[static_cast<std::size_t>(m.b)];
            const bool glow = std::abs(m.stress) > 0.8 && !host.reducedMotion();
            const ImVec2 p = b.at(a.x, a.y);
            const ImVec2 q = b.at(c.x, c.y);
            if (glow) {
                dl->AddLine(p, q, IM_COL32(255, 60, 40, 90), b.cell * 0.35f);
            }
            drawPiece(dl, b, m.material, p, q, stressColour(m.stress), true, host.px(1));
        }
        for (const SimJoint& j : rules.simJoints()) {
            dl->AddCircleFilled(b.at(j.x, j.y), b.cell * 0.08f, IM_COL32(80, 80, 90, 255));
        }
        // Sparks where a piece snapped (a still mark when motion is reduced).
        for (const Snap& snap : rules.snaps()) {
            if (snap.index < m_seenSnaps) {
                continue;
            }
            host.sound(Sound::Bad);
            if (!host.reducedMotion()) {
                for (int i = 0; i < 10; ++i) {
                    const float ang = static_cast<float>(i) * 0.63f + static_cast<float>(snap.index);
                    m_particles.push_back({ImVec2(static_cast<float>(snap.x), static_cast<float>(snap.y)),
                                           ImVec2(std::cos(ang) * 2.5f, std::sin(ang) * 2.5f + 2.0f), now});
                }
            }
        }
        m_seenSnaps = rules.snapCount();
        if (host.reducedMotion()) {
            for (const Snap& snap : rules.snaps()) {
                const ImVec2 p = b.at(snap.x, snap.y);
                const float r = b.cell * 0.2f;
                dl->AddLine(ImVec2(p.x - r, p.y - r), ImVec2(p.x + r, p.y + r), pal.danger, host.px(4));
                dl->AddLine(ImVec2(p.x - r, p.y + r), ImVec2(p.x + r, p.y - r), pal.danger, host.px(4));
            }
        }
        const Truck& t = rules.truck();
        drawTruck(dl, b, t, IM_COL32(60, 120, 200, 255), static_cast<float>(-t.x / 0.22));
    }
    // Particles live in view time only.
    for (const Particle& p : m_particles) {
        const float age = static_cast<float>(now - p.born);
        const float x = p.pos.x + p.vel.x * age;
        const float y = p.pos.y + p.vel.y * age - 5.0f * age * age;
        dl->AddCircleFilled(b.at(x, y), b.cell * 0.06f * (1.0f - age), IM_COL32(255, 170, 40, 255));
    }
    m_particles.erase(std::remove_if(m_particles.begin(), m_particles.end(),
                                     [&](const Particle& p) { return now - p.born > 0.9; }),
                      m_particles.end());
    dl->PopClipRect();
}

void BridgeView::drawButtons(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max,
                             std::vector<Action>& actions) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    const std::vector<Button> list = buttons(rules);
    const float gapW = host.px(10);
    const float n = static_cast<float>(list.size());
    const float bw = std::min(host.px(170), (max.x - min.x - gapW * (n - 1)) / n);
    float x = min.x + (max.x - min.x - (bw * n + gapW * (n - 1))) * 0.5f;
    const bool building = rules.phase() == Phase::Build;
    m_buttonFocus = std::clamp(m_buttonFocus, 0, static_cast<int>(list.size()) - 1);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Button which = list[i];
        const ImVec2 b0(x, min.y);
        const ImVec2 b1(x + bw, max.y);
        x += bw + gapW;
        const char* key = "game.bridge.test";
        const char* icon = "play";
        bool on = false;
        switch (which) {
        case Button::Beam: key = "game.bridge.beam"; icon = "minus"; on = rules.tool() == Tool::Beam; break;
        case Button::Cable: key = "game.bridge.cable"; icon = "link"; on = rules.tool() == Tool::Cable; break;
        case Button::Undo: key = "game.bridge.undo"; icon = "undo"; break;
        case Button::Test: key = "game.bridge.test"; icon = "play"; break;
        case Button::Finish: key = "game.bridge.finish"; icon = "flag-checkered"; break;
        }
        const std::string& label = host.text(key);
        host.item(label, b0, b1);
        ImU32 bg = which == Button::Test ? pal.success : which == Button::Finish ? pal.primary : pal.panel;
        if (on) {
            bg = pal.accent;
        }
        if (!building) {
            bg = pal.disabled;
        }
        const bool hot = hovered(b0, b1) && building;
        dl->AddRectFilled(b0, b1, hot ? mix(bg, IM_COL32_WHITE, 0.2f) : bg, host.px(10));
        dl->AddRect(b0, b1, pal.mutedText, host.px(10), 0, host.px(1.5f));
        const ImU32 fg = (which == Button::Test || which == Button::Finish) && building ? pal.onPrimary : pal.text;
        const float h = b1.y - b0.y;
        fittedText(dl, host.font(ViewFont::Icons), std::min(host.px(22), h * 0.45f), ImVec2(b0.x + h * 0.45f, b0.y + h * 0.5f),
                   h * 0.6f, fg, host.icon(icon));
        fittedText(dl, host.font(ViewFont::Body), std::min(host.px(22), h * 0.45f),
                   ImVec2((b0.x + h * 0.8f + b1.x) * 0.5f, b0.y + h * 0.5f), bw - h * 0.9f, fg, label);
        if (m_keyboard && m_cursorOnButtons && static_cast<int>(i) == m_buttonFocus) {
            dl->AddRect(ImVec2(b0.x - host.px(4), b0.y - host.px(4)), ImVec2(b1.x + host.px(4), b1.y + host.px(4)),
                        pal.focus, host.px(12), 0, host.px(3));
        }
        if (clicked(b0, b1)) {
            press(host, rules, which, actions);
        }
    }
}

bool typedKey(char lower) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c == static_cast<ImWchar>(lower) || c == static_cast<ImWchar>(lower - 'a' + 'A')) {
            return true;
        }
    }
    return false;
}

void BridgeView::keys(ViewHost& host, const BridgeRules& rules, std::vector<Action>& actions) {
    const NavPress nav = readNav();
    const bool t = typedKey('t');
    const bool c = typedKey('c');
    const bool f = typedKey('f');
    if (!nav.any() && !t && !c && !f) {
        return;
    }
    m_keyboard = true;
    const LevelSpec& s = rules.spec();
    const std::vector<Button> list = buttons(rules);
    if (m_cursorOnButtons) {
        if (nav.left) {
            m_buttonFocus = std::max(0, m_buttonFocus - 1);
        }
        if (nav.right) {
            m_buttonFocus = std::min(static_cast<int>(list.size()) - 1, m_buttonFocus + 1);
        }
        if (nav.up) {
            m_cursorOnButtons = false;
        }
        if (nav.confirm) {
            press(host, rules, list[static_cast<std::size_t>(std::clamp(m_buttonFocus, 0, static_cast<int>(list.size()) - 1))],
                  actions);
        }
    } else {
        if (nav.left) {
            m_cursor.x = std::max(0, m_cursor.x - 1);
        }
        if (nav.right) {
            m_cursor.x = std::min(s.gap, m_cursor.x + 1);
        }
        if (nav.up) {
            m_cursor.y = std::min(s.above, m_cursor.y + 1);
        }
        if (nav.down) {
            if (m_cursor.y <= -s.below) {
                m_cursorOnButtons = true;
            } else {
                m_cursor.y -= 1;
            }
        }
        if (nav.confirm && rules.phase() == Phase::Build) {
            actions.push_back({static_cast<int>(ActionCode::Pick), m_cursor.x, m_cursor.y});
            host.sound(Sound::Tap);
        }
    }
    if (nav.cancel && rules.phase() == Phase::Build) {
        actions.push_back({static_cast<int>(rules.selected() ? ActionCode::Cancel : ActionCode::Undo), 0, 0});
    }
    if (t) {
        press(host, rules, Button::Test, actions);
    }
    if (c && s.cables) {
        press(host, rules, rules.tool() == Tool::Beam ? Button::Cable : Button::Beam, actions);
    }
    if (f && rules.bestCost() > 0) {
        press(host, rules, Button::Finish, actions);
    }
}

void BridgeView::banner(ViewHost& host, const BridgeRules& rules, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    const double now = host.now();
    std::string text;
    ImU32 bg = pal.panel;
    if (now - m_outcomeAt < 4.0 && rules.lastOutcome() != Outcome::None) {
        switch (rules.lastOutcome()) {
        case Outcome::Held:
            text = host.format("game.bridge.held", {{"cost", money(rules.lastTestCost())},
                                                    {"stars", std::to_string(rules.starsFor(rules.lastTestCost()))}});
            bg = pal.success;
            break;
        case Outcome::Fell: text = host.text("game.bridge.fell"); bg = pal.danger; break;
        case Outcome::Sagged: text = host.text("game.bridge.sagged"); bg = pal.danger; break;
        case Outcome::None: break;
        }
    } else if (now - m_rejectAt < 2.5 && m_shownReject != Reject::None) {
        const char* key = "game.bridge.no.here";
        switch (m_shownReject) {
        case Reject::NotHere: key = "game.bridge.no.here"; break;
        case Reject::TooLong: key = "game.bridge.no.long"; break;
        case Reject::NoMoney: key = "game.bridge.no.money"; break;
        case Reject::NoCables: key = "game.bridge.no.cables"; break;
        case Reject::NothingToTest: key = "game.bridge.no.road"; break;
        case Reject::None: break;
        }
        text = host.text(key);
        bg = pal.danger;
    } else if (rules.phase() == Phase::Test) {
        text = host.text("game.bridge.hint.watch");
    } else if (rules.members().empty() && !rules.selected()) {
        text = host.text("game.bridge.hint.start");
    } else if (rules.selected()) {
        text = host.text("game.bridge.hint.end");
    }
    if (text.empty()) {
        return;
    }
    const float w = max.x - min.x;
    const float size = host.px(20);
    ImFont* font = host.font(ViewFont::Body);
    ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    const float bw = std::min(w * 0.9f, ts.x + host.px(28));
    const ImVec2 b0(min.x + (w - bw) * 0.5f, min.y + host.px(6));
    const ImVec2 b1(b0.x + bw, b0.y + size + host.px(14));
    dl->AddRectFilled(b0, b1, withAlpha(bg, 230), host.px(10));
    const ImU32 fg = bg == pal.panel ? pal.text : IM_COL32_WHITE;
    fittedText(dl, font, size, ImVec2((b0.x + b1.x) * 0.5f, (b0.y + b1.y) * 0.5f), bw - host.px(20), fg, text);
}

void BridgeView::draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max, std::vector<Action>& actions) {
    const auto& rules = static_cast<const BridgeRules&>(base);
    const LevelSpec& s = rules.spec();
    const double now = host.now();
    if (rules.outcomeCount() != m_seenOutcomes) {
        if (rules.outcomeCount() > m_seenOutcomes) {
            m_outcomeAt = now;
            host.sound(rules.lastOutcome() == Outcome::Held ? Sound::Good : Sound::Lose);
        }
        m_seenOutcomes = rules.outcomeCount();
    }
    if (rules.rejectCount() != m_seenRejects) {
        if (rules.rejectCount() > m_seenRejects) {
            m_rejectAt = now;
            m_shownReject = rules.lastReject();
            host.sound(Sound::Bad);
        }
        m_seenRejects = rules.rejectCount();
    }
    if (rules.phase() != Phase::Test) {
        m_seenSnaps = 0;
    }
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, host.palette().background, host.px(8));
    const float pad = host.px(8);
    const float hudH = std::clamp(host.px(52), 40.0f, (max.y - min.y) * 0.14f);
    const float barH = std::clamp(host.px(60), 48.0f, (max.y - min.y) * 0.16f);
    const ImVec2 hud0(min.x + pad, min.y + pad);
    const ImVec2 hud1(max.x - pad, min.y + pad + hudH);
    const ImVec2 btn0(min.x + pad, max.y - pad - barH);
    const ImVec2 btn1(max.x - pad, max.y - pad);
    const ImVec2 board0(min.x + pad, hud1.y + pad);
    const ImVec2 board1(max.x - pad, btn0.y - pad);
    keys(host, rules, actions);
    drawHud(host, rules, hud0, hud1);
    // The board: the gap plus a little cliff on each side, above-the-road room for the truck.
    const float cols = static_cast<float>(s.gap) + 4.0f;
    const float rows = static_cast<float>(s.above + s.below) + 2.6f;
    Board b;
    b.cell = std::min((board1.x - board0.x) / cols, (board1.y - board0.y) / rows);
    const float boardW = cols * b.cell;
    const float boardH = rows * b.cell;
    const ImVec2 v0(board0.x + ((board1.x - board0.x) - boardW) * 0.5f, board0.y + ((board1.y - board0.y) - boardH) * 0.5f);
    const ImVec2 v1(v0.x + boardW, v0.y + boardH);
    b.origin = ImVec2(v0.x + 2.0f * b.cell, v0.y + (static_cast<float>(s.above) + 1.3f) * b.cell);
    const bool mouseMoved = ImGui::GetIO().MouseDelta.x != 0.0f || ImGui::GetIO().MouseDelta.y != 0.0f;
    if (mouseMoved || ImGui::GetIO().MouseClicked[0]) {
        m_keyboard = false;
    }
    drawBoard(host, rules, b, v0, v1, actions, true);
    banner(host, rules, v0, v1);
    drawButtons(host, rules, btn0, btn1, actions);
}

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<BridgeView>();
}

} // namespace pathlight::minigames::bridge
