// Home: what this learner can do now — the interest quiz (start or keep going), my results,
// About — and sign out. Reads progress through QuizRepo.
#include "screens/screens.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

constexpr const char* kInterestQuiz = "interest";

class HomeScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "home"; }

    void onEnter(ui::Context& ctx) override {
        if (!ctx.session.learner) {
            return;
        }
        m_unfinished = ctx.services.quizzes->unfinishedAttempt(ctx.session.learner->id, kInterestQuiz);
        m_hasResults = ctx.services.quizzes->latestProfile(ctx.session.learner->id).has_value();
    }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (!ctx.session.learner) {
            ctx.screens.resetTo(makeWelcomeScreen());
            return;
        }
        const store::Learner& learner = *ctx.session.learner;

        // Greeting row: avatar, "Hi, name!", sign out on the right.
        const float diameter = theme.px(84);
        ui::avatarButton(ctx, learner.avatar, "", diameter, false, "me");
        ImGui::SameLine();
        const float greetY = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(greetY + (diameter - theme.title()->FontSize) * 0.5f);
        ui::text(ctx, ctx.tf("home.hello", {{"name", learner.nickname}}), {.font = theme.title(), .wrapWidth = 0});
        const std::string signOut = ctx.t("home.sign_out");
        const ImVec2 outSize = ui::buttonSize(ctx, signOut, {.icon = ui::icon::kSignOut});
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - outSize.x);
        ImGui::SetCursorPosY(greetY);
        if (ui::button(ctx, signOut, {.icon = ui::icon::kSignOut})) {
            ctx.signOut();
            ctx.screens.resetTo(makeWelcomeScreen());
            return;
        }
        ImGui::SetCursorPosY(greetY + diameter + theme.px(12));
        if (learner.guest) {
            ui::text(ctx, ctx.t("home.guest_note"), {.font = theme.small(), .color = theme.palette().mutedText});
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));

        // The quiz card.
        card(ctx, ctx.t("home.quiz_title"), ctx.t("home.quiz_about"), [&] {
            const int total = static_cast<int>(ctx.services.catalog->interestItems.size());
            std::string label = ctx.t(m_hasResults ? "home.quiz_again" : "home.quiz_start");
            if (m_unfinished) {
                label = ctx.tf("home.quiz_continue", {{"n", std::to_string(std::min(m_unfinished->position + 1, total))},
                                                      {"total", std::to_string(total)}});
            }
            if (ui::button(ctx, label, {.icon = ui::icon::kPlay, .kind = ui::ButtonKind::Primary,
                                        .font = theme.large()})) {
                ctx.screens.push(makeQuizScreen());
            }
        });
        // The results card.
        card(ctx, ctx.t("home.results_title"), ctx.t(m_hasResults ? "home.results_about" : "home.results_none"), [&] {
            if (ui::button(ctx, ctx.t("home.results_open"), {.icon = ui::icon::kBarChart, .enabled = m_hasResults,
                                                              .font = theme.large()})) {
                ctx.screens.push(makeResultsScreen());
            }
        });
        if (ui::button(ctx, ctx.t("welcome.about"), {.icon = ui::icon::kInfo, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeAboutScreen());
        }
    }

private:
    template <class Body>
    void card(ui::Context& ctx, const std::string& title, const std::string& about, Body body) {
        const ui::Theme& theme = ctx.theme;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->ChannelsSplit(2);
        dl->ChannelsSetCurrent(1);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const float pad = theme.px(20);
        ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(start.x + width - pad);
        ui::text(ctx, title, {.font = theme.large(), .wrapWidth = width - pad * 2});
        ui::text(ctx, about, {.color = theme.palette().mutedText, .wrapWidth = width - pad * 2});
        body();
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y + pad);
        dl->ChannelsSetCurrent(0);
        dl->AddRectFilled(start, end, theme.palette().panel, theme.px(18));
        dl->AddRect(start, end, IM_COL32(0, 0, 0, 25), theme.px(18), 0, theme.px(1.5f));
        dl->ChannelsMerge();
        ImGui::SetCursorScreenPos(ImVec2(start.x, end.y + theme.px(16)));
        ImGui::Dummy(ImVec2(0, 0));
    }

    std::optional<store::QuizAttempt> m_unfinished;
    bool m_hasResults = false;
};

} // namespace

std::unique_ptr<ui::Screen> makeHomeScreen() { return std::make_unique<HomeScreen>(); }

} // namespace pathlight::screens
