// Every screen of the app, one class per file in this folder; this header is the one place that
// lists them. Screens talk to data only through Context's services (repositories, catalog).
#pragma once

#include "ui/screen.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pathlight::screens {

std::unique_ptr<ui::Screen> makeWelcomeScreen();
std::unique_ptr<ui::Screen> makeSignInScreen();
std::unique_ptr<ui::Screen> makeNewLearnerScreen();
std::unique_ptr<ui::Screen> makePinScreen(std::string learnerId);
std::unique_ptr<ui::Screen> makeHomeScreen();
std::unique_ptr<ui::Screen> makeQuizScreen();
std::unique_ptr<ui::Screen> makeResultsScreen();
std::unique_ptr<ui::Screen> makeAboutScreen();
std::unique_ptr<ui::Screen> makeCareersScreen();
// The card of one career; `occupation` indexes Catalog::occupations.
std::unique_ptr<ui::Screen> makeCareerCardScreen(std::size_t occupation);

// A problem that stops Pathlight from starting normally (broken content, damaged database).
// Shows `message` for the student, `detail` for the grown-up, and one button per choice;
// `onChoice` receives the index of the button pressed.
struct ProblemChoice {
    std::string label;
    bool primary = false;
};
std::unique_ptr<ui::Screen> makeProblemScreen(std::string title, std::string message, std::string detail,
                                              std::vector<ProblemChoice> choices,
                                              std::function<void(int)> onChoice);

// Signs the learner in and shows Home (used by sign-in, new learner and PIN screens).
void signIn(ui::Context& ctx, const std::string& learnerId);

} // namespace pathlight::screens
