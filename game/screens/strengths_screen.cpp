// "My strengths": a self-check of the durable skills in content/quizzes/strengths.csv, one skill per
// screen: its icon, name and what it means, a first-person statement to check yourself against,
// a 4-step scale from "I'm still learning this" to "I'm great at this", and an example of where
// the skill is used at work. Every rating is saved at once through SelfCheckRepo, so a quit or a
// crash resumes at the same skill. The end shows "Your strengths" and "Growing" (core/strengths.hpp).
// Never runs SQL.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/learner_work.hpp"

#include "screens/self_check_screen.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>

namespace pathlight::screens {

namespace {

constexpr std::array<const char*, core::kRatingCount> kLevelKeys = {"strengths.level1", "strengths.level2",
                                                                    "strengths.level3", "strengths.level4"};

const char* levelKey(int rating) {
    return kLevelKeys[static_cast<std::size_t>(std::clamp(rating, core::kRatingMin, core::kRatingMax) - core::kRatingMin)];
}

class StrengthsScreen final : public SelfCheckScreen {
public:
    explicit StrengthsScreen(app::Services& app)
        : SelfCheckScreen(app, core::SelfCheckKind::Strengths, "strengths.title", "strengths.stop", "strengths.saved") {}
    std::string_view name() const override { return "strengths"; }

private:
    bool knows(const std::string& skillId) const override {
        return m_app.catalog.findStrength(skillId) != nullptr;
    }

    // Every skill, in the order of the content file.
    Round newRound() override {
        Round round;
        for (const content::Strength& strength : m_app.catalog.strengths) {
            round.items.push_back({strength.id, static_cast<int>(round.groups.size())});
            round.groups.push_back(strength.id);
        }
        return round;
    }

    // Each skill is a page of its own, so the next one shows from its top.
    int page() const override { return m_check->finished() ? -1 : m_check->position; }

    // [SECTION] One skill

    // The fonts of one skill's page: roomy when the window has the height, else smaller words so
    // everything still fits without scrolling (a short laptop at 200 %).
    struct Fonts {
        ImFont* about;
        ImFont* statement;
        ImFont* scale;
        ImFont* work;
        float icon; // 0: the icon sits in the name's line instead of a column of its own
    };

    Fonts roomyFonts(const ui::Theme& theme) const {
        return {theme.body(), theme.large(), theme.body(), theme.body(), theme.px(64)};
    }
    Fonts compactFonts(const ui::Theme& theme) const {
        return {theme.small(), theme.body(), theme.small(), theme.small(), 0.0f};
    }

    static std::string nameLine(const content::Strength& skill, content::Lang lang, const Fonts& fonts) {
        const std::string glyph = fonts.icon > 0 ? std::string() : ui::contentIcon(skill.icon);
        return (glyph.empty() ? std::string() : glyph + "  ") + skill.name.in(lang);
    }

    static float wrappedHeight(ImFont* font, const std::string& text, float wrap) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrap, text.c_str()).y;
    }

    float scaleWidth(ui::Context& ctx, float width) const {
        const float gap = ctx.theme.px(14);
        return (width - gap * static_cast<float>(core::kRatingCount - 1)) /
               static_cast<float>(core::kRatingCount);
    }

    float pageHeight(ui::Context& ctx, const content::Strength& skill, const Fonts& fonts,
                     float width) const {
        const ui::Theme& theme = ctx.theme;
        const content::Lang lang = this->lang();
        const float spacing = ImGui::GetStyle().ItemSpacing.y;
        const float textWidth = width - fonts.icon * 1.3f;
        const float header =
            std::max(fonts.icon, wrappedHeight(theme.large(), nameLine(skill, lang, fonts), textWidth) +
                                     wrappedHeight(fonts.about, skill.about.in(lang), textWidth) + spacing);
        const float statement = wrappedHeight(theme.small(), t("strengths.check_prompt"), width) +
                                wrappedHeight(fonts.statement, quoted(skill.check.in(lang)), width) + spacing;
        float scale = 0;
        for (int rating = core::kRatingMin; rating <= core::kRatingMax; ++rating) {
            scale = std::max(scale, ui::levelButtonHeight(ctx, t(levelKey(rating)),
                                                          scaleWidth(ctx, width), fonts.scale));
        }
        const float pad = theme.px(14);
        const float work =
            pad * 2 + wrappedHeight(fonts.work, workLine(skill), width - pad * 3 - fonts.work->FontSize);
        return header + statement + scale + theme.px(8) + work + theme.minTouch() + spacing * 5;
    }

    static std::string quoted(const std::string& text) { return "\xe2\x80\x9c" + text + "\xe2\x80\x9d"; }

    std::string workLine(const content::Strength& skill) const {
        return t("strengths.at_work") + " " + skill.work.in(lang());
    }

    void drawRound(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const int total = static_cast<int>(m_check->items.size());
        const int position = std::clamp(m_check->position, 0, total - 1);
        const core::SelfCheckItem& item = m_check->items[static_cast<std::size_t>(position)];
        const content::Strength* skill = m_app.catalog.findStrength(item.id);
        if (!skill) {
            return;
        }
        ui::progressRow(ctx,
                        tf("strengths.progress",
                               {{"n", std::to_string(position + 1)}, {"total", std::to_string(total)}}),
                        static_cast<float>(m_check->answered()) / static_cast<float>(total));
        const content::Lang lang = this->lang();
        const float width = ImGui::GetContentRegionAvail().x;
        const Fonts fonts =
            pageHeight(ctx, *skill, roomyFonts(theme), width) <= ImGui::GetContentRegionAvail().y
                ? roomyFonts(theme)
                : compactFonts(theme);

        // Icon, name and what the skill means.
        const ImVec2 headerAt = ImGui::GetCursorScreenPos();
        const std::string glyph = ui::contentIcon(skill->icon);
        if (!glyph.empty() && fonts.icon > 0) {
            ImGui::GetWindowDrawList()->AddText(theme.icons(), fonts.icon, headerAt, pal.accent,
                                                glyph.c_str());
        }
        ImGui::SetCursorScreenPos(ImVec2(headerAt.x + fonts.icon * 1.3f, headerAt.y));
        ImGui::BeginGroup();
        ui::text(ctx, nameLine(*skill, lang, fonts), {.font = theme.large()});
        ui::text(ctx, skill->about.in(lang), {.font = fonts.about, .color = pal.mutedText});
        ImGui::EndGroup();
        ImGui::SetCursorScreenPos(
            ImVec2(headerAt.x, std::max(ImGui::GetItemRectMax().y, headerAt.y + fonts.icon) +
                                   ImGui::GetStyle().ItemSpacing.y));

        // The statement to check yourself against, and the scale.
        ui::text(ctx, t("strengths.check_prompt"), {.font = theme.small(), .color = pal.mutedText});
        ui::text(ctx, quoted(skill->check.in(lang)), {.font = fonts.statement});
        const auto rated = m_check->answers.find(item.id);
        const int current = rated == m_check->answers.end() ? 0 : rated->second;
        const float buttonWidth = scaleWidth(ctx, width);
        float buttonHeight = 0;
        for (int rating = core::kRatingMin; rating <= core::kRatingMax; ++rating) {
            buttonHeight = std::max(
                buttonHeight, ui::levelButtonHeight(ctx, t(levelKey(rating)), buttonWidth, fonts.scale));
        }
        int chosen = 0;
        for (int rating = core::kRatingMin; rating <= core::kRatingMax; ++rating) {
            if (rating > core::kRatingMin) {
                ImGui::SameLine(0, theme.px(14));
            }
            if (ui::levelButton(ctx, rating, core::kRatingCount, t(levelKey(rating)),
                                ImVec2(buttonWidth, buttonHeight), current == rating, fonts.scale)) {
                chosen = rating;
            }
        }
        if (const int digit = ui::typedDigit(); digit >= core::kRatingMin && digit <= core::kRatingMax) {
            chosen = digit;
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));

        drawWorkExample(ctx, *skill, fonts.work);

        const bool canGoBack = position > 0;
        if (ui::button(ctx, t("strengths.back"), {.icon = ui::icon::kArrowLeft, .enabled = canGoBack}) ||
            (canGoBack && ui::keyPressed(ImGuiKey_Backspace))) {
            if (const core::Status moved = m_app.selfChecks.goBack(*m_check);
                !moved) {
                showError(ctx, m_app, moved.error());
            }
            return;
        }
        if (chosen > 0) {
            if (const core::Status saved =
                    m_app.selfChecks.answer(*m_check, chosen);
                !saved) {
                showError(ctx, m_app, saved.error());
            }
        }
    }

    // "At work: …" on a panel with a briefcase.
    void drawWorkExample(ui::Context& ctx, const content::Strength& skill, ImFont* font) {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const float pad = theme.px(14);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        dl->AddText(font, font->FontSize, ImVec2(min.x + pad, min.y + pad), pal.primary,
                    ui::icon::kBriefcase);
        const float textLeft = min.x + pad * 2 + font->FontSize;
        ImGui::SetCursorScreenPos(ImVec2(textLeft, min.y + pad));
        ui::text(ctx, workLine(skill), {.font = font, .wrapWidth = min.x + width - pad - textLeft});
        const float bottom = ImGui::GetItemRectMax().y + pad;
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(min, ImVec2(min.x + width, bottom), pal.panel, theme.px(16));
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(min);
        ImGui::Dummy(ImVec2(width, bottom - min.y));
    }

    // [SECTION] The result

    void drawResult(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const core::StrengthsSummary summary = app::summarizeStrengths(*m_check);
        const bool wide = ImGui::GetContentRegionAvail().x > theme.px(520);
        if (wide && ImGui::BeginTable("##strengths", 2, ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableNextColumn();
            drawList(ctx, "strengths.result_title", summary.strong, "strengths.none_strong");
            ImGui::TableNextColumn();
            drawList(ctx, "strengths.growing_title", summary.growing, "strengths.none_growing");
            ImGui::EndTable();
        } else {
            drawList(ctx, "strengths.result_title", summary.strong, "strengths.none_strong");
            drawList(ctx, "strengths.growing_title", summary.growing, "strengths.none_growing");
        }
        ui::text(ctx, t("strengths.growing_note"),
                 {.font = theme.small(), .color = theme.palette().mutedText});
        resultButtons(ctx, "strengths.done", "strengths.again");
    }

    // A heading, then each skill with its icon, name and the words the student picked.
    void drawList(ui::Context& ctx, const char* titleKey, const std::vector<int>& skills,
                  const char* emptyKey) {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const content::Lang lang = this->lang();
        ui::heading(ctx, t(titleKey));
        if (skills.empty()) {
            ui::text(ctx, t(emptyKey), {.color = pal.mutedText});
        }
        for (int index : skills) {
            const std::string& id = m_check->groups[static_cast<std::size_t>(index)];
            const content::Strength* skill = m_app.catalog.findStrength(id);
            if (!skill) {
                continue;
            }
            const std::string glyph = ui::contentIcon(skill->icon);
            const std::string label = (glyph.empty() ? std::string() : glyph + "  ") + skill->name.in(lang);
            ui::text(ctx, label, {.font = theme.body()});
            const auto rated = m_check->answers.find(id);
            if (rated == m_check->answers.end()) {
                continue;
            }
            // The words the student picked, after the name when they fit there, else under it.
            const std::string& words = t(levelKey(rated->second));
            const float nameWidth = ImGui::GetItemRectSize().x;
            const float wordsWidth =
                theme.small()->CalcTextSizeA(theme.small()->FontSize, FLT_MAX, 0, words.c_str()).x;
            const bool sameLine = nameWidth + theme.px(24) + wordsWidth < ImGui::GetContentRegionAvail().x;
            if (sameLine) {
                ImGui::SameLine(0, theme.px(12));
                ImGui::SetCursorPosY(ImGui::GetCursorPosY() +
                                     (theme.body()->FontSize - theme.small()->FontSize) * 0.6f);
            } else {
                ImGui::Indent(theme.px(40));
            }
            ui::text(ctx, words, {.font = theme.small(), .color = pal.mutedText});
            if (!sameLine) {
                ImGui::Unindent(theme.px(40));
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
    }
};

} // namespace

std::unique_ptr<ui::Screen> makeStrengthsScreen(app::Services& app) {
    return std::make_unique<StrengthsScreen>(app);
}

} // namespace pathlight::screens
