// The budget game's view (see budget_view.hpp). Index:
//   [SECTION] Layout and helpers
//   [SECTION] Stand scene and customers
//   [SECTION] Plan panel
//   [SECTION] Surprise card, selling and summary panels
//   [SECTION] Savings jar and top bar
//   [SECTION] How to play and the frame
// Everything is drawn on a 1100x560 board scaled to the view's rectangle. Animation of the
// customers follows the rules' game time, so pausing freezes them.
#include "minigames/budget/budget_view.hpp"

#include "minigames/budget/budget_rules.hpp"
#include "minigames/shared/view_kit.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::budget {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Layout and helpers
//-----------------------------------------------------------------------------

const ImVec2 kDesign(1100.0f, 560.0f);
constexpr float kSceneRight = 520.0f;
constexpr float kPanelLeft = 532.0f;
constexpr float kPanelRight = 932.0f;
constexpr float kJarLeft = 944.0f;
constexpr float kTop = 64.0f;
constexpr float kStandX = 300.0f;
constexpr float kStreetY = 505.0f;
constexpr float kWalkSpeed = 240.0f;

constexpr float kSmall = 17.0f;
constexpr float kBody = 21.0f;
constexpr float kLarge = 28.0f;

// Focus ids of the tappable things.
enum Id {
    kFewer = 1,
    kMore,
    kPrice1,
    kPrice2,
    kPrice3,
    kFlyer,
    kUpgrade0,
    kUpgrade1,
    kUpgrade2,
    kSaveLess,
    kSaveMore,
    kOpen,
    kChoice0,
    kChoice1,
    kNext,
};

const char* const kWeatherIcons[kWeatherCount] = {"umbrella", "cloud", "sun-o", "thermometer"};
const char* const kUpgradeIcons[kUpgradeCount] = {"flag", "birthday-cake", "snowflake-o"};
const char* const kSurpriseKeys[kSurpriseKindCount] = {
    "",           "blender",    "big_order",  "lemon_sale",    "heat_wave",
    "rainy_days", "temptation", "bank_bonus", "umbrella_bill", "school_fair"};
const char* const kSurpriseIcons[kSurpriseKindCount] = {"",        "wrench",      "futbol-o",
                                                        "lemon-o", "thermometer", "umbrella",
                                                        "gamepad", "bank",        "exclamation-triangle",
                                                        "star"};

constexpr ImU32 kLemon = IM_COL32(250, 214, 50, 255);
constexpr ImU32 kWood = IM_COL32(196, 140, 82, 255);
constexpr ImU32 kWoodDark = IM_COL32(150, 100, 55, 255);
constexpr ImU32 kCoin = IM_COL32(246, 190, 40, 255);
constexpr ImU32 kMoneyGreen = IM_COL32(40, 150, 80, 255);

struct Ctx {
    ViewHost& host;
    const BudgetRules& g;
    ImDrawList* dl;
    board::Board b;
    const ViewPalette& pal;
    ImFont* body;
    ImFont* large;
};

std::string money(const Ctx& c, int dollars) {
    return c.host.format("game.budget.money", {{"n", std::to_string(dollars)}});
}

std::string weatherKey(Weather w) {
    return "game.budget.weather." + std::to_string(static_cast<int>(w));
}

void label(const Ctx& c, float x, float y, float size, ImU32 color, std::string_view str) {
    board::text(c.dl, c.body, c.b.s(size), c.b.at(x, y), color, str);
}

void labelCentered(const Ctx& c, float cx, float cy, float size, ImU32 color, std::string_view str,
                   float maxWidth) {
    const float fitted = board::fitSize(c.body, c.b.s(size), str, c.b.s(maxWidth));
    board::textCentered(c.dl, c.body, fitted, c.b.at(cx, cy), color, str);
}

void panelBox(const Ctx& c, float x0, float y0, float x1, float y1) {
    c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x1, y1), c.pal.panel, c.b.s(14));
    c.dl->AddRect(c.b.at(x0, y0), c.b.at(x1, y1), board::withAlpha(c.pal.mutedText, 0.35f), c.b.s(14), 0,
                  c.b.s(1.5f));
}

bool btn(const Ctx& c, board::Focus& focus, int id, std::string_view text, float x0, float y0, float x1,
         float y1, ImU32 fill, ImU32 ink, std::string icon = {}, bool enabled = true, bool selected = false,
         bool preferred = false) {
    board::ButtonLook look{fill, ink, std::move(icon), selected};
    return board::button(c.host, focus, c.dl, c.b, id, text, c.b.at(x0, y0), c.b.at(x1, y1), look, enabled,
                       preferred);
}

//-----------------------------------------------------------------------------
// [SECTION] Stand scene and customers
//-----------------------------------------------------------------------------

ImU32 skyColor(Weather w) {
    switch (w) {
    case Weather::Rainy:
        return IM_COL32(140, 155, 170, 255);
    case Weather::Cloudy:
        return IM_COL32(175, 195, 215, 255);
    case Weather::Sunny:
        return IM_COL32(135, 200, 245, 255);
    case Weather::Hot:
        return IM_COL32(250, 200, 140, 255);
    }
    return IM_COL32(135, 200, 245, 255);
}

void drawSky(const Ctx& c, Weather w, double now) {
    const ImVec2 s0 = c.b.at(0, kTop);
    const ImVec2 s1 = c.b.at(kSceneRight, 430);
    c.dl->AddRectFilled(s0, s1, skyColor(w), c.b.s(14), ImDrawFlags_RoundCornersTop);
    const bool still = c.host.reducedMotion();
    if (w == Weather::Sunny || w == Weather::Hot) {
        const ImVec2 sun = c.b.at(450, 120);
        const ImU32 sunColor = w == Weather::Hot ? IM_COL32(255, 150, 40, 255) : IM_COL32(255, 215, 60, 255);
        for (int i = 0; i < 10; ++i) {
            const float a = static_cast<float>(i) * 0.628f + (still ? 0.0f : static_cast<float>(now) * 0.2f);
            c.dl->AddLine(ImVec2(sun.x + std::cos(a) * c.b.s(34), sun.y + std::sin(a) * c.b.s(34)),
                          ImVec2(sun.x + std::cos(a) * c.b.s(48), sun.y + std::sin(a) * c.b.s(48)), sunColor,
                          c.b.s(4));
        }
        c.dl->AddCircleFilled(sun, c.b.s(28), sunColor, 32);
    }
    if (w != Weather::Hot) {
        const ImU32 cloud = w == Weather::Rainy ? IM_COL32(110, 120, 135, 255) : IM_COL32(250, 250, 252, 255);
        const float drift = still ? 0.0f : static_cast<float>(std::fmod(now * 6.0, 60.0));
        for (int k = 0; k < (w == Weather::Sunny ? 1 : 3); ++k) {
            const float cx = 60.0f + static_cast<float>(k) * 140.0f + drift;
            const float cy = 195.0f + static_cast<float>(k % 2) * 30.0f;
            c.dl->AddCircleFilled(c.b.at(cx, cy), c.b.s(26), cloud, 20);
            c.dl->AddCircleFilled(c.b.at(cx + 30, cy - 10), c.b.s(30), cloud, 20);
            c.dl->AddCircleFilled(c.b.at(cx + 62, cy), c.b.s(24), cloud, 20);
            c.dl->AddRectFilled(c.b.at(cx, cy), c.b.at(cx + 62, cy + 24), cloud, c.b.s(10));
        }
    }
    if (w == Weather::Rainy) {
        const float fall = still ? 0.0f : static_cast<float>(std::fmod(now * 300.0, 60.0));
        for (int i = 0; i < 40; ++i) {
            const float x = static_cast<float>((i * 53) % 510) + 5.0f;
            const float y = 150.0f + static_cast<float>((i * 37) % 260) + fall;
            if (y > 420.0f) {
                continue;
            }
            c.dl->AddLine(c.b.at(x, y), c.b.at(x - 4, y + 14), IM_COL32(220, 235, 255, 200), c.b.s(2));
        }
    }
}

void drawStand(const Ctx& c) {
    const BudgetRules& g = c.g;
    auto at = [&](float x, float y) { return c.b.at(x, y); };
    // Ground and sidewalk.
    c.dl->AddRectFilled(at(0, 430), at(kSceneRight, 560), IM_COL32(120, 190, 100, 255), c.b.s(14),
                        ImDrawFlags_RoundCornersBottom);
    c.dl->AddRectFilled(at(0, 470), at(kSceneRight, 525), IM_COL32(205, 205, 200, 255));
    for (int i = 0; i < 9; ++i) {
        const float x = static_cast<float>(i) * 60.0f;
        c.dl->AddLine(at(x, 470), at(x + 10, 525), IM_COL32(180, 180, 175, 255), c.b.s(2));
    }
    // Posts, awning and counter.
    c.dl->AddRectFilled(at(kStandX - 105, 250), at(kStandX - 95, 440), kWoodDark);
    c.dl->AddRectFilled(at(kStandX + 95, 250), at(kStandX + 105, 440), kWoodDark);
    for (int i = 0; i < 7; ++i) {
        const float x0 = kStandX - 120.0f + static_cast<float>(i) * 34.3f;
        c.dl->AddRectFilled(at(x0, 230), at(x0 + 34.3f, 268), i % 2 ? IM_COL32_WHITE : kLemon);
    }
    for (int i = 0; i < 7; ++i) {
        const float x0 = kStandX - 120.0f + static_cast<float>(i) * 34.3f;
        c.dl->AddCircleFilled(at(x0 + 17.0f, 268), c.b.s(17), i % 2 ? IM_COL32_WHITE : kLemon, 16);
    }
    c.dl->AddRectFilled(at(kStandX - 115, 345), at(kStandX + 115, 445), kWood, c.b.s(6));
    c.dl->AddRectFilled(at(kStandX - 122, 335), at(kStandX + 122, 350), kWoodDark, c.b.s(4));
    // Pitcher and cups on the counter.
    c.dl->AddRectFilled(at(kStandX - 80, 285), at(kStandX - 40, 335), IM_COL32(255, 240, 150, 230), c.b.s(6));
    c.dl->AddRect(at(kStandX - 80, 285), at(kStandX - 40, 335), IM_COL32(255, 255, 255, 255), c.b.s(6), 0,
                  c.b.s(2));
    c.dl->AddCircleFilled(at(kStandX - 60, 300), c.b.s(7), kLemon, 12);
    const int cupsShown = std::min(8, (g.stock() + 9) / 10);
    for (int i = 0; i < cupsShown; ++i) {
        const float x = kStandX - 25.0f + static_cast<float>(i % 4) * 22.0f;
        const float y = 335.0f - static_cast<float>(i / 4) * 24.0f;
        c.dl->AddQuadFilled(at(x, y - 22), at(x + 16, y - 22), at(x + 13, y), at(x + 3, y),
                            IM_COL32(255, 245, 170, 255));
        c.dl->AddQuad(at(x, y - 22), at(x + 16, y - 22), at(x + 13, y), at(x + 3, y),
                      IM_COL32(220, 190, 60, 255), c.b.s(1.5f));
    }
    // The front board: price and cups left.
    board::textCentered(c.dl, c.large, c.b.s(34), at(kStandX - 50, 388), IM_COL32_WHITE, money(c, g.price()));
    const std::string cups = c.host.format("game.budget.cups", {{"n", std::to_string(g.stock())}});
    labelCentered(c, kStandX + 45, 388, kBody, IM_COL32_WHITE, cups, 110);
    if (g.blenderBroken()) {
        board::icon(c.host, c.dl, "wrench", at(kStandX + 95, 305), c.b.s(26), c.pal.danger);
    }
    // Upgrades the kid owns.
    if (g.owns(Upgrade::Sign)) {
        c.dl->AddRectFilled(at(20, 250), at(28, 460), kWoodDark);
        c.dl->AddRectFilled(at(0, 220), at(130, 290), IM_COL32(230, 80, 70, 255), c.b.s(8));
        board::icon(c.host, c.dl, "lemon-o", at(30, 255), c.b.s(28), kLemon);
        board::icon(c.host, c.dl, "star", at(100, 255), c.b.s(24), kLemon);
        board::icon(c.host, c.dl, "star", at(65, 255), c.b.s(18), IM_COL32_WHITE);
    }
    if (g.owns(Upgrade::SnackShelf)) {
        c.dl->AddRectFilled(at(kStandX + 125, 330), at(kStandX + 195, 440), IM_COL32(170, 110, 60, 255),
                            c.b.s(4));
        for (int i = 0; i < 6; ++i) {
            const float x = kStandX + 138.0f + static_cast<float>(i % 3) * 22.0f;
            const float y = 352.0f + static_cast<float>(i / 3) * 40.0f;
            c.dl->AddCircleFilled(at(x, y), c.b.s(9), IM_COL32(205, 150, 90, 255), 12);
            c.dl->AddCircleFilled(at(x - 3, y - 2), c.b.s(2), IM_COL32(90, 50, 30, 255), 6);
            c.dl->AddCircleFilled(at(x + 3, y + 3), c.b.s(2), IM_COL32(90, 50, 30, 255), 6);
        }
    }
    if (g.owns(Upgrade::Cooler)) {
        c.dl->AddRectFilled(at(kStandX - 190, 395), at(kStandX - 125, 445), IM_COL32(60, 140, 220, 255),
                            c.b.s(6));
        c.dl->AddRectFilled(at(kStandX - 190, 390), at(kStandX - 125, 402), IM_COL32_WHITE, c.b.s(4));
        board::icon(c.host, c.dl, "snowflake-o", at(kStandX - 157, 424), c.b.s(22), IM_COL32_WHITE);
    }
}

// A speech bubble above a customer's head.
void bubble(const Ctx& c, ImVec2 tip, std::string_view text, ImU32 fill) {
    const float size = c.b.s(kSmall);
    const ImVec2 ts = board::textSize(c.body, size, text);
    const ImVec2 p0(tip.x - ts.x * 0.5f - c.b.s(8), tip.y - ts.y - c.b.s(14));
    const ImVec2 p1(tip.x + ts.x * 0.5f + c.b.s(8), tip.y - c.b.s(4));
    c.dl->AddRectFilled(p0, p1, fill, c.b.s(8));
    c.dl->AddTriangleFilled(ImVec2(tip.x - c.b.s(6), p1.y), ImVec2(tip.x + c.b.s(6), p1.y), tip, fill);
    board::text(c.dl, c.body, size, ImVec2(p0.x + c.b.s(8), p0.y + c.b.s(5)), IM_COL32(40, 40, 40, 255), text);
}

void drawCustomers(const Ctx& c) {
    const BudgetRules& g = c.g;
    if (g.phase() != Phase::Selling) {
        return;
    }
    const auto now = static_cast<float>(g.phaseTime());
    for (int i = 0; i < g.customerCount(); ++i) {
        const Customer& cu = g.customers()[static_cast<std::size_t>(i)];
        const float t = now - static_cast<float>(cu.at);
        const bool stops = cu.visit == Visit::Bought || cu.visit == Visit::Team || cu.visit == Visit::SoldOut;
        const float pause = stops ? 0.55f : 0.0f;
        float x;
        if (t < 0.0f) {
            x = kStandX + t * kWalkSpeed;
        } else if (t < pause) {
            x = kStandX;
        } else {
            x = kStandX + (t - pause) * kWalkSpeed;
        }
        if (x < -30.0f || x > kSceneRight + 30.0f) {
            continue;
        }
        x = std::clamp(x, 10.0f, kSceneRight - 10.0f);
        const float lane = static_cast<float>(i % 3) * 8.0f;
        const float walking = (t >= 0.0f && t < pause) ? 0.0f : now;
        const float step = c.host.reducedMotion() ? 0.0f : walking;
        if (cu.visit == Visit::Team) {
            for (int k = 0; k < 3; ++k) {
                board::person(c.dl, c.b.at(x - 30.0f + static_cast<float>(k) * 30.0f, kStreetY + lane),
                            c.b.s(64), cu.look + k * 5, step, IM_COL32(40, 110, 200, 255));
            }
        } else {
            board::person(c.dl, c.b.at(x, kStreetY + lane), c.b.s(70), cu.look, step);
        }
        if (t >= 0.0f && t < 1.1f) {
            const ImVec2 tip = c.b.at(x, kStreetY + lane - 80.0f);
            switch (cu.visit) {
            case Visit::TooPricey:
                bubble(c, tip, c.host.text("game.budget.too_pricey"), IM_COL32(255, 225, 225, 255));
                break;
            case Visit::SoldOut:
                bubble(c, tip, c.host.text("game.budget.sold_out"), IM_COL32(255, 235, 200, 255));
                break;
            case Visit::Team:
                bubble(c, tip, c.host.text("game.budget.team"), IM_COL32(220, 235, 255, 255));
                break;
            case Visit::Bought:
                board::icon(c.host, c.dl, "lemon-o", ImVec2(tip.x, tip.y - c.b.s(10)), c.b.s(22),
                          IM_COL32(230, 180, 0, 255));
                break;
            case Visit::Passed:
                break;
            }
        }
    }
}

void drawForecastBadge(const Ctx& c) {
    const BudgetRules& g = c.g;
    const Weather shown =
        g.phase() == Phase::Plan || g.phase() == Phase::Surprise ? g.forecast() : g.weatherToday();
    c.dl->AddRectFilled(c.b.at(10, kTop + 8), c.b.at(300, kTop + 84), IM_COL32(255, 255, 255, 225),
                        c.b.s(12));
    board::icon(c.host, c.dl, kWeatherIcons[static_cast<int>(shown)], c.b.at(42, kTop + 46), c.b.s(36),
              IM_COL32(60, 70, 90, 255));
    const std::string title =
        g.phase() == Phase::Plan || g.phase() == Phase::Surprise
            ? c.host.format("game.budget.forecast", {{"weather", c.host.text(weatherKey(shown))}})
            : c.host.text(weatherKey(shown));
    label(c, 74, kTop + 14, kBody, IM_COL32(40, 40, 50, 255), title);
    if (g.phase() == Phase::Plan) {
        const std::string walkers =
            c.host.format("game.budget.walkers", {{"n", std::to_string(g.expectedWalkers())}});
        board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kSmall), walkers, c.b.s(220)),
                  c.b.at(74, kTop + 46), IM_COL32(70, 70, 80, 255), walkers);
    }
    // Today's special news, one line each.
    float y = kTop + 92;
    auto badge = [&](const char* key, ImU32 fill) {
        const std::string& t = c.host.text(key);
        const float size = board::fitSize(c.body, c.b.s(kSmall), t, c.b.s(280));
        const ImVec2 ts = board::textSize(c.body, size, t);
        c.dl->AddRectFilled(c.b.at(10, y), ImVec2(c.b.at(10, y).x + ts.x + c.b.s(16), c.b.at(10, y + 28).y),
                            fill, c.b.s(8));
        board::text(c.dl, c.body, size, c.b.at(18, y + 4), IM_COL32_WHITE, t);
        y += 34;
    };
    if (g.phase() == Phase::Done) {
        return;
    }
    if (g.teamOrderToday()) {
        badge("game.budget.team_badge", IM_COL32(40, 110, 200, 255));
    }
    if (g.fairToday()) {
        badge("game.budget.fair_badge", IM_COL32(150, 80, 180, 255));
    }
    if (g.bonusWeek()) {
        badge("game.budget.bonus_week", kMoneyGreen);
    }
    if (g.blenderBroken()) {
        badge("game.budget.lumpy", c.pal.danger);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Plan panel
//-----------------------------------------------------------------------------

void drawPlan(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const BudgetRules& g = c.g;
    auto push = [&](ActionCode code, int a = 0) {
        actions.push_back(Action{static_cast<int>(code), a, 0});
        c.host.sound(Sound::Tap);
    };
    const float x0 = kPanelLeft;
    const float x1 = kPanelRight;
    const ImU32 ink = c.pal.text;
    panelBox(c, x0, kTop, x1, 560);
    const float rowH = 94.0f;
    float y = kTop + 8;

    // Cups.
    label(c, x0 + 14, y, kSmall, c.pal.mutedText,
          c.host.text("game.budget.cups_row") + "  (" +
              c.host.format("game.budget.cups_cost", {{"amount", money(c, g.batchCostToday())}}) + ")");
    if (btn(c, focus, kFewer, c.host.text("game.budget.fewer"), x0 + 14, y + 26, x0 + 124, y + 84,
            c.pal.primary, c.pal.onPrimary, "minus", g.batchesToday() > 0)) {
        push(ActionCode::RemoveBatch);
    }
    board::textCentered(c.dl, c.large, c.b.s(kLarge), c.b.at((x0 + x1) * 0.5f, y + 48), ink,
                      c.host.format("game.budget.cups", {{"n", std::to_string(g.stock())}}));
    labelCentered(c, (x0 + x1) * 0.5f, y + 74, kSmall, c.pal.mutedText,
                  c.host.format("game.budget.spent_today",
                                {{"amount", money(c, g.batchesToday() * g.batchCostToday())}}),
                  140);
    if (btn(c, focus, kMore, c.host.text("game.budget.more"), x1 - 124, y + 26, x1 - 14, y + 84,
            c.pal.primary, c.pal.onPrimary, "plus",
            g.cash() >= g.batchCostToday() && g.batchesToday() < kMaxBatches, false, true)) {
        push(ActionCode::AddBatch);
    }
    y += rowH;

    // Price and flyers.
    label(c, x0 + 14, y, kSmall, c.pal.mutedText, c.host.text("game.budget.price_row"));
    for (int p = 1; p <= 3; ++p) {
        const float bx = x0 + 14 + static_cast<float>(p - 1) * 76.0f;
        if (btn(c, focus, kPrice1 + p - 1, money(c, p), bx, y + 26, bx + 68, y + 84,
                g.price() == p ? kLemon : IM_COL32(255, 247, 214, 255), IM_COL32(60, 50, 20, 255), {}, true,
                g.price() == p)) {
            push(ActionCode::SetPrice, p);
        }
    }
    const std::string flyerText = c.host.format("game.budget.flyers", {{"amount", money(c, kFlyerCost)}});
    if (btn(c, focus, kFlyer, flyerText, x0 + 250, y + 26, x1 - 14, y + 84,
            g.flyer() ? IM_COL32(150, 80, 180, 255) : IM_COL32(235, 220, 245, 255),
            g.flyer() ? IM_COL32_WHITE : IM_COL32(70, 40, 90, 255), "bullhorn",
            g.flyer() || g.cash() >= kFlyerCost, g.flyer())) {
        push(ActionCode::ToggleFlyer);
    }
    y += rowH;

    // Upgrades: what the focused one does replaces the row's title.
    std::string shopTitle = c.host.text("game.budget.shop_row");
    for (int u = 0; u < kUpgradeCount; ++u) {
        if (focus.focused(kUpgrade0 + u)) {
            shopTitle = c.host.text("game.budget.upgrade." + std::to_string(u)) + ": " +
                        c.host.text("game.budget.upgrade_help." + std::to_string(u));
        }
    }
    board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kSmall), shopTitle, c.b.s(x1 - x0 - 28)),
              c.b.at(x0 + 14, y), c.pal.mutedText, shopTitle);
    for (int u = 0; u < kUpgradeCount; ++u) {
        const float bw = (x1 - x0 - 28.0f - 16.0f) / 3.0f;
        const float bx = x0 + 14 + static_cast<float>(u) * (bw + 8.0f);
        const auto up = static_cast<Upgrade>(u);
        const bool owned = g.owns(up);
        const bool can = !owned && g.cash() >= upgradeCost(up);
        if (btn(c, focus, kUpgrade0 + u, c.host.text("game.budget.upgrade." + std::to_string(u)), bx, y + 26,
                bx + bw, y + 100, owned ? c.pal.success : IM_COL32(255, 236, 210, 255),
                owned ? IM_COL32_WHITE : IM_COL32(90, 60, 20, 255), kUpgradeIcons[u], can || owned, owned)) {
            if (can) {
                push(ActionCode::BuyUpgrade, u);
            }
        }
        // A price tag (or "Yours!") on the button's corner.
        const std::string tag = owned ? c.host.text("game.budget.owned") : money(c, upgradeCost(up));
        const float ts = board::fitSize(c.body, c.b.s(15), tag, c.b.s(bw - 10));
        const ImVec2 tsz = board::textSize(c.body, ts, tag);
        const ImVec2 t1 = c.b.at(bx + bw + 4, y + 22);
        const ImVec2 t0(t1.x - tsz.x - c.b.s(10), t1.y - c.b.s(4));
        c.dl->AddRectFilled(t0, ImVec2(t1.x, t1.y + tsz.y), owned ? c.pal.success : c.pal.accent, c.b.s(8));
        board::text(c.dl, c.body, ts, ImVec2(t0.x + c.b.s(5), t0.y + c.b.s(2)),
                  owned ? IM_COL32_WHITE : IM_COL32(40, 30, 10, 255), tag);
    }
    y += rowH + 18;

    // Savings jar.
    label(c, x0 + 14, y, kSmall, c.pal.mutedText, c.host.text("game.budget.save_row"));
    const bool undo = g.savedToday() >= kSaveStep;
    const std::string lessText =
        undo ? c.host.text("game.budget.save_back")
             : c.host.format("game.budget.take_out", {{"amount", money(c, kWithdrawFee)}});
    if (btn(c, focus, kSaveLess, lessText, x0 + 14, y + 26, x0 + 144, y + 84, IM_COL32(230, 235, 240, 255),
            IM_COL32(50, 60, 70, 255), {}, undo || g.jar() >= kSaveStep + kWithdrawFee)) {
        push(ActionCode::SaveLess);
    }
    board::textCentered(c.dl, c.large, c.b.s(kLarge), c.b.at((x0 + x1) * 0.5f, y + 46), kMoneyGreen,
                      "+" + money(c, g.savedToday()));
    labelCentered(c, (x0 + x1) * 0.5f, y + 72, kSmall, c.pal.mutedText,
                  c.host.text("game.budget.saved_today"), 100);
    if (btn(c, focus, kSaveMore, c.host.format("game.budget.save_more", {{"amount", money(c, kSaveStep)}}),
            x1 - 144, y + 26, x1 - 14, y + 84, kMoneyGreen, IM_COL32_WHITE, "bank", g.cash() >= kSaveStep)) {
        push(ActionCode::SaveMore);
    }
    y += rowH;

    // Open.
    if (btn(c, focus, kOpen, c.host.text("game.budget.open"), x0 + 14, std::min(y, 496.0f), x1 - 14, 552,
            c.pal.accent, IM_COL32(40, 30, 10, 255), "play")) {
        push(ActionCode::OpenStand);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Surprise card, selling and summary panels
//-----------------------------------------------------------------------------

void drawSurprise(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const BudgetRules& g = c.g;
    const auto kind = static_cast<int>(g.surprise());
    const std::string base = std::string("game.budget.surprise.") + kSurpriseKeys[kind];
    const bool bad = surpriseIsBad(g.surprise());
    const float x0 = 150;
    const float x1 = 800;
    const float y0 = kTop + 40;
    const float y1 = 520;
    c.dl->AddRectFilled(c.b.at(0, kTop), c.b.at(kPanelRight, 560), IM_COL32(0, 0, 0, 90), c.b.s(14));
    c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x1, y1), c.pal.panel, c.b.s(18));
    c.dl->AddRect(c.b.at(x0, y0), c.b.at(x1, y1), bad ? c.pal.danger : c.pal.success, c.b.s(18), 0, c.b.s(5));
    c.dl->AddCircleFilled(c.b.at((x0 + x1) * 0.5f, y0 + 62), c.b.s(42), bad ? c.pal.danger : c.pal.success,
                          32);
    board::icon(c.host, c.dl, kSurpriseIcons[kind], c.b.at((x0 + x1) * 0.5f, y0 + 62), c.b.s(44),
              IM_COL32_WHITE);
    labelCentered(c, (x0 + x1) * 0.5f, y0 + 130, kLarge, c.pal.text, c.host.text(base + ".title"),
                  x1 - x0 - 40);
    const std::string body = c.host.format(
        base + ".text", {{"amount", money(c, g.surpriseCost())}, {"n", std::to_string(kTeamCups)}});
    board::textCentered(c.dl, c.body, c.b.s(kBody), c.b.at((x0 + x1) * 0.5f, y0 + 196), c.pal.text, body,
                      c.b.s(x1 - x0 - 60));
    auto choose = [&](int choice) {
        actions.push_back(Action{static_cast<int>(ActionCode::ChooseSurprise), choice, 0});
        c.host.sound(Sound::Tap);
    };
    if (surpriseHasChoice(g.surprise())) {
        const bool canPay = g.surprise() == SurpriseKind::BigOrder || g.cash() >= g.surpriseCost();
        if (btn(c, focus, kChoice0, c.host.format(base + ".yes", {{"amount", money(c, g.surpriseCost())}}),
                x0 + 30, y1 - 100, (x0 + x1) * 0.5f - 10, y1 - 30, c.pal.primary, c.pal.onPrimary, {}, canPay,
                false, canPay)) {
            choose(0);
        }
        if (btn(c, focus, kChoice1, c.host.text(base + ".no"), (x0 + x1) * 0.5f + 10, y1 - 100, x1 - 30,
                y1 - 30, IM_COL32(230, 235, 240, 255), IM_COL32(40, 50, 60, 255), {}, true, false, !canPay)) {
            choose(1);
        }
    } else if (btn(c, focus, kChoice0, c.host.text("game.budget.surprise.ok"), (x0 + x1) * 0.5f - 120,
                   y1 - 100, (x0 + x1) * 0.5f + 120, y1 - 30, c.pal.primary, c.pal.onPrimary, "check", true,
                   false, true)) {
        choose(0);
    }
    const float left = static_cast<float>(1.0 - g.phaseTime() / g.phaseLimit());
    board::ringTimer(c.dl, c.b.at(x1 - 40, y0 + 40), c.b.s(20), left, board::withAlpha(c.pal.mutedText, 0.3f),
                   c.pal.accent, c.b.s(6));
}

void statLine(const Ctx& c, float x, float y, const char* icon, ImU32 color, const std::string& text) {
    board::icon(c.host, c.dl, icon, c.b.at(x + 16, y + 14), c.b.s(22), color);
    board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kBody), text, c.b.s(kPanelRight - x - 60)),
              c.b.at(x + 40, y + 2), c.pal.text, text);
}

void drawSelling(const Ctx& c) {
    const BudgetRules& g = c.g;
    const float x0 = kPanelLeft;
    panelBox(c, x0, kTop, kPanelRight, 560);
    board::textCentered(c.dl, c.large, c.b.s(34), c.b.at((x0 + kPanelRight) * 0.5f, kTop + 36), c.pal.text,
                      c.host.text("game.budget.selling"));
    int walked = 0, pricey = 0, out = 0;
    for (int i = 0; i < g.visitedCount(); ++i) {
        const Visit v = g.customers()[static_cast<std::size_t>(i)].visit;
        walked += v == Visit::Team ? 0 : 1;
        pricey += v == Visit::TooPricey ? 1 : 0;
        out += v == Visit::SoldOut ? 1 : 0;
    }
    const DayReport& r = g.today();
    float y = kTop + 80;
    statLine(c, x0 + 20, y, "users", c.pal.mutedText,
             c.host.format("game.budget.walked_by", {{"n", std::to_string(walked)}}));
    y += 44;
    statLine(c, x0 + 20, y, "lemon-o", IM_COL32(220, 170, 0, 255),
             c.host.format("game.budget.sold", {{"n", std::to_string(r.sold)}}));
    y += 44;
    statLine(c, x0 + 20, y, "frown-o", c.pal.danger,
             c.host.format("game.budget.missed_pricey", {{"n", std::to_string(pricey)}}));
    y += 44;
    statLine(c, x0 + 20, y, "times-circle", IM_COL32(200, 120, 30, 255),
             c.host.format("game.budget.missed_out", {{"n", std::to_string(out)}}));
    y += 56;
    board::textCentered(c.dl, c.large, c.b.s(40), c.b.at((x0 + kPanelRight) * 0.5f, y + 30), kMoneyGreen,
                      c.host.format("game.budget.money_in", {{"amount", money(c, r.income)}}));
    // How far through the day the stand is.
    const float f = std::clamp(static_cast<float>(g.phaseTime() / kSellSeconds), 0.0f, 1.0f);
    c.dl->AddRectFilled(c.b.at(x0 + 20, 520), c.b.at(kPanelRight - 20, 536),
                        board::withAlpha(c.pal.mutedText, 0.25f), c.b.s(8));
    c.dl->AddRectFilled(c.b.at(x0 + 20, 520), c.b.at(x0 + 20 + (kPanelRight - x0 - 40) * f, 536),
                        c.pal.accent, c.b.s(8));
    board::icon(c.host, c.dl, "sun-o", c.b.at(x0 + 20 + (kPanelRight - x0 - 40) * f, 528), c.b.s(22),
              IM_COL32(240, 160, 0, 255));
}

void drawChart(const Ctx& c, float x0, float y0, float x1, float y1) {
    const BudgetRules& g = c.g;
    const int days = g.level().days;
    int top = 10;
    for (int d = 0; d < g.daysDone(); ++d) {
        const DayReport& r = g.history()[static_cast<std::size_t>(d)];
        top = std::max(top, std::abs(r.income - r.spent));
    }
    const float mid = (y0 + y1) * 0.5f + 10.0f;
    const float half = (y1 - y0) * 0.5f - 14.0f;
    label(c, x0, y0 - 4, kSmall, c.pal.mutedText, c.host.text("game.budget.chart"));
    c.dl->AddLine(c.b.at(x0, mid), c.b.at(x1, mid), board::withAlpha(c.pal.mutedText, 0.6f), c.b.s(1.5f));
    const float w = (x1 - x0) / static_cast<float>(days);
    for (int d = 0; d < g.daysDone(); ++d) {
        const DayReport& r = g.history()[static_cast<std::size_t>(d)];
        const int profit = r.income - r.spent;
        const float h = half * static_cast<float>(std::abs(profit)) / static_cast<float>(top);
        const float bx = x0 + static_cast<float>(d) * w + w * 0.18f;
        const ImU32 col = profit >= 0 ? kMoneyGreen : c.pal.danger;
        if (profit >= 0) {
            c.dl->AddRectFilled(c.b.at(bx, mid - h), c.b.at(bx + w * 0.64f, mid), col, c.b.s(3));
        } else {
            c.dl->AddRectFilled(c.b.at(bx, mid), c.b.at(bx + w * 0.64f, mid + h), col, c.b.s(3));
        }
        board::icon(c.host, c.dl, kWeatherIcons[static_cast<int>(r.weather)], c.b.at(bx + w * 0.32f, y1 + 2),
                  c.b.s(14), c.pal.mutedText);
    }
}

void drawSummary(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const BudgetRules& g = c.g;
    const DayReport& r = g.today();
    const float x0 = kPanelLeft;
    const float x1 = kPanelRight;
    panelBox(c, x0, kTop, x1, 560);
    labelCentered(c, (x0 + x1) * 0.5f, kTop + 26, kLarge, c.pal.text,
                  c.host.format("game.budget.day_done", {{"n", std::to_string(r.day + 1)}}), x1 - x0 - 20);
    const int profit = r.income - r.spent;
    const std::string profitText = (profit >= 0 ? "+" : "-") + money(c, std::abs(profit));
    label(c, x0 + 20, kTop + 52, kBody, c.pal.mutedText, c.host.text("game.budget.profit"));
    board::textCentered(c.dl, c.large, c.b.s(44), c.b.at(x1 - 90, kTop + 68),
                      profit >= 0 ? kMoneyGreen : c.pal.danger, profitText);
    float y = kTop + 96;
    statLine(c, x0 + 20, y, "lemon-o", IM_COL32(220, 170, 0, 255),
             c.host.format("game.budget.sold", {{"n", std::to_string(r.sold)}}) + "  " +
                 c.host.format("game.budget.money_in", {{"amount", money(c, r.income)}}));
    y += 36;
    statLine(c, x0 + 20, y, "shopping-cart", c.pal.mutedText,
             c.host.format("game.budget.spent", {{"amount", money(c, r.spent)}}));
    y += 36;
    if (r.wasted > 0) {
        statLine(c, x0 + 20, y, "trash", c.pal.danger,
                 c.host.format("game.budget.wasted", {{"n", std::to_string(r.wasted)}}));
        y += 36;
    }
    if (r.kept > 0) {
        statLine(c, x0 + 20, y, "snowflake-o", IM_COL32(60, 140, 220, 255),
                 c.host.format("game.budget.kept", {{"n", std::to_string(r.kept)}}));
        y += 36;
    }
    if (r.tooPricey * 3 > r.walkers && r.walkers > 0) {
        statLine(c, x0 + 20, y, "frown-o", c.pal.danger,
                 c.host.format("game.budget.missed_pricey", {{"n", std::to_string(r.tooPricey)}}));
        y += 36;
    } else if (r.soldOut > 0) {
        statLine(c, x0 + 20, y, "times-circle", IM_COL32(200, 120, 30, 255),
                 c.host.format("game.budget.missed_out", {{"n", std::to_string(r.soldOut)}}));
        y += 36;
    }
    if (r.interest > 0) {
        statLine(c, x0 + 20, y, "bank", kMoneyGreen,
                 c.host.format("game.budget.interest", {{"amount", money(c, r.interest)}}));
    }
    drawChart(c, x0 + 24, 372, x1 - 24, 470);
    const bool last = g.day() + 1 >= g.level().days;
    if (btn(c, focus, kNext, c.host.text(last ? "game.budget.finish" : "game.budget.next"), x0 + 14, 496,
            x1 - 14, 552, c.pal.primary, c.pal.onPrimary, "arrow-right", true, false, true)) {
        actions.push_back(Action{static_cast<int>(ActionCode::NextDay), 0, 0});
        c.host.sound(Sound::Tap);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Savings jar and top bar
//-----------------------------------------------------------------------------

void drawJar(const Ctx& c, float x0, float y0, float x1, float y1, int amount, int goal) {
    const float cx = (x0 + x1) * 0.5f;
    const float neck = 26.0f;
    const float top = y0 + neck;
    // Fill: the top of the jar is three stars (twice the goal).
    const float full = static_cast<float>(kThreeStarGoals) * static_cast<float>(goal);
    const float f = std::clamp(static_cast<float>(amount) / full, 0.0f, 1.0f);
    const float fillTop = y1 - (y1 - top - 8.0f) * f;
    c.dl->AddRectFilled(c.b.at(x0, top), c.b.at(x1, y1), IM_COL32(235, 245, 250, 255), c.b.s(22));
    if (f > 0.0f) {
        c.dl->AddRectFilled(c.b.at(x0 + 4, fillTop), c.b.at(x1 - 4, y1 - 4), kCoin, c.b.s(18));
        for (int i = 0; i < 12 && fillTop + 14.0f + static_cast<float>(i / 3) * 22.0f < y1 - 10; ++i) {
            const float px = x0 + 22.0f + static_cast<float>(i % 3) * ((x1 - x0 - 44.0f) / 2.0f);
            const float py = fillTop + 16.0f + static_cast<float>(i / 3) * 22.0f;
            c.dl->AddCircle(c.b.at(px, py), c.b.s(8), IM_COL32(210, 150, 20, 255), 12, c.b.s(2));
        }
    }
    c.dl->AddRect(c.b.at(x0, top), c.b.at(x1, y1), IM_COL32(120, 150, 170, 255), c.b.s(22), 0, c.b.s(3));
    c.dl->AddRectFilled(c.b.at(cx - 40, y0), c.b.at(cx + 40, top + 4), IM_COL32(200, 120, 60, 255), c.b.s(6));
    // Goal marks: one, two and three stars.
    const float marks[3] = {1.0f, static_cast<float>(kTwoStarGoals), static_cast<float>(kThreeStarGoals)};
    for (int i = 0; i < 3; ++i) {
        const float my =
            y1 - (y1 - top - 8.0f) * std::min(1.0f, marks[i] / static_cast<float>(kThreeStarGoals));
        const bool reached = static_cast<float>(amount) >= marks[i] * static_cast<float>(goal);
        c.dl->AddLine(c.b.at(x0 - 6, my), c.b.at(x1 + 6, my), reached ? kMoneyGreen : c.pal.danger,
                      c.b.s(2.5f));
        for (int s = 0; s <= i; ++s) {
            board::icon(c.host, c.dl, "star", c.b.at(x1 - 10 - static_cast<float>(s) * 15.0f, my - 11),
                      c.b.s(14), reached ? IM_COL32(240, 180, 0, 255) : c.pal.mutedText);
        }
    }
}

void drawJarColumn(const Ctx& c) {
    const BudgetRules& g = c.g;
    panelBox(c, kJarLeft, kTop, 1100, 560);
    const float cx = (kJarLeft + 1100) * 0.5f;
    labelCentered(c, cx, kTop + 18, kSmall, c.pal.mutedText, c.host.text("game.budget.jar"), 140);
    board::textCentered(c.dl, c.large, c.b.s(34), c.b.at(cx, kTop + 50), kMoneyGreen, money(c, g.jar()));
    drawJar(c, kJarLeft + 22, kTop + 84, 1100 - 22, 500, g.jar(), g.level().goal);
    labelCentered(c, cx, 528, kSmall, c.pal.text,
                  c.host.format("game.budget.goal_line", {{"amount", money(c, g.level().goal)}}), 140);
}

void drawTopBar(const Ctx& c) {
    const BudgetRules& g = c.g;
    c.dl->AddRectFilled(c.b.at(0, 0), c.b.at(1100, 54), c.pal.panel, c.b.s(12));
    board::icon(c.host, c.dl, "calendar", c.b.at(28, 27), c.b.s(26), c.pal.primary);
    label(c, 50, 14, kBody, c.pal.text,
          c.host.format("game.budget.day", {{"n", std::to_string(std::min(g.day() + 1, g.level().days))},
                                            {"total", std::to_string(g.level().days)}}));
    if (g.weekendEnds() && g.phase() != Phase::Done) {
        const std::string& bank = c.host.text("game.budget.bank_day");
        board::icon(c.host, c.dl, "bank", c.b.at(250, 27), c.b.s(22), kMoneyGreen);
        board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kSmall), bank, c.b.s(230)), c.b.at(268, 17),
                  kMoneyGreen, bank);
    }
    // Time left to decide.
    if (g.phase() == Phase::Plan) {
        const double left = std::max(0.0, g.phaseLimit() - g.phaseTime());
        const float f = static_cast<float>(left / g.phaseLimit());
        board::ringTimer(c.dl, c.b.at(560, 27), c.b.s(17), f, board::withAlpha(c.pal.mutedText, 0.3f),
                       f < 0.25f ? c.pal.danger : c.pal.accent, c.b.s(5));
        const std::string opens =
            c.host.format("game.budget.opens_in", {{"s", std::to_string(static_cast<int>(std::ceil(left)))}});
        board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kBody), opens, c.b.s(280)), c.b.at(586, 14),
                  c.pal.text, opens);
    }
    // Cash box.
    c.dl->AddRectFilled(c.b.at(890, 8), c.b.at(1092, 46), IM_COL32(255, 243, 205, 255), c.b.s(10));
    board::icon(c.host, c.dl, "money", c.b.at(914, 27), c.b.s(24), kMoneyGreen);
    const std::string cash = c.host.text("game.budget.cash") + " " + money(c, g.cash());
    board::text(c.dl, c.body, board::fitSize(c.body, c.b.s(kBody), cash, c.b.s(150)), c.b.at(934, 14),
              IM_COL32(60, 50, 20, 255), cash);
}

//-----------------------------------------------------------------------------
// [SECTION] How to play and the frame
//-----------------------------------------------------------------------------

class BudgetView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max) override {
        const auto* g = dynamic_cast<const BudgetRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, ImVec2(1100, 560));
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        // Picture: a stand in the sun, an arrow, and the jar with its goal.
        drawSky(c, Weather::Sunny, 0.0);
        drawStand(c);
        board::person(dl, b.at(150, kStreetY), b.s(80), 3);
        board::person(dl, b.at(440, kStreetY), b.s(74), 10);
        board::icon(host, dl, "arrow-right", b.at(580, 300), b.s(60), host.palette().accent);
        drawJar(c, 660, 150, 800, 440, 130, 100);
        const char* keys[3] = {"game.budget.howto.1", "game.budget.howto.2", "game.budget.howto.3"};
        for (int i = 0; i < 3; ++i) {
            const float y = 150.0f + static_cast<float>(i) * 100.0f;
            dl->AddCircleFilled(b.at(850, y), b.s(22), host.palette().primary, 24);
            board::textCentered(dl, c.body, b.s(24), b.at(850, y), host.palette().onPrimary,
                              std::to_string(i + 1));
            board::text(dl, c.body, b.s(kBody), b.at(882, y - 26), host.palette().text, host.text(keys[i]),
                      b.s(215));
        }
    }

    void draw(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto* g = dynamic_cast<const BudgetRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, kDesign);
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        m_focus.begin(readNav());
        watch(c);

        drawTopBar(c);
        drawSky(
            c, g->phase() == Phase::Plan || g->phase() == Phase::Surprise ? g->forecast() : g->weatherToday(),
            host.now());
        drawStand(c);
        drawCustomers(c);
        drawForecastBadge(c);
        drawJarColumn(c);
        switch (g->phase()) {
        case Phase::Plan:
            drawPlan(c, m_focus, actions);
            break;
        case Phase::Selling:
            drawSelling(c);
            break;
        case Phase::Summary:
            drawSummary(c, m_focus, actions);
            break;
        case Phase::Surprise:
            drawSurprise(c, m_focus, actions);
            break;
        case Phase::Done:
            break;
        }
        m_particles.draw(dl, c.large, b.s(26), host.now(), host.reducedMotion());
        m_focus.end(host, dl, b.unit);
    }

  private:
    // Turns changes of the rules' state into sounds, coins and rising labels.
    void watch(const Ctx& c) {
        const BudgetRules& g = c.g;
        const double now = c.host.now();
        const bool newDay = g.day() != m_day;
        if (newDay || g.phase() != m_phase) {
            if (g.phase() == Phase::Surprise) {
                c.host.sound(surpriseIsBad(g.surprise()) ? Sound::Bad : Sound::Good);
            }
            if (g.phase() == Phase::Summary) {
                const DayReport& r = g.today();
                c.host.sound(r.income >= r.spent ? Sound::Good : Sound::Bad);
                if (r.interest > 0) {
                    m_particles.floatText(c.b.at((kJarLeft + 1100) * 0.5f, 200), "+" + money(c, r.interest),
                                          kMoneyGreen, now);
                    if (!c.host.reducedMotion()) {
                        m_particles.burst(c.b.at((kJarLeft + 1100) * 0.5f, 220), 16, kCoin, c.b.s(160), now,
                                          7u);
                    }
                }
            }
            m_visited = 0;
        }
        if (g.phase() == Phase::Selling && g.visitedCount() > m_visited) {
            for (int i = m_visited; i < g.visitedCount(); ++i) {
                const Customer& cu = g.customers()[static_cast<std::size_t>(i)];
                if (cu.dollars > 0) {
                    const ImVec2 at = c.b.at(kStandX, 290);
                    m_particles.floatText(at, "+" + money(c, cu.dollars), kMoneyGreen, now);
                    if (!c.host.reducedMotion()) {
                        m_particles.burst(at, 5, kCoin, c.b.s(120), now, static_cast<unsigned>(i + 1));
                    }
                }
            }
            m_visited = g.visitedCount();
        }
        if (g.jar() > m_jar && g.phase() == Phase::Plan && !newDay && m_phase == Phase::Plan) {
            m_particles.floatText(c.b.at((kJarLeft + 1100) * 0.5f, 240), "+" + money(c, g.jar() - m_jar),
                                  kMoneyGreen, now);
        }
        m_day = g.day();
        m_phase = g.phase();
        m_jar = g.jar();
    }

    board::Focus m_focus;
    board::Particles m_particles;
    int m_day = -1;
    Phase m_phase = Phase::Done;
    int m_visited = 0;
    int m_jar = 0;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<BudgetView>();
}

} // namespace pathlight::minigames::budget
