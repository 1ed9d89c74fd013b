// SelfCheckScreen: what the two "About me" self-checks share — "What matters to me"
// (values_screen.cpp) and "My strengths" (strengths_screen.cpp). Not a screen of its own: it loads
// the learner's current round through SelfCheckRepo (or starts one), draws the round or its result
// through the subclass, and brings each new page back to its top. Never runs SQL.
#pragma once

#include "store/self_check_repo.hpp"
#include "ui/screen.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::screens {

class SelfCheckScreen : public ui::Screen {
public:
    void onEnter(ui::Context& ctx) override;
    void draw(ui::Context& ctx) final;

protected:
    SelfCheckScreen(store::SelfCheckKind kind, const char* titleKey) : m_kind(kind), m_titleKey(titleKey) {}

    // What a new round is made of: the value or skill ids in file order, and the items in the
    // order they will be shown.
    struct Round {
        std::vector<std::string> groups;
        std::vector<store::SelfCheckItem> items;
    };
    virtual Round newRound(ui::Context& ctx) = 0;
    // False when an item is no longer in the content: an unfinished round with it starts over.
    virtual bool knows(const ui::Context& ctx, const std::string& itemId) const = 0;
    virtual void drawRound(ui::Context& ctx) = 0;
    virtual void drawResult(ui::Context& ctx) = 0;
    // The page on screen; when it changes, the page is shown from its top. By default the round is
    // one page and the result another.
    virtual int page() const { return m_check->finished() ? -1 : 0; }

    // Starts a new round (the first one, or "Sort again" / "Check again").
    void startRound(ui::Context& ctx);
    // "Done" (back where the student came from) and `againKey` (a new round), under a result.
    void resultButtons(ui::Context& ctx, const char* doneKey, const char* againKey);

    std::optional<store::SelfCheck> m_check;

private:
    store::SelfCheckKind m_kind;
    const char* m_titleKey;
    int m_page = -2;
};

} // namespace pathlight::screens
