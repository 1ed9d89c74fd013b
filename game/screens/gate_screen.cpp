// The grown-up gate's screen, in front of anything behind the gate (Settings now; teacher mode and
// leaving kiosk mode later). The first time, a grown-up sets the device's passphrase or PIN (at
// least 6 digits), typed twice; after that they type it to get in. The check, the hash and the
// count of wrong tries are app::GrownUpGate's: this screen shows the boxes and the countdown only.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/grown_up_gate.hpp"

#include <cmath>

namespace pathlight::screens {

namespace {

constexpr std::size_t kMaxSecret = 64;

class GateScreen final : public AppScreen {
public:
    GateScreen(app::Services& app, std::function<std::unique_ptr<ui::Screen>()> then)
        : AppScreen(app), m_then(std::move(then)) {}

    std::string_view name() const override { return "gate"; }
    bool animating() const override { return m_resting; }
    std::optional<Bar> bar() override { return backBar(t("gate.title")); }

    void onEnter(ui::Context& ctx) override {
        m_secret.clear();
        m_again.clear();
        m_firstFrame = true;
        if (m_app.gate.isOpen()) {
            ctx.screens.replaceTop(m_then());
        }
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const bool setUp = !m_app.gate.isSet();
        ui::text(ctx, t(setUp ? "gate.setup_about" : "gate.about"), {.color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        const std::int64_t rest = setUp ? 0 : m_app.gate.restMs();
        m_resting = rest > 0;
        if (m_resting) {
            const auto seconds = static_cast<long long>(std::ceil(static_cast<double>(rest) / 1000.0));
            ui::text(ctx, tf("gate.rest_for", {{"seconds", std::to_string(seconds)}}),
                     {.font = theme.large(), .color = theme.palette().danger});
            return;
        }
        const float width = std::min(ImGui::GetContentRegionAvail().x, theme.px(520));
        bool enter = ui::textField(ctx, "secret", t(setUp ? "gate.new_secret" : "gate.secret"), m_secret, kMaxSecret,
                                   m_firstFrame, ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue,
                                   width);
        if (setUp) {
            enter = ui::textField(ctx, "again", t("gate.again"), m_again, kMaxSecret, false,
                                  ImGuiInputTextFlags_Password | ImGuiInputTextFlags_EnterReturnsTrue, width) ||
                    enter;
        }
        m_firstFrame = false;
        if (!m_message.empty()) {
            ui::text(ctx, m_message, {.color = theme.palette().danger});
        }
        ImGui::Dummy(ImVec2(0, theme.px(4)));
        const bool pressed = ui::button(ctx, t(setUp ? "gate.save" : "gate.unlock"),
                                        {.icon = ui::icon::kLock, .kind = ui::ButtonKind::Primary, .font = theme.large()});
        if (pressed || (enter && (!setUp || !m_again.empty()))) {
            setUp ? save(ctx) : unlock(ctx);
        }
    }

private:
    void save(ui::Context& ctx) {
        if (m_secret != m_again) {
            m_message = t("gate.not_same");
            m_again.clear();
            return;
        }
        if (const core::Status saved = m_app.gate.setSecret(m_secret); !saved) {
            m_message = errorWords(m_app, saved.error());
            m_secret.clear();
            m_again.clear();
            return;
        }
        ctx.showNotice(t("gate.saved"), false, 4.0);
        ctx.screens.replaceTop(m_then());
    }

    void unlock(ui::Context& ctx) {
        const app::SecretTry tried = m_app.gate.unlock(m_secret);
        m_secret.clear();
        if (tried.right()) {
            m_message.clear();
            ctx.screens.replaceTop(m_then());
            return;
        }
        m_message = tried.outcome == app::SecretTry::Outcome::Wrong ? t("gate.wrong") : std::string();
    }

    std::function<std::unique_ptr<ui::Screen>()> m_then;
    std::string m_secret;
    std::string m_again;
    std::string m_message;
    bool m_firstFrame = true;
    bool m_resting = false;
};

} // namespace

std::unique_ptr<ui::Screen> makeGateScreen(app::Services& app, std::function<std::unique_ptr<ui::Screen>()> then) {
    return std::make_unique<GateScreen>(app, std::move(then));
}

} // namespace pathlight::screens
