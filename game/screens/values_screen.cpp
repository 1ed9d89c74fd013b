// "What matters to me": the work values card sort. One card at a time sits on a deck; the student
// drags it (mouse or finger) onto one of three piles — "Very important", "Somewhat", "Not for me" —
// or taps it and then a pile, or presses 1/2/3 (or the arrow keys and Enter). Undo puts the last
// card back on the deck. Every placement is saved at once through SelfCheckRepo, so a quit or a
// crash resumes at the same card. When the deck is empty it shows the top values, ranked in core
// (core/work_values.hpp). Never runs SQL.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/learner_work.hpp"

#include "screens/self_check_screen.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
#include <random>

namespace pathlight::screens {

namespace {

constexpr std::array<const char*, core::kPileCount> kPileKeys = {"values.pile0", "values.pile1",
                                                                 "values.pile2"};

const char* pileIcon(int pile) {
    return pile == 0 ? ui::icon::kStar : pile == 1 ? ui::icon::kStarHalf : ui::icon::kStarEmpty;
}

ImU32 pileColor(const ui::Palette& pal, int pile) {
    return pile == 0 ? pal.success : pile == 1 ? pal.primary : pal.mutedText;
}

bool inside(ImVec2 point, ImVec2 min, ImVec2 max) {
    return point.x >= min.x && point.x <= max.x && point.y >= min.y && point.y <= max.y;
}

class ValuesScreen final : public SelfCheckScreen {
public:
    explicit ValuesScreen(app::Services& app)
        : SelfCheckScreen(app, core::SelfCheckKind::Values, "values.title", "values.stop", "values.saved") {}
    std::string_view name() const override { return "values"; }
    // The sort uses the arrow keys and Enter itself, so the top bar's buttons stay out of arrow navigation.
    bool ownsArrowKeys() const override { return m_check && !m_check->finished(); }

private:
    // Undo: the last card placed goes back on top of the deck.
    void roundAction(Bar& bar) override {
        bar.action = t("values.undo");
        bar.actionIcon = ui::icon::kUndo;
        bar.actionEnabled = m_check->answered() > 0;
    }
    void onAction(ui::Context& ctx) override {
        if (const core::Status taken = m_app.selfChecks.takeBack(*m_check); !taken) {
            showError(ctx, m_app, taken.error());
        }
        m_picked = false;
    }

    bool knows(const std::string& cardId) const override {
        return m_app.catalog.findValueCard(cardId) != nullptr;
    }

    // Every card of the content, shuffled, each with the value it counts for.
    Round newRound() override {
        const content::Catalog& catalog = m_app.catalog;
        Round round;
        for (const content::WorkValue& value : catalog.workValues) {
            round.groups.push_back(value.id);
        }
        std::random_device random;
        const std::uint64_t seed = (static_cast<std::uint64_t>(random()) << 32) ^ random();
        for (std::size_t index : core::deckOrder(catalog.valueCards.size(), seed)) {
            round.items.push_back({catalog.valueCards[index].id, catalog.valueCards[index].value});
        }
        m_picked = false;
        return round;
    }

    // [SECTION] The sort

    // How the card is drawn: roomy where there is space, else smaller words and icon so card and
    // piles fit on one screen without scrolling (a laptop at 200 %).
    struct CardStyle {
        ImFont* words;
        float icon;
        float pad;
    };
    static CardStyle roomyCard(const ui::Theme& theme) { return {theme.large(), theme.px(52), theme.px(18)}; }
    static CardStyle compactCard(const ui::Theme& theme) {
        return {theme.body(), theme.px(32), theme.px(12)};
    }

    struct Layout {
        bool sideBySide = false;
        CardStyle style{};
        float promptWidth = 0;
        ImVec2 cardMin, cardSize;
        std::array<ImVec2, core::kPileCount> zoneMin{};
        ImVec2 zoneSize;
        bool showKeys = false;
        ImVec2 keysAt;
        float keysWidth = 0;
    };

    static float linesHeight(ImFont* font, std::string_view text, float wrap) {
        return ui::centredLines(nullptr, font, font->FontSize, text, 0, wrap, wrap, 0, 0);
    }

    // Tall enough for the longest card of the deck, so the layout doesn't jump from card to card.
    float cardHeight(ui::Context& ctx, float width, const std::string& hint, const CardStyle& style) const {
        const float wrap = width - style.pad * 2;
        const content::Lang lang = this->lang();
        float tallest = 0;
        for (const content::ValueCard& card : m_app.catalog.valueCards) {
            tallest = std::max(tallest, linesHeight(style.words, card.text.in(lang), wrap));
        }
        return style.pad + style.icon * 1.1f + tallest + ctx.theme.px(8) +
               linesHeight(ctx.theme.small(), hint, wrap) + style.pad;
    }

    static ui::DropZoneOptions zoneOptions(int pile) { return {.icon = pileIcon(pile)}; }

    Layout layOut(ui::Context& ctx, const std::string& hint, const std::string& prompt) const {
        const ui::Theme& theme = ctx.theme;
        ImFont* small = theme.small();
        const float spacing = ImGui::GetStyle().ItemSpacing.y;
        const std::string& keys = t("values.keys");
        Layout layout;
        const ImVec2 start = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const float height = ImGui::GetContentRegionAvail().y;
        const float gap = theme.px(18);
        auto zoneHeight = [&](float zoneWidth) {
            float h = 0;
            for (int pile = 0; pile < core::kPileCount; ++pile) {
                h = std::max(h, ui::dropZoneHeight(ctx, t(kPileKeys[static_cast<std::size_t>(pile)]),
                                                   zoneWidth, zoneOptions(pile)));
            }
            return h;
        };

        // The card above a row of three piles, when that fits (or when the window is too narrow
        // for two columns: then the page scrolls).
        layout.style = roomyCard(theme);
        const float zoneWidth = (width - gap * 2) / 3;
        const float rowHeight = std::max(theme.px(120), zoneHeight(zoneWidth));
        const float cardWidth = std::min(width, theme.px(620));
        const float promptHeight = linesHeight(small, prompt, width) + spacing;
        const float cardH = cardHeight(ctx, cardWidth, hint, layout.style);
        const float stacked =
            promptHeight + cardH + gap * 2 + rowHeight + gap + linesHeight(small, keys, width);
        if (stacked <= height || width < theme.px(520)) {
            layout.promptWidth = width;
            layout.cardSize = ImVec2(cardWidth, cardH);
            layout.cardMin = ImVec2(start.x + (width - cardWidth) * 0.5f, start.y + promptHeight);
            layout.zoneSize = ImVec2(zoneWidth, rowHeight);
            const float zoneTop = layout.cardMin.y + cardH + gap * 2;
            for (int pile = 0; pile < core::kPileCount; ++pile) {
                layout.zoneMin[static_cast<std::size_t>(pile)] =
                    ImVec2(start.x + static_cast<float>(pile) * (zoneWidth + gap), zoneTop);
            }
            layout.showKeys = true;
            layout.keysAt = ImVec2(start.x, zoneTop + rowHeight + gap);
            layout.keysWidth = width;
            return layout;
        }

        // Otherwise (a short window, or 200 %): the card on the left, the piles stacked on the
        // right, each pile as wide as its longest label.
        layout.sideBySide = true;
        const float zoneGap = theme.px(8);
        float right = 0;
        for (int pile = 0; pile < core::kPileCount; ++pile) {
            right = std::max(right, ui::dropZoneWidth(ctx, t(kPileKeys[static_cast<std::size_t>(pile)]),
                                                      zoneOptions(pile)));
        }
        right = std::clamp(right + theme.px(16), width * 0.3f, width * 0.45f);
        const float left = width - right - gap * 2;
        layout.zoneSize =
            ImVec2(right, std::max(zoneHeight(right), std::min(theme.px(150), (height - zoneGap * 2) / 3)));
        for (int pile = 0; pile < core::kPileCount; ++pile) {
            layout.zoneMin[static_cast<std::size_t>(pile)] = ImVec2(
                start.x + left + gap * 2, start.y + static_cast<float>(pile) * (layout.zoneSize.y + zoneGap));
        }
        layout.promptWidth = left;
        const float leftPrompt = linesHeight(small, prompt, left) + spacing;
        if (leftPrompt + cardHeight(ctx, left, hint, layout.style) > height) {
            layout.style = compactCard(theme);
        }
        layout.cardSize = ImVec2(left, cardHeight(ctx, left, hint, layout.style));
        layout.cardMin = ImVec2(start.x, start.y + leftPrompt);
        const float keysTop = layout.cardMin.y + layout.cardSize.y + gap * 1.5f;
        layout.showKeys = keysTop + linesHeight(small, keys, left) <= start.y + height;
        layout.keysAt = ImVec2(start.x, keysTop);
        layout.keysWidth = left;
        return layout;
    }

    void drawCard(ui::Context& ctx, ImDrawList* dl, ImVec2 min, ImVec2 size, const content::ValueCard& card,
                  const std::string& hint, bool lifted, const CardStyle& style) const {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const float rounding = theme.px(20);
        const ImVec2 max(min.x + size.x, min.y + size.y);
        const float drop = theme.px(lifted ? 12.0f : 5.0f);
        dl->AddRectFilled(ImVec2(min.x, min.y + drop), ImVec2(max.x, max.y + drop),
                          IM_COL32(0, 0, 0, lifted ? 50 : 28), rounding);
        dl->AddRectFilled(min, max, pal.panel, rounding);
        dl->AddRect(min, max, lifted ? pal.primary : IM_COL32(0, 0, 0, 35), rounding, 0,
                    theme.px(lifted ? 4.0f : 2.0f));
        const float wrap = size.x - style.pad * 2;
        float y = min.y + style.pad;
        const std::string glyph = ui::contentIcon(card.icon);
        if (!glyph.empty()) {
            ImFont* icons = theme.icons();
            const ImVec2 glyphSize = icons->CalcTextSizeA(style.icon, FLT_MAX, 0, glyph.c_str());
            dl->AddText(icons, style.icon, ImVec2(min.x + (size.x - glyphSize.x) * 0.5f, y), pal.accent,
                        glyph.c_str());
        }
        y += style.icon * 1.1f;
        // The words sit in the middle of the space left above the hint.
        const std::string& words = card.text.in(lang());
        ImFont* small = theme.small();
        const float hintHeight = linesHeight(small, hint, wrap);
        const float room = max.y - style.pad - hintHeight - theme.px(8) - y;
        ui::centredLines(dl, style.words, style.words->FontSize, words, min.x + style.pad, wrap, wrap,
                         y + std::max(0.0f, (room - linesHeight(style.words, words, wrap)) * 0.5f), pal.text);
        ui::centredLines(dl, small, small->FontSize, hint, min.x + style.pad, wrap, wrap,
                         max.y - style.pad - hintHeight, pal.mutedText);
    }

    void drawRound(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        if (m_check->answered() > 0 && ui::keyPressed(ImGuiKey_Backspace)) {
            onAction(ctx);
            return;
        }
        const int total = static_cast<int>(m_check->items.size());
        const int position = std::clamp(m_check->position, 0, total - 1);
        const core::SelfCheckItem& item = m_check->items[static_cast<std::size_t>(position)];
        const content::ValueCard* card = m_app.catalog.findValueCard(item.id);
        if (!card) {
            return;
        }
        ui::progressRow(ctx,
                        tf("values.progress",
                               {{"n", std::to_string(position + 1)}, {"total", std::to_string(total)}}),
                        static_cast<float>(m_check->answered()) / static_cast<float>(total));

        std::array<int, core::kPileCount> counts{};
        for (const auto& [id, pile] : m_check->answers) {
            ++counts[static_cast<std::size_t>(std::clamp(pile, 0, core::kPileCount - 1))];
        }
        const std::string hint = std::string(ui::icon::kHandPointer) + "  " +
                                 t(m_picked ? "values.hint_picked" : "values.hint");
        const std::string prompt = t("values.prompt");
        const Layout layout = layOut(ctx, hint, prompt);

        ui::text(ctx, prompt,
                 {.font = theme.small(),
                  .color = pal.mutedText,
                  .wrapWidth = layout.promptWidth,
                  .center = !layout.sideBySide});

        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2); // the card (channel 1) stays above the piles while it is dragged over them
        dl->ChannelsSetCurrent(0);
        // The rest of the deck peeks out under the card.
        const int left = total - m_check->answered();
        for (int under = std::min(left - 1, 2); under >= 1; --under) {
            const float shift = theme.px(7) * static_cast<float>(under);
            dl->AddRectFilled(ImVec2(layout.cardMin.x + shift, layout.cardMin.y + shift),
                              ImVec2(layout.cardMin.x + layout.cardSize.x + shift,
                                     layout.cardMin.y + layout.cardSize.y + shift),
                              IM_COL32(0, 0, 0, 18), theme.px(20));
        }

        ImGui::SetCursorScreenPos(layout.cardMin);
        const std::string& words = card->text.in(lang());
        const ui::DragItem drag = ui::dragItem(ctx, "card", words, layout.cardSize, hint);
        dl->ChannelsSetCurrent(1);
        const float lift = m_picked ? -theme.px(8) : 0.0f;
        drawCard(ctx, dl, ImVec2(layout.cardMin.x + drag.offset.x, layout.cardMin.y + drag.offset.y + lift),
                 layout.cardSize, *card, hint, drag.dragging || m_picked, layout.style);
        dl->ChannelsSetCurrent(0);
        if (drag.tapped) {
            m_picked = !m_picked;
        }

        // Keyboard: 1/2/3, or the arrows to choose a pile and Enter to put the card there.
        int chosen = -1;
        if (const int digit = ui::typedDigit(); digit >= 1 && digit <= core::kPileCount) {
            chosen = digit - 1;
        }
        if (ui::keyPressed(ImGuiKey_LeftArrow) || ui::keyPressed(ImGuiKey_UpArrow)) {
            m_keyPile = m_keyPile < 0 ? core::kPileCount - 1 : std::max(0, m_keyPile - 1);
        } else if (ui::keyPressed(ImGuiKey_RightArrow) || ui::keyPressed(ImGuiKey_DownArrow)) {
            m_keyPile = m_keyPile < 0 ? 0 : std::min(core::kPileCount - 1, m_keyPile + 1);
        }
        if (m_keyPile >= 0 && ui::keyPressed(ImGuiKey_Enter)) {
            chosen = m_keyPile;
        }

        for (int pile = 0; pile < core::kPileCount; ++pile) {
            const ImVec2 min = layout.zoneMin[static_cast<std::size_t>(pile)];
            const ImVec2 max(min.x + layout.zoneSize.x, min.y + layout.zoneSize.y);
            const int count = counts[static_cast<std::size_t>(pile)];
            const std::string detail = count == 1 ? t("values.count_one")
                                                  : tf("values.count", {{"n", std::to_string(count)}});
            ui::DropZoneOptions options = zoneOptions(pile);
            options.color = pileColor(pal, pile);
            options.detail = detail;
            options.highlighted = (drag.dragging && inside(drag.pointer, min, max)) || m_keyPile == pile;
            options.inviting = m_picked || drag.dragging;
            ImGui::SetCursorScreenPos(min);
            if (ui::dropZone(ctx, t(kPileKeys[static_cast<std::size_t>(pile)]), layout.zoneSize,
                             options) ||
                (drag.dropped && inside(drag.pointer, min, max))) {
                chosen = pile;
            }
        }
        dl->ChannelsMerge();

        if (layout.showKeys) {
            ImGui::SetCursorScreenPos(layout.keysAt);
            ui::text(ctx, t("values.keys"),
                     {.font = theme.small(), .color = pal.mutedText, .wrapWidth = layout.keysWidth});
        }
        if (chosen >= 0) {
            place(ctx, chosen);
        }
    }

    void place(ui::Context& ctx, int pile) {
        if (const core::Status placed =
                m_app.selfChecks.answer(*m_check, pile);
            !placed) {
            showError(ctx, m_app, placed.error());
        }
        m_picked = false;
    }

    // [SECTION] The result

    void drawResult(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const core::ValuesRanking ranking = app::rankValues(*m_check);
        ui::heading(ctx, t("values.result_title"));
        if (ranking.nothingImportant) {
            ui::text(ctx, t("values.nothing"));
        } else if (ranking.allEqual) {
            ui::text(ctx, t("values.all_same"));
        }
        // Short windows (200 %) tell each value in smaller words.
        const bool roomy = ImGui::GetContentRegionAvail().y > theme.px(560);
        const content::Lang lang = this->lang();
        for (int index : ranking.top) {
            const content::WorkValue* value =
                m_app.catalog.findWorkValue(m_check->groups[static_cast<std::size_t>(index)]);
            if (value) {
                drawValueRow(ctx, *value, lang, roomy);
            }
        }
        if (!ranking.top.empty()) {
            ui::text(ctx, t("values.result_note"), {.font = theme.small(), .color = pal.mutedText});
        }
        resultButtons(ctx, "values.done", "values.again");
    }

    // A value with its icon, kid name and one line about it, on a panel.
    void drawValueRow(ui::Context& ctx, const content::WorkValue& value, content::Lang lang, bool roomy) {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const float pad = theme.px(14);
        const float glyphSize = theme.px(roomy ? 56.0f : 44.0f);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const std::string glyph = ui::contentIcon(value.icon);
        if (!glyph.empty()) {
            dl->AddText(theme.icons(), glyphSize, ImVec2(min.x + pad, min.y + pad), pal.success,
                        glyph.c_str());
        }
        const float textLeft = min.x + pad * 2 + glyphSize * 1.2f;
        ImGui::SetCursorScreenPos(ImVec2(textLeft, min.y + pad));
        ImGui::BeginGroup();
        const float wrap = min.x + width - pad - textLeft;
        ui::text(ctx, value.name.in(lang), {.font = theme.large(), .wrapWidth = wrap});
        ui::text(ctx, value.about.in(lang),
                 {.font = roomy ? theme.body() : theme.small(), .color = pal.mutedText, .wrapWidth = wrap});
        ImGui::EndGroup();
        const float bottom = std::max(ImGui::GetItemRectMax().y, min.y + pad + glyphSize) + pad;
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(min, ImVec2(min.x + width, bottom), pal.panel, theme.px(18));
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(min);
        ImGui::Dummy(ImVec2(width, bottom - min.y));
    }

    bool m_picked = false; // tapped: waits for a tap on a pile
    int m_keyPile = -1;    // the pile the arrow keys point at
};

} // namespace

std::unique_ptr<ui::Screen> makeValuesScreen(app::Services& app) {
    return std::make_unique<ValuesScreen>(app);
}

} // namespace pathlight::screens
