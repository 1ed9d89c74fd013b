// A career card: what the job is and a day in the life (featured careers) or plain facts, why it
// fits this learner, school, pay and growth in plain words, career areas, school subjects, clubs
// and contests, the values and strengths it draws on, and related careers. The text comes from
// content::makeCareerCard (the same as `pathlight-tool careers show`); the heart saves the career
// through the app's FavoriteWork; the learner's own values and strengths are marked.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"

#include "app/careers.hpp"
#include "app/learner_work.hpp"
#include "core/self_check.hpp"

#include "content/career_card.hpp"
#include "content/icons.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <set>

namespace pathlight::screens {

namespace {

class CareerCardScreen final : public AppScreen {
public:
    CareerCardScreen(app::Services& app, std::size_t occupation) : AppScreen(app), m_occupation(occupation) {}

    std::string_view name() const override { return "career_card"; }
    std::optional<Bar> bar() override { return backBar(t("card.title")); }

    void onEnter(ui::Context&) override {
        m_interests.reset();
        if (m_app.session.learner()) {
            if (auto profile = m_app.quiz.latestProfile()) {
                m_interests = profile->scores;
            }
            m_saved = m_app.favorites.contains(m_app.catalog.occupations[m_occupation].code);
            const core::AboutMe me = m_app.selfChecks.aboutMe();
            m_values = std::set<std::string>(me.topValues.begin(), me.topValues.end());
            m_skills = std::set<std::string>(me.strongSkills.begin(), me.strongSkills.end());
        }
        rebuild();
    }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        if (lang() != m_lang) {
            rebuild();
        }
        drawHeader(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(6)));
        const bool wide = ImGui::GetContentRegionAvail().x > theme.px(1000);
        if (wide && ImGui::BeginTable("##card", 2, ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableNextColumn();
            drawStory(ctx);
            ImGui::TableNextColumn();
            ImGui::Indent(theme.px(16));
            drawFacts(ctx);
            ImGui::Unindent(theme.px(16));
            ImGui::EndTable();
        } else {
            drawStory(ctx);
            drawFacts(ctx);
        }
        drawRelated(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        ui::text(ctx, t("card.facts_source"), {.font = theme.small(), .color = theme.palette().mutedText});
    }

private:
    void rebuild() {
        m_lang = lang();
        content::CardViewer viewer;
        viewer.interests = m_interests ? &*m_interests : nullptr;
        viewer.values = &m_values;
        viewer.skills = &m_skills;
        m_card = content::makeCareerCard(m_app.careers.explorer(), m_occupation, m_lang, viewer);
    }

    void drawHeader(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        const content::Occupation& occ = m_app.catalog.occupations[m_occupation];
        const float disc = theme.px(96);
        const ImVec2 start = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const auto lead = occ.highPoint.empty() ? std::nullopt : core::areaFromLetter(occ.highPoint[0]);
        const ImVec2 centre(start.x + disc * 0.5f, start.y + disc * 0.5f);
        dl->AddCircleFilled(centre, disc * 0.5f, lead ? pal.area[core::index(*lead)] : pal.primary, 48);
        std::string iconName = m_card.icon;
        if (iconName.empty() && !occ.clusters.empty()) {
            iconName = m_app.catalog.clusters[static_cast<std::size_t>(occ.clusters.front())].icon;
        }
        if (const auto cp = content::iconCodepoint(iconName)) {
            const std::string glyph = ui::utf8(*cp);
            ImFont* font = theme.icons();
            const float size = disc * 0.55f;
            const ImVec2 g = font->CalcTextSizeA(size, FLT_MAX, 0.0f, glyph.c_str());
            dl->AddText(font, size, ImVec2(centre.x - g.x * 0.5f, centre.y - g.y * 0.5f), pal.onPrimary, glyph.c_str());
        }
        ImGui::Dummy(ImVec2(disc, disc));
        ImGui::SameLine(0, theme.px(20));
        ImGui::BeginGroup();
        const float textWidth = ImGui::GetContentRegionAvail().x;
        ui::text(ctx, m_card.title, {.font = theme.title(), .wrapWidth = textWidth});
        ui::text(ctx, m_card.otherTitle + "  ·  " + tf("card.code", {{"code", m_card.code}}),
                 {.font = theme.small(), .color = pal.mutedText, .wrapWidth = textWidth});
        ImGui::Dummy(ImVec2(0, theme.px(2)));
        if (ui::button(ctx, t(m_saved ? "card.saved" : "card.save"),
                       {.icon = m_saved ? ui::icon::kHeart : ui::icon::kHeartO,
                        .kind = m_saved ? ui::ButtonKind::Danger : ui::ButtonKind::Secondary})) {
            toggleSaved(ctx);
        }
        ImGui::EndGroup();
    }

    void heading(ui::Context& ctx, const std::string& title, const char* icon) {
        ImGui::Dummy(ImVec2(0, ctx.theme.px(6)));
        ui::text(ctx, std::string(icon) + "  " + title, {.font = ctx.theme.large(), .color = ctx.theme.palette().primary});
    }

    void drawStory(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        heading(ctx, t("card.what"), ui::icon::kInfo);
        ui::text(ctx, m_card.about);
        if (!m_card.day.empty()) {
            heading(ctx, t("card.day"), ui::icon::kCalendar);
            ui::text(ctx, m_card.day);
        }
        heading(ctx, t("card.fits"), ui::icon::kStar);
        ui::text(ctx, tf("card.likes", {{"names", m_card.interestNames + " (" + m_card.interestCode + ")"}}));
        ui::text(ctx, m_card.whyItFits, {.color = theme.palette().success});
        if (!m_card.values.empty()) {
            heading(ctx, t("card.values"), ui::icon::kTrophy);
            tags(ctx, m_card.values);
        }
        if (!m_card.skills.empty()) {
            heading(ctx, t("card.skills"), ui::icon::kUsers);
            tags(ctx, m_card.skills);
        }
    }

    void tags(ui::Context& ctx, const std::vector<content::CardTag>& items) {
        ui::FlowLayout flow(ctx.theme.px(10));
        for (const content::CardTag& tag : items) {
            const std::string label = tag.mine ? tag.name + "  " + ui::icon::kStar + " " + t("card.mine") : tag.name;
            const ui::ButtonOptions options{.kind = tag.mine ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .font = ctx.theme.small()};
            flow.next(ui::buttonSize(ctx, label, options).x);
            ui::button(ctx, label, options);
        }
    }

    void drawFacts(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        heading(ctx, t("card.school"), ui::icon::kGraduation);
        ui::text(ctx, m_card.education);
        ui::text(ctx, m_card.preparation, {.font = theme.small(), .color = pal.mutedText});
        heading(ctx, t("card.pay"), ui::icon::kMoney);
        ui::text(ctx, m_card.payYear, {.font = theme.large()});
        if (!m_card.payHour.empty()) {
            ui::text(ctx, m_card.payHour);
        }
        ui::text(ctx, t("card.pay_note"), {.font = theme.small(), .color = pal.mutedText});
        heading(ctx, t("card.growth"), ui::icon::kLineChart);
        ui::text(ctx, m_card.growth);
        heading(ctx, t("card.clusters"), ui::icon::kSitemap);
        ui::text(ctx, join(m_card.clusters));
        if (!m_card.subClusters.empty()) {
            ui::text(ctx, join(m_card.subClusters), {.font = theme.small(), .color = pal.mutedText});
        }
        heading(ctx, t("card.subjects"), ui::icon::kBook);
        ui::text(ctx, join(m_card.subjects));
        if (!m_card.programs.empty()) {
            heading(ctx, t("card.programs"), ui::icon::kTrophy);
            for (const std::string& program : m_card.programs) {
                ui::text(ctx, "•  " + program, {.font = theme.small()});
            }
        }
    }

    void drawRelated(ui::Context& ctx) {
        if (m_card.related.empty()) {
            return;
        }
        const content::Catalog& catalog = m_app.catalog;
        heading(ctx, t("card.related"), ui::icon::kCompass);
        ui::FlowLayout flow(ctx.theme.px(10));
        for (const std::size_t index : m_card.related) {
            const std::string& title = catalog.occupations[index].title.in(m_lang);
            const ui::ButtonOptions options{.icon = ui::icon::kArrowRight, .font = ctx.theme.small()};
            flow.next(ui::buttonSize(ctx, title, options).x);
            if (ui::button(ctx, title, options)) {
                ctx.screens.replaceTop(makeCareerCardScreen(m_app, index));
            }
        }
    }

    static std::string join(const std::vector<std::string>& items) {
        std::string out;
        for (const std::string& item : items) {
            out += (out.empty() ? "" : " · ") + item;
        }
        return out;
    }

    void toggleSaved(ui::Context& ctx) {
        if (!m_app.session.learner()) {
            return;
        }
        const std::string& code = m_app.catalog.occupations[m_occupation].code;
        if (const core::Status done = m_app.favorites.set(code, !m_saved); !done) {
            showError(ctx, m_app, done.error());
            return;
        }
        m_saved = !m_saved;
        ctx.showNotice(t(m_saved ? "careers.saved_notice" : "careers.unsaved_notice"), false, 2.5);
    }

    std::size_t m_occupation;
    content::Lang m_lang;
    content::CareerCard m_card;
    std::optional<core::AreaScores> m_interests;
    std::set<std::string> m_values; // the learner's top work values (ids)
    std::set<std::string> m_skills; // the learner's strong skills (ids)
    bool m_saved = false;
};

} // namespace

std::unique_ptr<ui::Screen> makeCareerCardScreen(app::Services& app, std::size_t occupation) {
    return std::make_unique<CareerCardScreen>(app, occupation);
}

} // namespace pathlight::screens
