// Sign in: the learners on this device as big avatar buttons, "I'm new" and "Just visiting".
// Lists learners through LearnerRepo; never shows anyone's data, only name and avatar.
#include "screens/screens.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class SignInScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "sign_in"; }

    void onEnter(ui::Context& ctx) override { m_learners = ctx.services.learners->list(); }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (ui::topBar(ctx, ctx.t("signin.title"), ctx.t("common.back").c_str())) {
            ctx.screens.pop();
            return;
        }
        if (m_learners.empty()) {
            ui::text(ctx, ctx.t("signin.nobody_yet"), {.color = theme.palette().mutedText});
        } else {
            ui::text(ctx, ctx.t("signin.pick_yourself"));
            const float diameter = theme.px(130);
            ui::FlowLayout flow(theme.px(24));
            for (const store::Learner& learner : m_learners) {
                flow.next(std::max(diameter, theme.minTouch()));
                std::string label = learner.nickname;
                if (learner.hasPin) {
                    label += std::string(" ") + ui::icon::kLock;
                }
                if (ui::avatarButton(ctx, learner.avatar, label, diameter, false, learner.id.c_str())) {
                    if (learner.hasPin) {
                        ctx.screens.push(makePinScreen(learner.id));
                    } else {
                        signIn(ctx, learner.id);
                    }
                }
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(20)));
        if (ui::button(ctx, ctx.t("signin.new"), {.icon = ui::icon::kUserPlus, .kind = ui::ButtonKind::Primary,
                                                    .font = theme.large()})) {
            ctx.screens.push(makeNewLearnerScreen());
        }
        ImGui::SameLine();
        if (ui::button(ctx, ctx.t("signin.guest"), {.icon = ui::icon::kUser, .font = theme.large()})) {
            startGuest(ctx);
        }
        ui::text(ctx, ctx.t("signin.guest_note"), {.font = theme.small(), .color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        if (ui::button(ctx, ctx.t("signin.bring"), {.icon = ui::icon::kFolderOpen, .font = theme.large()})) {
            ctx.screens.push(makeFileBrowserScreen(BrowseFor::Portfolio));
        }
        ui::text(ctx, ctx.t("signin.bring_note"), {.font = theme.small(), .color = theme.palette().mutedText});
    }

private:
    void startGuest(ui::Context& ctx) {
        store::NewLearner guest;
        guest.nickname = ctx.t("signin.guest_name");
        guest.avatar = 0;
        guest.guest = true;
        auto created = ctx.services.learners->create(guest);
        if (!created) {
            ctx.showError(created.error());
            return;
        }
        signIn(ctx, created->id);
    }

    std::vector<store::Learner> m_learners;
};

} // namespace

std::unique_ptr<ui::Screen> makeSignInScreen() { return std::make_unique<SignInScreen>(); }

void signIn(ui::Context& ctx, const std::string& learnerId) {
    ctx.session.learner = ctx.services.learners->find(learnerId);
    if (!ctx.session.learner) {
        ctx.showNotice(ctx.t("signin.not_found"), true);
        return;
    }
    if (ctx.services.portfolioLink) {
        // Their work from the portfolio folder (another kiosk, the classroom PC) comes in first.
        ctx.reportSync(ctx.services.portfolioLink->signedIn(*ctx.session.learner));
        ctx.session.learner = ctx.services.learners->find(learnerId); // a merged profile may rename them
    }
    ctx.screens.resetTo(makeHomeScreen());
}

} // namespace pathlight::screens
