// Welcome: the app's name, Start, the language switch and About. First thing on screen, so it is
// cheap to draw (start-up is measured to the first Welcome frame).
#include "screens/screens.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class WelcomeScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "welcome"; }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        content::Strings& strings = *ctx.services.strings;

        // Top row: About on the left, the language switch on the right.
        if (ui::button(ctx, ctx.t("welcome.about"), {.icon = ui::icon::kInfo, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeAboutScreen());
        }
        ImGui::SameLine();
        if (ui::button(ctx, ctx.t("settings.title"), {.icon = ui::icon::kCog, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeSettingsScreen());
        }
        const std::string other = ctx.t("welcome.switch_language");
        const ImVec2 langSize = ui::buttonSize(ctx, other, {.icon = ui::icon::kGlobe});
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - langSize.x);
        if (ui::button(ctx, other, {.icon = ui::icon::kGlobe})) {
            const content::Lang next = strings.lang() == content::Lang::En ? content::Lang::Es : content::Lang::En;
            strings.setLang(next);
            if (ctx.services.db) {
                (void)ctx.services.db->setSetting("language", std::string(content::langCode(next)));
            }
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

        ui::text(ctx, ctx.t("app.name"), {.font = theme.title(), .color = theme.palette().primary, .center = true});
        ui::text(ctx, ctx.t("welcome.tagline"), {.font = theme.large(), .center = true});
        ImGui::Dummy(ImVec2(0, theme.px(16)));

        const ui::ButtonOptions start{.icon = ui::icon::kPlay,
                                      .size = ImVec2(theme.px(320), theme.px(84)),
                                      .kind = ui::ButtonKind::Primary,
                                      .font = theme.large()};
        ui::centreNext(ui::buttonSize(ctx, ctx.t("welcome.start"), start).x);
        if (ui::button(ctx, ctx.t("welcome.start"), start)) {
            ctx.screens.push(makeSignInScreen());
        }
    }
};

} // namespace

std::unique_ptr<ui::Screen> makeWelcomeScreen() { return std::make_unique<WelcomeScreen>(); }

} // namespace pathlight::screens
