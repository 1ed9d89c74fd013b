// The launch game's view (see launch_view.hpp). Index:
//   [SECTION] Layout and helpers
//   [SECTION] Product pictures
//   [SECTION] Top bar and audience cards
//   [SECTION] Message, channel and launch
//   [SECTION] Running campaign chart, news and final report
//   [SECTION] How to play and the frame
// Everything is drawn on a 1100x560 board scaled to the view's rectangle. The campaign chart grows
// with the rules' game time, so pausing freezes it.
#include "minigames/launch/launch_view.hpp"

#include "minigames/launch/launch_rules.hpp"
#include "minigames/shared/view_kit.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pathlight::minigames::launch {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Layout and helpers
//-----------------------------------------------------------------------------

const ImVec2 kDesign(1100.0f, 560.0f);
constexpr float kTop = 62.0f;
constexpr float kCardsRight = 440.0f;
constexpr float kMidLeft = 450.0f;
constexpr float kMidRight = 770.0f;
constexpr float kRightLeft = 780.0f;

constexpr float kSmall = 16.0f;
constexpr float kBody = 20.0f;

enum Id { kLaunch = 1, kContinue, kFeature0 = 10, kChannel0 = 20, kGroup0 = 30, kSurvey0 = 40 };

const char* const kAudienceKeys[kAudienceCount] = {"sporty",       "gamers",  "parents",
                                                   "grandparents", "artists", "music"};
const char* const kLikeIcons[kAudienceCount][2] = {
    {"futbol-o", "shopping-bag"},     {"gamepad", "play-circle"}, {"shopping-cart", "mobile"},
    {"volume-up", "shopping-basket"}, {"paint-brush", "camera"},  {"music", "headphones"}};
const ImU32 kAudienceColors[kAudienceCount] = {IM_COL32(46, 160, 90, 255),  IM_COL32(110, 80, 200, 255),
                                               IM_COL32(40, 130, 200, 255), IM_COL32(200, 120, 50, 255),
                                               IM_COL32(220, 70, 140, 255), IM_COL32(230, 170, 20, 255)};
const char* const kChannelIcons[kChannelCount] = {"picture-o", "video-camera", "volume-up", "shopping-cart",
                                                  "comments"};
constexpr int kReachDots[kChannelCount] = {2, 5, 4, 3, 3};
const char* const kFeatureIcons[kProductCount][kFeatureCount] = {
    {"bolt", "paint-brush", "shield", "tag"},
    {"heart", "leaf", "gift", "tag"},
    {"rocket", "users", "puzzle-piece", "smile-o"}};
constexpr ImU32 kSaw = IM_COL32(70, 150, 230, 255);
constexpr ImU32 kLiked = IM_COL32(235, 90, 140, 255);
constexpr ImU32 kBought = IM_COL32(40, 160, 90, 255);

struct Ctx {
    ViewHost& host;
    const LaunchRules& g;
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

std::string money(const Ctx& c, int dollars) {
    return c.host.format("game.launch.money", {{"n", std::to_string(dollars)}});
}

std::string groupName(const Ctx& c, int g) {
    return c.host.text(std::string("game.launch.audience.") +
                       kAudienceKeys[static_cast<int>(c.g.group(g).audience)]);
}

std::string featureName(const Ctx& c, int f) {
    return c.host.text("game.launch.feature." + std::to_string(static_cast<int>(c.g.product())) + "." +
                       std::to_string(f));
}

std::string channelName(const Ctx& c, int ch) {
    return c.host.text("game.launch.channel." + std::to_string(ch));
}

void panel(const Ctx& c, float x0, float y0, float x1, float y1, ImU32 fill) {
    c.dl->AddRectFilled(c.b.at(x0, y0 + 3), c.b.at(x1, y1 + 3), IM_COL32(0, 0, 0, 30), c.b.s(12));
    c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x1, y1), fill, c.b.s(12));
}

//-----------------------------------------------------------------------------
// [SECTION] Product pictures
//-----------------------------------------------------------------------------

void drawProduct(ImDrawList* dl, Product p, ImVec2 c, float s) {
    switch (p) {
    case Product::Sneaker: {
        const ImU32 body = IM_COL32(240, 90, 60, 255);
        dl->AddRectFilled(ImVec2(c.x - s * 0.5f, c.y + s * 0.12f), ImVec2(c.x + s * 0.55f, c.y + s * 0.28f),
                          IM_COL32(250, 250, 250, 255), s * 0.06f);
        dl->AddRectFilled(ImVec2(c.x - s * 0.45f, c.y - s * 0.25f), ImVec2(c.x - s * 0.05f, c.y + s * 0.14f),
                          body, s * 0.08f);
        dl->AddRectFilled(ImVec2(c.x - s * 0.2f, c.y - s * 0.02f), ImVec2(c.x + s * 0.52f, c.y + s * 0.14f),
                          body, s * 0.08f);
        for (int i = 0; i < 3; ++i) {
            const float x = c.x - s * 0.12f + static_cast<float>(i) * s * 0.1f;
            dl->AddLine(ImVec2(x, c.y - s * 0.02f), ImVec2(x + s * 0.06f, c.y + s * 0.08f), IM_COL32_WHITE,
                        s * 0.03f);
        }
        dl->AddCircleFilled(ImVec2(c.x + s * 0.3f, c.y + s * 0.05f), s * 0.05f, IM_COL32(255, 210, 60, 255),
                            10);
        break;
    }
    case Product::Snack: {
        const ImU32 wrap = IM_COL32(60, 180, 120, 255);
        dl->AddRectFilled(ImVec2(c.x - s * 0.42f, c.y - s * 0.2f), ImVec2(c.x + s * 0.42f, c.y + s * 0.2f),
                          wrap, s * 0.06f);
        for (int side = -1; side <= 1; side += 2) {
            const float x = c.x + static_cast<float>(side) * s * 0.42f;
            dl->AddTriangleFilled(ImVec2(x, c.y - s * 0.2f), ImVec2(x, c.y + s * 0.2f),
                                  ImVec2(x + static_cast<float>(side) * s * 0.1f, c.y),
                                  IM_COL32(40, 140, 90, 255));
        }
        dl->AddCircleFilled(ImVec2(c.x - s * 0.1f, c.y), s * 0.12f, IM_COL32(255, 220, 80, 255), 16);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.16f, c.y - s * 0.02f), s * 0.08f, IM_COL32(230, 90, 60, 255),
                            14);
        break;
    }
    case Product::BoardGame: {
        dl->AddRectFilled(ImVec2(c.x - s * 0.4f, c.y - s * 0.3f), ImVec2(c.x + s * 0.4f, c.y + s * 0.3f),
                          IM_COL32(120, 80, 200, 255), s * 0.05f);
        dl->AddRectFilled(ImVec2(c.x - s * 0.3f, c.y - s * 0.2f), ImVec2(c.x + s * 0.05f, c.y + s * 0.15f),
                          IM_COL32_WHITE, s * 0.05f);
        const ImU32 pip = IM_COL32(40, 40, 60, 255);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.2f, c.y - s * 0.1f), s * 0.035f, pip, 8);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.125f, c.y - s * 0.025f), s * 0.035f, pip, 8);
        dl->AddCircleFilled(ImVec2(c.x - s * 0.05f, c.y + s * 0.05f), s * 0.035f, pip, 8);
        dl->AddCircleFilled(ImVec2(c.x + s * 0.22f, c.y + s * 0.05f), s * 0.09f, IM_COL32(255, 200, 40, 255),
                            16);
        break;
    }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Top bar and audience cards
//-----------------------------------------------------------------------------

void drawTopBar(const Ctx& c) {
    const LaunchRules& g = c.g;
    c.dl->AddRectFilled(c.b.at(0, 0), c.b.at(1100, 54), c.pal.panel, c.b.s(12));
    drawProduct(c.dl, g.product(), c.b.at(34, 27), c.b.s(52));
    const std::string title = c.host.format(
        "game.launch.launching",
        {{"product", c.host.text("game.launch.product." + std::to_string(static_cast<int>(g.product())))}});
    label(c, 68, 14, kBody, c.pal.text, title, 270);
    // Campaign dots.
    label(c, 350, 14, kBody, c.pal.text,
          c.host.format("game.launch.campaign", {{"n", std::to_string(g.campaignIndex() + 1)},
                                                 {"total", std::to_string(kCampaigns)}}),
          150);
    if (g.phase() == Phase::Setup) {
        const double left = std::max(0.0, g.phaseLimit() - g.phaseTime());
        const float f = static_cast<float>(left / g.phaseLimit());
        board::ringTimer(c.dl, c.b.at(530, 27), c.b.s(16), f, board::withAlpha(c.pal.mutedText, 0.3f),
                       f < 0.25f ? c.pal.danger : c.pal.accent, c.b.s(5));
        label(c, 552, 15, kSmall, c.pal.text,
              c.host.format("game.launch.time_left",
                            {{"s", std::to_string(static_cast<int>(std::ceil(left)))}}),
              160);
    }
    c.dl->AddRectFilled(c.b.at(720, 7), c.b.at(900, 47), IM_COL32(255, 243, 205, 255), c.b.s(10));
    board::icon(c.host, c.dl, "money", c.b.at(742, 27), c.b.s(22), IM_COL32(40, 150, 80, 255));
    label(c, 760, 15, kBody, IM_COL32(60, 50, 20, 255),
          c.host.format("game.launch.budget_left", {{"amount", money(c, g.budgetLeft())}}), 134);
    c.dl->AddRectFilled(c.b.at(908, 7), c.b.at(1094, 47), IM_COL32(228, 245, 234, 255), c.b.s(10));
    board::icon(c.host, c.dl, "shopping-bag", c.b.at(930, 27), c.b.s(22), kBought);
    label(c, 948, 15, kBody, c.pal.text,
          c.host.format("game.launch.sold_total",
                        {{"n", std::to_string(g.totalBought())}, {"goal", std::to_string(g.level().goal)}}),
          140);
}

void drawAudiences(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const LaunchRules& g = c.g;
    const bool setup = g.phase() == Phase::Setup;
    const int n = g.groupCount();
    label(c, 6, kTop + 2, kSmall, c.pal.mutedText,
          c.host.format("game.launch.cards_left", {{"n", std::to_string(g.readsLeft())}}), kCardsRight - 12);
    // One column for a few groups, two columns for many, so every button stays big.
    const int cols = n > 3 ? 2 : 1;
    const int rows = (n + cols - 1) / cols;
    const float top = kTop + 26;
    const float gap = 8;
    const float w = (kCardsRight - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float h = (560.0f - top - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    const bool narrow = cols > 1;
    for (int i = 0; i < n; ++i) {
        const Group& grp = g.group(i);
        const float x0 = static_cast<float>(i % cols) * (w + gap);
        const float x1 = x0 + w;
        const float y0 = top + static_cast<float>(i / cols) * (h + gap);
        const float y1 = y0 + h;
        const bool chosen = g.current().group == i && g.phase() != Phase::Final;
        const ImU32 color = kAudienceColors[static_cast<int>(grp.audience)];
        panel(c, x0, y0, x1, y1, chosen ? board::mix(c.pal.panel, color, 0.18f) : c.pal.panel);
        c.dl->AddRectFilled(c.b.at(x0, y0), c.b.at(x0 + 8, y1), color, c.b.s(4));
        if (chosen) {
            c.dl->AddRect(c.b.at(x0, y0), c.b.at(x1, y1), color, c.b.s(12), 0, c.b.s(4));
        }
        // Its people, its name, what it likes and how many bought.
        const float infoH = std::min(h * 0.42f, 58.0f);
        const int shown = narrow ? 2 : 3;
        for (int k = 0; k < shown; ++k) {
            board::person(c.dl, c.b.at(x0 + 24.0f + static_cast<float>(k) * 17.0f, y0 + infoH),
                        c.b.s(infoH * 0.8f), static_cast<int>(grp.audience) * 7 + i * 3 + k, 0.0f, color);
        }
        const float tx = x0 + 24.0f + 17.0f * static_cast<float>(shown) + 4.0f;
        const std::string name = groupName(c, i);
        label(c, tx, y0 + 6, kBody, c.pal.text, name, x1 - tx - 62);
        for (int k = 0; k < 2; ++k) {
            board::icon(c.host, c.dl, kLikeIcons[static_cast<int>(grp.audience)][k],
                      c.b.at(x1 - 44.0f + static_cast<float>(k) * 26.0f, y0 + 18), c.b.s(19), color);
        }
        label(c, tx, y0 + 32, kSmall, c.pal.mutedText,
              c.host.format("game.launch.people",
                            {{"n", std::to_string(grp.size)}, {"b", std::to_string(grp.bought)}}),
              x1 - tx - 8);
        if (focus.item(c.host, kGroup0 + i, name, c.b.at(x0, y0), c.b.at(x1, y0 + infoH), setup)) {
            actions.push_back(Action{static_cast<int>(ActionCode::PickGroup), i, 0});
            c.host.sound(Sound::Tap);
        }
        // The two survey cards: a button until read, then what it says.
        const float sy0 = y0 + infoH + 4;
        const float sy1 = y1 - 6;
        const float sw = (w - 30.0f) / 2.0f;
        for (int s = 0; s < 2; ++s) {
            const float sx0 = x0 + 12.0f + static_cast<float>(s) * (sw + 6.0f);
            const float sx1 = sx0 + sw;
            const bool read = grp.read[static_cast<std::size_t>(s)];
            const std::string itemLabel = c.host.format(
                s == 0 ? "game.launch.ask_wants_item" : "game.launch.ask_looks_item", {{"group", name}});
            if (!read) {
                // The visible text is short; scripts and screen readers also get the group's name.
                board::ButtonLook look{IM_COL32(235, 240, 250, 255), IM_COL32(40, 60, 100, 255),
                                     "question-circle"};
                look.itemLabel = itemLabel;
                const char* key = s == 0 ? (narrow ? "game.launch.ask_wants_short" : "game.launch.ask_wants")
                                         : (narrow ? "game.launch.ask_looks_short" : "game.launch.ask_looks");
                if (board::button(c.host, focus, c.dl, c.b, kSurvey0 + i * 2 + s, c.host.text(key),
                                c.b.at(sx0, sy0), c.b.at(sx1, sy1), look, setup && g.readsLeft() > 0)) {
                    actions.push_back(Action{static_cast<int>(ActionCode::ReadSurvey), i, s});
                    c.host.sound(Sound::Tap);
                }
                continue;
            }
            c.dl->AddRectFilled(c.b.at(sx0, sy0), c.b.at(sx1, sy1), IM_COL32(255, 250, 225, 255), c.b.s(8));
            c.dl->AddRect(c.b.at(sx0, sy0), c.b.at(sx1, sy1), IM_COL32(220, 200, 120, 255), c.b.s(8), 0,
                          c.b.s(1.5f));
            const float midY = (sy0 + sy1) * 0.5f;
            const float tall = sy1 - sy0;
            if (s == 0) {
                const std::string wants =
                    c.host.format("game.launch.wants", {{"feature", featureName(c, grp.favorite)}});
                if (tall > 60.0f) {
                    board::icon(c.host, c.dl, kFeatureIcons[static_cast<int>(g.product())][grp.favorite],
                              c.b.at((sx0 + sx1) * 0.5f, sy0 + 18), c.b.s(20), kLiked);
                    board::textCentered(c.dl, c.body, c.b.s(kSmall),
                                      c.b.at((sx0 + sx1) * 0.5f, (sy0 + 30 + sy1) * 0.5f), c.pal.text, wants,
                                      c.b.s(sx1 - sx0 - 8));
                } else {
                    board::icon(c.host, c.dl, kFeatureIcons[static_cast<int>(g.product())][grp.favorite],
                              c.b.at(sx0 + 18, midY), c.b.s(18), kLiked);
                    label(c, sx0 + 34, midY - 10, kSmall, c.pal.text, wants, sx1 - sx0 - 40);
                }
            } else {
                const std::vector<int> best = g.bestChannels(i);
                const bool stacked = tall > 60.0f;
                if (stacked) {
                    labelCentered(c, (sx0 + sx1) * 0.5f, sy0 + 14, kSmall, c.pal.text,
                                  c.host.text("game.launch.looks"), sx1 - sx0 - 8);
                } else {
                    label(c, sx0 + 8, midY - 10, kSmall, c.pal.text, c.host.text("game.launch.looks"), 70);
                }
                for (std::size_t k = 0; k < best.size() && k < 2; ++k) {
                    const float ix = stacked ? (sx0 + sx1) * 0.5f - 20.0f + static_cast<float>(k) * 40.0f
                                             : sx0 + 96.0f + static_cast<float>(k) * 52.0f;
                    const float iy = stacked ? (sy0 + 30 + sy1) * 0.5f : midY;
                    c.dl->AddCircleFilled(c.b.at(ix, iy), c.b.s(16), kSaw, 20);
                    board::icon(c.host, c.dl, kChannelIcons[best[k]], c.b.at(ix, iy), c.b.s(17),
                              IM_COL32_WHITE);
                }
            }
            c.host.item(itemLabel, c.b.at(sx0, sy0), c.b.at(sx1, sy1));
        }
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Message, channel and launch
//-----------------------------------------------------------------------------

void drawChoices(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const LaunchRules& g = c.g;
    const Campaign& cur = g.current();
    auto push = [&](ActionCode code, int a) {
        actions.push_back(Action{static_cast<int>(code), a, 0});
        c.host.sound(Sound::Tap);
    };
    // What to say.
    label(c, kMidLeft + 4, kTop + 2, kSmall, c.pal.mutedText, c.host.text("game.launch.say"),
          kMidRight - kMidLeft);
    for (int f = 0; f < kFeatureCount; ++f) {
        const float y0 = kTop + 26 + static_cast<float>(f) * 66.0f;
        const bool chosen = cur.feature == f;
        board::ButtonLook look{chosen ? kLiked : IM_COL32(253, 232, 240, 255),
                             chosen ? IM_COL32_WHITE : IM_COL32(110, 30, 60, 255),
                             kFeatureIcons[static_cast<int>(g.product())][f], chosen};
        if (board::button(c.host, focus, c.dl, c.b, kFeature0 + f, featureName(c, f), c.b.at(kMidLeft, y0),
                        c.b.at(kMidRight, y0 + 58), look)) {
            push(ActionCode::PickFeature, f);
        }
    }
    // Where to show it.
    label(c, kRightLeft + 4, kTop + 2, kSmall, c.pal.mutedText, c.host.text("game.launch.where"),
          1100 - kRightLeft);
    for (int ch = 0; ch < kChannelCount; ++ch) {
        const float y0 = kTop + 26 + static_cast<float>(ch) * 64.0f;
        const auto channel = static_cast<Channel>(ch);
        const bool chosen = cur.channel == ch;
        const bool afford = g.canAfford(channel);
        board::ButtonLook look{chosen ? kSaw : IM_COL32(226, 238, 250, 255),
                             chosen ? IM_COL32_WHITE : IM_COL32(20, 50, 90, 255),
                             {},
                             chosen};
        look.showLabel = false;
        const ImVec2 p0 = c.b.at(kRightLeft, y0), p1 = c.b.at(1100, y0 + 56);
        if (board::button(c.host, focus, c.dl, c.b, kChannel0 + ch, channelName(c, ch), p0, p1, look, afford)) {
            push(ActionCode::PickChannel, ch);
        }
        const ImU32 ink = !afford ? c.pal.mutedText : chosen ? IM_COL32_WHITE : IM_COL32(20, 50, 90, 255);
        board::icon(c.host, c.dl, kChannelIcons[ch], c.b.at(kRightLeft + 26, y0 + 28), c.b.s(24), ink);
        label(c, kRightLeft + 50, y0 + 6, kBody, ink, channelName(c, ch), 190);
        for (int d = 0; d < 5; ++d) {
            const ImVec2 dot = c.b.at(kRightLeft + 56 + static_cast<float>(d) * 16.0f, y0 + 42);
            if (d < kReachDots[ch]) {
                c.dl->AddCircleFilled(dot, c.b.s(5), ink, 10);
            } else {
                c.dl->AddCircle(dot, c.b.s(5), ink, 10, c.b.s(1.5f));
            }
        }
        label(c, kRightLeft + 140, y0 + 33, kSmall, ink, c.host.text("game.launch.reach"), 90);
        const std::string cost = money(c, channelCost(channel));
        c.dl->AddRectFilled(c.b.at(1100 - 62, y0 + 10), c.b.at(1100 - 8, y0 + 46),
                            afford ? c.pal.accent : c.pal.disabled, c.b.s(8));
        labelCentered(c, 1100 - 35, y0 + 28, kBody, IM_COL32(40, 30, 10, 255), cost, 50);
    }
    // The plan so far, then the big button.
    const float py = kTop + 26 + 4 * 66.0f + 6;
    panel(c, kMidLeft, py, kMidRight, 556, IM_COL32(245, 247, 250, 255));
    label(c, kMidLeft + 12, py + 6, kSmall, c.pal.mutedText, c.host.text("game.launch.plan"), 200);
    const std::string aim = cur.group >= 0 ? groupName(c, cur.group) : "?";
    const std::string say = cur.feature >= 0 ? featureName(c, cur.feature) : "?";
    const std::string where = cur.channel >= 0 ? channelName(c, cur.channel) : "?";
    const char* icons[3] = {"users", "comment", "bullhorn"};
    const std::string lines[3] = {aim, say, where};
    for (int k = 0; k < 3; ++k) {
        const float y = py + 34 + static_cast<float>(k) * 30.0f;
        board::icon(c.host, c.dl, icons[k], c.b.at(kMidLeft + 24, y + 10), c.b.s(18), c.pal.primary);
        label(c, kMidLeft + 44, y, kBody, lines[k] == "?" ? c.pal.danger : c.pal.text, lines[k],
              kMidRight - kMidLeft - 56);
    }
    const bool ready = g.ready();
    board::ButtonLook look{ready ? c.pal.accent : c.pal.disabled, IM_COL32(40, 30, 10, 255), "rocket"};
    if (board::button(c.host, focus, c.dl, c.b, kLaunch, c.host.text("game.launch.launch"),
                    c.b.at(kRightLeft, 410), c.b.at(1100, 556), look, ready)) {
        actions.push_back(Action{static_cast<int>(ActionCode::Launch), 0, 0});
        c.host.sound(Sound::Tap);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Running campaign chart, news and final report
//-----------------------------------------------------------------------------

float ease(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

void drawRunning(const Ctx& c) {
    const LaunchRules& g = c.g;
    const Campaign& cur = g.current();
    const float x0 = kMidLeft, x1 = 1100;
    panel(c, x0, kTop, x1, 556, c.pal.panel);
    const auto t = static_cast<float>(g.phaseTime() / kRunSeconds);
    const int day = std::min(3, static_cast<int>(t * 3.0f) + 1);
    if (!cur.ran) {
        board::icon(c.host, c.dl, "clock-o", c.b.at((x0 + x1) * 0.5f, 220), c.b.s(80), c.pal.mutedText);
        labelCentered(c, (x0 + x1) * 0.5f, 320, 28, c.pal.text, c.host.text("game.launch.no_ad"),
                      x1 - x0 - 40);
        return;
    }
    board::icon(c.host, c.dl, kChannelIcons[cur.channel], c.b.at(x0 + 30, kTop + 28), c.b.s(26), kSaw);
    label(c, x0 + 54, kTop + 14, kBody, c.pal.text,
          c.host.format("game.launch.running",
                        {{"channel", channelName(c, cur.channel)}, {"day", std::to_string(day)}}),
          x1 - x0 - 70);
    // Legend.
    const char* keys[3] = {"game.launch.saw", "game.launch.liked", "game.launch.bought"};
    const ImU32 colors[3] = {kSaw, kLiked, kBought};
    for (int k = 0; k < 3; ++k) {
        const float lx = x0 + 20 + static_cast<float>(k) * 200.0f;
        c.dl->AddRectFilled(c.b.at(lx, kTop + 48), c.b.at(lx + 16, kTop + 64), colors[k], c.b.s(4));
        label(c, lx + 22, kTop + 46, kSmall, c.pal.text, c.host.text(keys[k]), 170);
    }
    // One row of bars per group; saw grows first, then liked, then bought.
    const int n = g.groupCount();
    const float top = kTop + 78;
    const float rowH = (520.0f - top) / static_cast<float>(n);
    int maxSize = 1;
    for (int i = 0; i < n; ++i) {
        maxSize = std::max(maxSize, g.group(i).size);
    }
    const float fSaw = ease(t * 2.2f);
    const float fLiked = ease(t * 2.2f - 0.6f);
    const float fBought = ease(t * 2.2f - 1.2f);
    const float barX = x0 + 150;
    const float barW = x1 - barX - 70;
    for (int i = 0; i < n; ++i) {
        const GroupResult& r = cur.results[static_cast<std::size_t>(i)];
        const float y = top + static_cast<float>(i) * rowH;
        const bool target = cur.group == i;
        const ImU32 color = kAudienceColors[static_cast<int>(g.group(i).audience)];
        if (target) {
            c.dl->AddRectFilled(c.b.at(x0 + 8, y - 2), c.b.at(x1 - 8, y + rowH - 6),
                                board::mix(c.pal.panel, color, 0.12f), c.b.s(8));
        }
        label(c, x0 + 16, y + rowH * 0.5f - 14, kSmall, c.pal.text, groupName(c, i), 126);
        const float bh = std::min(24.0f, (rowH - 16.0f) / 3.0f);
        const int values[3] = {r.saw, r.liked, r.bought};
        const float fractions[3] = {fSaw, fLiked, fBought};
        for (int k = 0; k < 3; ++k) {
            const float by = y + 4 + static_cast<float>(k) * (bh + 3.0f);
            const float shown = static_cast<float>(values[k]) * fractions[k];
            c.dl->AddRectFilled(c.b.at(barX, by), c.b.at(barX + barW, by + bh), IM_COL32(235, 238, 242, 255),
                                c.b.s(4));
            c.dl->AddRectFilled(c.b.at(barX, by),
                                c.b.at(barX + barW * shown / static_cast<float>(maxSize), by + bh), colors[k],
                                c.b.s(4));
            label(c, barX + barW + 8, by + bh * 0.5f - 10, kBody, c.pal.text,
                  std::to_string(static_cast<int>(std::lround(shown))), 60);
        }
    }
    const int total = static_cast<int>(std::lround(static_cast<float>(cur.bought()) * fBought));
    labelCentered(c, (x0 + x1) * 0.5f, 536, 26, kBought,
                  c.host.format("game.launch.new_buyers", {{"n", std::to_string(total)}}), x1 - x0 - 40);
}

void drawNews(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const LaunchRules& g = c.g;
    const Trend* t = g.trendNow();
    if (!t) {
        return;
    }
    const float x0 = kMidLeft, x1 = 1100;
    panel(c, x0, kTop, x1, 556, IM_COL32(255, 250, 235, 255));
    c.dl->AddRect(c.b.at(x0, kTop), c.b.at(x1, 556), c.pal.accent, c.b.s(12), 0, c.b.s(4));
    board::icon(c.host, c.dl, "newspaper-o", c.b.at((x0 + x1) * 0.5f, kTop + 70), c.b.s(70), c.pal.accent);
    labelCentered(c, (x0 + x1) * 0.5f, kTop + 140, 30, c.pal.text, c.host.text("game.launch.news_title"),
                  x1 - x0 - 40);
    const std::string text = c.host.format("game.launch.news_text", {{"group", groupName(c, t->group)}});
    board::textCentered(c.dl, c.body, c.b.s(kBody + 2), c.b.at((x0 + x1) * 0.5f, kTop + 230), c.pal.text, text,
                      c.b.s(x1 - x0 - 80));
    board::ButtonLook look{c.pal.primary, c.pal.onPrimary, "check"};
    if (board::button(c.host, focus, c.dl, c.b, kContinue, c.host.text("game.launch.got_it"),
                    c.b.at((x0 + x1) * 0.5f - 130, 440), c.b.at((x0 + x1) * 0.5f + 130, 510), look, true,
                    true)) {
        actions.push_back(Action{static_cast<int>(ActionCode::Continue), 0, 0});
        c.host.sound(Sound::Tap);
    }
}

void drawFinal(const Ctx& c, board::Focus& focus, std::vector<Action>& actions) {
    const LaunchRules& g = c.g;
    const float x0 = kMidLeft, x1 = 1100;
    panel(c, x0, kTop, x1, 556, c.pal.panel);
    labelCentered(c, (x0 + x1) * 0.5f, kTop + 30, 30, c.pal.text, c.host.text("game.launch.final_title"),
                  x1 - x0 - 40);
    const int sold = g.totalBought();
    const auto grow = static_cast<float>(std::min(1.0, g.phaseTime() / 2.0));
    const int shown = static_cast<int>(
        std::lround(static_cast<float>(sold) * (c.host.reducedMotion() ? 1.0f : ease(grow))));
    board::textCentered(c.dl, c.large, c.b.s(54), c.b.at((x0 + x1) * 0.5f, kTop + 96), kBought,
                      std::to_string(shown));
    labelCentered(c, (x0 + x1) * 0.5f, kTop + 140, kBody, c.pal.mutedText,
                  c.host.format("game.launch.final_goal", {{"goal", std::to_string(g.level().goal)}}),
                  x1 - x0 - 40);
    // One bar per campaign.
    int top = 1;
    for (int k = 0; k < kCampaigns; ++k) {
        top = std::max(top, g.campaign(k).bought());
    }
    for (int k = 0; k < kCampaigns; ++k) {
        const Campaign& cp = g.campaign(k);
        const float bx = x0 + 90 + static_cast<float>(k) * 170.0f;
        const float h = 170.0f * static_cast<float>(cp.bought()) / static_cast<float>(top) * grow;
        c.dl->AddRectFilled(c.b.at(bx, 420 - h), c.b.at(bx + 90, 420), kBought, c.b.s(6));
        labelCentered(c, bx + 45, 408 - h, kBody, c.pal.text, std::to_string(cp.bought()), 90);
        labelCentered(c, bx + 45, 438, kSmall, c.pal.mutedText,
                      c.host.format("game.launch.campaign_short", {{"n", std::to_string(k + 1)}}), 150);
        if (cp.ran) {
            board::icon(c.host, c.dl, kChannelIcons[cp.channel], c.b.at(bx + 45, 462), c.b.s(18),
                      c.pal.mutedText);
        }
    }
    board::ButtonLook look{c.pal.primary, c.pal.onPrimary, "flag-checkered"};
    if (board::button(c.host, focus, c.dl, c.b, kContinue, c.host.text("game.launch.finish"),
                    c.b.at((x0 + x1) * 0.5f - 140, 486), c.b.at((x0 + x1) * 0.5f + 140, 550), look, true,
                    true)) {
        actions.push_back(Action{static_cast<int>(ActionCode::Continue), 0, 0});
        c.host.sound(Sound::Tap);
    }
}

//-----------------------------------------------------------------------------
// [SECTION] How to play and the frame
//-----------------------------------------------------------------------------

class LaunchView final : public GameView {
  public:
    void drawHowTo(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max) override {
        const auto* g = dynamic_cast<const LaunchRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, kDesign);
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        // Picture: a crowd, a survey card, an ad, and a growing chart.
        dl->AddRectFilled(b.at(0, 30), b.at(640, 530), IM_COL32(240, 244, 252, 255), b.s(16));
        for (int i = 0; i < 6; ++i) {
            board::person(dl, b.at(50.0f + static_cast<float>(i) * 40.0f, 300), b.s(110), i * 5 + 1, 0.0f,
                        kAudienceColors[i % kAudienceCount]);
        }
        dl->AddRectFilled(b.at(300, 80), b.at(470, 220), IM_COL32(255, 250, 225, 255), b.s(10));
        board::icon(host, dl, "question-circle", b.at(385, 130), b.s(50), IM_COL32(40, 60, 100, 255));
        board::icon(host, dl, "heart", b.at(385, 190), b.s(30), kLiked);
        drawProduct(dl, g->product(), b.at(540, 150), b.s(150));
        board::icon(host, dl, "bullhorn", b.at(540, 260), b.s(50), c.pal.accent);
        const int heights[3] = {60, 110, 160};
        const ImU32 colors[3] = {kSaw, kLiked, kBought};
        for (int k = 0; k < 3; ++k) {
            const float x = 330.0f + static_cast<float>(k) * 90.0f;
            dl->AddRectFilled(b.at(x, 500.0f - static_cast<float>(heights[2 - k])), b.at(x + 60, 500),
                              colors[k], b.s(6));
        }
        const char* keys[3] = {"game.launch.howto.1", "game.launch.howto.2", "game.launch.howto.3"};
        for (int i = 0; i < 3; ++i) {
            const float y = 120.0f + static_cast<float>(i) * 140.0f;
            dl->AddCircleFilled(b.at(690, y), b.s(24), host.palette().primary, 24);
            board::textCentered(dl, c.body, b.s(26), b.at(690, y), host.palette().onPrimary,
                              std::to_string(i + 1));
            board::text(dl, c.body, b.s(24), b.at(726, y - 30), host.palette().text, host.text(keys[i]),
                      b.s(360));
        }
    }

    void draw(ViewHost& host, const GameRules& rules, ImVec2 min, ImVec2 max,
              std::vector<Action>& actions) override {
        const auto* g = dynamic_cast<const LaunchRules*>(&rules);
        if (!g) {
            return;
        }
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const board::Board b = board::fitBoard(min, max, kDesign);
        const Ctx c{host, *g, dl, b, host.palette(), host.font(ViewFont::Body), host.font(ViewFont::Large)};
        m_focus.begin(readNav());
        watch(c);
        drawTopBar(c);
        drawAudiences(c, m_focus, actions);
        switch (g->phase()) {
        case Phase::Setup:
            drawChoices(c, m_focus, actions);
            break;
        case Phase::Running:
            drawRunning(c);
            break;
        case Phase::News:
            drawNews(c, m_focus, actions);
            break;
        case Phase::Final:
            drawFinal(c, m_focus, actions);
            break;
        case Phase::Done:
            break;
        }
        m_particles.draw(dl, c.large, b.s(28), host.now(), host.reducedMotion());
        m_focus.end(host, dl, b.unit);
    }

  private:
    // Sounds and confetti when a campaign's buyers arrive.
    void watch(const Ctx& c) {
        const LaunchRules& g = c.g;
        const int stamp = g.campaignIndex() * 8 + static_cast<int>(g.phase());
        if (stamp != m_stamp) {
            if (g.phase() == Phase::News) {
                c.host.sound(Sound::Bad);
            }
            m_stamp = stamp;
            m_cheered = false;
        }
        if (g.phase() == Phase::Running && !m_cheered && g.phaseTime() > kRunSeconds * 0.85) {
            m_cheered = true;
            const Campaign& cur = g.current();
            const bool good = cur.ran && cur.bought() >= 15;
            c.host.sound(good ? Sound::Good : Sound::Bad);
            const ImVec2 at = c.b.at((kMidLeft + 1100) * 0.5f + 150.0f, 500);
            m_particles.floatText(at, "+" + std::to_string(cur.bought()), kBought, c.host.now());
            if (good && !c.host.reducedMotion()) {
                m_particles.burst(at, 30, kLiked, c.b.s(260), c.host.now(),
                                  static_cast<unsigned>(g.campaignIndex() + 3));
                m_particles.burst(at, 30, kSaw, c.b.s(240), c.host.now(),
                                  static_cast<unsigned>(g.campaignIndex() + 9));
            }
        }
    }

    board::Focus m_focus;
    board::Particles m_particles;
    int m_stamp = -1;
    bool m_cheered = false;
};

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<LaunchView>();
}

} // namespace pathlight::minigames::launch
