// Results ("About me"): six interest bars with kid names, the three-letter code, what matters to me
// (top work values) and my strengths, the top 3 career clusters and the top 10 careers with a reason
// each, filtered by "How much school after high school?". Reads the learner's latest interest
// profile through QuizRepo and the self-checks through SelfCheckRepo; matching runs in core.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"
#include "screens/activity_cards.hpp"

#include "app/careers.hpp"
#include "app/learner_work.hpp"
#include "core/self_check.hpp"

#include "content/icons.hpp"
#include "core/matching.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <cmath>
#include <functional>

namespace pathlight::screens {

namespace {

constexpr int kZoneChoices = 6; // 0 = any, then job zones 1–5

class ResultsScreen final : public AppScreen {
public:
    explicit ResultsScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "results"; }

    void onEnter(ui::Context&) override {
        m_profile = m_app.quiz.latestProfile();
        m_aboutMe = m_app.selfChecks.aboutMe();
        rematch();
    }

    std::optional<Bar> bar() override { return Bar{t("results.title"), t("common.home")}; }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        // Bars and code side by side when there is room (so both fit on one screen), else stacked.
        const bool wide = ImGui::GetContentRegionAvail().x > theme.px(960);
        if (!m_profile) {
            ui::text(ctx, t("home.results_none"));
            if (ui::button(ctx, t("home.quiz_start"),
                           {.icon = ui::icon::kPlay, .kind = ui::ButtonKind::Primary})) {
                ctx.screens.replaceTop(makeQuizScreen(m_app));
                return;
            }
        } else {
            twoColumns(
                ctx, wide, "##summary", [&] { drawBars(ctx); }, [&] { drawSummary(ctx); });
        }
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        twoColumns(
            ctx, wide, "##about_me", [&] { drawValues(ctx); }, [&] { drawStrengths(ctx); });
        if (!m_profile || !m_result.clearPattern) {
            return;
        }
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        drawClusters(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        drawFilter(ctx);
        drawCareers(ctx);
        ImGui::Dummy(ImVec2(0, theme.px(10)));
        retakeButton(ctx);
    }

private:
    void rematch() {
        if (!m_profile) {
            return;
        }
        core::MatchOptions options;
        options.maxJobZone = m_zone;
        options.top = 10;
        m_result = m_app.careers.matcher().match(m_profile->scores, options);
    }

    // Two blocks side by side on a wide window, else one under the other.
    void twoColumns(ui::Context& ctx, bool wide, const char* id, const std::function<void()>& left,
                    const std::function<void()>& right) {
        const ui::Theme& theme = ctx.theme;
        if (wide && ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchSame)) {
            ImGui::TableNextColumn();
            left();
            ImGui::TableNextColumn();
            ImGui::Indent(theme.px(24));
            right();
            ImGui::Unindent(theme.px(24));
            ImGui::EndTable();
        } else {
            left();
            ImGui::Dummy(ImVec2(0, theme.px(10)));
            right();
        }
    }

    // An activity not done yet: a line about it and a button that opens it.
    void offer(ui::Context& ctx, const char* aboutKey, const char* startKey,
               std::unique_ptr<ui::Screen> (*open)(app::Services&)) {
        ui::text(ctx, t(aboutKey), {.color = ctx.theme.palette().mutedText});
        if (ui::button(ctx, t(startKey), {.icon = ui::icon::kPlay, .kind = ui::ButtonKind::Primary})) {
            ctx.screens.push(open(m_app));
        }
    }

    // "What matters to me": the top values with icon, kid name and one line about each, or a way in.
    void drawValues(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const content::Lang lang = this->lang();
        ui::heading(ctx, std::string(ui::icon::kHeart) + "  " + t("results.values_title"));
        if (!m_aboutMe.valuesDone) {
            offer(ctx, "results.values_none", "results.values_start", makeValuesScreen);
            return;
        }
        if (m_aboutMe.topValues.empty()) {
            ui::text(ctx, t("results.values_nothing"), {.color = theme.palette().mutedText});
        }
        for (const std::string& id : m_aboutMe.topValues) {
            if (const content::WorkValue* value = m_app.catalog.findWorkValue(id)) {
                const std::string glyph = ui::contentIcon(value->icon);
                ui::text(ctx, (glyph.empty() ? std::string() : glyph + "  ") + value->name.in(lang),
                         {.color = theme.palette().success});
                ui::text(ctx, value->about.in(lang),
                         {.font = theme.small(), .color = theme.palette().mutedText});
            }
        }
    }

    // "My strengths": the skills rated strong and the ones still growing, or a way in.
    void drawStrengths(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, std::string(ui::icon::kRocket) + "  " + t("results.strengths_title"));
        if (!m_aboutMe.strengthsDone) {
            offer(ctx, "results.strengths_none", "results.strengths_start", makeStrengthsScreen);
            return;
        }
        ui::text(
            ctx,
            m_aboutMe.strongSkills.empty()
                ? t("results.strengths_no_strong")
                : tf("results.strengths_strong", {{"skills", skillNames(m_app, m_aboutMe.strongSkills)}}),
            {.color = theme.palette().success});
        if (!m_aboutMe.growingSkills.empty()) {
            ui::text(
                ctx,
                tf("results.strengths_growing", {{"skills", skillNames(m_app, m_aboutMe.growingSkills)}}),
                {.color = theme.palette().mutedText});
        }
    }

    void drawBars(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("results.bars_title"));
        ImFont* font = theme.body();
        float labelWidth = 0;
        for (core::Area area : core::kAllAreas) {
            const std::string& label = t("area." + std::string(core::areaKey(area)) + ".name");
            labelWidth = std::max(labelWidth, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x);
        }
        labelWidth += theme.px(16);
        const float numberWidth = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, "100").x + theme.px(16);
        for (core::Area area : core::kAllAreas) {
            const std::string key = "area." + std::string(core::areaKey(area));
            const double score = m_profile->scores[core::index(area)];
            const ImVec2 row = ImGui::GetCursorScreenPos();
            const float width = ImGui::GetContentRegionAvail().x;
            ui::text(ctx, t(key + ".name"), {.wrapWidth = 0});
            // The bar, drawn straight onto the row so it lines up with the label.
            const float barHeight = theme.px(22);
            const ImVec2 barMin(row.x + labelWidth, row.y + (font->FontSize - barHeight) * 0.5f + theme.px(2));
            const ImVec2 barMax(row.x + width - numberWidth, barMin.y + barHeight);
            ImDrawList* dl = ImGui::GetWindowDrawList();
            dl->AddRectFilled(barMin, barMax, theme.palette().secondary, barHeight * 0.5f);
            const float filled = (barMax.x - barMin.x) * static_cast<float>(std::clamp(score, 0.0, 100.0) / 100.0);
            if (filled > 0) {
                dl->AddRectFilled(barMin, ImVec2(barMin.x + std::max(barHeight, filled), barMax.y),
                                  theme.palette().area[core::index(area)], barHeight * 0.5f);
            }
            const std::string number = std::to_string(static_cast<int>(std::lround(score)));
            dl->AddText(font, font->FontSize, ImVec2(barMax.x + theme.px(12), row.y), theme.palette().text,
                        number.c_str());
            ctx.log.add(t(key + ".name") + " " + number, row, ImVec2(row.x + width, row.y + font->FontSize), false);
            ImGui::Dummy(ImVec2(0, theme.px(6)));
        }
    }

    void drawSummary(ui::Context& ctx) {
        if (!m_result.clearPattern) {
            ui::heading(ctx, t("results.no_pattern_title"));
            ui::text(ctx, t("results.no_pattern"));
            retakeButton(ctx);
            return;
        }
        drawCode(ctx);
    }

    void drawCode(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const std::string& code = m_profile->code;
        std::string names;
        for (char letter : code) {
            if (auto area = core::areaFromLetter(letter)) {
                if (!names.empty()) {
                    names += " · ";
                }
                names += t("area." + std::string(core::areaKey(*area)) + ".name");
            }
        }
        ui::text(ctx, tf("results.code", {{"code", code}}), {.font = theme.title(), .color = theme.palette().primary});
        ui::text(ctx, names, {.font = theme.large()});
        for (char letter : code) {
            if (auto area = core::areaFromLetter(letter)) {
                ui::text(ctx, std::string(ui::icon::kStar) + "  " + t("area." + std::string(core::areaKey(*area)) + ".likes"),
                         {.color = theme.palette().area[core::index(*area)]});
            }
        }
        ui::text(ctx, t("results.code_about"), {.font = theme.small(), .color = theme.palette().mutedText});
    }

    void drawClusters(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("results.clusters_title"));
        const auto& clusters = m_app.catalog.clusters;
        ui::FlowLayout flow(theme.px(12));
        for (const core::ClusterMatch& match : m_result.clusters) {
            if (match.cluster < 0 || static_cast<std::size_t>(match.cluster) >= clusters.size()) {
                continue;
            }
            const content::Cluster& cluster = clusters[static_cast<std::size_t>(match.cluster)];
            const std::string glyph =
                content::iconCodepoint(cluster.icon) ? ui::utf8(*content::iconCodepoint(cluster.icon)) : "";
            const std::string& label = cluster.name.in(lang());
            const ui::ButtonOptions options{.icon = glyph.empty() ? nullptr : glyph.c_str()};
            flow.next(ui::buttonSize(ctx, label, options).x);
            ui::button(ctx, label, options);
        }
    }

    void drawFilter(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ui::heading(ctx, t("results.careers_title"));
        ui::text(ctx, t("results.school_question"), {.color = theme.palette().mutedText});
        ui::FlowLayout flow(theme.px(10));
        for (int zone = 0; zone < kZoneChoices; ++zone) {
            const std::string& label = t("results.zone" + std::to_string(zone));
            const ui::ButtonOptions options{.kind = m_zone == zone ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                            .selected = m_zone == zone,
                                            .font = theme.small()};
            flow.next(ui::buttonSize(ctx, label, options).x);
            if (ui::button(ctx, label, options)) {
                m_zone = zone;
                rematch();
            }
        }
        ImGui::Dummy(ImVec2(0, theme.px(6)));
    }

    void drawCareers(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const auto& occupations = m_app.catalog.occupations;
        if (m_result.careers.empty()) {
            ui::text(ctx, t("results.none_in_zone"));
            return;
        }
        int rank = 0;
        for (const core::CareerMatch& match : m_result.careers) {
            const content::Occupation& occ = occupations[match.occupation];
            ++rank;
            const std::string& title = occ.title.in(lang());
            // The title opens the career's card.
            if (ui::button(ctx, std::to_string(rank) + ".  " + title,
                           {.icon = ui::icon::kArrowRight, .kind = ui::ButtonKind::Ghost, .font = theme.large(),
                            .id = occ.code.c_str()})) {
                ctx.screens.push(makeCareerCardScreen(m_app, match.occupation));
            }
            ui::text(ctx, reason(match, title), {.color = theme.palette().text});
            ui::text(ctx,
                     tf("results.career_facts", {{"code", occ.highPoint},
                                                     {"school", t("results.zone" + std::to_string(occ.jobZone))}}),
                     {.font = theme.small(), .color = theme.palette().mutedText});
            ImGui::Dummy(ImVec2(0, theme.px(4)));
        }
    }

    std::string reason(const core::CareerMatch& match, const std::string& title) {
        auto likes = [&](core::Area area) { return t("area." + std::string(core::areaKey(area)) + ".activity"); };
        if (match.sharedAreas.size() >= 2) {
            return tf("results.reason_two",
                          {{"a", likes(match.sharedAreas[0])}, {"b", likes(match.sharedAreas[1])}, {"job", title}});
        }
        if (match.sharedAreas.size() == 1) {
            return tf("results.reason_one", {{"a", likes(match.sharedAreas[0])}, {"job", title}});
        }
        return tf("results.reason_mix", {{"job", title}});
    }

    void retakeButton(ui::Context& ctx) {
        if (ui::button(ctx, t("results.retake"), {.icon = ui::icon::kRefresh})) {
            ctx.screens.replaceTop(makeQuizScreen(m_app));
        }
    }

    std::optional<core::InterestProfile> m_profile;
    core::AboutMe m_aboutMe;
    core::MatchResult m_result;
    int m_zone = 0;
};

} // namespace

std::unique_ptr<ui::Screen> makeResultsScreen(app::Services& app) { return std::make_unique<ResultsScreen>(app); }

ActivityCard resultsCard(app::Services& app) {
    const content::Text text = app.session.text();
    const core::AboutMe me = app.selfChecks.aboutMe();
    const bool any = app.quiz.latestProfile() || me.valuesDone || me.strengthsDone;
    return {text("home.results_title"), text(any ? "home.results_about" : "home.results_none"),
            text("home.results_open"), any};
}

} // namespace pathlight::screens
