// Settings of this device: the portfolio folder — a USB stick, a network share or a folder a sync
// engine (Syncthing, Nextcloud, OneDrive, Google Drive) keeps in step — where each learner's
// portfolio file is kept and merged at sign-in. Stored as a device setting through Database;
// `--portfolio-dir` on the command line wins over it for one run.
#include "screens/screens.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class SettingsScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "settings"; }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (ui::topBar(ctx, ctx.t("settings.title"), ctx.t("common.back").c_str())) {
            ctx.screens.pop();
            return;
        }
        ui::heading(ctx, ctx.t("settings.folder_title"));
        ui::text(ctx, ctx.t("settings.folder_about"), {.color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        const std::filesystem::path& folder = ctx.services.portfolioLink->folder();
        ui::text(ctx, folder.empty() ? ctx.t("settings.folder_none") : ctx.tf("settings.folder_is", {{"folder", folder.string()}}),
                 {.font = theme.large()});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        if (ui::button(ctx, ctx.t("settings.folder_choose"), {.icon = ui::icon::kCompass, .kind = ui::ButtonKind::Primary})) {
            ctx.screens.push(makeFileBrowserScreen(BrowseFor::PortfolioFolder));
        }
        if (!folder.empty()) {
            ImGui::SameLine();
            if (ui::button(ctx, ctx.t("settings.folder_off"), {.icon = ui::icon::kTimes})) {
                if (const core::Status saved = ctx.services.db->setSetting(kPortfolioFolderSetting, ""); !saved) {
                    ctx.showError(saved.error());
                    return;
                }
                ctx.services.portfolioLink->setFolder({});
                ctx.showNotice(ctx.t("settings.folder_cleared"), false, 4.0);
            }
        }
    }
};

} // namespace

std::unique_ptr<ui::Screen> makeSettingsScreen() { return std::make_unique<SettingsScreen>(); }

} // namespace pathlight::screens
