// The Home card of each activity in the registry (activities.cpp): its words for the signed-in
// learner, from their progress. Each is defined next to the activity's screen.
#pragma once

#include "screens/activities.hpp"

namespace pathlight::screens {

ActivityCard quizCard(app::Services& app);            // quiz_screen.cpp
ActivityCard valuesCard(app::Services& app);          // values_screen.cpp
ActivityCard strengthsCard(app::Services& app);       // strengths_screen.cpp
ActivityCard resultsCard(app::Services& app);         // results_screen.cpp
ActivityCard careersCard(app::Services& app);         // careers_screen.cpp
ActivityCard savePortfolioCard(app::Services& app);   // file_browser_screen.cpp
std::unique_ptr<ui::Screen> makeSavePortfolioScreen(app::Services& app);

} // namespace pathlight::screens
