// Context: what a screen may use — the content catalog, strings, the store's repositories (never
// SQL), the signed-in learner, the screen stack, the theme and the item log. The App owns all of
// these and hands a Context to each screen's draw(); nothing here is a global.
#pragma once

#include "content/career_explorer.hpp"
#include "content/catalog.hpp"
#include "content/strings.hpp"
#include "core/matching.hpp"
#include "portfolio/portfolio_service.hpp"
#include "store/database.hpp"
#include "store/favorites_repo.hpp"
#include "store/learner_repo.hpp"
#include "store/quiz_repo.hpp"
#include "store/self_check_repo.hpp"
#include "ui/item_log.hpp"
#include "ui/portfolio_link.hpp"
#include "ui/screen_stack.hpp"
#include "ui/theme.hpp"

#include <optional>
#include <string>

namespace pathlight::ui {

struct Services {
    const content::Catalog* catalog = nullptr;
    content::Strings* strings = nullptr;
    store::Database* db = nullptr;
    store::LearnerRepo* learners = nullptr;
    store::QuizRepo* quizzes = nullptr;
    store::FavoritesRepo* favorites = nullptr;
    store::SelfCheckRepo* selfChecks = nullptr;
    const core::Matcher* matcher = nullptr;
    const content::CareerExplorer* explorer = nullptr;
    portfolio::PortfolioService* portfolio = nullptr;
    PortfolioLink* portfolioLink = nullptr; // the device's portfolio folder and the learner's sync
};

struct Session {
    std::optional<store::Learner> learner;
};

struct Context {
    Services services;
    Session session;
    ScreenStack& screens;
    Theme& theme;
    ItemLog& log;
    bool quitRequested = false;
    // A short message shown in a banner over every screen until `noticeUntil` (seconds).
    std::string notice;
    bool noticeIsError = false;
    double noticeUntil = 0.0;
    double now = 0.0; // seconds since start, set each frame
    bool popupWasOpen = false; // a menu was open at the end of the last frame (Escape closes it, not the screen)
    // Set during a frame by a widget that is being dragged (a card of a card sort), so the Shell
    // doesn't take the same finger movement as drag-to-scroll. Cleared at the start of each frame.
    bool dragOwned = false;

    Context(ScreenStack& s, Theme& t, ItemLog& l) : screens(s), theme(t), log(l) {}

    const std::string& t(std::string_view key) const { return services.strings->get(key); }
    std::string tf(std::string_view key,
                   std::initializer_list<std::pair<std::string_view, std::string>> args) const {
        return services.strings->format(key, args);
    }
    void showNotice(std::string text, bool isError, double seconds = 4.0) {
        notice = std::move(text);
        noticeIsError = isError;
        noticeUntil = now + seconds;
    }
    // Shows a store/content error the way a student can act on it.
    void showError(const core::Error& error);
    // Ends the learner's session (their work is written to the portfolio folder first, if there is
    // one); a guest's data is wiped at once.
    void signOut();
    // Tells the learner what a portfolio sync step did, when it matters to them.
    void reportSync(const SyncNews& news);
    // The app's steady clock in milliseconds, for debouncing.
    std::int64_t nowMs() const { return static_cast<std::int64_t>(now * 1000.0); }
};

} // namespace pathlight::ui
