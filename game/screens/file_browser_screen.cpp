// The in-app file browser (no native dialogs, so it works the same on a locked-down kiosk): the
// places a portfolio can be — the device's portfolio folder, USB sticks and other removable media,
// the home folder — and the folders and .pathlight files in the one shown. Three jobs (BrowseFor):
// bring a portfolio in and sign in, save the learner's portfolio, or choose the portfolio folder.
// Reads folders through portfolio::listFolder and files through PortfolioService; never SQL.
#include "screens/screens.hpp"

#include "portfolio/places.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <ctime>

namespace pathlight::screens {

namespace {

namespace fs = std::filesystem;


std::string dayText(std::int64_t ms) {
    if (ms <= 0) {
        return {};
    }
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local{};
    localtime_r(&seconds, &local);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
    return text;
}

class FileBrowserScreen final : public ui::Screen {
public:
    explicit FileBrowserScreen(BrowseFor purpose) : m_purpose(purpose) {}

    std::string_view name() const override { return "file_browser"; }

    void onEnter(ui::Context& ctx) override {
        lookAgain(ctx);
        if (m_folder.empty() && !m_places.empty()) {
            open(m_places.front().path);
        }
    }

    void draw(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (ui::topBar(ctx, ctx.t(titleKey()), ctx.t("common.back").c_str())) {
            ctx.screens.pop();
            return;
        }
        ui::text(ctx, ctx.t(helpKey()), {.color = theme.palette().mutedText});
        drawPlaces(ctx);
        if (m_problem) {
            drawProblem(ctx);
        }
        if (m_folder.empty()) {
            return;
        }
        drawFolderBar(ctx);
        if (m_purpose != BrowseFor::Portfolio) {
            const std::string action = ctx.t(m_purpose == BrowseFor::SaveFolder ? "browser.save_here" : "browser.use_folder");
            if (ui::button(ctx, action, {.icon = m_purpose == BrowseFor::SaveFolder ? ui::icon::kFloppy : ui::icon::kCheck,
                                         .kind = ui::ButtonKind::Primary, .font = theme.large()})) {
                choose(ctx);
                return;
            }
        }
        drawItems(ctx);
    }

private:
    const char* titleKey() const {
        switch (m_purpose) {
        case BrowseFor::Portfolio:
            return "browser.title_open";
        case BrowseFor::SaveFolder:
            return "browser.title_save";
        case BrowseFor::PortfolioFolder:
            return "browser.title_folder";
        }
        return "browser.title_open";
    }
    const char* helpKey() const {
        switch (m_purpose) {
        case BrowseFor::Portfolio:
            return "browser.help_open";
        case BrowseFor::SaveFolder:
            return "browser.help_save";
        case BrowseFor::PortfolioFolder:
            return "browser.help_folder";
        }
        return "browser.help_open";
    }

    void lookAgain(ui::Context& ctx) {
        portfolio::PlaceRoots roots;
        if (ctx.services.portfolioLink) {
            roots.portfolioFolder = ctx.services.portfolioLink->folder();
        }
        m_places = portfolio::findPlaces(roots);
        if (!m_folder.empty()) {
            open(m_folder);
        }
    }

    void open(const fs::path& folder) {
        m_folder = folder;
        m_problem.reset();
        auto listed = portfolio::listFolder(folder, m_purpose == BrowseFor::Portfolio);
        if (!listed) {
            m_items.clear();
            m_problem = listed.error();
            return;
        }
        m_items = std::move(listed.value());
    }

    std::string placeLabel(ui::Context& ctx, const portfolio::Place& place) const {
        switch (place.kind) {
        case portfolio::PlaceKind::PortfolioFolder:
            return ctx.t("browser.place_portfolio");
        case portfolio::PlaceKind::Removable:
            return ctx.tf("browser.place_usb", {{"name", place.name}});
        case portfolio::PlaceKind::Home:
            return ctx.t("browser.place_home");
        }
        return place.name;
    }

    void drawPlaces(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::FlowLayout flow(theme.px(10));
        for (const portfolio::Place& place : m_places) {
            const char* icon = place.kind == portfolio::PlaceKind::Removable ? ui::icon::kUsb
                               : place.kind == portfolio::PlaceKind::Home ? ui::icon::kHome
                                                                          : ui::icon::kFolder;
            const std::string label = placeLabel(ctx, place);
            const bool here = m_folder == place.path;
            const ui::ButtonOptions options{.icon = icon,
                                            .kind = here ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = here};
            flow.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                open(place.path);
            }
        }
        const std::string again = ctx.t("browser.look_again");
        const ui::ButtonOptions options{.icon = ui::icon::kRefresh, .kind = ui::ButtonKind::Ghost};
        flow.next(ui::buttonSize(ctx, again, options).x);
        if (ui::button(ctx, again, options)) {
            lookAgain(ctx);
        }
        if (m_places.empty()) {
            ui::text(ctx, ctx.t("browser.no_places"));
        }
    }

    void drawFolderBar(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ImGui::Dummy(ImVec2(0, theme.px(4)));
        const bool canGoUp = m_folder.has_parent_path() && m_folder.parent_path() != m_folder;
        if (ui::button(ctx, ctx.t("browser.up"), {.icon = ui::icon::kArrowUp, .enabled = canGoUp, .font = theme.small()})) {
            open(m_folder.parent_path());
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + theme.px(14));
        ui::text(ctx, std::string(ui::icon::kFolder) + "  " + m_folder.string(),
                 {.font = theme.small(), .color = theme.palette().mutedText});
    }

    void drawItems(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        if (m_items.empty() && !m_problem) {
            ui::text(ctx, ctx.t(m_purpose == BrowseFor::Portfolio ? "browser.empty_files" : "browser.empty_folders"),
                     {.color = theme.palette().mutedText});
            return;
        }
        std::optional<fs::path> openFolder;
        std::optional<fs::path> openFile;
        const float width = ImGui::GetContentRegionAvail().x;
        for (const portfolio::FolderItem& item : m_items) {
            std::string label;
            if (item.folder) {
                label = std::string(ui::icon::kFolder) + "  " + item.name;
            } else {
                label = std::string(ui::icon::kFile) + "  " + portfolio::nicknameFromFileName(item.name) + "   ·   " +
                        ctx.tf("browser.file_saved", {{"when", dayText(item.modifiedMs)}});
            }
            if (ui::button(ctx, label, {.size = ImVec2(width, 0),
                                        .kind = item.folder ? ui::ButtonKind::Secondary : ui::ButtonKind::Primary,
                                        .id = item.name.c_str()})) {
                (item.folder ? openFolder : openFile) = item.path;
            }
        }
        if (openFolder) {
            open(*openFolder);
        } else if (openFile) {
            bringIn(ctx, *openFile);
        }
    }

    void drawProblem(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const std::string key = "error." + m_problem->code;
        const bool known = ctx.services.strings->has(ctx.services.strings->lang(), key);
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        ui::text(ctx, std::string(ui::icon::kWarning) + "  " + (known ? ctx.t(key) : m_problem->message),
                 {.font = theme.large(), .color = theme.palette().danger});
        ui::text(ctx, ctx.tf("browser.for_grownup", {{"detail", m_problem->detail}}),
                 {.font = theme.small(), .color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
    }

    // "Bring my portfolio": check the file, ask the PIN when the learner has one here, bring it in.
    void bringIn(ui::Context& ctx, const fs::path& file) {
        auto check = ctx.services.portfolio->checkFile(file);
        if (!check) {
            m_problem = check.error();
            return;
        }
        m_problem.reset();
        if (check->pinHere) {
            ctx.screens.push(makePinScreen(check->portfolio.learnerId, [file](ui::Context& c) { importAndSignIn(c, file, true); }));
            return;
        }
        if (auto problem = importAndSignIn(ctx, file, false)) {
            m_problem = *problem;
        }
    }

    // Imports `file` and signs its learner in (through their PIN when the file brought one).
    static std::optional<core::Error> importAndSignIn(ui::Context& ctx, const fs::path& file, bool pinChecked) {
        portfolio::ImportOptions options;
        options.pinChecked = pinChecked;
        auto imported = ctx.services.portfolio->importFile(file, options);
        if (!imported) {
            ctx.showError(imported.error());
            return imported.error();
        }
        const auto learner = ctx.services.learners->find(imported->learnerId);
        if (!learner) {
            return core::makeError(ctx.t("signin.not_found"), imported->learnerId);
        }
        ctx.showNotice(ctx.tf(imported->newLearner ? "browser.imported_new" : "browser.imported",
                              {{"name", learner->nickname}, {"n", std::to_string(imported->added)}}),
                       false, 5.0);
        if (learner->hasPin && !pinChecked) {
            ctx.screens.replaceTop(makePinScreen(learner->id));
            return std::nullopt;
        }
        signIn(ctx, learner->id);
        return std::nullopt;
    }

    void choose(ui::Context& ctx) {
        if (m_purpose == BrowseFor::PortfolioFolder) {
            if (const core::Status saved = ctx.services.db->setSetting(kPortfolioFolderSetting, m_folder.string()); !saved) {
                m_problem = saved.error();
                return;
            }
            ctx.services.portfolioLink->setFolder(m_folder);
            ctx.showNotice(ctx.tf("settings.folder_set", {{"folder", m_folder.string()}}), false, 5.0);
            ctx.screens.pop();
            return;
        }
        if (!ctx.session.learner) {
            ctx.screens.pop();
            return;
        }
        auto saved = ctx.services.portfolio->saveToFolder(ctx.session.learner->id, m_folder);
        if (!saved) {
            m_problem = saved.error();
            return;
        }
        ctx.showNotice(ctx.tf("browser.saved", {{"file", saved->file.filename().string()}}), false, 6.0);
        ctx.screens.pop();
    }

    BrowseFor m_purpose;
    std::vector<portfolio::Place> m_places;
    fs::path m_folder;
    std::vector<portfolio::FolderItem> m_items;
    std::optional<core::Error> m_problem;
};

} // namespace

std::unique_ptr<ui::Screen> makeFileBrowserScreen(BrowseFor purpose) {
    return std::make_unique<FileBrowserScreen>(purpose);
}

} // namespace pathlight::screens
