// Every screen's factory and the flows between screens: signing in (through Session only) and going
// Home, signing out back to Welcome, and telling the person about errors and class-folder news in
// their language. Screens call these instead of building each other by hand.
#pragma once

#include "app/portfolio_link.hpp"
#include "app/services.hpp"
#include "core/result.hpp"
#include "ui/context.hpp"
#include "ui/screen.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace pathlight::screens {

// [SECTION] Screens
std::unique_ptr<ui::Screen> makeWelcomeScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeSignInScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeNewLearnerScreen(app::Services& app);
// The PIN pad of a learner. A right PIN signs them in, or, when `onRight` is given, calls it
// instead (e.g. to bring in their portfolio file first; Session then lets that learner in).
std::unique_ptr<ui::Screen> makePinScreen(app::Services& app, std::string learnerId,
                                          std::function<void(ui::Context&)> onRight = nullptr);
std::unique_ptr<ui::Screen> makeHomeScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeQuizScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeResultsScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeValuesScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeStrengthsScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeAboutScreen(app::Services& app);
std::unique_ptr<ui::Screen> makeCareersScreen(app::Services& app);
// The card of one career; `occupation` indexes Catalog::occupations.
std::unique_ptr<ui::Screen> makeCareerCardScreen(app::Services& app, std::size_t occupation);
// A signed-in learner's own settings: language, text size, reading font, reduced motion.
std::unique_ptr<ui::Screen> makeMySettingsScreen(app::Services& app);

// The in-app file browser: `Portfolio`: tap a .pathlight file to bring it in and sign in ("Bring
// my portfolio"). `SaveFolder`: save the signed-in learner's portfolio in the folder shown.
// `PortfolioFolder`: choose the device's class folder (Settings, behind the grown-up gate).
enum class BrowseFor { Portfolio, SaveFolder, PortfolioFolder };
std::unique_ptr<ui::Screen> makeFileBrowserScreen(app::Services& app, BrowseFor purpose);

// The grown-up gate in front of `then` (the first time: set the device's secret). `then` builds
// the screen behind the gate once it is open.
std::unique_ptr<ui::Screen> makeGateScreen(app::Services& app,
                                           std::function<std::unique_ptr<ui::Screen>()> then);
// This device's settings and learners (behind the gate): the class folder, the default language
// and text size, each learner's PIN reset and removal.
std::unique_ptr<ui::Screen> makeSettingsScreen(app::Services& app);
// Settings, through the gate.
std::unique_ptr<ui::Screen> makeGatedSettingsScreen(app::Services& app);

// A problem that stops Pathlight from starting normally (broken content, damaged database). Shows
// `message` for the student, `detail` for the grown-up, and one button per choice; `onChoice`
// receives the index of the button pressed. Needs no services (it runs before there are any).
struct ProblemChoice {
    std::string label;
    bool primary = false;
};
std::unique_ptr<ui::Screen> makeProblemScreen(std::string title, std::string message, std::string detail,
                                              std::vector<ProblemChoice> choices,
                                              std::function<void(int)> onChoice);

// [SECTION] Flows
// Signs the learner in through Session and shows Home; a refusal (a PIN not typed) shows why.
void signInAndGoHome(ui::Context& ctx, app::Services& app, const std::string& learnerId);
// After Session::join / startGuest / signIn succeeded: tell about the class folder, show Home.
void goHome(ui::Context& ctx, app::Services& app, const app::SyncNews& news);
// Ends the session (work written to the class folder first; a guest's rows wiped) and shows Welcome.
void signOutToWelcome(ui::Context& ctx, app::Services& app);
// Shows a store/content error in plain words ("error.<code>" when the strings have it).
void showError(ui::Context& ctx, const app::Services& app, const core::Error& error);
// Tells the learner what a class-folder step did, when it matters to them.
void reportSync(ui::Context& ctx, const app::Services& app, const app::SyncNews& news);
// The words of an error: "error.<code>" in the session's language when there is one, else its message.
std::string errorWords(const app::Services& app, const core::Error& error);

// The kid names of work values or skills, by content id (as AboutMe gives them), joined with " · ".
std::string valueNames(const app::Services& app, const std::vector<std::string>& valueIds);
std::string skillNames(const app::Services& app, const std::vector<std::string>& skillIds);

} // namespace pathlight::screens
