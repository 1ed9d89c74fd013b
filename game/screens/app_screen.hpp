// AppScreen: the base of every screen of the app. It holds the app's services (app/services.hpp),
// reads words in the session's language (t, tf), and draws the one standard frame: a top bar with
// Back (Escape too), the screen's title and an optional action on the right, then the screen's
// content. A screen says what its bar shows (bar()) and draws the rest (drawContent()).
#pragma once

#include "app/services.hpp"
#include "app/session.hpp"
#include "ui/context.hpp"
#include "ui/screen.hpp"
#include "ui/widgets.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace pathlight::screens {

class AppScreen : public ui::Screen {
public:
    void draw(ui::Context& ctx) final;

protected:
    explicit AppScreen(app::Services& app) : m_app(app) {}

    // What the top bar shows; nullopt = no bar (Welcome, Home, a problem).
    struct Bar {
        explicit Bar(std::string title_, std::string back_ = {}) : title(std::move(title_)), back(std::move(back_)) {}
        std::string title;
        std::string back;   // the Back button's words; "" = no Back button
        std::string action; // a button at the right end; "" = none
        const char* actionIcon = nullptr;
        bool actionEnabled = true;
    };
    virtual std::optional<Bar> bar() { return std::nullopt; }
    // Back was pressed (or Escape): by default, back to the screen before.
    virtual void onBack(ui::Context& ctx) { ctx.screens.pop(); }
    virtual void onAction(ui::Context&) {}
    virtual void drawContent(ui::Context& ctx) = 0;
    // True while the screen uses the arrow keys and Enter itself (the card sort): then nothing on it,
    // the top bar included, takes part in ImGui's arrow-key navigation.
    virtual bool ownsArrowKeys() const { return false; }

    // Words in the session's language.
    const std::string& t(std::string_view key) const { return m_app.session.text()(key); }
    std::string tf(std::string_view key,
                   std::initializer_list<std::pair<std::string_view, std::string>> args) const {
        return m_app.session.text().format(key, args);
    }
    content::Lang lang() const { return m_app.session.lang(); }
    // A bar with the common Back ("Back") or Home ("Home") words.
    Bar backBar(std::string title) const { return Bar(std::move(title), t("common.back")); }
    Bar homeBar(std::string title) const { return Bar(std::move(title), t("common.home")); }

    app::Services& m_app;
};

} // namespace pathlight::screens
