// "My settings": a signed-in learner's own language, text size, reading font and reduced motion,
// and their PIN (typed twice). Each change is Session's: it is saved as a revision and travels in
// the learner's portfolio, and it ends at sign-out (the next child starts in the device's defaults).
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "core/learner_settings.hpp"

namespace pathlight::screens {

namespace {

// Reading fonts a learner can pick (assets/fonts.json names them).
constexpr const char* kFonts[] = {"andika", "opendyslexic", "dejavu"};

class MySettingsScreen final : public AppScreen {
public:
    explicit MySettingsScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "my_settings"; }
    std::optional<Bar> bar() override { return homeBar(t("mine.title")); }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (!m_app.session.signedIn()) {
            ctx.screens.pop();
            return;
        }
        ui::heading(ctx, t("mine.language"));
        ui::FlowLayout langs(theme.px(10));
        for (const content::Lang l : m_app.catalog.strings.languages()) {
            const std::string label = m_app.catalog.strings.get(l, "language.name");
            const bool on = l == lang();
            const ui::ButtonOptions options{.icon = ui::icon::kGlobe,
                                            .kind = on ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = on};
            langs.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                report(ctx, m_app.session.setLanguage(l));
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::heading(ctx, t("mine.text_size"));
        ui::FlowLayout sizes(theme.px(10));
        const int size = m_app.session.textSize();
        for (const int percent : core::kTextSizes) {
            const std::string label = tf("settings.text_size_n", {{"n", std::to_string(percent)}});
            const ui::ButtonOptions options{.kind = percent == size ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = percent == size};
            sizes.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                report(ctx, m_app.session.setTextSize(percent));
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::heading(ctx, t("mine.font"));
        ui::FlowLayout fonts(theme.px(10));
        const std::string& font = m_app.session.settings().font;
        for (const char* name : kFonts) {
            const std::string label = t(std::string("mine.font_") + name);
            const bool on = font == name || (font.empty() && name == std::string_view("andika"));
            const ui::ButtonOptions options{.kind = on ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = on};
            fonts.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                report(ctx, m_app.session.setFont(name));
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        bool calm = m_app.session.settings().reducedMotion;
        if (ui::chip(ctx, t("mine.reduced_motion"), calm)) {
            report(ctx, m_app.session.setReducedMotion(calm));
        }
        if (!m_app.session.learner()->guest) {
            ImGui::Dummy(ImVec2(0, theme.px(8)));
            drawPin(ctx);
        }
    }

private:
    void drawPin(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t(m_app.session.learner()->hasPin ? "mine.pin_change" : "mine.pin_set"));
        ui::text(ctx, t("mine.pin_about"), {.font = theme.small(), .color = theme.palette().mutedText});
        const float width = theme.px(240);
        ui::textField(ctx, "pin", t("mine.pin_new"), m_pin, 4, false,
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_Password, width);
        ImGui::SameLine(0, theme.px(24));
        ui::textField(ctx, "pin2", t("mine.pin_again"), m_pinAgain, 4, false,
                      ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_Password, width);
        if (!m_pinMessage.empty()) {
            ui::text(ctx, m_pinMessage, {.color = theme.palette().danger});
        }
        if (ui::button(ctx, t("mine.pin_save"), {.icon = ui::icon::kLock, .kind = ui::ButtonKind::Primary})) {
            if (m_pin != m_pinAgain) {
                m_pinMessage = t("new.error_pin_same");
            } else if (const core::Status set = m_app.session.setOwnPin(m_pin); !set) {
                m_pinMessage = errorWords(m_app, set.error());
            } else {
                m_pinMessage.clear();
                ctx.showNotice(t(m_pin.empty() ? "mine.pin_removed" : "mine.pin_saved"), false, 3.0);
            }
            m_pin.clear();
            m_pinAgain.clear();
        }
    }

    void report(ui::Context& ctx, const core::Status& status) {
        if (!status) {
            showError(ctx, m_app, status.error());
        }
    }

    std::string m_pin;
    std::string m_pinAgain;
    std::string m_pinMessage;
};

} // namespace

std::unique_ptr<ui::Screen> makeMySettingsScreen(app::Services& app) {
    return std::make_unique<MySettingsScreen>(app);
}

} // namespace pathlight::screens
