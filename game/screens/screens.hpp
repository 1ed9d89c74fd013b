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
// The PIN pad of a learner. A right PIN signs them in, or, when `onRight` is given, calls it
// instead (e.g. to bring in their portfolio file first).
std::unique_ptr<ui::Screen> makePinScreen(std::string learnerId,
                                          std::function<void(ui::Context&)> onRight = nullptr);
std::unique_ptr<ui::Screen> makeHomeScreen();
std::unique_ptr<ui::Screen> makeQuizScreen();
std::unique_ptr<ui::Screen> makeResultsScreen();
// "What matters to me": the work values card sort.
std::unique_ptr<ui::Screen> makeValuesScreen();
// "My strengths": the durable skills self-check.
std::unique_ptr<ui::Screen> makeStrengthsScreen();
std::unique_ptr<ui::Screen> makeAboutScreen();
std::unique_ptr<ui::Screen> makeCareersScreen();
// The card of one career; `occupation` indexes Catalog::occupations.
std::unique_ptr<ui::Screen> makeCareerCardScreen(std::size_t occupation);

// The device setting that names the portfolio folder ("" = none).
inline constexpr const char* kPortfolioFolderSetting = "portfolio_dir";

// The in-app file browser (no native dialogs): the portfolio folder, USB sticks and other
// removable media, and the home folder. `Portfolio`: tap a .pathlight file to bring it in and sign
// in ("Bring my portfolio"). `SaveFolder`: save the signed-in learner's portfolio into the folder
// shown ("Save my portfolio"). `PortfolioFolder`: choose the device's portfolio folder (Settings).
enum class BrowseFor { Portfolio, SaveFolder, PortfolioFolder };
std::unique_ptr<ui::Screen> makeFileBrowserScreen(BrowseFor purpose);
// Settings of this device: the portfolio folder and the language.
std::unique_ptr<ui::Screen> makeSettingsScreen();

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

// The kid names of work values or skills, by content id (as SelfCheckRepo::aboutMe gives them), in
// the current language and joined with " · " — "Doing my best work · A safe, steady job".
std::string valueNames(const ui::Context& ctx, const std::vector<std::string>& valueIds);
std::string skillNames(const ui::Context& ctx, const std::vector<std::string>& skillIds);

// Signs the learner in and shows Home (used by sign-in, new learner and PIN screens).
void signIn(ui::Context& ctx, const std::string& learnerId);

} // namespace pathlight::screens
