// PIN: a number pad for a learner's optional 4-digit PIN. The check and the count of wrong tries
// are Session's (kept in the store): after five wrong tries the pad rests, longer after each
// further wrong try, and Back, another screen or a restart don't reset it. This screen only shows
// the dots, the pad and how long the rest lasts.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/learners.hpp"

#include <cmath>

namespace pathlight::screens {

namespace {

class PinScreen final : public AppScreen {
public:
    PinScreen(app::Services& app, std::string learnerId, std::function<void(ui::Context&)> onRight)
        : AppScreen(app), m_learnerId(std::move(learnerId)), m_onRight(std::move(onRight)) {}
    std::string_view name() const override { return "pin"; }
    bool animating() const override { return m_resting; } // the rest's countdown ticks
    std::optional<Bar> bar() override { return backBar(t("pin.title")); }

    void onEnter(ui::Context&) override {
        m_learner = m_app.learners.find(m_learnerId);
        m_entered.clear();
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (!m_learner) {
            ctx.screens.pop();
            return;
        }
        const float diameter = theme.px(110);
        ui::centreNext(diameter);
        ui::avatarButton(ctx, m_learner->avatar, m_learner->nickname, diameter, false, "who");
        ui::text(ctx, t("pin.prompt"), {.center = true});

        // Four dots, filled as digits are typed.
        const float dot = theme.px(18);
        const float gap = theme.px(22);
        const float width = 4 * dot * 2 + 3 * gap;
        ui::centreNext(width);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        for (int i = 0; i < 4; ++i) {
            const ImVec2 c(at.x + dot + static_cast<float>(i) * (dot * 2 + gap), at.y + dot);
            if (i < static_cast<int>(m_entered.size())) {
                ImGui::GetWindowDrawList()->AddCircleFilled(c, dot, theme.palette().primary, 24);
            } else {
                ImGui::GetWindowDrawList()->AddCircle(c, dot, theme.palette().mutedText, 24, theme.px(3));
            }
        }
        ImGui::Dummy(ImVec2(width, dot * 2 + theme.px(8)));

        const std::int64_t restMs = m_app.session.pinRestMs(m_learnerId);
        m_resting = restMs > 0;
        if (m_resting) {
            const auto seconds = static_cast<long long>(std::ceil(static_cast<double>(restMs) / 1000.0));
            ui::text(ctx, tf("pin.rest_for", {{"seconds", std::to_string(seconds)}}),
                     {.color = theme.palette().danger, .center = true});
            m_entered.clear();
            return;
        }
        if (!m_message.empty()) {
            ui::text(ctx, m_message, {.color = theme.palette().danger, .center = true});
        }

        // 3x4 pad: 1–9, clear, 0.
        const float key = std::max(theme.minTouch(), theme.px(84));
        const float padWidth = key * 3 + ImGui::GetStyle().ItemSpacing.x * 2;
        static constexpr const char* kPad[4][3] = {{"1", "2", "3"}, {"4", "5", "6"}, {"7", "8", "9"}, {"", "0", ""}};
        for (int row = 0; row < 4; ++row) {
            ui::centreNext(padWidth);
            for (int col = 0; col < 3; ++col) {
                if (col > 0) {
                    ImGui::SameLine();
                }
                const char* label = kPad[row][col];
                if (row == 3 && col == 0) {
                    if (ui::button(ctx, t("pin.clear"), {.size = ImVec2(key, key), .font = theme.small()})) {
                        m_entered.clear();
                    }
                    continue;
                }
                if (row == 3 && col == 2) {
                    ImGui::Dummy(ImVec2(key, key));
                    continue;
                }
                if (ui::button(ctx, label, {.size = ImVec2(key, key), .font = theme.large()})) {
                    addDigit(ctx, label[0]);
                }
            }
        }
        // Typing digits on a keyboard works too.
        const ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
            const ImWchar c = io.InputQueueCharacters[i];
            if (c >= '0' && c <= '9') {
                addDigit(ctx, static_cast<char>(c));
            }
        }
        if (ui::keyPressed(ImGuiKey_Backspace) && !m_entered.empty()) {
            m_entered.pop_back();
        }
    }

private:
    void addDigit(ui::Context& ctx, char digit) {
        if (m_entered.size() >= 4) {
            return;
        }
        m_entered += digit;
        if (m_entered.size() < 4) {
            return;
        }
        const app::SecretTry tried = m_app.session.checkPin(m_learnerId, m_entered);
        m_entered.clear();
        if (tried.right()) {
            m_message.clear();
            if (m_onRight) {
                m_onRight(ctx);
            } else {
                signInAndGoHome(ctx, m_app, m_learnerId);
            }
            return;
        }
        m_message = tried.outcome == app::SecretTry::Outcome::Wrong && tried.triesBeforeRest > 0
                        ? t("pin.wrong")
                        : std::string();
    }

    std::string m_learnerId;
    std::function<void(ui::Context&)> m_onRight;
    std::optional<core::Learner> m_learner;
    std::string m_entered;
    std::string m_message;
    bool m_resting = false;
};

} // namespace

std::unique_ptr<ui::Screen> makePinScreen(app::Services& app, std::string learnerId,
                                          std::function<void(ui::Context&)> onRight) {
    return std::make_unique<PinScreen>(app, std::move(learnerId), std::move(onRight));
}

} // namespace pathlight::screens
