// See self_check_screen.hpp.
#include "screens/self_check_screen.hpp"
#include "screens/navigation.hpp"
#include "screens/activity_cards.hpp"

#include "app/learner_work.hpp"
#include "core/self_check.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace pathlight::screens {

void SelfCheckScreen::onEnter(ui::Context& ctx) {
    if (!m_app.session.learner()) {
        return;
    }
    m_check = m_app.selfChecks.current(m_kind);
    // A round whose items are no longer in the content can't be shown: start a fresh one.
    const bool known =
        m_check && std::all_of(m_check->items.begin(), m_check->items.end(),
                               [&](const core::SelfCheckItem& item) { return knows(item.id); });
    if (!m_check || (!m_check->finished() && !known)) {
        startRound(ctx);
    }
}

std::optional<AppScreen::Bar> SelfCheckScreen::bar() {
    if (!m_check || m_check->finished()) {
        return homeBar(t(m_titleKey));
    }
    Bar bar{t(m_titleKey), t(m_stopKey)};
    roundAction(bar);
    return bar;
}

void SelfCheckScreen::onBack(ui::Context& ctx) {
    if (m_check && !m_check->finished()) {
        ctx.showNotice(t(m_savedKey), false, 3.0);
    }
    ctx.screens.pop();
}

void SelfCheckScreen::drawContent(ui::Context& ctx) {
    if (!m_check || !m_app.session.learner()) {
        return;
    }
    if (m_check->finished()) {
        drawResult(ctx);
    } else {
        drawRound(ctx);
    }
    // Asked for in the frame that changed the page, so the next frame already shows (and logs)
    // the new page from its top.
    if (m_check && page() != m_page) {
        m_page = page();
        ImGui::SetScrollY(0);
    }
}

void SelfCheckScreen::startRound(ui::Context& ctx) {
    Round round = newRound();
    auto started = m_app.selfChecks.start(m_kind, std::move(round.groups),
                                                  std::move(round.items));
    if (!started) {
        showError(ctx, m_app, started.error());
        return;
    }
    m_check = std::move(started.value());
}

void SelfCheckScreen::resultButtons(ui::Context& ctx, const char* doneKey, const char* againKey) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
    if (ui::button(ctx, t(doneKey), {.icon = ui::icon::kCheck, .kind = ui::ButtonKind::Primary})) {
        ctx.screens.pop();
        return;
    }
    ImGui::SameLine(0, ctx.theme.px(18));
    if (ui::button(ctx, t(againKey), {.icon = ui::icon::kRefresh})) {
        startRound(ctx);
    }
}

ActivityCard selfCheckCard(app::Services& app, core::SelfCheckKind kind, const std::string& prefix,
                           std::size_t total) {
    const content::Text text = app.session.text();
    const core::AboutMe me = app.selfChecks.aboutMe();
    const bool values = kind == core::SelfCheckKind::Values;
    const bool done = values ? me.valuesDone : me.strengthsDone;
    const std::string found = values ? valueNames(app, me.topValues) : skillNames(app, me.strongSkills);
    const std::optional<core::SelfCheck> current = app.selfChecks.current(kind);
    const std::string count = std::to_string(total);
    ActivityCard card{text(prefix + "title"), text.format(prefix + "about", {{"total", count}}), text(prefix + "start")};
    if (done) {
        card.about = found.empty() ? text(prefix + "done_none") : text.format(prefix + "done", {{"found", found}});
    }
    if (current && current->finished()) {
        card.action = text(prefix + "open");
    } else if (current && current->answered() > 0) {
        card.action = text.format(prefix + "continue", {{"n", std::to_string(current->answered() + 1)}, {"total", count}});
    }
    return card;
}

ActivityCard valuesCard(app::Services& app) {
    return selfCheckCard(app, core::SelfCheckKind::Values, "home.values_", app.catalog.valueCards.size());
}

ActivityCard strengthsCard(app::Services& app) {
    return selfCheckCard(app, core::SelfCheckKind::Strengths, "home.strengths_", app.catalog.strengths.size());
}

} // namespace pathlight::screens
