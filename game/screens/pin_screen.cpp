// PIN: a number pad for a learner's optional 4-digit PIN. Checks through LearnerRepo; after five
// wrong tries the pad rests for 30 seconds, so guessing a friend's PIN is slow.
#include "screens/screens.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

constexpr int kMaxTries = 5;
constexpr double kRestSeconds = 30.0;

class PinScreen final : public ui::Screen {
public:
    PinScreen(std::string learnerId, std::function<void(ui::Context&)> onRight)
        : m_learnerId(std::move(learnerId)), m_onRight(std::move(onRight)) {}
    std::string_view name() const override { return "pin"; }
    bool animating() const override { return m_restUntil > 0; }

    void onEnter(ui::Context& ctx) override { m_learner = ctx.services.learners->find(m_learnerId); }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (ui::topBar(ctx, ctx.t("pin.title"), ctx.t("common.back").c_str()) || !m_learner) {
            ctx.screens.pop();
            return;
        }
        const float diameter = theme.px(110);
        ui::centreNext(diameter);
        ui::avatarButton(ctx, m_learner->avatar, m_learner->nickname, diameter, false, "who");
        ui::text(ctx, ctx.t("pin.prompt"), {.center = true});

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

        const bool resting = m_restUntil > ctx.now;
        if (!resting && m_restUntil > 0) {
            m_restUntil = 0;
            m_tries = 0;
            m_message.clear();
        }
        if (!m_message.empty()) {
            ui::text(ctx, m_message, {.color = theme.palette().danger, .center = true});
        }
        if (resting) {
            return;
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
                    if (ui::button(ctx, ctx.t("pin.clear"), {.size = ImVec2(key, key), .font = theme.small()})) {
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
        if (ctx.services.learners->checkPin(m_learnerId, m_entered)) {
            if (m_onRight) {
                m_onRight(ctx);
            } else {
                signIn(ctx, m_learnerId);
            }
            return;
        }
        m_entered.clear();
        ++m_tries;
        if (m_tries >= kMaxTries) {
            m_restUntil = ctx.now + kRestSeconds;
            m_message = ctx.t("pin.rest");
        } else {
            m_message = ctx.t("pin.wrong");
        }
    }

    std::string m_learnerId;
    std::function<void(ui::Context&)> m_onRight;
    std::optional<store::Learner> m_learner;
    std::string m_entered;
    std::string m_message;
    int m_tries = 0;
    double m_restUntil = 0;
};

} // namespace

std::unique_ptr<ui::Screen> makePinScreen(std::string learnerId, std::function<void(ui::Context&)> onRight) {
    return std::make_unique<PinScreen>(std::move(learnerId), std::move(onRight));
}

} // namespace pathlight::screens
