// Careers explorer (being built): the list of every career.
#include "screens/screens.hpp"

#include "ui/context.hpp"
#include "ui/widgets.hpp"

namespace pathlight::screens {

namespace {

class CareersScreen final : public ui::Screen {
public:
    std::string_view name() const override { return "careers"; }
    void draw(ui::Context& ctx) override {
        if (ui::topBar(ctx, ctx.t("careers.title"), ctx.t("common.home").c_str())) {
            ctx.screens.pop();
        }
    }
};

class CareerCardScreen final : public ui::Screen {
public:
    explicit CareerCardScreen(std::size_t occupation) : m_occupation(occupation) {}
    std::string_view name() const override { return "career_card"; }
    void draw(ui::Context& ctx) override {
        if (ui::topBar(ctx, ctx.services.catalog->occupations[m_occupation].title, ctx.t("common.back").c_str())) {
            ctx.screens.pop();
        }
    }

private:
    std::size_t m_occupation;
};

} // namespace

std::unique_ptr<ui::Screen> makeCareersScreen() { return std::make_unique<CareersScreen>(); }
std::unique_ptr<ui::Screen> makeCareerCardScreen(std::size_t occupation) {
    return std::make_unique<CareerCardScreen>(occupation);
}

} // namespace pathlight::screens
