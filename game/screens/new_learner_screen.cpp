// "I'm new": nickname, grade 5–9, an avatar from the drawn set, and an optional 4-digit PIN.
// Creates the learner and signs them in through Session::join (one transaction in the store).
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

using core::kFirstGrade;
using core::kLastGrade;

class NewLearnerScreen final : public AppScreen {
public:
    explicit NewLearnerScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "new_learner"; }
    std::optional<Bar> bar() override { return backBar(t("new.title")); }


    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        // Name and PIN side by side, so everything fits on one screen at 100 %.
        ImGui::BeginGroup();
        ui::textField(ctx, "nickname", t("new.nickname"), m_nickname, 24, m_firstFrame, 0, theme.px(460));
        ImGui::EndGroup();
        m_firstFrame = false;
        const float pinWidth = theme.px(300);
        if (ImGui::GetContentRegionAvail().x > theme.px(460) + pinWidth + theme.px(60)) {
            ImGui::SameLine(0, theme.px(48));
        }
        ImGui::BeginGroup();
        ui::textField(ctx, "pin", t("new.pin"), m_pin, 4, false,
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_Password, pinWidth);
        ui::text(ctx, t("new.pin_note"), {.font = theme.small(), .color = theme.palette().mutedText,
                                              .wrapWidth = std::max(pinWidth, ImGui::GetContentRegionAvail().x)});
        ImGui::EndGroup();
        ImGui::Dummy(ImVec2(0, theme.px(4)));

        ui::text(ctx, t("new.grade"), {.color = theme.palette().mutedText});
        ui::FlowLayout grades(ImGui::GetStyle().ItemSpacing.x);
        for (int grade = kFirstGrade; grade <= kLastGrade; ++grade) {
            const std::string label = tf("new.grade_n", {{"n", std::to_string(grade)}});
            const ui::ButtonOptions chip{.kind = m_grade == grade ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                         .selected = m_grade == grade};
            grades.next(ui::buttonSize(ctx, label, chip).x);
            if (ui::button(ctx, label, chip)) {
                m_grade = grade;
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(6)));

        ui::text(ctx, t("new.avatar"), {.color = theme.palette().mutedText});
        const float diameter = theme.px(88);
        ui::FlowLayout flow(theme.px(12));
        for (int i = 0; i < ui::kAvatarCount; ++i) {
            flow.next(std::max(diameter, theme.minTouch()));
            if (ui::avatarButton(ctx, i, t(ui::avatarNameKey(i)), diameter, m_avatar == i)) {
                m_avatar = i;
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(6)));

        if (!m_error.empty()) {
            ui::text(ctx, m_error, {.color = theme.palette().danger});
        }
        if (ui::button(ctx, t("new.create"), {.icon = ui::icon::kCheck, .kind = ui::ButtonKind::Primary,
                                                   .font = theme.large()})) {
            create(ctx);
        }
    }

private:
    void create(ui::Context& ctx) {
        if (m_nickname.find_first_not_of(" \t") == std::string::npos) {
            m_error = t("new.error_nickname");
            return;
        }
        if (m_grade == 0) {
            m_error = t("new.error_grade");
            return;
        }
        if (m_avatar < 0) {
            m_error = t("new.error_avatar");
            return;
        }
        if (!m_pin.empty() && m_pin.size() != 4) {
            m_error = t("new.error_pin");
            return;
        }
        const core::NewLearner learner{m_nickname, m_grade, m_avatar, m_pin, false};
        auto joined = m_app.session.join(learner);
        if (!joined) {
            m_error = errorWords(m_app, joined.error());
            return;
        }
        goHome(ctx, m_app, *joined);
    }

    std::string m_nickname;
    std::string m_pin;
    std::string m_error;
    int m_grade = 0;
    int m_avatar = -1;
    bool m_firstFrame = true;
};

} // namespace

std::unique_ptr<ui::Screen> makeNewLearnerScreen(app::Services& app) { return std::make_unique<NewLearnerScreen>(app); }

} // namespace pathlight::screens
