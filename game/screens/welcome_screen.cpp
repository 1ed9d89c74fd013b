// Welcome: the app's name, Start, the language switch (for this visit), About and Settings (behind
// the grown-up gate). First thing on screen, so it is cheap to draw (start-up is measured to the
// first Welcome frame).
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class WelcomeScreen final : public AppScreen {
public:
    explicit WelcomeScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "welcome"; }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;

        // Top row: About on the left, the language switch on the right.
        if (ui::button(ctx, t("welcome.about"), {.icon = ui::icon::kInfo, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeAboutScreen(m_app));
        }
        ImGui::SameLine();
        if (ui::button(ctx, t("settings.title"), {.icon = ui::icon::kCog, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeGatedSettingsScreen(m_app));
        }
        const std::string other = t("welcome.switch_language");
        const ImVec2 langSize = ui::buttonSize(ctx, other, {.icon = ui::icon::kGlobe});
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - langSize.x);
        if (ui::button(ctx, other, {.icon = ui::icon::kGlobe})) {
            // For this visit only: the next language in the list. A learner keeps it when they sign in;
            // the device's default language is a grown-up's setting.
            const std::size_t count = m_app.catalog.strings.languageCount();
            (void)m_app.session.setLanguage(content::Lang(static_cast<std::uint8_t>((lang().index() + 1) % count)));
        }

        const float avail = ImGui::GetContentRegionAvail().y;
        const float blockHeight = theme.px(150) + theme.title()->FontSize * 1.3f + theme.body()->FontSize * 2.5f +
                                  theme.px(110);
        if (avail > blockHeight) {
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (avail - blockHeight) * 0.4f);
        }
        // A small drawn emblem: a rising sun over a path.
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 centre(origin.x + width * 0.5f, origin.y + theme.px(90));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddCircleFilled(centre, theme.px(62), theme.palette().accent, 64);
        for (int i = 0; i < 5; ++i) {
            ui::drawStar(dl, ImVec2(centre.x + theme.px(-110.0f + 55.0f * static_cast<float>(i)), centre.y - theme.px(i % 2 ? 70.0f : 50.0f)),
                         theme.px(12), theme.palette().area[i]);
        }
        dl->AddTriangleFilled(ImVec2(centre.x - theme.px(20), centre.y + theme.px(60)),
                              ImVec2(centre.x + theme.px(20), centre.y + theme.px(60)),
                              ImVec2(centre.x, centre.y - theme.px(10)), theme.palette().primary);
        ImGui::Dummy(ImVec2(width, theme.px(160)));

        ui::text(ctx, t("app.name"), {.font = theme.title(), .color = theme.palette().primary, .center = true});
        ui::text(ctx, t("welcome.tagline"), {.font = theme.large(), .center = true});
        ImGui::Dummy(ImVec2(0, theme.px(16)));

        const ui::ButtonOptions start{.icon = ui::icon::kPlay,
                                      .size = ImVec2(theme.px(320), theme.px(84)),
                                      .kind = ui::ButtonKind::Primary,
                                      .font = theme.large()};
        ui::centreNext(ui::buttonSize(ctx, t("welcome.start"), start).x);
        if (ui::button(ctx, t("welcome.start"), start)) {
            ctx.screens.push(makeSignInScreen(m_app));
        }
    }
};

} // namespace

std::unique_ptr<ui::Screen> makeWelcomeScreen(app::Services& app) { return std::make_unique<WelcomeScreen>(app); }

} // namespace pathlight::screens
