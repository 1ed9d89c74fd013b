// Shop week view (see shop_view.hpp). Focus rows: 0 the morning shift, the afternoon shift and the
// Run button; 1 the workers. Enter on a worker picks them (and jumps up to the shifts); Enter on a
// shift puts the picked worker on it, or takes them off if they are already there.
#include "minigames/shop/shop_view.hpp"

#include "minigames/framework/view_input.hpp"
#include "minigames/kit/view_kit.hpp"
#include "minigames/kit/view_people.hpp"
#include "minigames/shop/shop_rules.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace pathlight::minigames::shop {

namespace {

constexpr const char* kSkillIcons[kSkillCount] = {"money", "cubes", "comments"};
constexpr const char* kSkillKeys[kSkillCount] = {"game.shop.skill.cash", "game.shop.skill.stock",
                                                 "game.shop.skill.help"};
constexpr ImU32 kSkillColours[kSkillCount] = {IM_COL32(46, 150, 90, 255), IM_COL32(200, 120, 40, 255),
                                              IM_COL32(60, 120, 200, 255)};
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);

std::string nameKey(int n) {
    return "game.shop.name." + std::to_string(n);
}
std::string dayKey(int d) {
    return "game.shop.day." + std::to_string(d);
}
std::string partKey(int p) {
    return "game.shop.part." + std::to_string(p);
}

class ShopView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules&, ImVec2 min, ImVec2 max) override {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 900.0f, h / 480.0f));
        const ImVec2 c(min.x + w * 0.5f, min.y + h * 0.3f);
        const float s = 60 * k;
        // A worker card, an arrow, a shift with its needs turning green.
        dl->AddRectFilled(ImVec2(c.x - 3.2f * s, c.y - s), ImVec2(c.x - 1.6f * s, c.y + s),
                          host.palette().panel, 10 * k);
        kit::drawPerson(dl, ImVec2(c.x - 2.4f * s, c.y - 0.35f * s), s * 0.35f, kit::lookFromSeed(10),
                        kit::Mood::Happy);
        kit::icon(host, dl, kSkillIcons[0], ImVec2(c.x - 2.4f * s, c.y + 0.6f * s), 26 * k, kSkillColours[0]);
        kit::icon(host, dl, "arrow-right", ImVec2(c.x - 1.1f * s, c.y), 30 * k, host.palette().mutedText);
        dl->AddRectFilled(ImVec2(c.x - 0.6f * s, c.y - s), ImVec2(c.x + 2.6f * s, c.y + s),
                          IM_COL32(255, 250, 230, 255), 10 * k);
        for (int i = 0; i < 3; ++i) {
            const ImVec2 p(c.x + 0.1f * s + static_cast<float>(i) * 0.9f * s, c.y);
            dl->AddCircleFilled(p, 0.38f * s,
                                i < 2 ? kit::withAlpha(kSkillColours[i], 0.3f) : IM_COL32(230, 230, 230, 255),
                                24);
            kit::icon(host, dl, kSkillIcons[i], p, 24 * k, kSkillColours[i]);
        }
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 22 * k;
        for (int i = 0; i < 3; ++i) {
            kit::textCentred(dl, body, fs, ImVec2(c.x, min.y + h * 0.62f + static_cast<float>(i) * fs * 1.6f),
                             host.palette().text, host.text("game.shop.howto." + std::to_string(i + 1)),
                             w * 0.9f);
        }
    }

    void draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto& r = static_cast<const ShopRules&>(base);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ViewPalette& pal = host.palette();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 980.0f, h / 500.0f));
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;
        const int workers = static_cast<int>(r.workers().size());
        if (m_selected >= workers) {
            m_selected = -1;
        }

        const NavPress nav = readNav();
        m_focus.move(nav.left, nav.right, nav.up, nav.down, 2,
                     [&](int row) { return row == 0 ? 3 : workers; });
        bool confirm = nav.confirm;
        if (nav.any()) {
            m_keyboard = true;
        }
        if (confirm && m_focus.row == 1) {
            m_selected = m_focus.col;
            m_focus = {0, m_shiftCol};
            confirm = false;
        }
        if (nav.cancel) {
            m_selected = -1;
        }
        for (const Event& e : r.events()) {
            if (e.serial > m_heard && e.serial <= r.eventCount()) {
                if (e.kind == EventKind::Assigned || e.kind == EventKind::Removed) {
                    host.sound(Sound::Tap);
                } else if (e.kind == EventKind::SurpriseCame) {
                    host.sound(Sound::Bad);
                } else if (e.kind == EventKind::ShiftDone) {
                    const ShiftResult& sr =
                        r.shiftResult(r.phase() == Phase::Plan ? std::max(0, r.day() - 1) : r.day(), e.part);
                    host.sound(sr.served == sr.shoppers ? Sound::Good : Sound::Tap);
                } else if (e.kind != EventKind::Useless) {
                    host.sound(Sound::Bad);
                }
            }
        }
        m_heard = r.eventCount();

        // HUD: money, shoppers served, today and the clock.
        const float hudH = 40 * k;
        dl->AddRectFilled(min, ImVec2(max.x, min.y + hudH), pal.panel, 8 * k);
        kit::icon(host, dl, "money", ImVec2(min.x + 22 * k, min.y + hudH * 0.5f), 22 * k, pal.success);
        kit::textLeft(dl, body, fs, ImVec2(min.x + 40 * k, min.y + hudH * 0.5f - fs * 0.5f), pal.text,
                      host.format("game.shop.hud.money", {{"money", std::to_string(r.budgetLeft())}}),
                      w * 0.25f);
        kit::icon(host, dl, "shopping-basket", ImVec2(min.x + w * 0.3f, min.y + hudH * 0.5f), 22 * k,
                  pal.primary);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.3f + 18 * k, min.y + hudH * 0.5f - fs * 0.5f),
                      pal.text,
                      host.format("game.shop.hud.served", {{"served", std::to_string(r.served())},
                                                           {"total", std::to_string(r.shoppers())}}),
                      w * 0.3f);
        std::string clock;
        if (r.phase() == Phase::Plan) {
            clock = host.format("game.shop.hud.opens_in",
                                {{"seconds", std::to_string(static_cast<int>(std::ceil(r.phaseLeft())))}});
        } else if (r.phase() == Phase::Surprise) {
            clock = host.format("game.shop.hud.go_on_in",
                                {{"seconds", std::to_string(static_cast<int>(std::ceil(r.phaseLeft())))}});
        } else {
            clock = host.text("game.shop.hud.open");
        }
        kit::icon(host, dl, "clock-o", ImVec2(min.x + w * 0.68f, min.y + hudH * 0.5f), 22 * k, pal.accent);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.68f + 18 * k, min.y + hudH * 0.5f - fs * 0.5f),
                      pal.text, clock, w * 0.3f);

        // Week strip.
        const float weekTop = min.y + hudH + 4 * k;
        const float weekH = 54 * k;
        const float dayW = w / kDays;
        for (int d = 0; d < kDays; ++d) {
            const ImVec2 a(min.x + static_cast<float>(d) * dayW + 2 * k, weekTop);
            const ImVec2 b(a.x + dayW - 4 * k, weekTop + weekH);
            const bool today = d == r.day();
            dl->AddRectFilled(a, b, today ? IM_COL32(255, 244, 214, 255) : pal.panel, 8 * k);
            dl->AddRect(a, b, today ? pal.accent : pal.disabled, 8 * k, 0, (today ? 3.0f : 1.0f) * k);
            kit::textLeft(dl, body, fs * 0.85f, ImVec2(a.x + 6 * k, a.y + 4 * k), pal.text,
                          host.text(dayKey(d)), dayW * 0.5f);
            const ShiftResult& m = r.shiftResult(d, 0);
            const ShiftResult& af = r.shiftResult(d, 1);
            if (m.ran && af.ran) {
                const int shoppers = m.shoppers + af.shoppers;
                const int served = m.served + af.served;
                const kit::Mood mood = served == shoppers
                                           ? kit::Mood::Happy
                                           : (served * 4 >= shoppers * 3 ? kit::Mood::Calm : kit::Mood::Sad);
                kit::drawPerson(dl, ImVec2(b.x - 18 * k, a.y + 16 * k), 10 * k,
                                kit::lookFromSeed(static_cast<std::uint32_t>(d + 40)), mood);
            }
            // How busy each shift will be: one bar per shift.
            for (int p = 0; p < kParts; ++p) {
                int total = 0;
                for (int n : r.need(d, p)) {
                    total += n;
                }
                const float bx = a.x + 6 * k + static_cast<float>(p) * (dayW * 0.5f - 6 * k);
                for (int u = 0; u < total; ++u) {
                    dl->AddRectFilled(ImVec2(bx + static_cast<float>(u) * 9 * k, b.y - 16 * k),
                                      ImVec2(bx + static_cast<float>(u) * 9 * k + 7 * k, b.y - 6 * k),
                                      p == 0 ? IM_COL32(240, 180, 60, 255) : IM_COL32(230, 110, 80, 255),
                                      2 * k);
                }
            }
        }

        // Today's two shifts and the Run button.
        const float shiftTop = weekTop + weekH + 8 * k;
        const float cardsH = std::min(150 * k, h * 0.3f);
        const float shiftBottom = max.y - cardsH - 8 * k;
        const float runW = std::min(170 * k, w * 0.18f);
        const float shiftW = (w - runW - 24 * k) / 2.0f;
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const bool released = ImGui::GetIO().MouseReleased[0];
        for (int p = 0; p < kParts; ++p) {
            const ImVec2 a(min.x + 4 * k + static_cast<float>(p) * (shiftW + 8 * k), shiftTop);
            const ImVec2 b(a.x + shiftW, shiftBottom);
            drawShift(host, dl, r, p, a, b, k, actions);
            const std::string& label = host.text(partKey(p));
            host.item(label, a, b);
            bool drop = false;
            if (clicked(a, b) && !m_chipClicked) {
                drop = true;
                m_keyboard = false;
                m_focus = {0, p};
            }
            if (m_dragging >= 0 && released && hovered(a, b)) {
                m_selected = m_dragging;
                drop = true;
            }
            if (confirm && m_focus.at(0, p)) {
                drop = true;
                confirm = false;
            }
            if (drop && m_selected >= 0) {
                const bool there = r.assigned(m_selected, r.day(), p);
                actions.push_back({static_cast<int>(there ? Code::Remove : Code::Assign), m_selected, p});
            }
            if (m_focus.at(0, p)) {
                m_shiftCol = p;
            }
            if (m_keyboard && m_focus.at(0, p)) {
                kit::focusRing(host, dl, a, b, 12 * k);
            }
        }
        m_chipClicked = false;
        {
            const ImVec2 a(max.x - runW - 4 * k, shiftTop + (shiftBottom - shiftTop) * 0.25f);
            const ImVec2 b(max.x - 4 * k, shiftTop + (shiftBottom - shiftTop) * 0.75f);
            const bool can = r.phase() == Phase::Plan || r.phase() == Phase::Surprise;
            dl->AddRectFilled(a, b, can ? pal.primary : pal.disabled, 14 * k);
            const std::string& label =
                host.text(r.phase() == Phase::Surprise ? "game.shop.go_on" : "game.shop.run");
            kit::icon(host, dl, "play", ImVec2((a.x + b.x) * 0.5f, a.y + (b.y - a.y) * 0.35f), 30 * k,
                      pal.onPrimary);
            kit::textCentred(dl, body, fs, ImVec2((a.x + b.x) * 0.5f, a.y + (b.y - a.y) * 0.72f),
                             pal.onPrimary, label, runW - 12 * k);
            host.item(label, a, b);
            if ((clicked(a, b) || (confirm && m_focus.at(0, 2))) && can) {
                actions.push_back({static_cast<int>(Code::Run), 0, 0});
                if (clicked(a, b)) {
                    m_keyboard = false;
                }
            }
            if (m_keyboard && m_focus.at(0, 2)) {
                kit::focusRing(host, dl, a, b, 14 * k);
            }
        }

        // The team.
        const float cardW = std::min((w - 8 * k) / static_cast<float>(workers), 190 * k);
        const float cardsX = min.x + (w - cardW * static_cast<float>(workers)) * 0.5f;
        for (int i = 0; i < workers; ++i) {
            const ImVec2 a(cardsX + static_cast<float>(i) * cardW + 3 * k, max.y - cardsH);
            const ImVec2 b(a.x + cardW - 6 * k, max.y - 2 * k);
            drawWorker(host, dl, r, i, a, b, k);
            host.item(host.text(nameKey(r.workers()[static_cast<std::size_t>(i)].name)), a, b);
            if (clicked(a, b)) {
                m_selected = m_selected == i ? -1 : i;
                m_dragging = i;
                m_keyboard = false;
                m_focus = {1, i};
            }
            if (m_keyboard && m_focus.at(1, i)) {
                kit::focusRing(host, dl, a, b, 10 * k);
            }
        }
        if (released) {
            m_dragging = -1;
        }
        if (m_dragging >= 0 && ImGui::GetIO().MouseDown[0] && !host.reducedMotion()) {
            const WorkerSpec& ws = r.workers()[static_cast<std::size_t>(m_dragging)];
            kit::drawPerson(dl, ImVec2(mouse.x, mouse.y - 10 * k), 14 * k, kit::lookFromSeed(ws.look),
                            kit::Mood::Happy);
        }

        drawMessages(host, dl, r, ImVec2(min.x + 4 * k, shiftTop),
                     ImVec2(min.x + 12 * k + 2 * shiftW, shiftBottom), k);
    }

  private:
    void drawShift(ViewHost& host, ImDrawList* dl, const ShopRules& r, int p, ImVec2 a, ImVec2 b, float k,
                   std::vector<Action>& actions) {
        const ViewPalette& pal = host.palette();
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;
        const bool running = r.phase() == Phase::Running && r.part() == p;
        const bool done = r.shiftResult(r.day(), p).ran;
        dl->AddRectFilled(a, b, done ? IM_COL32(235, 238, 242, 255) : IM_COL32(255, 252, 240, 255), 12 * k);
        dl->AddRect(a, b, running ? pal.accent : pal.disabled, 12 * k, 0, (running ? 4.0f : 2.0f) * k);
        kit::icon(host, dl, p == 0 ? "sun-o" : "coffee", ImVec2(a.x + 18 * k, a.y + 16 * k), 20 * k,
                  pal.accent);
        kit::textLeft(dl, body, fs, ImVec2(a.x + 34 * k, a.y + 6 * k), pal.text, host.text(partKey(p)),
                      (b.x - a.x) * 0.4f);
        if (done) {
            const ShiftResult& sr = r.shiftResult(r.day(), p);
            kit::textLeft(dl, body, fs, ImVec2(a.x + (b.x - a.x) * 0.5f, a.y + 6 * k),
                          sr.served == sr.shoppers ? pal.success : pal.danger,
                          host.format("game.shop.shift_result", {{"served", std::to_string(sr.served)},
                                                                 {"total", std::to_string(sr.shoppers)}}),
                          (b.x - a.x) * 0.48f);
        }
        // Needs: one circle per unit, filled when the crew covers it.
        const auto need = r.need(r.day(), p);
        const auto covered = r.coverage(r.day(), p);
        const float rowH = std::min((b.y - a.y) * 0.15f, 46 * k);
        float x = a.x + 12 * k;
        const float y = a.y + fs * 1.6f + rowH * 0.5f;
        for (int s = 0; s < kSkillCount; ++s) {
            for (int u = 0; u < need[static_cast<std::size_t>(s)]; ++u) {
                const bool ok = u < covered[static_cast<std::size_t>(s)];
                const ImVec2 c(x + rowH * 0.5f, y);
                dl->AddCircleFilled(
                    c, rowH * 0.48f,
                    ok ? kit::withAlpha(kSkillColours[s], 0.3f) : IM_COL32(236, 236, 236, 255), 24);
                dl->AddCircle(c, rowH * 0.48f, ok ? pal.success : pal.danger, 24, 2 * k);
                kit::icon(host, dl, kSkillIcons[s], c, rowH * 0.55f, ok ? kSkillColours[s] : pal.mutedText);
                if (ok) {
                    kit::icon(host, dl, "check", ImVec2(c.x + rowH * 0.38f, c.y - rowH * 0.38f), rowH * 0.4f,
                              pal.success);
                }
                x += rowH * 1.1f;
            }
            x += rowH * 0.3f;
        }
        // The crew: small chips, tap one to take that worker off.
        const float chipTop = y + rowH * 0.7f;
        const float chipH = std::clamp((b.y - chipTop) * 0.45f, 48 * k, 120 * k);
        const int slots = r.spec().slots;
        const float chipW = (b.x - a.x - 16 * k) / static_cast<float>(slots);
        int n = 0;
        for (int wi = 0; wi < static_cast<int>(r.workers().size()); ++wi) {
            if (!r.assigned(wi, r.day(), p)) {
                continue;
            }
            const ImVec2 ca(a.x + 8 * k + static_cast<float>(n) * chipW + 2 * k, chipTop);
            const ImVec2 cb(ca.x + chipW - 4 * k, chipTop + chipH);
            const WorkerSpec& ws = r.workers()[static_cast<std::size_t>(wi)];
            dl->AddRectFilled(ca, cb, kWhite, 10 * k);
            dl->AddRect(ca, cb, wi == m_selected ? pal.accent : pal.disabled, 10 * k, 0, 2 * k);
            const float headR = std::min(chipH * 0.2f, chipW * 0.16f);
            kit::drawPerson(dl, ImVec2((ca.x + cb.x) * 0.5f, ca.y + headR * 1.4f), headR,
                            kit::lookFromSeed(ws.look), running ? kit::Mood::Happy : kit::Mood::Calm);
            const std::string& name = host.text(nameKey(ws.name));
            kit::textCentred(dl, body, fs * 0.85f, ImVec2((ca.x + cb.x) * 0.5f, cb.y - fs * 0.6f), pal.text,
                             name, chipW - 8 * k);
            host.item(host.format("game.shop.item.remove", {{"name", name}}), ca, cb);
            if (clicked(ca, cb) && (r.phase() != Phase::Running || p > r.part())) {
                actions.push_back({static_cast<int>(Code::Remove), wi, p});
                m_chipClicked = true;
            }
            ++n;
        }
        for (; n < slots; ++n) {
            const ImVec2 ca(a.x + 8 * k + static_cast<float>(n) * chipW + 2 * k, chipTop);
            const ImVec2 cb(ca.x + chipW - 4 * k, chipTop + chipH);
            dl->AddRect(ca, cb, kit::withAlpha(pal.disabled, 0.8f), 10 * k, 0, 2 * k);
            kit::icon(host, dl, "user-plus", ImVec2((ca.x + cb.x) * 0.5f, (ca.y + cb.y) * 0.5f), 26 * k,
                      pal.disabled);
        }
        drawFloor(host, dl, r, p, ImVec2(a.x + 8 * k, chipTop + chipH + 8 * k),
                  ImVec2(b.x - 8 * k, b.y - 8 * k), k, need, covered, running, done);
    }

    // The shop floor of one shift: a corner for each thing it needs (till, shelves, help desk).
    // Shoppers whose need is covered are happy (and walk through while the shift runs); the rest
    // wait in a line, so the player sees what an empty spot costs before pressing Open.
    void drawFloor(ViewHost& host, ImDrawList* dl, const ShopRules& r, int p, ImVec2 a, ImVec2 b, float k,
                   const std::array<int, kSkillCount>& need, const std::array<int, kSkillCount>& covered,
                   bool running, bool done) {
        if (b.y - a.y < 40 * k) {
            return;
        }
        const ViewPalette& pal = host.palette();
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 17 * k;
        int corners = 0;
        for (int s = 0; s < kSkillCount; ++s) {
            corners += need[static_cast<std::size_t>(s)] > 0 ? 1 : 0;
        }
        if (corners == 0) {
            return;
        }
        const float cw = (b.x - a.x) / static_cast<float>(corners);
        const float f = static_cast<float>(running ? r.runFraction() : (done ? 1.0 : 0.0));
        int i = 0;
        for (int s = 0; s < kSkillCount; ++s) {
            const int needS = need[static_cast<std::size_t>(s)];
            if (needS == 0) {
                continue;
            }
            const int okS = covered[static_cast<std::size_t>(s)];
            const ImVec2 ca(a.x + static_cast<float>(i) * cw + 2 * k, a.y);
            const ImVec2 cb(ca.x + cw - 4 * k, b.y);
            const bool allOk = okS >= needS;
            dl->AddRectFilled(ca, cb, allOk ? IM_COL32(232, 246, 236, 255) : IM_COL32(252, 236, 232, 255),
                              8 * k);
            kit::icon(host, dl, kSkillIcons[s], ImVec2(ca.x + 16 * k, ca.y + 16 * k), 20 * k,
                      kSkillColours[s]);
            if (s == static_cast<int>(Skill::Stock)) {
                // Shelves: full when stocked, bare when not.
                const float shelfX = ca.x + 34 * k;
                for (int row = 0; row < 2; ++row) {
                    const float sy = ca.y + 14 * k + static_cast<float>(row) * 14 * k;
                    dl->AddLine(ImVec2(shelfX, sy + 8 * k), ImVec2(cb.x - 8 * k, sy + 8 * k),
                                IM_COL32(150, 110, 70, 255), 3 * k);
                    const int items = allOk ? 6 : 6 * okS / needS;
                    for (int it = 0; it < items; ++it) {
                        dl->AddRectFilled(
                            ImVec2(shelfX + static_cast<float>(it) * 12 * k, sy - 2 * k),
                            ImVec2(shelfX + static_cast<float>(it) * 12 * k + 9 * k, sy + 7 * k),
                            kit::withAlpha(kSkillColours[(it + row) % kSkillCount], 0.8f), 2 * k);
                    }
                }
            }
            // Shoppers: one little person per need unit.
            const float headR =
                std::min({(cb.y - ca.y) * 0.12f, cw / (static_cast<float>(needS) * 3.2f), 22 * k});
            const float py = cb.y - fs * 1.4f - headR * 2.2f;
            for (int u = 0; u < needS; ++u) {
                const bool ok = u < okS;
                float px = ca.x + 14 * k + headR * 1.6f + static_cast<float>(u) * headR * 2.9f;
                if (ok && running && !host.reducedMotion()) {
                    const float t = std::fmod(f * 2.0f + static_cast<float>(u) * 0.37f, 1.0f);
                    px = ca.x + headR * 1.5f + (cw - headR * 3.0f) * t;
                }
                kit::drawPerson(
                    dl, ImVec2(px, py), headR,
                    kit::lookFromSeed(static_cast<std::uint32_t>(r.day() * 31 + p * 7 + s * 3 + u + 500)),
                    ok ? kit::Mood::Happy : kit::Mood::Sad);
            }
            const char* key = allOk
                                  ? "game.shop.floor.ok"
                                  : (s == 0 ? "game.shop.floor.line"
                                            : (s == 1 ? "game.shop.floor.shelves" : "game.shop.floor.lost"));
            kit::textCentred(dl, body, fs, ImVec2((ca.x + cb.x) * 0.5f, cb.y - fs * 0.7f),
                             allOk ? pal.success : pal.danger, host.text(key), cw - 8 * k);
            ++i;
        }
        if (running) {
            kit::progressBar(dl, ImVec2(a.x, a.y - 6 * k), ImVec2(b.x, a.y - 1 * k), f, pal.primary,
                             IM_COL32(0, 0, 0, 30));
        }
    }

    void drawWorker(ViewHost& host, ImDrawList* dl, const ShopRules& r, int i, ImVec2 a, ImVec2 b, float k) {
        const ViewPalette& pal = host.palette();
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 18 * k;
        const WorkerSpec& ws = r.workers()[static_cast<std::size_t>(i)];
        const bool picked = i == m_selected;
        const bool here = r.available(i, r.day());
        const float lift = picked && !host.reducedMotion() ? 6 * k : 0;
        a.y -= lift;
        b.y -= lift;
        dl->AddRectFilled(
            a, b, picked ? IM_COL32(255, 246, 210, 255) : (here ? pal.panel : IM_COL32(225, 225, 228, 255)),
            10 * k);
        dl->AddRect(a, b, picked ? pal.accent : pal.disabled, 10 * k, 0, (picked ? 4.0f : 1.5f) * k);
        const float cw = b.x - a.x;
        const float ch = b.y - a.y;
        const float headR = std::min(ch * 0.13f, cw * 0.13f);
        kit::drawPerson(dl, ImVec2(a.x + headR * 2.2f, a.y + headR * 1.5f), headR, kit::lookFromSeed(ws.look),
                        r.sick(i, r.day()) ? kit::Mood::Sleepy : kit::Mood::Happy);
        kit::textLeft(dl, body, fs, ImVec2(a.x + headR * 4.4f, a.y + 6 * k), pal.text,
                      host.text(nameKey(ws.name)), cw - headR * 4.6f);
        kit::textLeft(dl, body, fs * 0.9f, ImVec2(a.x + headR * 4.4f, a.y + 8 * k + fs), pal.mutedText,
                      host.format("game.shop.wage", {{"wage", std::to_string(ws.wage)}}), cw - headR * 4.6f);
        // Skills: icon and word, or icons alone when all three would not fit.
        int skills = 0;
        for (int s = 0; s < kSkillCount; ++s) {
            skills += (ws.skills >> s) & 1u;
        }
        float x = a.x + 8 * k;
        const float sy = a.y + ch * 0.58f;
        const float slotW = (cw - 16 * k) / static_cast<float>(std::max(skills, 1));
        const bool words = skills < 3 || slotW > 110 * k;
        for (int s = 0; s < kSkillCount; ++s) {
            if (!((ws.skills >> s) & 1u)) {
                continue;
            }
            kit::icon(host, dl, kSkillIcons[s], ImVec2(x + 10 * k, sy), (words ? 18.0f : 24.0f) * k,
                      kSkillColours[s]);
            if (words) {
                kit::textLeft(dl, body, fs * 0.85f, ImVec2(x + 22 * k, sy - fs * 0.45f), pal.text,
                              host.text(kSkillKeys[s]), slotW - 26 * k);
            }
            x += words ? slotW : 34 * k;
        }
        // Status line: off, sick, or shifts left this week.
        std::string status;
        ImU32 col = pal.mutedText;
        if (r.sick(i, r.day())) {
            status = host.text("game.shop.status.sick");
            col = pal.danger;
        } else if (!here) {
            status = host.text("game.shop.status.off");
            col = pal.danger;
        } else {
            status = host.format("game.shop.status.shifts", {{"count", std::to_string(r.shiftsLeft(i))}});
        }
        kit::textLeft(dl, body, fs * 0.85f, ImVec2(a.x + 8 * k, b.y - fs * 1.3f), col, status, cw - 16 * k);
    }

    void drawMessages(ViewHost& host, ImDrawList* dl, const ShopRules& r, ImVec2 a, ImVec2 b, float k) {
        const ViewPalette& pal = host.palette();
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;
        const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
        if (const Surprise* s = r.currentSurprise()) {
            std::string text;
            const std::string part = host.text(partKey(s->part));
            if (s->kind == SurpriseKind::Sick) {
                text = host.format(
                    "game.shop.surprise.sick",
                    {{"name", host.text(nameKey(r.workers()[static_cast<std::size_t>(s->worker)].name))}});
            } else if (s->kind == SurpriseKind::Delivery) {
                text = host.text("game.shop.surprise.delivery");
            } else {
                text = host.text("game.shop.surprise.rush");
            }
            const ImVec2 ba(a.x + 20 * k, b.y - 64 * k);
            const ImVec2 bb(b.x - 20 * k, b.y - 8 * k);
            dl->AddRectFilled(ba, bb, IM_COL32(255, 236, 200, 255), 12 * k);
            dl->AddRect(ba, bb, pal.accent, 12 * k, 0, 3 * k);
            kit::icon(host, dl,
                      s->kind == SurpriseKind::Sick ? "bed"
                                                    : (s->kind == SurpriseKind::Delivery ? "truck" : "users"),
                      ImVec2(ba.x + 26 * k, (ba.y + bb.y) * 0.5f), 26 * k, pal.accent);
            kit::textLeft(dl, body, fs, ImVec2(ba.x + 50 * k, ba.y + 6 * k), pal.text, text,
                          bb.x - ba.x - 60 * k);
            kit::textLeft(dl, body, fs * 0.9f, ImVec2(ba.x + 50 * k, ba.y + 10 * k + fs), pal.mutedText,
                          host.format("game.shop.surprise.fix", {{"shift", part}}), bb.x - ba.x - 60 * k);
        }
        for (const Event& e : r.events()) {
            const double age = r.time() - e.time;
            if (e.serial == 0 || age > 2.0 || e.worker < 0) {
                continue;
            }
            const char* key = nullptr;
            switch (e.kind) {
            case EventKind::DayOff:
                key = "game.shop.fb.day_off";
                break;
            case EventKind::NoShiftsLeft:
                key = "game.shop.fb.no_shifts";
                break;
            case EventKind::Full:
                key = "game.shop.fb.full";
                break;
            case EventKind::NoMoney:
                key = "game.shop.fb.no_money";
                break;
            case EventKind::Useless:
                key = "game.shop.fb.not_needed";
                break;
            default:
                break;
            }
            if (key) {
                const std::string name =
                    host.text(nameKey(r.workers()[static_cast<std::size_t>(e.worker)].name));
                kit::floatingText(host, dl, body, fs, ImVec2(c.x, c.y), pal.danger,
                                  host.format(key, {{"name", name}}), age * 0.6);
            }
        }
    }

    kit::FocusGrid m_focus{1, 0};
    bool m_keyboard = false;
    bool m_chipClicked = false;
    int m_selected = -1;
    int m_dragging = -1;
    int m_shiftCol = 0;
    std::uint32_t m_heard = 0;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<ShopView>();
}

} // namespace pathlight::minigames::shop
