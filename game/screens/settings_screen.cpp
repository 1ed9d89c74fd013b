// Settings of this computer, behind the grown-up gate: the class (portfolio) folder — a USB stick, a
// network share or a folder a sync engine keeps in step — where each learner's file is kept and
// merged at sign-in; the language and text size a new session starts in; and the learners on this
// computer, each with "Reset PIN" and "Remove". Every change goes through app::DeviceSettings and
// app::Learners, which check the gate themselves; leaving this screen closes the gate.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/device_settings.hpp"
#include "app/grown_up_gate.hpp"
#include "app/learners.hpp"
#include "app/portfolio_link.hpp"
#include "core/learner_settings.hpp"

namespace pathlight::screens {

namespace {

class SettingsScreen final : public AppScreen {
public:
    explicit SettingsScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "settings"; }
    std::optional<Bar> bar() override { return backBar(t("settings.title")); }

    void onEnter(ui::Context&) override { m_learners = m_app.learners.list(); }
    // Back on Welcome, the next person must unlock again.
    void onBack(ui::Context& ctx) override {
        m_app.gate.close();
        ctx.screens.pop();
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (!m_app.gate.isOpen()) {
            // The gate timed out while the screen was open: nothing here may be changed.
            ctx.screens.pop();
            return;
        }
        drawFolder(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        drawDefaults(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        drawLearners(ctx);
    }

private:
    void drawFolder(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("settings.folder_title"));
        ui::text(ctx, t("settings.folder_about"), {.color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        const std::filesystem::path folder = m_app.portfolio.folder();
        ui::text(ctx, folder.empty() ? t("settings.folder_none") : tf("settings.folder_is", {{"folder", folder.string()}}),
                 {.font = theme.large()});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        if (ui::button(ctx, t("settings.folder_choose"), {.icon = ui::icon::kCompass, .kind = ui::ButtonKind::Primary})) {
            m_app.gate.touch();
            ctx.screens.push(makeFileBrowserScreen(m_app, BrowseFor::PortfolioFolder));
        }
        if (!folder.empty()) {
            ImGui::SameLine();
            if (ui::button(ctx, t("settings.folder_off"), {.icon = ui::icon::kTimes})) {
                if (const core::Status saved = m_app.device.setPortfolioFolder({}); !saved) {
                    showError(ctx, m_app, saved.error());
                    return;
                }
                m_app.portfolio.setFolder({});
                m_app.gate.touch();
                ctx.showNotice(t("settings.folder_cleared"), false, 4.0);
            }
        }
    }

    void drawDefaults(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("settings.defaults_title"));
        ui::text(ctx, t("settings.defaults_about"), {.color = theme.palette().mutedText});
        ui::FlowLayout flow(theme.px(10));
        const std::string current = m_app.device.defaultLanguage();
        for (const content::Lang l : m_app.catalog.strings.languages()) {
            const std::string code(m_app.catalog.strings.code(l));
            const std::string label = m_app.catalog.strings.get(l, "language.name");
            const std::string id = "lang-" + code;
            const ui::ButtonOptions options{.icon = ui::icon::kGlobe,
                                            .kind = code == current ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = code == current,
                                            .id = id.c_str()};
            flow.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                report(ctx, m_app.device.setDefaultLanguage(code));
            }
        }
        const int size = m_app.device.defaultTextSize();
        ui::FlowLayout sizes(theme.px(10));
        for (const int percent : core::kTextSizes) {
            const std::string label = tf("settings.text_size_n", {{"n", std::to_string(percent)}});
            const ui::ButtonOptions options{.kind = percent == size ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = percent == size};
            sizes.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                report(ctx, m_app.device.setDefaultTextSize(percent));
            }
        }
    }

    void drawLearners(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("settings.learners_title"));
        if (m_learners.empty()) {
            ui::text(ctx, t("settings.learners_none"), {.color = theme.palette().mutedText});
            return;
        }
        std::optional<std::string> resetId;
        std::optional<std::string> removeId;
        for (const core::Learner& learner : m_learners) {
            ImGui::PushID(learner.id.c_str());
            ui::text(ctx, learner.nickname + (learner.hasPin ? std::string("  ") + ui::icon::kLock : std::string()),
                     {.font = theme.large(), .wrapWidth = 0});
            ImGui::SameLine(0, theme.px(24));
            if (ui::button(ctx, tf("settings.reset_pin_for", {{"name", learner.nickname}}),
                           {.icon = ui::icon::kEraser, .enabled = learner.hasPin, .font = theme.small()})) {
                resetId = learner.id;
            }
            ImGui::SameLine();
            const bool confirming = m_confirmRemove == learner.id;
            if (ui::button(ctx, tf(confirming ? "settings.remove_sure" : "settings.remove_for", {{"name", learner.nickname}}),
                           {.icon = ui::icon::kTimes, .kind = confirming ? ui::ButtonKind::Danger : ui::ButtonKind::Secondary,
                            .font = theme.small()})) {
                removeId = learner.id;
            }
            ImGui::PopID();
        }
        if (resetId) {
            // The PIN is removed; the learner sets a new one next time (issue: a PIN pad a child can
            // retype twice lives with the learner's own settings).
            report(ctx, m_app.learners.resetPin(*resetId, ""), "settings.pin_reset");
            m_learners = m_app.learners.list();
        }
        if (removeId) {
            if (m_confirmRemove != *removeId) {
                m_confirmRemove = *removeId;
            } else {
                report(ctx, m_app.learners.remove(*removeId), "settings.removed");
                m_confirmRemove.clear();
                m_learners = m_app.learners.list();
            }
        }
    }

    void report(ui::Context& ctx, const core::Status& status, const char* doneKey = "settings.saved") {
        if (!status) {
            showError(ctx, m_app, status.error());
            return;
        }
        m_app.gate.touch();
        ctx.showNotice(t(doneKey), false, 3.0);
    }

    std::vector<core::Learner> m_learners;
    std::string m_confirmRemove;
};

} // namespace

std::unique_ptr<ui::Screen> makeSettingsScreen(app::Services& app) { return std::make_unique<SettingsScreen>(app); }

std::unique_ptr<ui::Screen> makeGatedSettingsScreen(app::Services& app) {
    return makeGateScreen(app, [&app] { return makeSettingsScreen(app); });
}

} // namespace pathlight::screens
