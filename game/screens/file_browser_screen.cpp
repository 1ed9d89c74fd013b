// The in-app file browser (no native dialogs, so it works the same on a locked-down kiosk): the
// places a portfolio can be — the class folder, USB sticks and other removable media, the home
// folder — and the folders and .pathlight files in the one shown. Three jobs (BrowseFor): bring a
// portfolio in and sign in, save the learner's portfolio, or choose the class folder (a grown-up,
// behind the gate). Where it may go is app::FolderBrowser's rule: it never climbs above the place
// it opened. Files go through app::PortfolioLink; never SQL, never a path typed by hand.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"
#include "screens/activity_cards.hpp"

#include "app/device_settings.hpp"
#include "app/folder_browser.hpp"
#include "app/learners.hpp"
#include "app/portfolio_link.hpp"

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

class FileBrowserScreen final : public AppScreen {
public:
    // Each browser starts from the app's places, at no folder: one kid's walk never shows the next.
    FileBrowserScreen(app::Services& app, BrowseFor purpose)
        : AppScreen(app), m_purpose(purpose), m_browser(app.folders) {}

    std::string_view name() const override { return "file_browser"; }
    std::optional<Bar> bar() override { return backBar(t(titleKey())); }

    void onEnter(ui::Context&) override {
        lookAgain();
        if (!m_browser.isOpen() && !m_browser.places().empty()) {
            open(0);
        }
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        ui::text(ctx, t(helpKey()), {.color = theme.palette().mutedText});
        drawPlaces(ctx);
        if (m_problem) {
            drawProblem(ctx);
        }
        if (!m_browser.isOpen()) {
            return;
        }
        drawFolderBar(ctx);
        if (m_purpose != BrowseFor::Portfolio) {
            const std::string action = t(m_purpose == BrowseFor::SaveFolder ? "browser.save_here" : "browser.use_folder");
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

    void lookAgain() {
        m_browser.refresh(m_app.portfolio.folder());
        relist();
    }

    void open(std::size_t place) {
        report(m_browser.openPlace(place));
    }

    void report(const core::Status& status) {
        m_problem.reset();
        if (!status) {
            m_problem = status.error();
        }
        relist();
    }

    void relist() {
        if (!m_browser.isOpen()) {
            m_items.clear();
            return;
        }
        auto listed = m_browser.list(m_purpose == BrowseFor::Portfolio);
        if (!listed) {
            m_items.clear();
            m_problem = listed.error();
            return;
        }
        m_items = std::move(listed.value());
    }

    std::string placeLabel(const app::Place& place) const {
        switch (place.kind) {
        case app::PlaceKind::ClassFolder:
            return t("browser.place_portfolio");
        case app::PlaceKind::Removable:
            return tf("browser.place_usb", {{"name", place.name}});
        case app::PlaceKind::Home:
            return t("browser.place_home");
        }
        return place.name;
    }

    void drawPlaces(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::FlowLayout flow(theme.px(10));
        const std::vector<app::Place>& places = m_browser.places();
        std::optional<std::size_t> chosen;
        for (std::size_t i = 0; i < places.size(); ++i) {
            const app::Place& place = places[i];
            const char* icon = place.kind == app::PlaceKind::Removable ? ui::icon::kUsb
                               : place.kind == app::PlaceKind::Home    ? ui::icon::kHome
                                                                       : ui::icon::kFolder;
            const std::string label = placeLabel(place);
            const bool here = m_browser.isOpen() && m_browser.placeIndex() == i;
            const ui::ButtonOptions options{.icon = icon,
                                            .kind = here ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = here};
            flow.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                chosen = i;
            }
        }
        const std::string again = t("browser.look_again");
        const ui::ButtonOptions options{.icon = ui::icon::kRefresh, .kind = ui::ButtonKind::Ghost};
        flow.next(ui::buttonSize(ctx, again, options).x);
        if (ui::button(ctx, again, options)) {
            lookAgain();
        }
        if (places.empty()) {
            ui::text(ctx, t("browser.no_places"));
        }
        if (chosen) {
            open(*chosen);
        }
    }

    void drawFolderBar(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ImGui::Dummy(ImVec2(0, theme.px(4)));
        if (ui::button(ctx, t("browser.up"),
                       {.icon = ui::icon::kArrowUp, .enabled = m_browser.canGoUp(), .font = theme.small()})) {
            report(m_browser.up());
        }
        ImGui::SameLine();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + theme.px(14));
        ui::text(ctx, std::string(ui::icon::kFolder) + "  " + m_browser.current().string(),
                 {.font = theme.small(), .color = theme.palette().mutedText});
    }

    void drawItems(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        if (m_items.empty() && !m_problem) {
            ui::text(ctx, t(m_purpose == BrowseFor::Portfolio ? "browser.empty_files" : "browser.empty_folders"),
                     {.color = theme.palette().mutedText});
            return;
        }
        std::optional<std::string> openFolder;
        std::optional<std::string> openFile;
        const float width = ImGui::GetContentRegionAvail().x;
        for (const app::FolderEntry& item : m_items) {
            std::string label;
            if (item.folder) {
                label = std::string(ui::icon::kFolder) + "  " + item.name;
            } else {
                label = std::string(ui::icon::kFile) + "  " + item.nickname + "   ·   " +
                        tf("browser.file_saved", {{"when", dayText(item.modifiedMs)}});
            }
            if (ui::button(ctx, label, {.size = ImVec2(width, 0),
                                        .kind = item.folder ? ui::ButtonKind::Secondary : ui::ButtonKind::Primary,
                                        .id = item.name.c_str()})) {
                (item.folder ? openFolder : openFile) = item.name;
            }
        }
        if (openFolder) {
            report(m_browser.enter(*openFolder));
        } else if (openFile) {
            if (auto file = m_browser.file(*openFile)) {
                bringIn(ctx, *file);
            } else {
                m_problem = file.error();
            }
        }
    }

    void drawProblem(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        ui::text(ctx, std::string(ui::icon::kWarning) + "  " + errorWords(m_app, *m_problem),
                 {.font = theme.large(), .color = theme.palette().danger});
        ui::text(ctx, tf("browser.for_grownup", {{"detail", m_problem->detail}}),
                 {.font = theme.small(), .color = theme.palette().mutedText});
        ImGui::Dummy(ImVec2(0, theme.px(6)));
    }

    // "Bring my portfolio": check the file, ask the PIN when the learner has one here, bring it in.
    void bringIn(ui::Context& ctx, const fs::path& file) {
        auto check = m_app.portfolio.check(file);
        if (!check) {
            m_problem = check.error();
            return;
        }
        m_problem.reset();
        if (check->pinHere) {
            app::Services& app = m_app;
            ctx.screens.push(makePinScreen(m_app, check->learnerId,
                                           [&app, file](ui::Context& c) { importAndSignIn(c, app, file, true); }));
            return;
        }
        if (auto problem = importAndSignIn(ctx, m_app, file, false)) {
            m_problem = *problem;
        }
    }

    // Imports `file` and signs its learner in (through their PIN when the file brought one).
    static std::optional<core::Error> importAndSignIn(ui::Context& ctx, app::Services& app, const fs::path& file,
                                                      bool pinChecked) {
        auto imported = app.portfolio.bringIn(file, pinChecked);
        if (!imported) {
            showError(ctx, app, imported.error());
            return imported.error();
        }
        const auto learner = app.learners.find(imported->learnerId);
        if (!learner) {
            return core::makeError(app.session.text()("signin.not_found"), imported->learnerId);
        }
        if (learner->hasPin && !pinChecked) {
            ctx.screens.replaceTop(makePinScreen(app, learner->id));
            return std::nullopt;
        }
        signInAndGoHome(ctx, app, learner->id);
        // Told after signing in, so it is in the learner's own language.
        ctx.showNotice(app.session.text().format(imported->newLearner ? "browser.imported_new" : "browser.imported",
                                                 {{"name", learner->nickname}, {"n", std::to_string(imported->added)}}),
                       false, 5.0);
        return std::nullopt;
    }

    void choose(ui::Context& ctx) {
        const fs::path folder = m_browser.current();
        if (m_purpose == BrowseFor::PortfolioFolder) {
            if (const core::Status saved = m_app.device.setPortfolioFolder(folder); !saved) {
                m_problem = saved.error();
                return;
            }
            m_app.portfolio.setFolder(folder);
            ctx.showNotice(tf("settings.folder_set", {{"folder", folder.string()}}), false, 5.0);
            ctx.screens.pop();
            return;
        }
        if (!m_app.session.signedIn()) {
            ctx.screens.pop();
            return;
        }
        auto saved = m_app.portfolio.saveToFolder(m_app.session.learnerId(), folder);
        if (!saved) {
            m_problem = saved.error();
            return;
        }
        ctx.showNotice(tf("browser.saved", {{"file", *saved}}), false, 6.0);
        ctx.screens.pop();
    }

    BrowseFor m_purpose;
    app::FolderBrowser m_browser;
    std::vector<app::FolderEntry> m_items;
    std::optional<core::Error> m_problem;
};

} // namespace

std::unique_ptr<ui::Screen> makeFileBrowserScreen(app::Services& app, BrowseFor purpose) {
    return std::make_unique<FileBrowserScreen>(app, purpose);
}

// "Save my portfolio": the learner's work in one file, to carry to another computer.
ActivityCard savePortfolioCard(app::Services& app) {
    const content::Text text = app.session.text();
    return {text("home.portfolio_title"), text(app.portfolio.syncing() ? "home.portfolio_synced" : "home.portfolio_about"),
            text("home.portfolio_save")};
}

std::unique_ptr<ui::Screen> makeSavePortfolioScreen(app::Services& app) {
    return makeFileBrowserScreen(app, BrowseFor::SaveFolder);
}

} // namespace pathlight::screens
