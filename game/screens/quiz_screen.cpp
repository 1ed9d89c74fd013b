// Interest quiz: one item per screen, answered on five drawn faces; a progress bar, Back and
// "Stop for now". Every answer is stored at once through QuizRepo (one transaction), so a quit or
// a crash resumes at the same item with nothing lost.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"
#include "screens/activity_cards.hpp"

#include "app/learner_work.hpp"

#include "content/icons.hpp"
#include "core/riasec.hpp"
#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <cmath>

namespace pathlight::screens {

namespace {

constexpr const char* kFaceKeys[ui::kFaceCount] = {"quiz.face0", "quiz.face1", "quiz.face2", "quiz.face3",
                                                   "quiz.face4"};

class QuizScreen final : public AppScreen {
public:
    explicit QuizScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "quiz"; }
    std::optional<Bar> bar() override { return Bar{t("quiz.title"), t("quiz.stop")}; }
    void onBack(ui::Context& ctx) override {
        ctx.showNotice(t("quiz.saved"), false, 3.0);
        ctx.screens.pop();
    }

    void onEnter(ui::Context& ctx) override {
        auto attempt = m_app.quiz.open();
        if (!attempt) {
            showError(ctx, m_app, attempt.error());
            ctx.screens.pop();
            return;
        }
        m_attempt = std::move(attempt.value());
        const int total = static_cast<int>(m_app.catalog.interestItems.size());
        m_attempt->position = std::clamp(m_attempt->position, 0, total - 1);
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const auto& items = m_app.catalog.interestItems;
        if (!m_attempt || items.empty()) {
            return;
        }
        const int total = static_cast<int>(items.size());
        const int position = std::clamp(m_attempt->position, 0, total - 1);
        const content::QuizItem& item = items[static_cast<std::size_t>(position)];

        ui::progressRow(
            ctx,
            tf("quiz.progress", {{"n", std::to_string(position + 1)}, {"total", std::to_string(total)}}),
            static_cast<float>(position) / static_cast<float>(total));

        // Everything below the progress bar fits without scrolling where it can: on a short window
        // (a laptop at 200 %) the icon shrinks first, then the faces, never below a big touch size.
        const std::string& statement = item.text.in(lang());
        const float avail = ImGui::GetContentRegionAvail().x;
        const float spacing = theme.px(18);
        float gapAbove = theme.px(14);
        float gapBelow = theme.px(16);
        const float itemGap = ImGui::GetStyle().ItemSpacing.y;
        ImFont* titleFont = theme.title();
        const float titleLines = std::max(
            1.0f, std::round(titleFont->CalcTextSizeA(titleFont->FontSize, FLT_MAX, avail, statement.c_str()).y /
                             titleFont->FontSize));
        const float fixedHeight = theme.body()->FontSize * 1.15f + titleLines * titleFont->FontSize * 1.15f +
                                  gapAbove + gapBelow + theme.minTouch() + itemGap * 6 +
                                  theme.small()->FontSize * 2.3f + theme.px(8);
        float iconSize = theme.icons()->FontSize;
        // Faces sit in slots 1.25× their size so the words under them fit; five slots and four gaps.
        float diameter = std::min(theme.px(120), (avail - spacing * (ui::kFaceCount - 1)) / (ui::kFaceCount * 1.25f));
        float over = fixedHeight + iconSize * 1.15f + diameter - ImGui::GetContentRegionAvail().y;
        if (over > 0) {
            const float iconCut = std::min(over / 1.15f, iconSize * 0.55f);
            iconSize -= iconCut;
            over -= iconCut * 1.15f;
        }
        ImFont* statementFont = titleFont;
        if (over > 0) {
            const float cut = titleLines * (titleFont->FontSize - theme.large()->FontSize) * 1.15f;
            statementFont = theme.large();
            over -= cut;
        }
        if (over > 0) {
            over -= gapAbove + gapBelow;
            gapAbove = 0;
            gapBelow = 0;
        }
        if (over > 0) {
            diameter = std::max(theme.minTouch(), diameter - over);
        }

        ui::text(ctx, t("quiz.prompt"), {.color = theme.palette().mutedText, .center = true});
        if (auto cp = content::iconCodepoint(item.icon)) {
            ui::text(ctx, ui::utf8(*cp), {.font = theme.icons(), .color = theme.palette().area[core::index(item.area)],
                                          .center = true, .size = iconSize});
        }
        ui::text(ctx, statement, {.font = statementFont, .center = true});
        if (gapAbove > 0) {
            ImGui::Dummy(ImVec2(0, gapAbove));
        }

        // Five faces in a row, centred.
        const auto answered = m_attempt->answers.find(item.id);
        const int current = answered == m_attempt->answers.end() ? -1 : answered->second;
        // Each face gets an equal slot of the row (at most 1.5× its size), so its words rarely wrap.
        const float slot = std::min(diameter * 1.5f, (avail - spacing * (ui::kFaceCount - 1)) / ui::kFaceCount);
        const float rowWidth = std::max(slot, diameter) * ui::kFaceCount + spacing * (ui::kFaceCount - 1);
        ui::centreNext(std::min(rowWidth, avail));
        int chosen = -1;
        for (int level = 0; level < ui::kFaceCount; ++level) {
            if (level > 0) {
                ImGui::SameLine(0, spacing);
            }
            if (ui::faceButton(ctx, level, t(kFaceKeys[level]), diameter, current == level, slot)) {
                chosen = level;
            }
        }
        if (const int digit = ui::typedDigit(); digit >= 1 && digit <= ui::kFaceCount) {
            chosen = digit - 1;
        }
        if (gapBelow > 0) {
            ImGui::Dummy(ImVec2(0, gapBelow));
        }

        if (ui::button(ctx, t("quiz.back"), {.icon = ui::icon::kArrowLeft, .enabled = position > 0}) ||
            (position > 0 && ui::keyPressed(ImGuiKey_Backspace))) {
            if (const core::Status moved = m_app.quiz.setPosition(*m_attempt,
                                                                             position - 1);
                !moved) {
                showError(ctx, m_app, moved.error());
            }
            return;
        }
        if (chosen >= 0) {
            answer(ctx, item, chosen);
        }
    }

private:
    void answer(ui::Context& ctx, const content::QuizItem& item, int value) {
        const auto& items = m_app.catalog.interestItems;
        const int total = static_cast<int>(items.size());
        const int next = std::min(m_attempt->position + 1, total);
        if (const core::Status saved = m_app.quiz.answer(*m_attempt, item.id, value, next);
            !saved) {
            showError(ctx, m_app, saved.error());
            return;
        }
        if (next < total) {
            return;
        }
        // Was every item answered? (Back + skip can't leave gaps, but a merged file could.)
        for (int i = 0; i < total; ++i) {
            if (!m_attempt->answers.count(items[static_cast<std::size_t>(i)].id)) {
                (void)m_app.quiz.setPosition(*m_attempt, i);
                return;
            }
        }
        std::vector<core::AreaAnswer> answers;
        answers.reserve(items.size());
        for (const content::QuizItem& it : items) {
            answers.push_back({it.area, m_attempt->answers.at(it.id)});
        }
        const core::AreaScores scores = core::scoreAnswers(answers);
        if (const core::Status done =
                m_app.quiz.finish(*m_attempt, scores, core::hollandCode(scores));
            !done) {
            showError(ctx, m_app, done.error());
            return;
        }
        ctx.screens.replaceTop(makeResultsScreen(m_app));
    }

    std::optional<core::QuizAttempt> m_attempt;
};

} // namespace

std::unique_ptr<ui::Screen> makeQuizScreen(app::Services& app) { return std::make_unique<QuizScreen>(app); }

ActivityCard quizCard(app::Services& app) {
    const content::Text text = app.session.text();
    const int total = static_cast<int>(app.catalog.interestItems.size());
    ActivityCard card{text("home.quiz_title"), text("home.quiz_about"),
                      text(app.quiz.latestProfile() ? "home.quiz_again" : "home.quiz_start")};
    if (const auto unfinished = app.quiz.unfinished()) {
        const int at = std::clamp(unfinished->position + 1, 1, std::max(1, total));
        card.action = text.format("home.quiz_continue", {{"n", std::to_string(at)}, {"total", std::to_string(total)}});
    }
    return card;
}

} // namespace pathlight::screens
