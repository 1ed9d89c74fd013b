// What screens may use: the content, the session, and the signed-in learner's work — never the
// database, never a repository, never a file path a screen made up. App owns every one of these and
// hands out this bundle of references; each screen keeps it for its life.
#pragma once

#include "content/catalog.hpp"

namespace pathlight::app {

class Careers;
class DeviceSettings;
class FavoriteWork;
class FolderBrowser;
class GrownUpGate;
class Learners;
class PortfolioLink;
class QuizWork;
class SelfCheckWork;
class Session;

struct Services {
    const content::Catalog& catalog;
    Session& session;       // who is here, their language and text size; sign in and out
    Learners& learners;     // the sign-in list; a grown-up's PIN reset and removal
    QuizWork& quiz;         // the signed-in learner's interest quiz
    SelfCheckWork& selfChecks;
    FavoriteWork& favorites;
    Careers& careers;       // matcher and explorer (built lazily)
    PortfolioLink& portfolio; // the class folder, "Bring" and "Save my portfolio"
    FolderBrowser& folders;
    DeviceSettings& device; // this computer's settings (changes need the gate)
    GrownUpGate& gate;
};

} // namespace pathlight::app
