// Words every portfolio error the same way wherever it is raised. Owns the English messages only;
// translated screen text lives in content/strings under "error.<code>".
#include "portfolio/errors.hpp"

#include <array>
#include <utility>

namespace pathlight::portfolio {

namespace {

constexpr std::string_view kBroken =
    "This portfolio file is broken, so Pathlight can't open it. Ask a grown-up to help you find "
    "another copy.";

constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kMessages{{
    {kErrTruncated, "This portfolio file got cut off, so Pathlight can't open it. Ask a grown-up to copy it "
                    "again, or to try the .bak copy next to it."},
    {kErrSyntax, kBroken},
    {kErrChecksum, "This portfolio file was changed or damaged, so Pathlight can't trust it. Ask a grown-up "
                   "to help you find another copy."},
    {kErrTooNew, "This portfolio was made by a newer Pathlight. Ask a grown-up to update Pathlight."},
    {kErrUnknownFormat, "This file isn't a Pathlight portfolio. Pick a file whose name ends in .pathlight."},
    {kErrUtf8, kBroken},
    {kErrTypes, kBroken},
    {kErrTooBig, "This file is too big to be a Pathlight portfolio."},
    {kErrTooDeep, kBroken},
    {kErrTooMany, "This portfolio has more saved work than Pathlight can open. Ask a grown-up for help."},
    {kErrStringTooLong, kBroken},
    {kErrWrongLearner, "This is someone else's portfolio. Pick your own file."},
    {kErrConflict, "This portfolio file has two different copies of the same piece of work, so it may be "
                   "damaged. Nothing was added."},
    {kErrNoProfile, "This portfolio has no name in it, so Pathlight can't add it. Ask a grown-up for help."},
    {kErrIo, "Pathlight couldn't save your portfolio. If it is on a USB stick, keep the stick plugged in "
             "and try again."},
    {kErrUnreadable, "Pathlight couldn't read this file. If it is on a USB stick, check that the stick is "
                     "plugged in, then try again."},
    {kErrBusy, "Another Pathlight is saving this portfolio right now. Try again in a moment."},
    {kErrNoLearner, "Pathlight can't find this player on this computer."},
    {kErrGuest, "Visitors' work isn't kept. Make your own player to save a portfolio."},
    {kErrPinNeeded, "This player has a PIN on this computer. Type the PIN first, then bring the portfolio "
                    "again."},
}};

} // namespace

std::string_view messageFor(std::string_view code) {
    for (const auto& [known, message] : kMessages) {
        if (known == code) {
            return message;
        }
    }
    return {};
}

core::Error makePortfolioError(const char* code, std::string detail) {
    return core::makeError(std::string(messageFor(code)), std::move(detail), code);
}

core::Error conflictError(const std::string& entryId, std::string detail) {
    return core::makeError("This portfolio file has two different copies of the same piece of work (" +
                               entryId + "), so it may be damaged. Nothing was added.",
                           std::move(detail), kErrConflict);
}

} // namespace pathlight::portfolio
