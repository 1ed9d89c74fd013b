// See frontend.hpp.
#include "screens/frontend.hpp"

#include "app/session.hpp"
#include "content/icons.hpp"
#include "screens/navigation.hpp"

namespace pathlight::screens {

Frontend::Frontend(app::App& app, ui::Theme& theme) : m_app(app), m_shell(theme) {
    m_built.scale = theme.scale();
}

void Frontend::start() {
    m_shell.start(makeWelcomeScreen(m_app.services()));
}

void Frontend::tick(double now) {
    ui::Context& ctx = m_shell.context();
    ctx.now = now;
    reportSync(ctx, m_app.services(), m_app.tick(ctx.nowMs()));
}

void Frontend::drawFrame(double now) {
    tick(now);
    m_shell.drawFrame(now);
    if (!m_warm) {
        // The first frame is up: now build what later screens need, off the UI thread.
        m_warm = true;
        m_app.warmUp();
    }
}

Frontend::Style Frontend::wantedStyle() const {
    const app::Session& session = m_app.services().session;
    return {static_cast<float>(session.textSize()) / 100.0f, session.settings().font};
}

ui::ContentIcons contentIcons(const content::Catalog& catalog) {
    ui::ContentIcons icons;
    auto add = [](std::vector<unsigned>& into, const std::string& name) {
        if (auto cp = content::iconCodepoint(name)) {
            into.push_back(*cp);
        }
    };
    for (const content::Cluster& cluster : catalog.clusters) {
        add(icons.inlineIcons, cluster.icon);
    }
    for (const content::Subject& subject : catalog.subjects) {
        add(icons.inlineIcons, subject.icon);
    }
    for (const content::WorkValue& value : catalog.workValues) {
        add(icons.inlineIcons, value.icon);
    }
    for (const content::Strength& strength : catalog.strengths) {
        add(icons.inlineIcons, strength.icon);
    }
    for (const content::QuizItem& item : catalog.interestItems) {
        add(icons.pictures, item.icon);
    }
    for (const content::FeaturedCareer& career : catalog.featured) {
        add(icons.pictures, career.icon);
    }
    for (const content::ValueCard& card : catalog.valueCards) {
        add(icons.pictures, card.icon);
    }
    return icons;
}

} // namespace pathlight::screens
