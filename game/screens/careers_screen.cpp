// Careers explorer: every rated career, searchable by title in English and Spanish on each keystroke
// (typos forgiven), filtered by kind of work, career area and its parts, interest letters, school and
// pay, sorted by best match, A–Z, pay or growth. Only the rows on screen are drawn (a list clipper),
// so a frame stays cheap with all 923 listed. The heart saves a career through FavoritesRepo.
// Asks CareerExplorer for the list; never touches the store except through repositories.
#include "screens/app_screen.hpp"
#include "screens/navigation.hpp"
#include "screens/activity_cards.hpp"

#include "app/careers.hpp"
#include "app/learner_work.hpp"

#include "content/career_card.hpp"
#include "content/career_explorer.hpp"
#include "content/icons.hpp"
#include "core/matching.hpp"
#include "ui/context.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <set>

namespace pathlight::screens {

namespace {

constexpr const char* kGroupings[] = {"building-moving",       "caring-communities", "creating-experiencing",
                                      "cultivating-resources", "investing-future",   "cross-cutting"};
constexpr int kJobZones = 5;

struct SortChoice {
    content::CareerSort sort;
    const char* key;
    const char* icon;
};
constexpr SortChoice kSorts[] = {{content::CareerSort::BestMatch, "careers.sort_match", ui::icon::kStar},
                                 {content::CareerSort::Az, "careers.sort_az", nullptr},
                                 {content::CareerSort::Pay, "careers.sort_pay", ui::icon::kMoney},
                                 {content::CareerSort::Growth, "careers.sort_growth", ui::icon::kLineChart}};

std::string glyphOf(const std::string& iconName) {
    const auto cp = content::iconCodepoint(iconName);
    return cp ? ui::utf8(*cp) : std::string();
}

// Flips membership of `value` in `set` through a chip.
template <class T>
bool chipFor(ui::Context& ctx, ui::FlowLayout& flow, const std::string& label, std::set<T>& set, const T& value,
             const char* icon = nullptr) {
    bool on = set.count(value) > 0;
    flow.next(ui::chipWidth(ctx, label, icon));
    if (!ui::chip(ctx, label, on, icon)) {
        return false;
    }
    if (on) {
        set.insert(value);
    } else {
        set.erase(value);
    }
    return true;
}

class CareersScreen final : public AppScreen {
public:
    explicit CareersScreen(app::Services& app) : AppScreen(app) {}
    std::string_view name() const override { return "careers"; }

    void onEnter(ui::Context&) override {
        m_profile.reset();
        if (m_app.session.learner()) {
            if (auto profile = m_app.quiz.latestProfile();
                profile && core::hasClearPattern(profile->scores)) {
                m_profile = profile->scores;
            }
            const std::vector<std::string> saved = m_app.favorites.list();
            m_saved = std::set<std::string>(saved.begin(), saved.end());
        }
        if (!m_sortChosen) {
            m_sort = m_profile ? content::CareerSort::BestMatch : content::CareerSort::Az;
        }
        m_dirty = true;
    }

    std::optional<Bar> bar() override { return Bar{t("careers.title"), t("common.home")}; }

    void drawContent(ui::Context& ctx) override {
        const ui::Theme& theme = ctx.theme;
        const content::Lang lang = this->lang();
        if (lang != m_lang) {
            m_lang = lang;
            m_dirty = true;
        }
        drawToolbar(ctx);
        if (m_showFilters) {
            drawFilters(ctx);
        }
        if (m_dirty) {
            m_filter.onlyCodes = m_savedOnly ? &m_saved : nullptr;
            m_rows = m_app.careers.explorer().find(m_filter, m_sort, lang, m_profile ? &*m_profile : nullptr);
            m_dirty = false;
        }
        ui::text(ctx, tf("careers.count", {{"n", std::to_string(m_rows.size())},
                                               {"total", std::to_string(m_app.catalog.occupations.size())}}),
                 {.font = theme.small(), .color = theme.palette().mutedText});
        if (m_rows.empty()) {
            ui::text(ctx, t("careers.none"));
            return;
        }
        drawList(ctx);
    }

private:
    // Search box, "Sort: …" (a small menu) and "Filters", on one row when they fit.
    void drawToolbar(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const float gap = theme.px(12);
        const float searchWidth = std::min(ImGui::GetContentRegionAvail().x, theme.px(520));
        ui::FlowLayout flow(gap);
        flow.next(searchWidth);
        if (ui::searchField(ctx, "search", t("careers.search"), m_filter.query, 40,
                            t("careers.search_hint").c_str(), searchWidth, m_focusSearch)) {
            m_dirty = true;
        }
        m_focusSearch = false;
        const float fieldHeight = ImGui::GetItemRectSize().y;

        const std::string sortLabel = tf("careers.sort_by", {{"sort", t(sortChoice(m_sort).key)}});
        const ui::ButtonOptions sortButton{.icon = ui::icon::kSort, .size = ImVec2(0, fieldHeight)};
        flow.next(ui::buttonSize(ctx, sortLabel, sortButton).x);
        if (ui::button(ctx, sortLabel, sortButton)) {
            ImGui::OpenPopup("##sort");
            m_sortMenuAt = ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y + theme.px(6));
        }
        drawSortMenu(ctx);

        const int active = activeFilters();
        const std::string filterLabel = m_showFilters ? t("careers.hide_filters")
                                        : active > 0  ? tf("careers.filters_n", {{"n", std::to_string(active)}})
                                                      : t("careers.filters");
        const ui::ButtonOptions filterButton{.icon = m_showFilters ? ui::icon::kChevronUp : ui::icon::kFilter,
                                             .size = ImVec2(0, fieldHeight),
                                             .kind = active > 0 ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary};
        flow.next(ui::buttonSize(ctx, filterLabel, filterButton).x);
        if (ui::button(ctx, filterLabel, filterButton)) {
            m_showFilters = !m_showFilters;
        }
        if (active > 0) {
            const ui::ButtonOptions clear{.icon = ui::icon::kTimes, .size = ImVec2(0, fieldHeight), .kind = ui::ButtonKind::Ghost};
            flow.next(ui::buttonSize(ctx, t("careers.clear"), clear).x);
            if (ui::button(ctx, t("careers.clear"), clear)) {
                const std::string query = m_filter.query;
                m_filter = {};
                m_filter.query = query;
                m_letters.clear();
                m_savedOnly = false;
                m_dirty = true;
            }
        }
    }

    static const SortChoice& sortChoice(content::CareerSort sort) {
        for (const SortChoice& choice : kSorts) {
            if (choice.sort == sort) {
                return choice;
            }
        }
        return kSorts[1];
    }

    void drawSortMenu(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        ImGui::SetNextWindowPos(m_sortMenuAt, ImGuiCond_Appearing);
        if (!ImGui::BeginPopup("##sort")) {
            return;
        }
        float width = 0;
        for (const SortChoice& choice : kSorts) {
            width = std::max(width, ui::buttonSize(ctx, t(choice.key), {.icon = ui::icon::kCheck}).x);
        }
        for (const SortChoice& choice : kSorts) {
            const bool needsQuiz = choice.sort == content::CareerSort::BestMatch && !m_profile;
            const bool current = m_sort == choice.sort;
            if (ui::button(ctx, t(choice.key), {.icon = current ? ui::icon::kCheck : choice.icon,
                                                     .size = ImVec2(width, 0),
                                                     .kind = current ? ui::ButtonKind::Primary : ui::ButtonKind::Secondary,
                                                     .enabled = !needsQuiz})) {
                m_sort = choice.sort;
                m_sortChosen = true;
                m_dirty = true;
                ImGui::CloseCurrentPopup();
            }
        }
        if (!m_profile) {
            ui::text(ctx, t("careers.sort_needs_quiz"), {.font = theme.small(), .color = theme.palette().mutedText,
                                                              .wrapWidth = width});
        }
        ImGui::EndPopup();
    }

    int activeFilters() const {
        return static_cast<int>(m_filter.groupings.size() + m_filter.clusters.size() + m_filter.subClusters.size() +
                                m_letters.size() + m_filter.jobZones.size() + m_filter.payBands.size()) +
               (m_filter.featuredOnly ? 1 : 0) + (m_savedOnly ? 1 : 0);
    }

    void section(ui::Context& ctx, const std::string& title) {
        ImGui::Dummy(ImVec2(0, ctx.theme.px(4)));
        ui::text(ctx, title, {.color = ctx.theme.palette().mutedText});
    }

    void drawFilters(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const content::Catalog& catalog = m_app.catalog;
        const content::Lang lang = this->lang();
        const float gap = theme.px(10);
        bool changed = false;

        section(ctx, t("careers.f_groupings"));
        {
            ui::FlowLayout flow(gap);
            for (const char* grouping : kGroupings) {
                changed |= chipFor(ctx, flow, t(std::string("grouping.") + grouping), m_filter.groupings,
                                   std::string(grouping));
            }
        }
        section(ctx, t("careers.f_clusters"));
        {
            ui::FlowLayout flow(gap);
            for (std::size_t i = 0; i < catalog.clusters.size(); ++i) {
                const std::string glyph = glyphOf(catalog.clusters[i].icon);
                changed |= chipFor(ctx, flow, catalog.clusters[i].name.in(lang), m_filter.clusters, static_cast<int>(i),
                                   glyph.empty() ? nullptr : glyph.c_str());
            }
        }
        for (const int cluster : m_filter.clusters) {
            const content::Cluster& c = catalog.clusters[static_cast<std::size_t>(cluster)];
            section(ctx, tf("careers.f_subclusters", {{"cluster", c.name.in(lang)}}));
            ui::FlowLayout flow(gap);
            for (const std::string& sub : c.subClusters) {
                changed |= chipFor(ctx, flow, catalog.subClusterName(sub, lang), m_filter.subClusters, sub);
            }
        }
        section(ctx, t("careers.f_letters"));
        {
            ui::FlowLayout flow(gap);
            for (const core::Area area : core::kAllAreas) {
                const std::string label = t("area." + std::string(core::areaKey(area)) + ".name") + " (" +
                                          core::areaLetter(area) + ")";
                if (chipFor(ctx, flow, label, m_letters, core::areaLetter(area))) {
                    m_filter.letters.assign(m_letters.begin(), m_letters.end());
                    changed = true;
                }
            }
        }
        section(ctx, t("careers.f_school"));
        {
            ui::FlowLayout flow(gap);
            for (int zone = 1; zone <= kJobZones; ++zone) {
                changed |= chipFor(ctx, flow, t("results.zone" + std::to_string(zone)), m_filter.jobZones, zone);
            }
        }
        section(ctx, t("careers.f_pay"));
        {
            ui::FlowLayout flow(gap);
            for (int band = 0; band < content::kPayBandCount; ++band) {
                changed |= chipFor(ctx, flow, t("pay.band" + std::to_string(band)), m_filter.payBands, band);
            }
        }
        section(ctx, t("careers.f_more"));
        {
            ui::FlowLayout flow(gap);
            flow.next(ui::chipWidth(ctx, t("careers.f_featured"), ui::icon::kStar));
            changed |= ui::chip(ctx, t("careers.f_featured"), m_filter.featuredOnly, ui::icon::kStar);
            flow.next(ui::chipWidth(ctx, t("careers.f_saved"), ui::icon::kHeart));
            changed |= ui::chip(ctx, t("careers.f_saved"), m_savedOnly, ui::icon::kHeart);
        }
        ImGui::Dummy(ImVec2(0, theme.px(8)));
        if (changed) {
            m_dirty = true;
        }
    }

    // One line under a title: "Helper · Thinker · $93,600 a year · 4-year college".
    std::string factsLine(const content::Occupation& occ) const {
        std::string line = content::interestNames(m_app.session.text(), occ.highPoint);
        const std::optional<double> pay = content::CareerExplorer::yearlyPay(occ);
        if (occ.wageNote == "annual_at_least_239200") {
            line += " · " + tf("card.pay_top", {{"amount", content::formatDollars(*pay, false)}});
        } else if (pay) {
            line += " · " + tf("card.pay_year", {{"amount", content::formatDollars(*pay, false)}});
        } else {
            line += " · " + t("careers.row_pay_none");
        }
        return line + " · " + t("results.zone" + std::to_string(occ.jobZone));
    }

    void drawList(ui::Context& ctx) {
        const ui::Theme& theme = ctx.theme;
        const content::Catalog& catalog = m_app.catalog;
        const content::Lang lang = this->lang();
        const float rowHeight = std::max(theme.minTouch(), theme.large()->FontSize + theme.small()->FontSize + theme.px(22));
        const float spacing = ImGui::GetStyle().ItemSpacing.y;
        const float heart = theme.minTouch();
        const ImVec2 listTop = ImGui::GetCursorScreenPos();
        const float listWidth = ImGui::GetContentRegionAvail().x - heart - theme.px(12);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(m_rows.size()), rowHeight + spacing);
        std::optional<std::size_t> open;
        std::optional<std::size_t> toggle;
        std::vector<std::pair<int, int>> drawn; // [start, end) ranges the clipper drew
        while (clipper.Step()) {
            drawn.emplace_back(clipper.DisplayStart, clipper.DisplayEnd);
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const std::size_t index = m_rows[static_cast<std::size_t>(r)];
                const content::Occupation& occ = catalog.occupations[index];
                const std::string& title = occ.title.in(lang);
                const float width = ImGui::GetContentRegionAvail().x - heart - theme.px(12);
                ImGui::PushID(static_cast<int>(index));
                const bool pressed = ImGui::InvisibleButton("##row", ImVec2(width, rowHeight));
                ImGui::PopID();
                const ImVec2 min = ImGui::GetItemRectMin();
                const ImVec2 max = ImGui::GetItemRectMax();
                drawRow(ctx, index, title, min, max);
                ctx.log.add(title, min, max, true);
                if (pressed || (ImGui::IsItemFocused() && ui::keyPressed(ImGuiKey_Enter))) {
                    open = index;
                }
                ImGui::SameLine(0, theme.px(12));
                ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x, min.y + (rowHeight - heart) * 0.5f));
                const bool saved = m_saved.count(occ.code) > 0;
                if (ui::iconButton(ctx, saved ? ui::icon::kHeart : ui::icon::kHeartO,
                                   tf(saved ? "careers.unsave" : "careers.save", {{"job", title}}), saved)) {
                    toggle = index;
                }
                ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + rowHeight + spacing));
            }
        }
        // Rows the clipper skipped are still named in the item log (off screen), so a script or a
        // test can ask for any career and have it scrolled into view.
        clipper.End();
        for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
            if (std::any_of(drawn.begin(), drawn.end(), [r](const std::pair<int, int>& d) { return r >= d.first && r < d.second; })) {
                continue;
            }
            const content::Occupation& occ = catalog.occupations[m_rows[static_cast<std::size_t>(r)]];
            const std::string& title = occ.title.in(lang);
            const ImVec2 min(listTop.x, listTop.y + static_cast<float>(r) * (rowHeight + spacing));
            ctx.log.add(title, min, ImVec2(min.x + listWidth, min.y + rowHeight), true);
            const ImVec2 heartMin(min.x + listWidth + theme.px(12), min.y + (rowHeight - heart) * 0.5f);
            ctx.log.add(tf(m_saved.count(occ.code) ? "careers.unsave" : "careers.save", {{"job", title}}), heartMin,
                        ImVec2(heartMin.x + heart, heartMin.y + heart), true);
        }
        if (toggle) {
            toggleSaved(ctx, catalog.occupations[*toggle].code);
        }
        if (open) {
            ctx.screens.push(makeCareerCardScreen(m_app, *open));
        }
    }

    void drawRow(ui::Context& ctx, std::size_t index, const std::string& title, ImVec2 min, ImVec2 max) {
        const content::Occupation& occ = m_app.catalog.occupations[index];
        const ui::Theme& theme = ctx.theme;
        const ui::Palette& pal = theme.palette();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(min, max, ImGui::IsItemHovered() ? pal.secondaryHover : pal.panel, theme.px(14));
        if (ImGui::IsItemFocused()) {
            dl->AddRect(min, max, pal.focus, theme.px(14), 0, theme.px(3));
        }
        // A coloured disc with the career's picture: its own icon, else its first area's.
        const content::FeaturedCareer* featured = m_app.catalog.featuredFor(index);
        std::string glyph = featured ? glyphOf(featured->icon) : std::string();
        if (glyph.empty() && !occ.clusters.empty()) {
            glyph = glyphOf(m_app.catalog.clusters[static_cast<std::size_t>(occ.clusters.front())].icon);
        }
        const auto lead = occ.highPoint.empty() ? std::nullopt : core::areaFromLetter(occ.highPoint[0]);
        const float disc = (max.y - min.y) - theme.px(16);
        const ImVec2 centre(min.x + theme.px(12) + disc * 0.5f, (min.y + max.y) * 0.5f);
        dl->AddCircleFilled(centre, disc * 0.5f, lead ? pal.area[core::index(*lead)] : pal.primary, 32);
        ImFont* pictures = theme.icons();
        const float glyphSize = disc * 0.55f;
        const ImVec2 g = pictures->CalcTextSizeA(glyphSize, FLT_MAX, 0.0f, glyph.c_str());
        dl->AddText(pictures, glyphSize, ImVec2(centre.x - g.x * 0.5f, centre.y - g.y * 0.5f), pal.onPrimary,
                    glyph.c_str());

        ImFont* font = theme.large();

        const float textLeft = centre.x + disc * 0.5f + theme.px(14);
        const ImVec4 clip(textLeft, min.y, max.x - theme.px(10), max.y);
        const float top = min.y + ((max.y - min.y) - font->FontSize - theme.small()->FontSize - theme.px(4)) * 0.5f;
        dl->AddText(font, font->FontSize, ImVec2(textLeft, top), pal.text, title.c_str(), nullptr, 0.0f, &clip);
        if (featured) {
            const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, title.c_str()).x;
            if (textLeft + w + theme.px(40) < clip.z) {
                dl->AddText(theme.body(), theme.body()->FontSize, ImVec2(textLeft + w + theme.px(10), top + theme.px(4)),
                            pal.accent, ui::icon::kStar);
            }
        }
        const std::string facts = factsLine(occ);
        dl->AddText(theme.small(), theme.small()->FontSize, ImVec2(textLeft, top + font->FontSize + theme.px(4)),
                    pal.mutedText, facts.c_str(), nullptr, 0.0f, &clip);
    }

    void toggleSaved(ui::Context& ctx, const std::string& code) {
        if (!m_app.session.learner()) {
            return;
        }
        const bool save = m_saved.count(code) == 0;
        if (const core::Status done = m_app.favorites.set(code, save); !done) {
            showError(ctx, m_app, done.error());
            return;
        }
        if (save) {
            m_saved.insert(code);
        } else {
            m_saved.erase(code);
        }
        ctx.showNotice(t(save ? "careers.saved_notice" : "careers.unsaved_notice"), false, 2.5);
        if (m_savedOnly) {
            m_dirty = true;
        }
    }

    content::CareerFilter m_filter;
    std::set<char> m_letters;
    bool m_savedOnly = false;
    content::CareerSort m_sort = content::CareerSort::Az;
    bool m_sortChosen = false;
    bool m_showFilters = false;
    ImVec2 m_sortMenuAt{0, 0};
    bool m_focusSearch = true;
    bool m_dirty = true;
    content::Lang m_lang;
    std::optional<core::AreaScores> m_profile;
    std::set<std::string> m_saved;
    std::vector<std::size_t> m_rows;
};

} // namespace

std::unique_ptr<ui::Screen> makeCareersScreen(app::Services& app) { return std::make_unique<CareersScreen>(app); }

ActivityCard careersCard(app::Services& app) {
    const content::Text text = app.session.text();
    const std::size_t saved = app.favorites.list().size();
    return {text("home.careers_title"),
            text.format(saved > 0 ? "home.careers_saved" : "home.careers_about",
                        {{"n", std::to_string(saved)}, {"total", std::to_string(app.catalog.occupations.size())}}),
            text("home.careers_open")};
}

} // namespace pathlight::screens
