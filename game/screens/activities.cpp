// See activities.hpp. One line per activity; its card words live next to its screen.
#include "screens/activities.hpp"

#include "screens/activity_cards.hpp"
#include "screens/navigation.hpp"
#include "ui/theme.hpp"

namespace pathlight::screens {

const std::vector<Activity>& activities() {
    static const std::vector<Activity> kActivities = {
        {"interest_quiz", ui::icon::kLightbulb, "", &quizCard, &makeQuizScreen},
        {"values", ui::icon::kHeart, "", &valuesCard, &makeValuesScreen},
        {"strengths", ui::icon::kRocket, "", &strengthsCard, &makeStrengthsScreen},
        {"results", ui::icon::kBarChart, "", &resultsCard, &makeResultsScreen},
        {"careers", ui::icon::kCompass, "", &careersCard, &makeCareersScreen},
        {"save_portfolio", ui::icon::kFloppy, "", &savePortfolioCard, &makeSavePortfolioScreen, false},
    };
    return kActivities;
}

} // namespace pathlight::screens
