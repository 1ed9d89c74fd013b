// Home: what this learner can do now — the cards of the activity registry (activities.cpp), each
// worded from the learner's progress — plus my settings (language, text size), About and sign out.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "ui/art.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include "screens/activities.hpp"

#include <algorithm>

namespace pathlight::screens {

namespace {

class HomeScreen final : public AppScreen {
public:
    explicit HomeScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "home"; }

    // Progress is read once each time Home shows (not every frame): the cards of the registry.
    void onEnter(ui::Context&) override {
        m_cards.clear();
        if (!m_app.session.learner()) {
            return;
        }
        const bool guest = m_app.session.learner()->guest;
        for (const Activity& activity : activities()) {
            if (guest && !activity.forGuests) {
                continue;
            }
            m_cards.push_back({&activity, activity.card(m_app)});
        }
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (!m_app.session.learner()) {
            ctx.screens.resetTo(makeWelcomeScreen(m_app));
            return;
        }
        const core::Learner& learner = *m_app.session.learner();

        // Greeting row: avatar, "Hi, name!", my settings and sign out on the right.
        const float diameter = theme.px(84);
        ui::avatarButton(ctx, learner.avatar, "", diameter, false, "me");
        ImGui::SameLine();
        const float greetY = ImGui::GetCursorPosY();
        const std::string signOut = t("home.sign_out");
        const std::string mine = t("home.my_settings");
        const ImVec2 outSize = ui::buttonSize(ctx, signOut, {.icon = ui::icon::kSignOut});
        const ImVec2 mineSize = ui::buttonSize(ctx, mine, {.icon = ui::icon::kCog});
        const float right = ImGui::GetWindowContentRegionMax().x;
        const float buttonsWidth = outSize.x + mineSize.x + ImGui::GetStyle().ItemSpacing.x;
        ImGui::SetCursorPosY(greetY + (diameter - theme.title()->FontSize) * 0.5f);
        ui::text(ctx, tf("home.hello", {{"name", learner.nickname}}),
                 {.font = theme.title(), .wrapWidth = std::max(theme.px(120), right - ImGui::GetCursorPosX() - buttonsWidth - theme.px(16))});
        ImGui::SameLine(right - buttonsWidth);
        ImGui::SetCursorPosY(greetY);
        if (ui::button(ctx, mine, {.icon = ui::icon::kCog})) {
            ctx.screens.push(makeMySettingsScreen(m_app));
        }
        ImGui::SameLine();
        if (ui::button(ctx, signOut, {.icon = ui::icon::kSignOut})) {
            signOutToWelcome(ctx, m_app);
            return;
        }
        ImGui::SetCursorPosY(greetY + diameter + theme.px(12));
        if (learner.guest) {
            ui::text(ctx, t("home.guest_note"), {.font = theme.small(), .color = theme.palette().mutedText});
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));

        drawGrid(ctx);

        if (ui::button(ctx, t("welcome.about"), {.icon = ui::icon::kInfo, .kind = ui::ButtonKind::Ghost})) {
            ctx.screens.push(makeAboutScreen(m_app));
        }
    }

private:
    struct Shown {
        const Activity* activity;
        ActivityCard card;
    };

// Cards of equal height per row; the text is drawn first (channel 1) so each row's tallest card
    // sets the height of the panels drawn behind (channel 0).
    void drawGrid(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const float gap = theme.px(18);
        const float pad = theme.px(20);
        const float full = ImGui::GetContentRegionAvail().x;
        const int columns = full > theme.px(1150) ? 3 : full > theme.px(760) ? 2 : 1;
        const float width = (full - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
        const float left = ImGui::GetCursorScreenPos().x;
        const Activity* chosen = nullptr;
        for (std::size_t row = 0; row < m_cards.size(); row += static_cast<std::size_t>(columns)) {
            const float top = ImGui::GetCursorScreenPos().y;
            float bottom = top;
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->ChannelsSplit(2);
            dl->ChannelsSetCurrent(1);
            const std::size_t end = std::min(m_cards.size(), row + static_cast<std::size_t>(columns));
            for (std::size_t i = row; i < end; ++i) {
                const Activity& activity = *m_cards[i].activity;
                const ActivityCard& card = m_cards[i].card;
                const float x = left + static_cast<float>(i - row) * (width + gap);
                ImGui::SetCursorScreenPos(ImVec2(x + pad, top + pad));
                ImGui::BeginGroup();
                const float textWidth = width - pad * 2;
                ui::text(ctx, std::string(activity.icon) + "  " + card.title, {.font = theme.large(), .wrapWidth = textWidth});
                ui::text(ctx, card.about, {.color = theme.palette().mutedText, .wrapWidth = textWidth});
                ImGui::Dummy(ImVec2(0, theme.px(4)));
                const ui::ButtonOptions button{.icon = ui::icon::kPlay,
                                               .kind = card.enabled ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                               .enabled = card.enabled,
                                               .font = theme.large(),
                                               .id = activity.id.c_str()};
                // A long action ("Keep going (question 3 of 36)") uses the small font rather than spill.
                ui::ButtonOptions fitted = button;
                if (ui::buttonSize(ctx, card.action, button).x > textWidth) {
                    fitted.font = theme.body();
                }
                if (ui::buttonSize(ctx, card.action, fitted).x > textWidth) {
                    fitted.font = theme.small();
                }
                if (ui::button(ctx, card.action, fitted)) {
                    chosen = &activity;
                }
                ImGui::EndGroup();
                bottom = std::max(bottom, ImGui::GetItemRectMax().y + pad);
            }
            dl->ChannelsSetCurrent(0);
            for (std::size_t i = row; i < end; ++i) {
                const ImVec2 min(left + static_cast<float>(i - row) * (width + gap), top);
                const ImVec2 max(min.x + width, bottom);
                dl->AddRectFilled(min, max, theme.palette().panel, theme.px(18));
                dl->AddRect(min, max, IM_COL32(0, 0, 0, 25), theme.px(18), 0, theme.px(1.5f));
            }
            dl->ChannelsMerge();
            ImGui::SetCursorScreenPos(ImVec2(left, bottom + gap));
            ImGui::Dummy(ImVec2(0, 0));
        }
        if (chosen) {
            ctx.screens.push(chosen->open(m_app));
        }
    }

    std::vector<Shown> m_cards;
};

} // namespace

std::unique_ptr<ui::Screen> makeHomeScreen(app::Services& app) { return std::make_unique<HomeScreen>(app); }

} // namespace pathlight::screens
