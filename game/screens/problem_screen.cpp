// Problem: shown instead of the app when it cannot start normally (broken content, a damaged or
// unwritable database). It must work without content strings, so its words come in from the caller.
#include "screens/navigation.hpp"
#include "ui/widgets.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class ProblemScreen final : public ui::Screen {
public:
    ProblemScreen(std::string title, std::string message, std::string detail, std::vector<ProblemChoice> choices,
                  std::function<void(int)> onChoice)
        : m_title(std::move(title)), m_message(std::move(message)), m_detail(std::move(detail)),
          m_choices(std::move(choices)), m_onChoice(std::move(onChoice)) {}

    std::string_view name() const override { return "problem"; }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        ui::text(ctx, std::string(ui::icon::kWarning) + "  " + m_title,
                 {.font = theme.large(), .color = theme.palette().danger});
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::text(ctx, m_message, {.font = theme.large()});
        ImGui::Dummy(ImVec2(0, theme.px(12)));
        for (std::size_t i = 0; i < m_choices.size(); ++i) {
            if (i > 0) {
                ImGui::SameLine();
            }
            if (ui::button(ctx, m_choices[i].label,
                           {.kind = m_choices[i].primary ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary})) {
                m_onChoice(static_cast<int>(i));
            }
        }
        if (!m_detail.empty()) {
            ImGui::Dummy(ImVec2(0, theme.px(16)));
            ImGui::BeginChild("##detail", ImVec2(0, 0), true);
            ui::text(ctx, m_detail, {.font = theme.small(), .color = theme.palette().mutedText});
            ImGui::EndChild();
        }
    }

private:
    std::string m_title;
    std::string m_message;
    std::string m_detail;
    std::vector<ProblemChoice> m_choices;
    std::function<void(int)> m_onChoice;
};

} // namespace

std::unique_ptr<ui::Screen> makeProblemScreen(std::string title, std::string message, std::string detail,
                                              std::vector<ProblemChoice> choices, std::function<void(int)> onChoice) {
    return std::make_unique<ProblemScreen>(std::move(title), std::move(message), std::move(detail),
                                           std::move(choices), std::move(onChoice));
}

} // namespace pathlight::screens
