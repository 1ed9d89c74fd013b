// ER triage view (see triage_view.hpp). Focus rows: 0 the patients (front door, then waiting
// chairs), 1 the places to send them (trauma, doctor, fast track, waiting room). Enter on a patient
// picks them and jumps to the rooms; Enter on a room sends the picked patient there.
#include "minigames/triage/triage_view.hpp"

#include "minigames/framework/view_input.hpp"
#include "minigames/kit/view_kit.hpp"
#include "minigames/kit/view_people.hpp"
#include "minigames/triage/triage_rules.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::triage {

namespace {

constexpr const char* kSignKeys[kSignCount] = {"game.triage.sign.breathing", "game.triage.sign.bleeding",
                                               "game.triage.sign.sleepy",    "game.triage.sign.fever",
                                               "game.triage.sign.bad_pain",  "game.triage.sign.hurt_arm",
                                               "game.triage.sign.small_cut", "game.triage.sign.cough",
                                               "game.triage.sign.cast",      "game.triage.sign.low_pain"};
constexpr const char* kRoomKeys[kRoomKinds] = {"game.triage.room.trauma", "game.triage.room.doctor",
                                               "game.triage.room.fast", "game.triage.room.waiting"};
constexpr const char* kRoomIcons[kRoomKinds] = {"heartbeat", "user-md", "medkit", "users"};
constexpr ImU32 kRoomColours[kRoomKinds] = {IM_COL32(222, 72, 72, 255), IM_COL32(238, 180, 30, 255),
                                            IM_COL32(60, 170, 90, 255), IM_COL32(90, 130, 190, 255)};
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
constexpr ImU32 kInk = IM_COL32(50, 50, 60, 255);
constexpr ImU32 kSkin = IM_COL32(224, 172, 120, 255);
constexpr float kPi = 3.14159265f;

void drawGauge(ImDrawList* dl, ImVec2 c, float r, float value, ImFont* font, const char* label) {
    const ImU32 zones[3] = {IM_COL32(90, 190, 90, 255), IM_COL32(240, 200, 40, 255),
                            IM_COL32(230, 80, 60, 255)};
    for (int z = 0; z < 3; ++z) {
        dl->PathArcTo(ImVec2(c.x, c.y + r * 0.3f), r * 0.8f, kPi + kPi * static_cast<float>(z) / 3.0f,
                      kPi + kPi * static_cast<float>(z + 1) / 3.0f, 8);
        dl->PathStroke(zones[z], 0, r * 0.28f);
    }
    const float a = kPi + kPi * value;
    dl->AddLine(ImVec2(c.x, c.y + r * 0.3f),
                ImVec2(c.x + std::cos(a) * r * 0.75f, c.y + r * 0.3f + std::sin(a) * r * 0.75f), kInk,
                r * 0.12f);
    kit::textCentred(dl, font, r * 0.7f, ImVec2(c.x, c.y + r * 0.65f), kInk, label);
}

// A sign drawn inside a white badge of radius r. Colours never give the answer away: the badge is
// the same for every sign.
void drawSign(const ViewHost& host, ImDrawList* dl, Sign sign, ImVec2 c, float r) {
    dl->AddCircleFilled(c, r, kWhite, 24);
    dl->AddCircle(c, r, IM_COL32(190, 195, 205, 255), 24, std::max(1.0f, r * 0.06f));
    ImFont* font = host.font(ViewFont::Body);
    const float s = r * 0.8f;
    switch (sign) {
    case Sign::Breathing:
        kit::ellipseFilled(dl, ImVec2(c.x - s * 0.35f, c.y + s * 0.15f), s * 0.3f, s * 0.5f,
                           IM_COL32(240, 150, 170, 255));
        kit::ellipseFilled(dl, ImVec2(c.x + s * 0.35f, c.y + s * 0.15f), s * 0.3f, s * 0.5f,
                           IM_COL32(240, 150, 170, 255));
        dl->AddLine(ImVec2(c.x, c.y - s * 0.7f), ImVec2(c.x, c.y - s * 0.1f), IM_COL32(200, 110, 130, 255),
                    s * 0.12f);
        for (int i = 0; i < 2; ++i) {
            const float y = c.y - s * 0.55f + static_cast<float>(i) * s * 0.3f;
            dl->AddBezierCubic(ImVec2(c.x + s * 0.55f, y), ImVec2(c.x + s * 0.7f, y - s * 0.15f),
                               ImVec2(c.x + s * 0.8f, y + s * 0.15f), ImVec2(c.x + s * 0.95f, y),
                               IM_COL32(70, 140, 220, 255), s * 0.09f);
        }
        kit::textCentred(dl, font, s * 0.8f, ImVec2(c.x - s * 0.75f, c.y - s * 0.5f),
                         IM_COL32(70, 140, 220, 255), "!");
        break;
    case Sign::Bleeding:
        dl->AddRectFilled(ImVec2(c.x - s * 0.8f, c.y - s * 0.25f), ImVec2(c.x + s * 0.8f, c.y + s * 0.35f),
                          IM_COL32(245, 245, 250, 255), s * 0.15f);
        dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.05f), s * 0.38f, IM_COL32(210, 40, 50, 255), 16);
        dl->AddTriangleFilled(ImVec2(c.x - s * 0.33f, c.y - s * 0.1f),
                              ImVec2(c.x + s * 0.33f, c.y - s * 0.1f), ImVec2(c.x, c.y - s * 0.75f),
                              IM_COL32(210, 40, 50, 255));
        break;
    case Sign::Sleepy:
        kit::textCentred(dl, font, s * 0.9f, ImVec2(c.x - s * 0.3f, c.y + s * 0.25f),
                         IM_COL32(110, 80, 170, 255), "Z");
        kit::textCentred(dl, font, s * 0.7f, ImVec2(c.x + s * 0.2f, c.y - s * 0.1f),
                         IM_COL32(110, 80, 170, 255), "Z");
        kit::textCentred(dl, font, s * 0.5f, ImVec2(c.x + s * 0.55f, c.y - s * 0.45f),
                         IM_COL32(110, 80, 170, 255), "z");
        break;
    case Sign::HighFever:
    case Sign::Cough: {
        if (sign == Sign::Cough) {
            for (int i = 0; i < 3; ++i) {
                dl->AddCircleFilled(ImVec2(c.x - s * 0.35f + static_cast<float>(i) * s * 0.35f,
                                           c.y - static_cast<float>(i % 2) * s * 0.2f),
                                    s * 0.32f, IM_COL32(180, 190, 205, 255), 12);
            }
            kit::textCentred(dl, font, s * 0.55f, ImVec2(c.x, c.y + s * 0.5f), kInk, "cof");
            break;
        }
        dl->AddRectFilled(ImVec2(c.x - s * 0.15f, c.y - s * 0.8f), ImVec2(c.x + s * 0.15f, c.y + s * 0.4f),
                          kWhite, s * 0.15f);
        dl->AddRect(ImVec2(c.x - s * 0.15f, c.y - s * 0.8f), ImVec2(c.x + s * 0.15f, c.y + s * 0.4f), kInk,
                    s * 0.15f, 0, s * 0.06f);
        dl->AddRectFilled(ImVec2(c.x - s * 0.08f, c.y - s * 0.7f), ImVec2(c.x + s * 0.08f, c.y + s * 0.4f),
                          IM_COL32(220, 50, 40, 255));
        dl->AddCircleFilled(ImVec2(c.x, c.y + s * 0.55f), s * 0.25f, IM_COL32(220, 50, 40, 255), 12);
        for (int i = 0; i < 3; ++i) {
            const float y = c.y - s * 0.5f + static_cast<float>(i) * s * 0.3f;
            dl->AddLine(ImVec2(c.x + s * 0.35f, y), ImVec2(c.x + s * 0.7f, y - s * 0.1f),
                        IM_COL32(240, 120, 40, 255), s * 0.08f);
        }
        break;
    }
    case Sign::BadPain:
        drawGauge(dl, c, s, 0.85f, font, "8");
        break;
    case Sign::LowPain:
        drawGauge(dl, c, s, 0.15f, font, "2");
        break;
    case Sign::HurtArm:
    case Sign::Cast: {
        const ImVec2 a(c.x - s * 0.8f, c.y - s * 0.28f);
        const ImVec2 b(c.x + s * 0.8f, c.y + s * 0.28f);
        dl->AddRectFilled(a, b, kSkin, s * 0.28f);
        if (sign == Sign::Cast) {
            // A thick cast from elbow to wrist, with doodles friends drew on it.
            dl->AddCircleFilled(ImVec2(c.x + s * 0.72f, c.y), s * 0.26f, kSkin, 12);
            dl->AddRectFilled(ImVec2(c.x - s * 0.85f, c.y - s * 0.4f), ImVec2(c.x + s * 0.5f, c.y + s * 0.4f),
                              IM_COL32(90, 160, 230, 255), s * 0.3f);
            dl->AddCircleFilled(ImVec2(c.x - s * 0.4f, c.y - s * 0.1f), s * 0.08f, kWhite, 8);
            dl->AddCircleFilled(ImVec2(c.x + s * 0.1f, c.y + s * 0.12f), s * 0.08f,
                                IM_COL32(255, 230, 90, 255), 8);
            dl->AddLine(ImVec2(c.x - s * 0.2f, c.y + s * 0.2f), ImVec2(c.x + s * 0.3f, c.y - s * 0.2f),
                        kWhite, s * 0.07f);
        } else {
            kit::ellipseFilled(dl, c, s * 0.38f, s * 0.36f, IM_COL32(230, 140, 110, 255));
            dl->AddLine(ImVec2(c.x - s * 0.15f, c.y - s * 0.6f), ImVec2(c.x + s * 0.05f, c.y - s * 0.35f),
                        IM_COL32(230, 60, 40, 255), s * 0.1f);
            dl->AddLine(ImVec2(c.x + s * 0.05f, c.y - s * 0.35f), ImVec2(c.x - s * 0.05f, c.y - s * 0.2f),
                        IM_COL32(230, 60, 40, 255), s * 0.1f);
            dl->AddLine(ImVec2(c.x + s * 0.3f, c.y - s * 0.65f), ImVec2(c.x + s * 0.25f, c.y - s * 0.4f),
                        IM_COL32(230, 60, 40, 255), s * 0.1f);
        }
        break;
    }
    case Sign::SmallCut:
        dl->AddRectFilled(ImVec2(c.x - s * 0.75f, c.y - s * 0.25f), ImVec2(c.x + s * 0.75f, c.y + s * 0.25f),
                          IM_COL32(235, 195, 150, 255), s * 0.25f);
        dl->AddRectFilled(ImVec2(c.x - s * 0.25f, c.y - s * 0.25f), ImVec2(c.x + s * 0.25f, c.y + s * 0.25f),
                          IM_COL32(250, 225, 200, 255));
        for (int i = -1; i <= 1; i += 2) {
            dl->AddCircleFilled(ImVec2(c.x + static_cast<float>(i) * s * 0.5f, c.y), s * 0.05f,
                                IM_COL32(190, 150, 110, 255), 6);
        }
        break;
    }
}

class TriageView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules&, ImVec2 min, ImVec2 max) override {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 900.0f, h / 480.0f));
        const ImVec2 c(min.x + w * 0.5f, min.y + h * 0.3f);
        const float s = 60 * k;
        kit::drawPerson(dl, ImVec2(c.x - 3.0f * s, c.y - s * 0.3f), s * 0.45f, kit::lookFromSeed(21),
                        kit::Mood::Worried);
        drawSign(host, dl, Sign::Breathing, ImVec2(c.x - 1.9f * s, c.y - s * 0.5f), s * 0.45f);
        drawSign(host, dl, Sign::Cough, ImVec2(c.x - 1.9f * s, c.y + s * 0.5f), s * 0.45f);
        kit::icon(host, dl, "arrow-right", ImVec2(c.x - 0.9f * s, c.y), 30 * k, host.palette().mutedText);
        for (int i = 0; i < 3; ++i) {
            const ImVec2 a(c.x - 0.2f * s + static_cast<float>(i) * 1.3f * s, c.y - s * 0.9f);
            dl->AddRectFilled(a, ImVec2(a.x + 1.1f * s, a.y + 1.8f * s), kRoomColours[i], 10 * k);
            kit::icon(host, dl, kRoomIcons[i], ImVec2(a.x + 0.55f * s, a.y + 0.9f * s), 34 * k, kWhite);
        }
        dl->AddRect(ImVec2(c.x - 0.2f * s - 5 * k, c.y - s * 0.9f - 5 * k),
                    ImVec2(c.x + 0.9f * s + 5 * k, c.y + 0.9f * s + 5 * k), host.palette().focus, 12 * k, 0,
                    4 * k);
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 22 * k;
        for (int i = 0; i < 3; ++i) {
            const std::string key = "game.triage.howto." + std::to_string(i + 1);
            kit::textCentred(dl, body, fs, ImVec2(c.x, min.y + h * 0.62f + static_cast<float>(i) * fs * 1.6f),
                             host.palette().text, host.text(key), w * 0.9f);
        }
    }

    void draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto& r = static_cast<const TriageRules&>(base);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ViewPalette& pal = host.palette();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 980.0f, h / 500.0f));
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;

        // Who is waiting (the focus row 0), in screen order: the door, then the chairs.
        int waiting[kDoorSlots + kMaxChairs];
        int waitingCount = 0;
        for (int id : r.door()) {
            if (id >= 0) {
                waiting[waitingCount++] = id;
            }
        }
        for (int i = 0; i < r.spec().chairs; ++i) {
            const int id = r.chairs()[static_cast<std::size_t>(i)];
            if (id >= 0) {
                waiting[waitingCount++] = id;
            }
        }
        const auto isWaiting = [&](int id) {
            return id >= 0 && std::find(waiting, waiting + waitingCount, id) != waiting + waitingCount;
        };
        if (!isWaiting(m_selected)) {
            m_selected =
                waitingCount > 0 ? waiting[0] : -1; // the next patient at the door is ready to be seen
        }

        const NavPress nav = readNav();
        m_focus.move(nav.left, nav.right, nav.up, nav.down, 2,
                     [&](int row) { return row == 0 ? waitingCount : kRoomKinds; });
        bool confirm = nav.confirm;
        if (nav.any()) {
            m_keyboard = true;
        }
        if (confirm && m_focus.row == 0 && m_focus.col < waitingCount) {
            m_selected = waiting[m_focus.col];
            m_focus = {1, m_roomCol};
            confirm = false;
        }
        if (nav.cancel) {
            m_focus.row = 0;
        }

        for (const Event& e : r.events()) {
            if (e.serial > m_heard && e.serial <= r.eventCount()) {
                if (e.kind == EventKind::Started) {
                    host.sound(Sound::Good);
                } else if (e.kind == EventKind::Wrong || e.kind == EventKind::Overflow ||
                           e.kind == EventKind::LeftTired) {
                    host.sound(Sound::Bad);
                } else if (e.kind == EventKind::RoomFull) {
                    host.sound(Sound::Tap);
                }
            }
        }
        m_heard = r.eventCount();

        // HUD.
        const float hudH = 40 * k;
        dl->AddRectFilled(min, ImVec2(max.x, min.y + hudH), pal.panel, 8 * k);
        kit::icon(host, dl, "heart", ImVec2(min.x + 22 * k, min.y + hudH * 0.5f), 22 * k, pal.danger);
        kit::textLeft(dl, host.font(ViewFont::Large), 24 * k,
                      ImVec2(min.x + 40 * k, min.y + hudH * 0.5f - 12 * k), pal.text,
                      std::to_string(std::max(0, r.points())));
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.16f, min.y + hudH * 0.5f - fs * 0.5f), pal.text,
                      host.format("game.triage.hud.helped", {{"done", std::to_string(r.treated())},
                                                             {"total", std::to_string(r.spec().patients)}}),
                      w * 0.3f);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.5f, min.y + hudH * 0.5f - fs * 0.5f), pal.text,
                      host.format("game.triage.hud.coming",
                                  {{"count", std::to_string(r.spec().patients - r.arrived())}}),
                      w * 0.22f);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.75f, min.y + hudH * 0.5f - fs * 0.5f), pal.danger,
                      host.format("game.triage.hud.missed", {{"count", std::to_string(r.missed())}}),
                      w * 0.24f);

        const float top = min.y + hudH + 6 * k;
        const float leftW = w * 0.36f;
        const float gap = 8 * k;

        // Front door: up to three patients.
        const float doorH = (h - hudH) * 0.56f;
        kit::textLeft(dl, body, fs, ImVec2(min.x + 6 * k, top), pal.mutedText, host.text("game.triage.door"),
                      leftW);
        const float cardTop = top + fs * 1.3f;
        const float cardH = (doorH - fs * 1.3f) / kDoorSlots - gap;
        int focusIndex = 0;
        const ImVec2 mouse = ImGui::GetIO().MousePos;
        const bool released = ImGui::GetIO().MouseReleased[0];
        for (int i = 0; i < kDoorSlots; ++i) {
            const ImVec2 a(min.x + 4 * k, cardTop + static_cast<float>(i) * (cardH + gap));
            const ImVec2 b(min.x + leftW - 4 * k, a.y + cardH);
            const int id = r.door()[static_cast<std::size_t>(i)];
            if (id < 0) {
                dl->AddRect(a, b, pal.disabled, 10 * k, 0, 2 * k);
                continue;
            }
            drawCard(host, dl, r, id, a, b, k, focusIndex);
            ++focusIndex;
        }
        // Chart of the picked patient.
        const ImVec2 chartA(min.x + 4 * k, top + doorH + gap);
        const ImVec2 chartB(min.x + leftW - 4 * k, max.y - 4 * k);
        drawChart(host, dl, r, chartA, chartB, k);

        // Care rooms and the waiting room.
        const float rx = min.x + leftW + gap;
        const float roomsH = (h - hudH) * 0.56f;
        const float roomW = (max.x - rx - 2 * gap) / 3.0f;
        ImVec2 roomA[kRoomKinds];
        ImVec2 roomB[kRoomKinds];
        for (int room = 0; room < 3; ++room) {
            roomA[room] = ImVec2(rx + static_cast<float>(room) * (roomW + gap), top);
            roomB[room] = ImVec2(roomA[room].x + roomW, top + roomsH);
        }
        roomA[3] = ImVec2(rx, top + roomsH + gap);
        roomB[3] = ImVec2(max.x - 2 * k, max.y - 4 * k);
        for (int room = 0; room < kRoomKinds; ++room) {
            drawRoom(host, dl, r, static_cast<Room>(room), roomA[room], roomB[room], k);
            host.item(host.text(kRoomKeys[room]), roomA[room], roomB[room]);
            bool send = false;
            if (clicked(roomA[room], roomB[room]) && !overChair(mouse)) {
                send = true;
                m_keyboard = false;
                m_focus = {1, room};
            }
            if (m_dragging >= 0 && released && hovered(roomA[room], roomB[room])) {
                m_selected = m_dragging;
                send = true;
            }
            if (confirm && m_focus.at(1, room)) {
                send = true;
                confirm = false;
            }
            if (send && m_selected >= 0) {
                actions.push_back({static_cast<int>(Code::Send), m_selected, room});
            }
            if (m_focus.at(1, room)) {
                m_roomCol = room;
            }
            if (m_keyboard && m_focus.at(1, room)) {
                kit::focusRing(host, dl, roomA[room], roomB[room], 12 * k);
            }
        }
        // Patients in the waiting chairs are cards inside the waiting-room panel.
        m_chairMin.clear();
        const float chairTop = roomA[3].y + fs * 1.6f;
        const int chairs = r.spec().chairs;
        const float chairW = (roomB[3].x - roomA[3].x - 8 * k) / static_cast<float>(chairs);
        for (int i = 0; i < chairs; ++i) {
            const ImVec2 a(roomA[3].x + 4 * k + static_cast<float>(i) * chairW + 2 * k, chairTop);
            const ImVec2 b(a.x + chairW - 4 * k, roomB[3].y - 6 * k);
            const int id = r.chairs()[static_cast<std::size_t>(i)];
            if (id < 0) {
                const float cw = b.x - a.x;
                const float chh = std::min(b.y - a.y, cw) * 0.6f;
                const ImU32 seat = kit::withAlpha(kRoomColours[3], 0.35f);
                dl->AddRectFilled(ImVec2(a.x + cw * 0.25f, b.y - chh),
                                  ImVec2(a.x + cw * 0.75f, b.y - chh * 0.45f), seat, 6 * k);
                dl->AddRectFilled(ImVec2(a.x + cw * 0.2f, b.y - chh * 0.45f),
                                  ImVec2(a.x + cw * 0.8f, b.y - chh * 0.28f), seat, 4 * k);
                dl->AddRectFilled(ImVec2(a.x + cw * 0.24f, b.y - chh * 0.28f), ImVec2(a.x + cw * 0.3f, b.y),
                                  seat);
                dl->AddRectFilled(ImVec2(a.x + cw * 0.7f, b.y - chh * 0.28f), ImVec2(a.x + cw * 0.76f, b.y),
                                  seat);
                continue;
            }
            m_chairMin.push_back({a, b});
            drawCard(host, dl, r, id, a, b, k, focusIndex);
            ++focusIndex;
        }
        if (released) {
            m_dragging = -1;
        }
        if (m_dragging >= 0 && !host.reducedMotion()) {
            dl->AddCircleFilled(mouse, 16 * k, kit::withAlpha(pal.focus, 0.5f), 20);
        }
        drawMessages(host, dl, r, roomA, roomB, ImVec2(min.x + leftW * 0.5f, cardTop + cardH * 0.5f), k);
    }

  private:
    struct Box {
        ImVec2 a, b;
    };

    bool overChair(ImVec2 p) const {
        for (const Box& box : m_chairMin) {
            if (p.x >= box.a.x && p.y >= box.a.y && p.x < box.b.x && p.y < box.b.y) {
                return true;
            }
        }
        return false;
    }

    void drawCard(ViewHost& host, ImDrawList* dl, const TriageRules& r, int id, ImVec2 a, ImVec2 b, float k,
                  int focusIndex) {
        const ViewPalette& pal = host.palette();
        const Patient& p = r.patients()[static_cast<std::size_t>(id)];
        const bool picked = id == m_selected;
        const bool small = (b.x - a.x) < (b.y - a.y) * 1.4f; // a tall card: person above, signs below
        dl->AddRectFilled(a, b, picked ? IM_COL32(255, 250, 225, 255) : pal.panel, 10 * k);
        dl->AddRect(a, b, picked ? pal.accent : pal.disabled, 10 * k, 0, (picked ? 4.0f : 2.0f) * k);
        const float ch = b.y - a.y;
        const float cw = b.x - a.x;
        // How long they have waited, on one scale for everyone (a per-urgency scale would give the
        // answer away).
        const auto frac = static_cast<float>(std::max(0.0, 1.0 - p.waited / 60.0));
        const kit::Mood mood =
            p.urgency == Urgency::Red && std::find(p.signs.begin(), p.signs.begin() + p.signCount,
                                                   Sign::Sleepy) != p.signs.begin() + p.signCount
                ? kit::Mood::Sleepy
                : (frac > 0.5f ? kit::Mood::Calm : kit::Mood::Worried);
        float signX = 0;
        float signY = 0;
        float signR = 0;
        if (small) {
            const float headR = std::min(cw * 0.16f, ch * 0.13f);
            kit::drawPerson(dl, ImVec2(a.x + cw * 0.5f, a.y + headR * 1.4f), headR, kit::lookFromSeed(p.look),
                            mood);
            signR = std::min((cw - 8 * k) / (static_cast<float>(p.signCount) * 2.2f), ch * 0.16f);
            signX = a.x + cw * 0.5f - (static_cast<float>(p.signCount) - 1) * signR * 1.1f;
            signY = std::min(a.y + headR * 3.7f + signR, b.y - 16 * k - signR);
            for (int s = 0; s < p.signCount; ++s) {
                drawSign(host, dl, p.signs[static_cast<std::size_t>(s)],
                         ImVec2(signX + static_cast<float>(s) * signR * 2.2f, signY), signR);
            }
        } else {
            const float headR = ch * 0.22f;
            kit::drawPerson(dl, ImVec2(a.x + headR * 1.8f, a.y + ch * 0.36f), headR,
                            kit::lookFromSeed(p.look), mood);
            signR = std::min(ch * 0.3f, (cw - headR * 6.5f) / 7.0f); // room on the right for an EMT
            for (int s = 0; s < p.signCount; ++s) {
                drawSign(host, dl, p.signs[static_cast<std::size_t>(s)],
                         ImVec2(a.x + headR * 4.0f + signR * (1.2f + static_cast<float>(s) * 2.3f),
                                a.y + ch * 0.42f),
                         signR);
            }
            if (p.byAmbulance) {
                kit::icon(host, dl, "ambulance", ImVec2(b.x - 20 * k, a.y + 16 * k), 20 * k, kRoomColours[0]);
                if (p.waited < 4.0) {
                    // The EMT who brought them in stays a moment to hand over.
                    const float emtR = headR * 0.8f;
                    kit::drawPerson(dl, ImVec2(b.x - emtR * 2.2f, a.y + ch * 0.42f), emtR,
                                    kit::lookFromSeed(static_cast<std::uint32_t>(900 + p.id)), kit::Mood::Happy,
                                    IM_COL32(30, 60, 120, 255));
                }
            }
        }
        kit::progressBar(dl, ImVec2(a.x + 8 * k, b.y - 12 * k), ImVec2(b.x - 8 * k, b.y - 5 * k), frac,
                         frac > 0.5f ? pal.success : (frac > 0.25f ? pal.accent : pal.danger),
                         IM_COL32(0, 0, 0, 35));
        const std::string label = host.format("game.triage.item.patient", {{"n", std::to_string(id + 1)}});
        host.item(label, a, b);
        if (clicked(a, b)) {
            m_selected = id;
            m_dragging = id;
            m_keyboard = false;
            m_focus = {0, focusIndex};
        }
        if (m_keyboard && m_focus.at(0, focusIndex)) {
            kit::focusRing(host, dl, a, b, 10 * k);
        }
    }

    void drawChart(ViewHost& host, ImDrawList* dl, const TriageRules& r, ImVec2 a, ImVec2 b, float k) {
        const ViewPalette& pal = host.palette();
        dl->AddRectFilled(a, b, IM_COL32(240, 246, 252, 255), 10 * k);
        dl->AddRect(a, b, IM_COL32(150, 170, 200, 255), 10 * k, 0, 2 * k);
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;
        kit::icon(host, dl, "clipboard", ImVec2(a.x + 18 * k, a.y + 16 * k), 20 * k, pal.primary);
        if (m_selected < 0) {
            kit::textLeft(dl, body, fs, ImVec2(a.x + 34 * k, a.y + 6 * k), pal.mutedText,
                          host.text("game.triage.chart.none"), b.x - a.x - 40 * k);
            return;
        }
        const Patient& p = r.patients()[static_cast<std::size_t>(m_selected)];
        kit::textLeft(dl, body, fs, ImVec2(a.x + 34 * k, a.y + 6 * k), pal.text,
                      host.format("game.triage.chart.title", {{"n", std::to_string(p.id + 1)}}),
                      b.x - a.x - 40 * k);
        const float rowH = std::min((b.y - a.y - 34 * k) / static_cast<float>(kMaxSigns), 44 * k);
        for (int s = 0; s < p.signCount; ++s) {
            const float y = a.y + 32 * k + static_cast<float>(s) * rowH + rowH * 0.5f;
            const Sign sign = p.signs[static_cast<std::size_t>(s)];
            drawSign(host, dl, sign, ImVec2(a.x + 10 * k + rowH * 0.45f, y), rowH * 0.42f);
            kit::textLeft(dl, body, fs, ImVec2(a.x + 16 * k + rowH, y - fs * 0.5f), pal.text,
                          host.text(kSignKeys[static_cast<int>(sign)]), b.x - a.x - rowH - 24 * k);
        }
    }

    void drawRoom(ViewHost& host, ImDrawList* dl, const TriageRules& r, Room room, ImVec2 a, ImVec2 b,
                  float k) {
        const int ri = static_cast<int>(room);
        const ImU32 col = kRoomColours[ri];
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 20 * k;
        dl->AddRectFilled(a, b, kit::withAlpha(col, 0.14f), 12 * k);
        dl->AddRect(a, b, col, 12 * k, 0, 3 * k);
        const float headH = fs * 1.5f;
        dl->AddRectFilled(a, ImVec2(b.x, a.y + headH), col, 12 * k, ImDrawFlags_RoundCornersTop);
        kit::icon(host, dl, kRoomIcons[ri], ImVec2(a.x + 16 * k, a.y + headH * 0.5f), fs, kWhite);
        kit::textLeft(dl, body, fs, ImVec2(a.x + 30 * k, a.y + headH * 0.5f - fs * 0.5f), kWhite,
                      host.text(kRoomKeys[ri]), b.x - a.x - 36 * k);
        if (room == Room::Waiting) {
            kit::textLeft(dl, body, fs * 0.85f,
                          ImVec2(a.x + (b.x - a.x) * 0.6f, a.y + headH * 0.5f - fs * 0.45f), kWhite,
                          host.format("game.triage.chairs_free",
                                      {{"count", std::to_string(r.freeBeds(Room::Waiting))}}),
                          (b.x - a.x) * 0.38f);
            return;
        }
        const int beds = r.beds(room);
        const float bedH = std::min((b.y - a.y - headH - 8 * k) / static_cast<float>(beds), 150 * k);
        const float bedsTop =
            a.y + headH + 4 * k + ((b.y - a.y - headH - 8 * k) - bedH * static_cast<float>(beds)) * 0.5f;
        for (int i = 0; i < beds; ++i) {
            const ImVec2 ba(a.x + 6 * k, bedsTop + static_cast<float>(i) * bedH);
            const ImVec2 bb(b.x - 6 * k, ba.y + bedH - 4 * k);
            dl->AddRectFilled(ba, bb, kWhite, 8 * k);
            const float bh = bb.y - ba.y;
            const float bw = bb.x - ba.x;
            // The staff member of this bed (every kind of person, in scrubs), standing on the right.
            const float staffR = std::min(bh * 0.17f, bw * 0.1f);
            kit::drawPerson(dl, ImVec2(bb.x - staffR * 2.0f, ba.y + bh * 0.3f), staffR,
                            kit::lookFromSeed(static_cast<std::uint32_t>(100 + ri * 7 + i)), kit::Mood::Happy,
                            ri == 0 ? IM_COL32(40, 90, 160, 255) : IM_COL32(60, 170, 170, 255));
            // The bed: a mattress with a pillow.
            const ImVec2 ma(ba.x + 6 * k, ba.y + bh * 0.42f);
            const ImVec2 mb(bb.x - staffR * 4.2f, ba.y + bh * 0.72f);
            dl->AddRectFilled(ImVec2(ma.x, mb.y), ImVec2(ma.x + 4 * k, bb.y - 8 * k),
                              IM_COL32(150, 160, 175, 255));
            dl->AddRectFilled(ImVec2(mb.x - 4 * k, mb.y), ImVec2(mb.x, bb.y - 8 * k),
                              IM_COL32(150, 160, 175, 255));
            dl->AddRectFilled(ma, mb, IM_COL32(225, 232, 242, 255), 6 * k);
            const float pillowW = (mb.y - ma.y) * 1.3f;
            dl->AddRectFilled(ImVec2(ma.x + 3 * k, ma.y - (mb.y - ma.y) * 0.35f),
                              ImVec2(ma.x + pillowW, ma.y + (mb.y - ma.y) * 0.4f), kWhite, 8 * k);
            const int id = r.bed(room, i);
            if (id < 0) {
                kit::textCentred(dl, body, fs * 0.9f, ImVec2((ma.x + mb.x) * 0.5f, ba.y + bh * 0.2f),
                                 host.palette().mutedText, host.text("game.triage.bed_free"), mb.x - ma.x);
                continue;
            }
            const Patient& p = r.patients()[static_cast<std::size_t>(id)];
            const kit::Look look = kit::lookFromSeed(p.look);
            // Lying down: head on the pillow, a blanket in their shirt colour.
            const float headR = (mb.y - ma.y) * 0.42f;
            dl->AddRectFilled(ImVec2(ma.x + pillowW * 0.8f, ma.y - headR * 0.3f),
                              ImVec2(mb.x - 2 * k, mb.y - 2 * k), kit::mixColour(look.shirt, kWhite, 0.35f),
                              6 * k);
            kit::drawPerson(dl, ImVec2(ma.x + pillowW * 0.5f, ma.y - headR * 0.1f), headR, look,
                            p.careLeft < p.careTotal * 0.5 ? kit::Mood::Happy : kit::Mood::Calm, 0);
            kit::progressBar(dl, ImVec2(ba.x + 6 * k, bb.y - 8 * k), ImVec2(bb.x - 6 * k, bb.y - 2 * k),
                             static_cast<float>(1.0 - p.careLeft / p.careTotal), host.palette().success,
                             IM_COL32(0, 0, 0, 30));
        }
    }

    void drawMessages(ViewHost& host, ImDrawList* dl, const TriageRules& r, const ImVec2* roomA,
                      const ImVec2* roomB, ImVec2 doorCentre, float k) {
        const ViewPalette& pal = host.palette();
        ImFont* body = host.font(ViewFont::Body);
        ImFont* large = host.font(ViewFont::Large);
        const float fs = 21 * k;
        const Event* wrong = nullptr;
        for (const Event& e : r.events()) {
            const double age = r.time() - e.time;
            if (e.serial == 0 || age > 3.0) {
                continue;
            }
            const int ri = static_cast<int>(e.room);
            const ImVec2 rc((roomA[ri].x + roomB[ri].x) * 0.5f, (roomA[ri].y + roomB[ri].y) * 0.5f);
            switch (e.kind) {
            case EventKind::Started:
                kit::floatingText(host, dl, large, 30 * k, rc, pal.success, "+" + std::to_string(e.points),
                                  age);
                kit::burst(host, dl, rc, 50 * k, kRoomColours[ri], age);
                break;
            case EventKind::Treated:
                kit::floatingText(host, dl, body, fs, ImVec2(rc.x, roomA[ri].y + 40 * k), pal.success,
                                  host.text("game.triage.fb.better"), age);
                break;
            case EventKind::RoomFull:
                kit::floatingText(host, dl, body, fs, rc, pal.text, host.text("game.triage.fb.room_full"),
                                  age * 0.6);
                break;
            case EventKind::Overflow:
                kit::floatingText(host, dl, body, fs, ImVec2(rc.x, roomA[3].y + 20 * k), pal.danger,
                                  host.text("game.triage.fb.overflow"), age * 0.5);
                break;
            case EventKind::LeftTired:
                kit::floatingText(host, dl, body, fs, doorCentre, pal.danger,
                                  host.text("game.triage.fb.left"), age * 0.5);
                break;
            case EventKind::Arrived: {
                const Patient& p = r.patients()[static_cast<std::size_t>(e.patient)];
                if (p.byAmbulance) {
                    kit::floatingText(host, dl, body, fs, doorCentre, kRoomColours[0],
                                      host.text("game.triage.fb.ambulance"), age * 0.5);
                }
                break;
            }
            case EventKind::Wrong:
                if (age < 2.8 && (!wrong || e.serial > wrong->serial)) {
                    wrong = &e;
                }
                break;
            }
        }
        if (!wrong) {
            return;
        }
        // The kind explanation: the sign that decides and the care it needs.
        const int ri = static_cast<int>(wrong->room);
        const float bw = std::min(460 * k, (roomB[2].x - roomA[0].x));
        const ImVec2 c((roomA[0].x + roomB[2].x) * 0.5f, (roomA[0].y + roomB[0].y) * 0.5f);
        const ImVec2 a(c.x - bw * 0.5f, c.y - 56 * k);
        const ImVec2 b(c.x + bw * 0.5f, c.y + 56 * k);
        dl->AddRect(roomA[ri], roomB[ri], pal.danger, 12 * k, 0, 5 * k);
        dl->AddRectFilled(a, b, kWhite, 14 * k);
        dl->AddRect(a, b, pal.danger, 14 * k, 0, 4 * k);
        const bool under = static_cast<int>(wrong->rightRoom) < ri;
        kit::textCentred(dl, body, fs, ImVec2(c.x, a.y + 20 * k), pal.danger,
                         host.text(under ? "game.triage.fb.look_again" : "game.triage.fb.can_wait"),
                         bw - 16 * k);
        drawSign(host, dl, wrong->sign, ImVec2(a.x + 36 * k, c.y + 14 * k), 24 * k);
        // "<sign>  ->  [room]": the room as a chip in its own colour, so the colour sticks.
        const int right = static_cast<int>(wrong->rightRoom);
        const std::string& roomName = host.text(kRoomKeys[right]);
        const float chipW =
            std::min(bw * 0.42f, body->CalcTextSizeA(fs, 1e9f, 0, roomName.c_str()).x + 44 * k);
        const ImVec2 ca(b.x - chipW - 10 * k, c.y - 4 * k);
        const ImVec2 cb(b.x - 10 * k, c.y + 32 * k);
        kit::textLeft(dl, body, fs, ImVec2(a.x + 68 * k, c.y + 4 * k), pal.text,
                      host.text(kSignKeys[static_cast<int>(wrong->sign)]), ca.x - a.x - 100 * k);
        kit::icon(host, dl, "arrow-right", ImVec2(ca.x - 16 * k, c.y + 14 * k), fs, pal.mutedText);
        dl->AddRectFilled(ca, cb, kRoomColours[right], 10 * k);
        kit::icon(host, dl, kRoomIcons[right], ImVec2(ca.x + 18 * k, c.y + 14 * k), fs, kWhite);
        kit::textLeft(dl, body, fs, ImVec2(ca.x + 34 * k, c.y + 14 * k - fs * 0.5f), kWhite, roomName,
                      chipW - 40 * k);
    }

    kit::FocusGrid m_focus{0, 0};
    bool m_keyboard = false;
    int m_selected = -1;
    int m_roomCol = 0;
    int m_dragging = -1;
    std::uint32_t m_heard = 0;
    std::vector<Box> m_chairMin;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<TriageView>();
}

} // namespace pathlight::minigames::triage
