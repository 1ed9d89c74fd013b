// See navigation.hpp.
#include "screens/navigation.hpp"

#include "app/portfolio_link.hpp"

#include "app/session.hpp"
#include "content/catalog.hpp"

namespace pathlight::screens {

std::string errorWords(const app::Services& app, const core::Error& error) {
    const content::Text text = app.session.text();
    const std::string key = "error." + error.code;
    return !error.code.empty() && text.has(key) ? text(key) : error.message;
}

void showError(ui::Context& ctx, const app::Services& app, const core::Error& error) {
    ctx.showNotice(errorWords(app, error), true, 6.0);
}

void reportSync(ui::Context& ctx, const app::Services& app, const app::SyncNews& news) {
    if (news.error) {
        showError(ctx, app, *news.error);
    } else if (news.skipped > 0) {
        ctx.showNotice(app.session.text()("portfolio.skipped_files"), true, 6.0);
    }
}

void goHome(ui::Context& ctx, app::Services& app, const app::SyncNews& news) {
    reportSync(ctx, app, news);
    ctx.screens.resetTo(makeHomeScreen(app));
}

void signInAndGoHome(ui::Context& ctx, app::Services& app, const std::string& learnerId) {
    auto signedIn = app.session.signIn(learnerId);
    if (!signedIn) {
        showError(ctx, app, signedIn.error());
        return;
    }
    goHome(ctx, app, *signedIn);
}

void signOutToWelcome(ui::Context& ctx, app::Services& app) {
    reportSync(ctx, app, app.session.signOut());
    ctx.screens.resetTo(makeWelcomeScreen(app));
}

namespace {
template <class T>
std::string joinNames(const app::Services& app, const std::vector<std::string>& ids,
                      const T* (content::Catalog::*find)(std::string_view) const) {
    std::string names;
    for (const std::string& id : ids) {
        if (const T* entry = (app.catalog.*find)(id)) {
            names += (names.empty() ? "" : " · ") + entry->name.in(app.session.lang());
        }
    }
    return names;
}
} // namespace

std::string valueNames(const app::Services& app, const std::vector<std::string>& valueIds) {
    return joinNames(app, valueIds, &content::Catalog::findWorkValue);
}

std::string skillNames(const app::Services& app, const std::vector<std::string>& skillIds) {
    return joinNames(app, skillIds, &content::Catalog::findStrength);
}

} // namespace pathlight::screens
