// See app_screen.hpp.
#include "screens/app_screen.hpp"

namespace pathlight::screens {

void AppScreen::draw(ui::Context& ctx) {
    std::optional<ui::NoArrowNavigation> noArrows;
    if (ownsArrowKeys()) {
        noArrows.emplace();
    }
    if (std::optional<Bar> spec = bar()) {
        const ui::TopBar pressed =
            ui::topBar(ctx, spec->title, spec->back.empty() ? nullptr : spec->back.c_str(), spec->action,
                       {.icon = spec->actionIcon, .enabled = spec->actionEnabled});
        if (pressed.back) {
            onBack(ctx);
            return;
        }
        if (pressed.action) {
            onAction(ctx);
        }
    }
    drawContent(ctx);
}

} // namespace pathlight::screens
