// SelfCheckScreen: what the two "About me" self-checks share — "What matters to me"
// (values_screen.cpp) and "My strengths" (strengths_screen.cpp). Not a screen of its own: it loads
// the learner's current round through the app's SelfCheckWork (or starts one), draws the round or
// its result through the subclass, and brings each new page back to its top. During a round the top
// bar's Back is "Stop for now" (the round is saved); under a result it goes Home.
#pragma once

#include "app/learner_work.hpp"
#include "screens/activities.hpp"
#include "screens/app_screen.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::screens {

class SelfCheckScreen : public AppScreen {
public:
    void onEnter(ui::Context& ctx) override;
    std::optional<Bar> bar() final;
    void onBack(ui::Context& ctx) final;
    void drawContent(ui::Context& ctx) final;

protected:
    // `stopKey`: Back's words during a round; `savedKey`: the notice after it.
    SelfCheckScreen(app::Services& app, core::SelfCheckKind kind, const char* titleKey, const char* stopKey,
                    const char* savedKey)
        : AppScreen(app), m_kind(kind), m_titleKey(titleKey), m_stopKey(stopKey), m_savedKey(savedKey) {}
    // An action on the right of the bar during a round (the card sort's Undo): words, icon, enabled.
    virtual void roundAction(Bar&) {}

    // What a new round is made of: the value or skill ids in file order, and the items in the
    // order they will be shown.
    struct Round {
        std::vector<std::string> groups;
        std::vector<core::SelfCheckItem> items;
    };
    virtual Round newRound() = 0;
    // False when an item is no longer in the content: an unfinished round with it starts over.
    virtual bool knows(const std::string& itemId) const = 0;
    virtual void drawRound(ui::Context& ctx) = 0;
    virtual void drawResult(ui::Context& ctx) = 0;
    // The page on screen; when it changes, the page is shown from its top. By default the round is
    // one page and the result another.
    virtual int page() const { return m_check->finished() ? -1 : 0; }

    // Starts a new round (the first one, or "Sort again" / "Check again").
    void startRound(ui::Context& ctx);
    // "Done" (back where the student came from) and `againKey` (a new round), under a result.
    void resultButtons(ui::Context& ctx, const char* doneKey, const char* againKey);

    std::optional<core::SelfCheck> m_check;

private:
    core::SelfCheckKind m_kind;
    const char* m_titleKey;
    const char* m_stopKey;
    const char* m_savedKey;
    int m_page = -2;
};

// The Home card of a self-check: start, keep going (with where), or what they found.
// Keys are `prefix` + title, about, start, continue, done, done_none, open.
ActivityCard selfCheckCard(app::Services& app, core::SelfCheckKind kind, const std::string& prefix,
                           std::size_t total);

} // namespace pathlight::screens
