// See self_check_screen.hpp.
#include "screens/self_check_screen.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <algorithm>

namespace pathlight::screens {

void SelfCheckScreen::onEnter(ui::Context& ctx) {
    if (!ctx.session.learner) {
        return;
    }
    m_check = ctx.services.selfChecks->current(ctx.session.learner->id, m_kind);
    // A round whose items are no longer in the content can't be shown: start a fresh one.
    const bool known =
        m_check && std::all_of(m_check->items.begin(), m_check->items.end(),
                               [&](const store::SelfCheckItem& item) { return knows(ctx, item.id); });
    if (!m_check || (!m_check->finished() && !known)) {
        startRound(ctx);
    }
}

void SelfCheckScreen::draw(ui::Context& ctx) {
    if (!m_check || !ctx.session.learner) {
        if (ui::topBar(ctx, ctx.t(m_titleKey), ctx.t("common.home").c_str())) {
            ctx.screens.pop();
        }
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
    Round round = newRound(ctx);
    auto started = ctx.services.selfChecks->start(ctx.session.learner->id, m_kind, std::move(round.groups),
                                                  std::move(round.items));
    if (!started) {
        ctx.showError(started.error());
        return;
    }
    m_check = std::move(started.value());
}

void SelfCheckScreen::resultButtons(ui::Context& ctx, const char* doneKey, const char* againKey) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
    if (ui::button(ctx, ctx.t(doneKey), {.icon = ui::icon::kCheck, .kind = ui::ButtonKind::Primary})) {
        ctx.screens.pop();
        return;
    }
    ImGui::SameLine(0, ctx.theme.px(18));
    if (ui::button(ctx, ctx.t(againKey), {.icon = ui::icon::kRefresh})) {
        startRound(ctx);
    }
}

} // namespace pathlight::screens
