// Food truck view (see foodtruck_view.hpp). Focus rows: 0 the customers at the window, 1 the grill
// spots and the bin, 2 the pantry (mains, then toppings).
#include "minigames/foodtruck/foodtruck_view.hpp"

#include "minigames/foodtruck/foodtruck_rules.hpp"
#include "minigames/framework/view_input.hpp"
#include "minigames/kit/view_kit.hpp"
#include "minigames/kit/view_people.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::foodtruck {

namespace {

constexpr const char* kMainKeys[kMainCount] = {"game.foodtruck.main.burger", "game.foodtruck.main.taco",
                                               "game.foodtruck.main.salad"};
constexpr const char* kToppingKeys[kToppingCount] = {
    "game.foodtruck.topping.cheese", "game.foodtruck.topping.tomato", "game.foodtruck.topping.lettuce",
    "game.foodtruck.topping.onion", "game.foodtruck.topping.pepper"};
constexpr ImU32 kBun = IM_COL32(226, 170, 90, 255);
constexpr ImU32 kPattyDone = IM_COL32(120, 70, 40, 255);
constexpr ImU32 kPattyRaw = IM_COL32(230, 140, 140, 255);
constexpr ImU32 kBurnt = IM_COL32(45, 40, 38, 255);
constexpr ImU32 kShellRaw = IM_COL32(250, 235, 180, 255);
constexpr ImU32 kShellDone = IM_COL32(238, 190, 70, 255);
constexpr ImU32 kGreen = IM_COL32(90, 180, 70, 255);
constexpr ImU32 kRed = IM_COL32(220, 60, 50, 255);
constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);

constexpr float kPi = 3.14159265f;

void drawTopping(ImDrawList* dl, int t, ImVec2 c, float s) {
    const float h = s * 0.5f;
    switch (static_cast<Topping>(t)) {
    case Topping::Cheese:
        dl->AddTriangleFilled(ImVec2(c.x - h, c.y + h * 0.7f), ImVec2(c.x + h, c.y + h * 0.7f),
                              ImVec2(c.x + h * 0.2f, c.y - h * 0.8f), IM_COL32(250, 205, 40, 255));
        dl->AddCircleFilled(ImVec2(c.x + h * 0.1f, c.y + h * 0.2f), h * 0.16f, IM_COL32(215, 165, 20, 255),
                            8);
        dl->AddCircleFilled(ImVec2(c.x - h * 0.4f, c.y + h * 0.45f), h * 0.12f, IM_COL32(215, 165, 20, 255),
                            8);
        break;
    case Topping::Tomato:
        dl->AddCircleFilled(c, h * 0.9f, kRed, 20);
        dl->AddCircle(c, h * 0.6f, IM_COL32(255, 140, 120, 255), 20, h * 0.12f);
        dl->AddCircleFilled(c, h * 0.15f, IM_COL32(255, 200, 120, 255), 8);
        break;
    case Topping::Lettuce:
        dl->AddCircleFilled(ImVec2(c.x - h * 0.4f, c.y + h * 0.1f), h * 0.5f, kGreen, 12);
        dl->AddCircleFilled(ImVec2(c.x + h * 0.4f, c.y + h * 0.1f), h * 0.5f, kGreen, 12);
        dl->AddCircleFilled(ImVec2(c.x, c.y - h * 0.3f), h * 0.55f, IM_COL32(120, 205, 90, 255), 12);
        break;
    case Topping::Onion:
        dl->AddCircleFilled(c, h * 0.85f, IM_COL32(250, 245, 250, 255), 20);
        dl->AddCircle(c, h * 0.85f, IM_COL32(160, 80, 160, 255), 20, h * 0.2f);
        dl->AddCircle(c, h * 0.45f, IM_COL32(190, 120, 190, 255), 16, h * 0.14f);
        break;
    case Topping::Pepper:
        dl->AddRectFilled(ImVec2(c.x - h * 0.35f, c.y - h * 0.6f), ImVec2(c.x + h * 0.35f, c.y + h * 0.9f),
                          IM_COL32(235, 50, 40, 255), h * 0.35f);
        dl->AddRectFilled(ImVec2(c.x - h * 0.12f, c.y - h * 0.95f), ImVec2(c.x + h * 0.12f, c.y - h * 0.5f),
                          kGreen);
        break;
    }
}

// A main as served (assembled), `s` wide.
void drawMain(ImDrawList* dl, Main main, ImVec2 c, float s) {
    const float h = s * 0.5f;
    switch (main) {
    case Main::Burger:
        dl->AddRectFilled(ImVec2(c.x - h, c.y + h * 0.2f), ImVec2(c.x + h, c.y + h * 0.55f), kBun, h * 0.2f);
        dl->AddRectFilled(ImVec2(c.x - h * 1.02f, c.y - h * 0.1f), ImVec2(c.x + h * 1.02f, c.y + h * 0.25f),
                          kPattyDone, h * 0.15f);
        dl->PathArcTo(ImVec2(c.x, c.y - h * 0.1f), h, kPi, 2 * kPi, 16);
        dl->PathFillConvex(kBun);
        for (int i = -1; i <= 1; ++i) {
            dl->AddCircleFilled(ImVec2(c.x + static_cast<float>(i) * h * 0.4f, c.y - h * 0.6f), h * 0.07f,
                                kWhite, 6);
        }
        break;
    case Main::Taco:
        dl->PathArcTo(ImVec2(c.x, c.y - h * 0.2f), h, 0, kPi, 16);
        dl->PathFillConvex(kShellDone);
        dl->AddCircleFilled(ImVec2(c.x - h * 0.45f, c.y - h * 0.2f), h * 0.28f, kGreen, 10);
        dl->AddCircleFilled(ImVec2(c.x + h * 0.05f, c.y - h * 0.25f), h * 0.28f, kPattyDone, 10);
        dl->AddCircleFilled(ImVec2(c.x + h * 0.5f, c.y - h * 0.2f), h * 0.25f, kRed, 10);
        dl->PathArcTo(ImVec2(c.x, c.y - h * 0.2f), h, 0, kPi, 16);
        dl->PathStroke(IM_COL32(200, 150, 40, 255), 0, h * 0.1f);
        break;
    case Main::Salad:
        for (int i = 0; i < 4; ++i) {
            dl->AddCircleFilled(ImVec2(c.x - h * 0.6f + static_cast<float>(i) * h * 0.4f, c.y - h * 0.05f),
                                h * 0.32f, i % 2 ? kGreen : IM_COL32(130, 210, 100, 255), 10);
        }
        dl->PathArcTo(ImVec2(c.x, c.y), h, 0, kPi, 16);
        dl->PathFillConvex(IM_COL32(60, 160, 190, 255));
        break;
    }
}

// A main on the grill: raw -> cooked (fraction) or burned.
void drawOnGrill(ImDrawList* dl, Main main, ImVec2 c, float r, float cooked, bool burned) {
    if (main == Main::Taco) {
        const ImU32 col = burned ? kBurnt : kit::mixColour(kShellRaw, kShellDone, cooked);
        dl->AddCircleFilled(c, r, col, 24);
        dl->AddCircle(c, r * 0.7f, kit::withAlpha(IM_COL32(0, 0, 0, 255), 0.12f), 24, r * 0.06f);
    } else {
        const ImU32 col = burned ? kBurnt : kit::mixColour(kPattyRaw, kPattyDone, cooked);
        dl->AddCircleFilled(c, r, col, 24);
        for (int i = -1; i <= 1; ++i) {
            dl->AddLine(ImVec2(c.x - r * 0.6f, c.y + static_cast<float>(i) * r * 0.4f),
                        ImVec2(c.x + r * 0.6f, c.y + static_cast<float>(i) * r * 0.4f),
                        kit::withAlpha(IM_COL32(0, 0, 0, 255), 0.25f * cooked), r * 0.1f);
        }
    }
}

class FoodtruckView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules&, ImVec2 min, ImVec2 max) override {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 900.0f, h / 480.0f));
        const ImVec2 c(min.x + w * 0.5f, min.y + h * 0.32f);
        // Picture: patty on the grill -> burger with toppings -> happy customer.
        const float s = 70 * k;
        dl->AddRectFilled(ImVec2(c.x - 3.4f * s, c.y - s), ImVec2(c.x - 1.6f * s, c.y + s),
                          IM_COL32(70, 70, 75, 255), 12 * k);
        drawOnGrill(dl, Main::Burger, ImVec2(c.x - 2.5f * s, c.y), s * 0.55f, 0.8f, false);
        kit::icon(host, dl, "arrow-right", ImVec2(c.x - 1.2f * s, c.y), 30 * k, host.palette().mutedText);
        kit::ellipseFilled(dl, ImVec2(c.x, c.y + s * 0.45f), s * 0.9f, s * 0.25f, kWhite);
        drawMain(dl, Main::Burger, ImVec2(c.x, c.y), s * 1.1f);
        drawTopping(dl, static_cast<int>(Topping::Cheese), ImVec2(c.x - s * 0.35f, c.y - s * 0.75f),
                    s * 0.4f);
        drawTopping(dl, static_cast<int>(Topping::Tomato), ImVec2(c.x + s * 0.35f, c.y - s * 0.75f),
                    s * 0.4f);
        kit::icon(host, dl, "arrow-right", ImVec2(c.x + 1.2f * s, c.y), 30 * k, host.palette().mutedText);
        kit::drawPerson(dl, ImVec2(c.x + 2.5f * s, c.y - s * 0.3f), s * 0.4f, kit::lookFromSeed(7),
                        kit::Mood::Happy);
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 22 * k;
        for (int i = 0; i < 3; ++i) {
            const std::string key = "game.foodtruck.howto." + std::to_string(i + 1);
            kit::textCentred(dl, body, fs, ImVec2(c.x, min.y + h * 0.62f + static_cast<float>(i) * fs * 1.6f),
                             host.palette().text, host.text(key), w * 0.9f);
        }
    }

    void draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto& r = static_cast<const FoodtruckRules&>(base);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ViewPalette& pal = host.palette();
        const float w = max.x - min.x;
        const float h = max.y - min.y;
        const float k = std::min(host.scale(), std::min(w / 980.0f, h / 500.0f));
        ImFont* body = host.font(ViewFont::Body);
        ImFont* large = host.font(ViewFont::Large);
        const float fs = 21 * k;
        const int grills = r.spec().grills;
        const int mains = static_cast<int>(r.spec().mains.size());
        const int toppings = r.spec().toppings;
        const int pantry = mains + toppings;

        // Keyboard focus.
        const NavPress nav = readNav();
        auto rowLength = [&](int row) { return row == 0 ? kCounterSlots : (row == 1 ? grills + 1 : pantry); };
        m_focus.move(nav.left, nav.right, nav.up, nav.down, 3, rowLength);
        bool confirm = nav.confirm;
        if (nav.any()) {
            m_keyboard = true;
        }

        // Sounds for what just happened.
        for (const Event& e : r.events()) {
            if (e.serial > m_heard && e.serial <= r.eventCount()) {
                if (e.kind == EventKind::Served) {
                    host.sound(Sound::Good);
                } else if (e.kind == EventKind::Ready) {
                    host.sound(Sound::Tap); // ding: something is ready on the grill
                } else if (e.kind == EventKind::Wrong || e.kind == EventKind::Burned ||
                           e.kind == EventKind::WalkOut) {
                    host.sound(Sound::Bad);
                }
            }
        }
        m_heard = r.eventCount();

        // Rows: HUD, window with customers, kitchen, pantry.
        const float hudH = 40 * k;
        const float custTop = min.y + hudH;
        const float custH = h * 0.40f;
        const float kitTop = custTop + custH;
        const float kitH = h * 0.30f;
        const float panTop = kitTop + kitH;
        const float panH = max.y - panTop;

        // HUD.
        dl->AddRectFilled(min, ImVec2(max.x, custTop), pal.panel, 8 * k);
        kit::icon(host, dl, "money", ImVec2(min.x + 24 * k, min.y + hudH * 0.5f), 22 * k, pal.success);
        kit::textLeft(dl, large, 24 * k, ImVec2(min.x + 42 * k, min.y + hudH * 0.5f - 12 * k), pal.text,
                      std::to_string(std::max(0, r.coins())));
        const std::string served =
            host.format("game.foodtruck.hud.served", {{"served", std::to_string(r.served())},
                                                      {"total", std::to_string(r.spec().customers)}});
        kit::icon(host, dl, "smile-o", ImVec2(min.x + w * 0.30f, min.y + hudH * 0.5f), 22 * k, pal.success);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.30f + 18 * k, min.y + hudH * 0.5f - fs * 0.5f),
                      pal.text, served, w * 0.25f);
        kit::icon(host, dl, "frown-o", ImVec2(min.x + w * 0.62f, min.y + hudH * 0.5f), 22 * k, pal.danger);
        kit::textLeft(
            dl, body, fs, ImVec2(min.x + w * 0.62f + 18 * k, min.y + hudH * 0.5f - fs * 0.5f), pal.text,
            host.format("game.foodtruck.hud.left", {{"count", std::to_string(r.walkOuts())}}), w * 0.14f);
        kit::icon(host, dl, "fire", ImVec2(min.x + w * 0.80f, min.y + hudH * 0.5f), 22 * k, pal.accent);
        kit::textLeft(dl, body, fs, ImVec2(min.x + w * 0.80f + 18 * k, min.y + hudH * 0.5f - fs * 0.5f),
                      pal.text,
                      host.format("game.foodtruck.hud.burned", {{"count", std::to_string(r.burnedCount())}}),
                      w * 0.18f);

        // The window: sky, awning, customers.
        dl->AddRectFilled(ImVec2(min.x, custTop), ImVec2(max.x, kitTop), IM_COL32(190, 228, 250, 255));
        for (int i = 0; i < 12; ++i) {
            const float x0 = min.x + w * static_cast<float>(i) / 12.0f;
            dl->AddRectFilled(ImVec2(x0, custTop), ImVec2(x0 + w / 12.0f, custTop + 14 * k),
                              i % 2 ? IM_COL32(240, 90, 80, 255) : kWhite);
        }
        for (int i = 0; i < 3; ++i) {
            const ImVec2 cloud(min.x + w * (0.18f + 0.33f * static_cast<float>(i)), custTop + custH * 0.3f);
            for (int j = 0; j < 3; ++j) {
                dl->AddCircleFilled(
                    ImVec2(cloud.x + static_cast<float>(j - 1) * 22 * k, cloud.y - (j == 1 ? 8 * k : 0)),
                    (j == 1 ? 20.0f : 15.0f) * k, IM_COL32(255, 255, 255, 150), 16);
            }
        }
        const float spotW = w / kCounterSlots;
        for (int i = 0; i < kCounterSlots; ++i) {
            const ImVec2 a(min.x + spotW * static_cast<float>(i) + 6 * k, custTop + 20 * k);
            const ImVec2 b(a.x + spotW - 12 * k, kitTop - 6 * k);
            drawCustomer(host, dl, r, i, a, b, k);
            const std::string label =
                host.format("game.foodtruck.item.customer", {{"n", std::to_string(i + 1)}});
            host.item(label, a, b);
            if (clicked(a, b)) {
                m_focus = {0, i};
                m_keyboard = false;
                actions.push_back({static_cast<int>(Code::Serve), i, 0});
            } else if (confirm && m_focus.at(0, i)) {
                actions.push_back({static_cast<int>(Code::Serve), i, 0});
                confirm = false;
            }
            if (m_keyboard && m_focus.at(0, i)) {
                kit::focusRing(host, dl, a, b, 10 * k);
            }
        }
        dl->AddRectFilled(ImVec2(min.x, kitTop - 8 * k), ImVec2(max.x, kitTop + 4 * k),
                          IM_COL32(150, 155, 165, 255));

        // Kitchen: grill spots on the left, plate and bin on the right.
        dl->AddRectFilled(ImVec2(min.x, kitTop + 4 * k), ImVec2(max.x, panTop), IM_COL32(236, 232, 224, 255));
        const float grillW = w * 0.58f;
        const float slotW = std::min((grillW - 20 * k) / static_cast<float>(grills), kitH * 1.3f);
        const ImVec2 grillMin(min.x + 10 * k, kitTop + 12 * k);
        const ImVec2 grillMax(grillMin.x + slotW * static_cast<float>(grills), panTop - 8 * k);
        dl->AddRectFilled(grillMin, grillMax, IM_COL32(62, 62, 68, 255), 12 * k);
        for (int g = 0; g < grills; ++g) {
            const ImVec2 a(grillMin.x + slotW * static_cast<float>(g) + 4 * k, grillMin.y + 4 * k);
            const ImVec2 b(a.x + slotW - 8 * k, grillMax.y - 4 * k);
            drawGrill(host, dl, r, g, a, b, k);
            host.item(host.format("game.foodtruck.item.grill", {{"n", std::to_string(g + 1)}}), a, b);
            if (clicked(a, b)) {
                m_focus = {1, g};
                m_keyboard = false;
                actions.push_back({static_cast<int>(Code::Take), g, 0});
            } else if (confirm && m_focus.at(1, g)) {
                actions.push_back({static_cast<int>(Code::Take), g, 0});
                confirm = false;
            }
            if (m_keyboard && m_focus.at(1, g)) {
                kit::focusRing(host, dl, a, b, 10 * k);
            }
        }
        // Plate.
        const float plateCx = min.x + w * 0.74f;
        const float plateCy = kitTop + kitH * 0.55f;
        const float plateR = std::min(kitH * 0.42f, w * 0.1f);
        kit::ellipseFilled(dl, ImVec2(plateCx, plateCy + plateR * 0.35f), plateR * 1.3f, plateR * 0.45f,
                           kWhite);
        kit::ellipse(dl, ImVec2(plateCx, plateCy + plateR * 0.35f), plateR * 1.3f, plateR * 0.45f,
                     IM_COL32(200, 200, 210, 255), 2 * k);
        const Plate& plate = r.plate();
        if (plate.hasMain) {
            drawMain(dl, plate.main, ImVec2(plateCx, plateCy), plateR * 1.3f);
            int n = 0;
            for (int t = 0; t < kToppingCount; ++t) {
                if (plate.toppings & (1u << t)) {
                    drawTopping(dl, t,
                                ImVec2(plateCx - plateR * 0.9f + static_cast<float>(n) * plateR * 0.6f,
                                       plateCy - plateR * 0.85f),
                                plateR * 0.5f);
                    ++n;
                }
            }
        } else {
            kit::textCentred(dl, body, fs * 0.9f, ImVec2(plateCx, plateCy + plateR * 0.35f), pal.mutedText,
                             host.text("game.foodtruck.plate.empty"), plateR * 2.4f);
        }
        // Bin.
        const ImVec2 binA(max.x - 86 * k, kitTop + kitH * 0.5f - 36 * k);
        const ImVec2 binB(max.x - 14 * k, kitTop + kitH * 0.5f + 36 * k);
        dl->AddRectFilled(binA, binB, pal.panel, 10 * k);
        dl->AddRect(binA, binB, pal.disabled, 10 * k, 0, 2 * k);
        kit::icon(host, dl, "trash", ImVec2((binA.x + binB.x) * 0.5f, binA.y + 28 * k), 28 * k,
                  pal.mutedText);
        kit::textCentred(dl, body, fs * 0.8f, ImVec2((binA.x + binB.x) * 0.5f, binB.y - 14 * k), pal.text,
                         host.text("game.foodtruck.item.trash"), binB.x - binA.x - 6 * k);
        host.item(host.text("game.foodtruck.item.trash"), binA, binB);
        if (clicked(binA, binB)) {
            m_focus = {1, grills};
            m_keyboard = false;
            actions.push_back({static_cast<int>(Code::Trash), 0, 0});
        } else if (confirm && m_focus.at(1, grills)) {
            actions.push_back({static_cast<int>(Code::Trash), 0, 0});
            confirm = false;
        }
        if (m_keyboard && m_focus.at(1, grills)) {
            kit::focusRing(host, dl, binA, binB, 10 * k);
        }

        // Pantry buttons.
        dl->AddRectFilled(ImVec2(min.x, panTop), max, IM_COL32(205, 170, 125, 255));
        const float btnW = std::min((w - 16 * k) / static_cast<float>(pantry), panH * 1.1f);
        const float rowX = min.x + (w - btnW * static_cast<float>(pantry)) * 0.5f;
        for (int i = 0; i < pantry; ++i) {
            const ImVec2 a(rowX + btnW * static_cast<float>(i) + 4 * k, panTop + 6 * k);
            const ImVec2 b(a.x + btnW - 8 * k, max.y - 6 * k);
            const bool isMain = i < mains;
            const int which =
                isMain ? static_cast<int>(r.spec().mains[static_cast<std::size_t>(i)]) : i - mains;
            dl->AddRectFilled(a, b, isMain ? IM_COL32(255, 248, 235, 255) : IM_COL32(245, 252, 240, 255),
                              12 * k);
            const float iconS = std::min(b.x - a.x, b.y - a.y) * 0.5f;
            const ImVec2 ic((a.x + b.x) * 0.5f, a.y + (b.y - a.y) * 0.4f);
            if (isMain) {
                drawMain(dl, static_cast<Main>(which), ic, iconS);
            } else {
                drawTopping(dl, which, ic, iconS);
            }
            const std::string& name = host.text(isMain ? kMainKeys[which] : kToppingKeys[which]);
            kit::textCentred(dl, body, fs * 0.85f, ImVec2(ic.x, b.y - fs * 0.7f), pal.text, name,
                             b.x - a.x - 4 * k);
            host.item(name, a, b);
            const Action act{static_cast<int>(isMain ? Code::Pick : Code::Topping), which, 0};
            if (clicked(a, b)) {
                m_focus = {2, i};
                m_keyboard = false;
                actions.push_back(act);
            } else if (confirm && m_focus.at(2, i)) {
                actions.push_back(act);
                confirm = false;
            }
            if (m_keyboard && m_focus.at(2, i)) {
                kit::focusRing(host, dl, a, b, 12 * k);
            }
        }

        // Short messages near the plate and grill.
        for (const Event& e : r.events()) {
            const double age = r.time() - e.time;
            if (e.serial == 0 || age > 1.6) {
                continue;
            }
            if (e.kind == EventKind::NeedMain) {
                kit::floatingText(host, dl, body, fs, ImVec2(plateCx, plateCy - plateR), pal.danger,
                                  host.text("game.foodtruck.fb.need_main"), age);
            } else if (e.kind == EventKind::PlateBusy) {
                kit::floatingText(host, dl, body, fs, ImVec2(plateCx, plateCy - plateR), pal.danger,
                                  host.text("game.foodtruck.fb.plate_busy"), age);
            } else if (e.kind == EventKind::GrillFull) {
                kit::floatingText(
                    host, dl, body, fs, ImVec2((grillMin.x + grillMax.x) * 0.5f, grillMin.y + 16 * k),
                    IM_COL32(255, 255, 255, 255), host.text("game.foodtruck.fb.grill_full"), age);
            }
        }
    }

  private:
    void drawCustomer(ViewHost& host, ImDrawList* dl, const FoodtruckRules& r, int i, ImVec2 a, ImVec2 b,
                      float k) {
        const ViewPalette& pal = host.palette();
        const Customer& c = r.counter()[static_cast<std::size_t>(i)];
        const float cx = (a.x + b.x) * 0.5f;
        const float hgt = b.y - a.y;
        const float headR = std::min(hgt * 0.15f, (b.x - a.x) * 0.15f);
        const ImVec2 head(cx, b.y - headR * 2.6f);
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 21 * k;
        // Latest event for this spot.
        const Event* last = nullptr;
        for (const Event& e : r.events()) {
            if (e.serial > 0 && e.slot == i &&
                (e.kind == EventKind::Served || e.kind == EventKind::Wrong || e.kind == EventKind::WalkOut ||
                 e.kind == EventKind::Arrived) &&
                (!last || e.serial > last->serial)) {
                last = &e;
            }
        }
        const double age = last ? r.time() - last->time : 99.0;
        if (!c.present) {
            if (last && last->kind == EventKind::Served && age < 1.5) {
                kit::floatingText(host, dl, host.font(ViewFont::Large), 30 * k,
                                  ImVec2(cx, head.y - headR * 2), pal.success,
                                  "+" + std::to_string(last->coins), age);
                kit::burst(host, dl, head, headR * 3, pal.accent, age);
                kit::textCentred(dl, body, fs, ImVec2(cx, head.y + headR * 1.6f), pal.success,
                                 host.text("game.foodtruck.fb.thanks"), b.x - a.x);
            } else if (last && last->kind == EventKind::WalkOut && age < 1.8) {
                kit::textCentred(dl, body, fs, ImVec2(cx, head.y), pal.danger,
                                 host.text("game.foodtruck.fb.walked_out"), b.x - a.x);
            } else {
                kit::textCentred(dl, body, fs * 0.9f, ImVec2(cx, (a.y + b.y) * 0.5f),
                                 kit::withAlpha(pal.mutedText, 0.6f), host.text("game.foodtruck.window.open"),
                                 b.x - a.x);
            }
            return;
        }
        const float frac = static_cast<float>(c.patience / c.patienceMax);
        float slide = 0;
        if (last && last->kind == EventKind::Arrived && age < 0.4 && !host.reducedMotion()) {
            slide = static_cast<float>((0.4 - age) / 0.4) * (b.x - a.x) * 0.5f;
        }
        const kit::Mood mood =
            frac > 0.5f ? kit::Mood::Happy : (frac > 0.25f ? kit::Mood::Calm : kit::Mood::Worried);
        kit::drawPerson(dl, ImVec2(head.x + slide, head.y), headR, kit::lookFromSeed(c.look), mood);
        // Order bubble.
        const ImVec2 ba(a.x + 4 * k, a.y);
        const ImVec2 bb(b.x - 4 * k, head.y - headR * 1.4f);
        const bool wrong = last && last->kind == EventKind::Wrong && age < 2.0;
        dl->AddRectFilled(ba, bb, kWhite, 12 * k);
        dl->AddRect(ba, bb, wrong ? pal.danger : IM_COL32(200, 200, 210, 255), 12 * k, 0,
                    (wrong ? 4.0f : 2.0f) * k);
        const float bh = bb.y - ba.y;
        const float iconS = std::min(bh * 0.7f, (bb.x - ba.x) * 0.36f);
        if (wrong) {
            // Kind, exact feedback: what the plate still needs or should not have.
            std::string line;
            std::uint8_t icons = 0;
            if (last->wrongMain) {
                line = host.text("game.foodtruck.fb.wrong_main");
            } else if (last->missing) {
                line = host.text("game.foodtruck.fb.add");
                icons = last->missing;
            } else {
                line = host.text("game.foodtruck.fb.no");
                icons = last->extra;
            }
            kit::textCentred(dl, body, fs * 0.9f, ImVec2(cx, ba.y + bh * 0.25f), pal.danger, line,
                             bb.x - ba.x - 8 * k);
            if (last->wrongMain) {
                drawMain(dl, c.order.main, ImVec2(cx, ba.y + bh * 0.68f), iconS * 0.9f);
            }
            int n = 0;
            int count = 0;
            for (int t = 0; t < kToppingCount; ++t) {
                count += (icons >> t) & 1;
            }
            for (int t = 0; t < kToppingCount; ++t) {
                if (icons & (1u << t)) {
                    const ImVec2 p(cx + (static_cast<float>(n) - static_cast<float>(count - 1) * 0.5f) *
                                            iconS * 0.8f,
                                   ba.y + bh * 0.68f);
                    drawTopping(dl, t, p, iconS * 0.6f);
                    ++n;
                }
            }
        } else {
            // The order: the main, a plus, then its toppings in a little grid.
            drawMain(dl, c.order.main, ImVec2(ba.x + iconS * 0.6f + 6 * k, ba.y + bh * 0.55f), iconS);
            const float plusX = ba.x + iconS * 1.25f + 8 * k;
            kit::textCentred(dl, body, fs * 1.2f, ImVec2(plusX, ba.y + bh * 0.5f), pal.mutedText, "+");
            const float topS = std::min(bh * 0.4f, (bb.x - plusX - 8 * k) * 0.45f);
            int n = 0;
            for (int t = 0; t < kToppingCount; ++t) {
                if (c.order.toppings & (1u << t)) {
                    const float col = static_cast<float>(n % 2);
                    const float row = static_cast<float>(n / 2);
                    drawTopping(dl, t,
                                ImVec2(plusX + topS * 0.9f + col * topS * 1.15f,
                                       ba.y + bh * 0.28f + row * bh * 0.46f),
                                topS);
                    ++n;
                }
            }
        }
        // Patience bar.
        const ImU32 barCol = frac > 0.5f ? pal.success : (frac > 0.25f ? pal.accent : pal.danger);
        kit::progressBar(dl, ImVec2(cx - (b.x - a.x) * 0.35f, b.y - 10 * k),
                         ImVec2(cx + (b.x - a.x) * 0.35f, b.y - 2 * k), frac, barCol, IM_COL32(0, 0, 0, 40));
    }

    void drawGrill(ViewHost& host, ImDrawList* dl, const FoodtruckRules& r, int g, ImVec2 a, ImVec2 b,
                   float k) {
        const ViewPalette& pal = host.palette();
        const ImVec2 c((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f - 10 * k);
        const float rad = std::min(b.x - a.x, b.y - a.y) * 0.32f;
        dl->AddCircle(c, rad * 1.15f, IM_COL32(110, 110, 118, 255), 32, 3 * k);
        const GrillState state = r.grillState(g);
        ImFont* body = host.font(ViewFont::Body);
        const float fs = 19 * k;
        if (state == GrillState::Empty) {
            kit::textCentred(dl, body, fs, ImVec2(c.x, b.y - fs * 0.7f), IM_COL32(200, 200, 205, 255),
                             host.text("game.foodtruck.grill.empty"), b.x - a.x);
            return;
        }
        const Grill& item = r.grills()[static_cast<std::size_t>(g)];
        const auto cooked = static_cast<float>(r.cookFraction(g));
        drawOnGrill(dl, item.main, c, rad, cooked, state == GrillState::Burned);
        if (state == GrillState::Cooking) {
            if (!host.reducedMotion()) {
                // Sizzle: little puffs of steam rising off the grill.
                for (int i = 0; i < 3; ++i) {
                    const auto t = static_cast<float>(std::fmod(host.now() * 0.8 + i * 0.33 + g * 0.21, 1.0));
                    dl->AddCircleFilled(
                        ImVec2(c.x + static_cast<float>(i - 1) * rad * 0.45f, c.y - rad * (0.4f + t * 0.9f)),
                        rad * 0.12f * (1.0f + t), IM_COL32(255, 255, 255, static_cast<int>(120 * (1 - t))),
                        10);
                }
            }
            dl->PathArcTo(c, rad * 1.15f, -kPi * 0.5f, -kPi * 0.5f + 2 * kPi * cooked, 32);
            dl->PathStroke(pal.accent, 0, 5 * k);
            kit::textCentred(dl, body, fs, ImVec2(c.x, b.y - fs * 0.55f), kWhite,
                             host.text("game.foodtruck.grill.cooking"), b.x - a.x);
        } else if (state == GrillState::Ready) {
            const auto left = static_cast<float>(1.0 - r.burnFraction(g));
            dl->PathArcTo(c, rad * 1.15f, -kPi * 0.5f, -kPi * 0.5f + 2 * kPi * left, 32);
            dl->PathStroke(left > 0.35f ? pal.success : pal.danger, 0, 6 * k);
            kit::textCentred(dl, body, fs, ImVec2(c.x, b.y - fs * 0.7f),
                             left > 0.35f ? IM_COL32(140, 240, 140, 255) : IM_COL32(255, 150, 120, 255),
                             host.text("game.foodtruck.grill.ready"), b.x - a.x);
        } else {
            const float t =
                host.reducedMotion() ? 0.0f : static_cast<float>(std::fmod(host.now(), 1.5) / 1.5);
            for (int i = 0; i < 3; ++i) {
                dl->AddCircleFilled(
                    ImVec2(c.x + static_cast<float>(i - 1) * rad * 0.5f, c.y - rad * (0.6f + t * 0.8f)),
                    rad * 0.25f, IM_COL32(160, 160, 160, static_cast<int>(180 * (1 - t))), 12);
            }
            kit::textCentred(dl, body, fs, ImVec2(c.x, b.y - fs * 0.7f), IM_COL32(255, 150, 120, 255),
                             host.text("game.foodtruck.grill.burned"), b.x - a.x);
        }
    }

    kit::FocusGrid m_focus{2, 0};
    bool m_keyboard = false;
    std::uint32_t m_heard = 0;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<FoodtruckView>();
}

} // namespace pathlight::minigames::foodtruck
