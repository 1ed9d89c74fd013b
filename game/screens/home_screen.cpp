// Home: what this learner can do now — the interest quiz, "What matters to me" and "My strengths"
// (start, keep going, or see what they found), my results, the careers explorer, About — and sign
// out. Reads progress through QuizRepo, SelfCheckRepo and FavoritesRepo.
#include "screens/screens.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <functional>

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
        m_favorites = ctx.services.favorites->list(ctx.session.learner->id).size();
        m_values = ctx.services.selfChecks->current(ctx.session.learner->id, store::SelfCheckKind::Values);
        m_strengths =
            ctx.services.selfChecks->current(ctx.session.learner->id, store::SelfCheckKind::Strengths);
        m_aboutMe = ctx.services.selfChecks->aboutMe(ctx.session.learner->id);
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

        // What this learner can do, as cards in a grid: two columns on a wide screen, one otherwise.
        std::vector<Activity> activities;
        const int total = static_cast<int>(ctx.services.catalog->interestItems.size());
        std::string quizLabel = ctx.t(m_hasResults ? "home.quiz_again" : "home.quiz_start");
        if (m_unfinished) {
            quizLabel = ctx.tf("home.quiz_continue", {{"n", std::to_string(std::min(m_unfinished->position + 1, total))},
                                                      {"total", std::to_string(total)}});
        }
        activities.push_back({ui::icon::kLightbulb, ctx.t("home.quiz_title"), ctx.t("home.quiz_about"), quizLabel,
                              ui::icon::kPlay, true, [&] { ctx.screens.push(makeQuizScreen()); }});
        activities.push_back(selfCheckActivity(ctx, m_values, m_aboutMe.valuesDone, "home.values_",
                                               ui::icon::kHeart, ctx.services.catalog->valueCards.size(),
                                               valueNames(ctx, m_aboutMe.topValues),
                                               [&] { ctx.screens.push(makeValuesScreen()); }));
        activities.push_back(selfCheckActivity(ctx, m_strengths, m_aboutMe.strengthsDone, "home.strengths_",
                                               ui::icon::kRocket, ctx.services.catalog->strengths.size(),
                                               skillNames(ctx, m_aboutMe.strongSkills),
                                               [&] { ctx.screens.push(makeStrengthsScreen()); }));
        const bool anyResults = m_hasResults || m_aboutMe.valuesDone || m_aboutMe.strengthsDone;
        activities.push_back({ui::icon::kBarChart, ctx.t("home.results_title"),
                              ctx.t(anyResults ? "home.results_about" : "home.results_none"),
                              ctx.t("home.results_open"), ui::icon::kBarChart, anyResults,
                              [&] { ctx.screens.push(makeResultsScreen()); }});
        activities.push_back({ui::icon::kCompass, ctx.t("home.careers_title"),
                              ctx.tf(m_favorites > 0 ? "home.careers_saved" : "home.careers_about",
                                     {{"n", std::to_string(m_favorites)},
                                      {"total", std::to_string(ctx.services.catalog->occupations.size())}}),
                              ctx.t("home.careers_open"), ui::icon::kCompass, true,
                              [&] { ctx.screens.push(makeCareersScreen()); }});
        if (!learner.guest) {
            // "Save my portfolio": the learner's work in one file, to carry to another computer.
            const bool synced = ctx.services.portfolioLink && ctx.services.portfolioLink->syncing();
            activities.push_back({ui::icon::kFloppy, ctx.t("home.portfolio_title"),
                                  ctx.t(synced ? "home.portfolio_synced" : "home.portfolio_about"),
                                  ctx.t("home.portfolio_save"), ui::icon::kUsb, true,
                                  [&] { ctx.screens.push(makeFileBrowserScreen(BrowseFor::SaveFolder)); }});
        }
        drawGrid(ctx, activities);

        if (ui::button(ctx, ctx.t("welcome.about"), {.icon = ui::icon::kInfo, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeAboutScreen());
        }
    }

private:
    struct Activity {
        const char* icon;
        std::string title;
        std::string about;
        std::string action;
        const char* actionIcon;
        bool enabled;
        std::function<void()> open;
    };

    // "What matters to me" or "My strengths": start, keep going (with where), or see the result.
    // Keys are `prefix` + title, about, start, continue, done, done_none, open.
    Activity selfCheckActivity(ui::Context& ctx, const std::optional<store::SelfCheck>& current, bool done,
                               const std::string& prefix, const char* icon, std::size_t total,
                               const std::string& found, std::function<void()> open) {
        const std::string count = std::to_string(total);
        std::string about = ctx.tf(prefix + "about", {{"total", count}});
        if (done) {
            about = found.empty() ? ctx.t(prefix + "done_none") : ctx.tf(prefix + "done", {{"found", found}});
        }
        std::string action = ctx.t(prefix + "start");
        if (current && current->finished()) {
            action = ctx.t(prefix + "open");
        } else if (current && current->answered() > 0) {
            action = ctx.tf(prefix + "continue",
                            {{"n", std::to_string(current->answered() + 1)}, {"total", count}});
        }
        return {icon, ctx.t(prefix + "title"), about, action, ui::icon::kPlay, true, std::move(open)};
    }

    // Cards of equal height per row; the text is drawn first (channel 1) so each row's tallest card
    // sets the height of the panels drawn behind (channel 0).
    void drawGrid(ui::Context& ctx, const std::vector<Activity>& activities) {
        const ui::Theme& theme = ctx.theme;
        const float gap = theme.px(18);
        const float pad = theme.px(20);
        const float full = ImGui::GetContentRegionAvail().x;
        const int columns = full > theme.px(1150) ? 3 : full > theme.px(760) ? 2 : 1;
        const float width = (full - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        const float left = ImGui::GetCursorScreenPos().x;
        std::function<void()> chosen;
        for (std::size_t row = 0; row < activities.size(); row += static_cast<std::size_t>(columns)) {
            const float top = ImGui::GetCursorScreenPos().y;
            float bottom = top;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->ChannelsSplit(2);
            dl->ChannelsSetCurrent(1);
            const std::size_t end = std::min(activities.size(), row + static_cast<std::size_t>(columns));
            for (std::size_t i = row; i < end; ++i) {
                const Activity& activity = activities[i];
                const float x = left + static_cast<float>(i - row) * (width + gap);
                ImGui::SetCursorScreenPos(ImVec2(x + pad, top + pad));
                ImGui::BeginGroup();
                const float textWidth = width - pad * 2;
                ui::text(ctx, std::string(activity.icon) + "  " + activity.title, {.font = theme.large(), .wrapWidth = textWidth});
                ui::text(ctx, activity.about, {.color = theme.palette().mutedText, .wrapWidth = textWidth});
                ImGui::Dummy(ImVec2(0, theme.px(4)));
                if (ui::button(ctx, activity.action, {.icon = activity.actionIcon,
                                                      .kind = activity.enabled ? ui::ButtonKind::Primary
                                                                               : ui::ButtonKind::Secondary,
                                                      .enabled = activity.enabled,
                                                      .font = theme.large()})) {
                    chosen = activity.open;
                }
                ImGui::EndGroup();
                bottom = std::max(bottom, ImGui::GetItemRectMax().y + pad);
            }
            dl->ChannelsSetCurrent(0);
            for (std::size_t i = row; i < end; ++i) {
                const ImVec2 min(left + static_cast<float>(i - row) * (width + gap), top);
                const ImVec2 max(min.x + width, bottom);
                dl->AddRectFilled(min, max, theme.palette().panel, theme.px(18));
                dl->AddRect(min, max, IM_COL32(0, 0, 0, 25), theme.px(18), 0, theme.px(1.5f));
            }
            dl->ChannelsMerge();
            ImGui::SetCursorScreenPos(ImVec2(left, bottom + gap));
            ImGui::Dummy(ImVec2(0, 0));
        }
        if (chosen) {
            chosen();
        }
    }

    std::optional<store::QuizAttempt> m_unfinished;
    bool m_hasResults = false;
    std::size_t m_favorites = 0;
    std::optional<store::SelfCheck> m_values;
    std::optional<store::SelfCheck> m_strengths;
    store::AboutMe m_aboutMe;
};

} // namespace

std::unique_ptr<ui::Screen> makeHomeScreen() { return std::make_unique<HomeScreen>(); }

} // namespace pathlight::screens
