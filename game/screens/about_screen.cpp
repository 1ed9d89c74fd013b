// About: what Pathlight is, and the credits and licences its career data requires
// (shared/data/SOURCES.md: O*NET CC BY 4.0, BLS, Advance CTE).
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class AboutScreen final : public AppScreen {
public:
    explicit AboutScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "about"; }

    std::optional<Bar> bar() override { return Bar{t("about.title"), t("common.back")}; }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        ui::text(ctx, t("about.what"));
        ui::text(ctx, tf("about.version", {{"version", PATHLIGHT_VERSION}}),
                 {.font = theme.small(), .color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::heading(ctx, t("about.privacy_title"));
        ui::text(ctx, t("about.privacy"));
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::heading(ctx, t("about.credits_title"));
        for (const char* key : {"about.credit_onet", "about.credit_onet_online", "about.credit_bls",
                                "about.credit_cte", "about.credit_license", "about.credit_fonts"}) {
            ui::text(ctx, t(key), {.font = theme.small()});
            ImGui::Dummy(ImVec2(0, theme.px(4)));
        }
    }
};

} // namespace

std::unique_ptr<ui::Screen> makeAboutScreen(app::Services& app) { return std::make_unique<AboutScreen>(app); }

} // namespace pathlight::screens
