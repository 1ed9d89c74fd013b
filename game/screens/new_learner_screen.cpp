// "I'm new": nickname, grade 5–9, an avatar from the drawn set, and an optional 4-digit PIN.
// Creates the learner through LearnerRepo (one transaction) and signs them in.
#include "screens/screens.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

constexpr int kFirstGrade = 5;
constexpr int kLastGrade = 9;

class NewLearnerScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "new_learner"; }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (ui::topBar(ctx, ctx.t("new.title"), ctx.t("common.back").c_str())) {
            ctx.screens.pop();
            return;
        }
        // Name and PIN side by side, so everything fits on one screen at 100 %.
        ImGui::BeginGroup();
        ui::textField(ctx, "nickname", ctx.t("new.nickname"), m_nickname, 24, m_firstFrame, 0, theme.px(460));
        ImGui::EndGroup();
        m_firstFrame = false;
        const float pinWidth = theme.px(300);
        if (ImGui::GetContentRegionAvail().x > theme.px(460) + pinWidth + theme.px(60)) {
            ImGui::SameLine(0, theme.px(48));
        }
        ImGui::BeginGroup();
        ui::textField(ctx, "pin", ctx.t("new.pin"), m_pin, 4, false,
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_Password, pinWidth);
        ui::text(ctx, ctx.t("new.pin_note"), {.font = theme.small(), .color = theme.palette().mutedText,
                                              .wrapWidth = std::max(pinWidth, ImGui::GetContentRegionAvail().x)});
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, theme.px(4)));

        ui::text(ctx, ctx.t("new.grade"), {.color = theme.palette().mutedText});
        ui::FlowLayout grades(ImGui::GetStyle().ItemSpacing.x);
        for (int grade = kFirstGrade; grade <= kLastGrade; ++grade) {
            const std::string label = ctx.tf("new.grade_n", {{"n", std::to_string(grade)}});
            const ui::ButtonOptions chip{.kind = m_grade == grade ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                         .selected = m_grade == grade};
            grades.next(ui::buttonSize(ctx, label, chip).x);
            if (ui::button(ctx, label, chip)) {
                m_grade = grade;
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(6)));

        ui::text(ctx, ctx.t("new.avatar"), {.color = theme.palette().mutedText});
        const float diameter = theme.px(88);
        ui::FlowLayout flow(theme.px(12));
        for (int i = 0; i < ui::kAvatarCount; ++i) {
            flow.next(std::max(diameter, theme.minTouch()));
            if (ui::avatarButton(ctx, i, ctx.t(ui::avatarNameKey(i)), diameter, m_avatar == i)) {
                m_avatar = i;
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(6)));

        if (!m_error.empty()) {
            ui::text(ctx, m_error, {.color = theme.palette().danger});
        }
        if (ui::button(ctx, ctx.t("new.create"), {.icon = ui::icon::kCheck, .kind = ui::ButtonKind::Primary,
                                                   .font = theme.large()})) {
            create(ctx);
        }
    }

private:
    void create(ui::Context& ctx) {
        if (m_nickname.find_first_not_of(" \t") == std::string::npos) {
            m_error = ctx.t("new.error_nickname");
            return;
        }
        if (m_grade == 0) {
            m_error = ctx.t("new.error_grade");
            return;
        }
        if (m_avatar < 0) {
            m_error = ctx.t("new.error_avatar");
            return;
        }
        if (!m_pin.empty() && m_pin.size() != 4) {
            m_error = ctx.t("new.error_pin");
            return;
        }
        store::NewLearner learner{m_nickname, m_grade, m_avatar, m_pin, false};
        auto created = ctx.services.learners->create(learner);
        if (!created) {
            m_error = created.error().message;
            return;
        }
        signIn(ctx, created->id);
    }

    std::string m_nickname;
    std::string m_pin;
    std::string m_error;
    int m_grade = 0;
    int m_avatar = -1;
    bool m_firstFrame = true;
};

} // namespace

std::unique_ptr<ui::Screen> makeNewLearnerScreen() { return std::make_unique<NewLearnerScreen>(); }

} // namespace pathlight::screens
