// Sign in: the learners on this device as big avatar buttons, "I'm new" and "Just visiting".
// Lists learners through app::Learners and signs in through Session only; never shows anyone's
// data, only name and avatar.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/learners.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class SignInScreen final : public AppScreen {
public:
    explicit SignInScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "sign_in"; }
    std::optional<Bar> bar() override { return backBar(t("signin.title")); }

    void onEnter(ui::Context&) override { m_learners = m_app.learners.list(); }


    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (m_learners.empty()) {
            ui::text(ctx, t("signin.nobody_yet"), {.color = theme.palette().mutedText});
        } else {
            ui::text(ctx, t("signin.pick_yourself"));
            const float diameter = theme.px(130);
            ui::FlowLayout flow(theme.px(24));
            for (const core::Learner& learner : m_learners) {
                flow.next(std::max(diameter, theme.minTouch()));
                std::string label = learner.nickname;
                if (learner.hasPin) {
                    label += std::string(" ") + ui::icon::kLock;
                }
                if (ui::avatarButton(ctx, learner.avatar, label, diameter, false, learner.id.c_str())) {
                    if (learner.hasPin) {
                        ctx.screens.push(makePinScreen(m_app, learner.id));
                    } else {
                        signInAndGoHome(ctx, m_app, learner.id);
                    }
                }
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(20)));
        if (ui::button(ctx, t("signin.new"), {.icon = ui::icon::kUserPlus, .kind = ui::ButtonKind::Primary,
                                                    .font = theme.large()})) {
            ctx.screens.push(makeNewLearnerScreen(m_app));
        }
        ImGui::SameLine();
        if (ui::button(ctx, t("signin.guest"), {.icon = ui::icon::kUser, .font = theme.large()})) {
            startGuest(ctx);
        }
        ui::text(ctx, t("signin.guest_note"), {.font = theme.small(), .color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        if (ui::button(ctx, t("signin.bring"), {.icon = ui::icon::kFolderOpen, .font = theme.large()})) {
            ctx.screens.push(makeFileBrowserScreen(m_app, BrowseFor::Portfolio));
        }
        ui::text(ctx, t("signin.bring_note"), {.font = theme.small(), .color = theme.palette().mutedText});
    }

private:
    void startGuest(ui::Context& ctx) {
        auto started = m_app.session.startGuest(t("signin.guest_name"));
        if (!started) {
            showError(ctx, m_app, started.error());
            return;
        }
        goHome(ctx, m_app, *started);
    }

    std::vector<core::Learner> m_learners;
};

} // namespace

std::unique_ptr<ui::Screen> makeSignInScreen(app::Services& app) { return std::make_unique<SignInScreen>(app); }

} // namespace pathlight::screens
