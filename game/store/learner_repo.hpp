// Learners on this device. The `learners` table is a fast index; the learner's profile itself is a
// revision (kind "profile") so it travels in the portfolio. PINs are stored as Argon2id hashes.
#pragma once

#include "core/learner.hpp"
#include "core/result.hpp"
#include "core/revision.hpp"
#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace pathlight::store {

// Error codes (core::Error::code) of create(), so a form can point at the field to fix.
inline constexpr const char* kErrNickname = "learner.nickname";
inline constexpr const char* kErrGrade = "learner.grade";
inline constexpr const char* kErrAvatar = "learner.avatar";
inline constexpr const char* kErrPin = "learner.pin";
// Avatars are numbered 0..kAvatarMax.
inline constexpr int kAvatarMax = 63;

// The data types live in core (core/learner.hpp) so the app can hand them to screens.
using core::Learner;
using core::NewLearner;

// [SECTION] What travels in a portfolio file (portfolio_service). The learners table is only an
// index: a learner's profile and PIN hash are revisions too, so they reach other devices.
inline constexpr const char* kPinKind = "pin";                // body {"hash": "<Argon2id string>"}
inline constexpr const char* kErrProfile = "learner.profile"; // no usable profile revision
// The one PIN entry of a learner: "<learner id>/pin".
std::string pinEntryId(const std::string& learnerId);
// True for a libsodium Argon2id hash string (what crypto_pwhash_str writes), never for a PIN.
bool isPinHash(const std::string& text);
// The learner a profile revision describes (id, nickname, grade, avatar, guest), checked like
// create() checks a new learner; nullopt when the body is not a valid profile.
std::optional<Learner> learnerFromProfile(const core::Revision& profile);

class LearnerRepo {
public:
    explicit LearnerRepo(Database& db) : m_db(db) {}

    // Validates, then writes the learner row and its profile revision in one transaction.
    core::Result<Learner> create(const NewLearner& learner);
    std::vector<Learner> list() const; // non-guest learners, by nickname
    std::optional<Learner> find(const std::string& id) const;
    // A grown-up's reset: sets a new 4-digit PIN ("" removes it) and records the PIN revision, so
    // the change travels. The caller (app::Learners) checks the grown-up gate first.
    core::Status setPin(const std::string& id, const std::string& pin);
    // True when the learner has no PIN or `pin` matches.
    bool checkPin(const std::string& id, const std::string& pin) const;
    // Removes the learner and every revision of theirs.
    core::Status remove(const std::string& id);
    core::Status removeGuests();

    // Makes the PIN travel: when the stored hash differs from the learner's current "pin" revision
    // (or there is none yet and a PIN is set), appends a revision holding the hash, or a tombstone
    // when the PIN was removed. Guests never get one. Inside the caller's transaction if one is open.
    core::Status recordPinRevision(const std::string& id);
    // Creates or updates the learners row from the learner's newest valid profile revision and
    // current PIN revision, so a learner brought from another device appears on the sign-in screen.
    // kErrProfile when there is no valid profile and no row yet. Inside the caller's transaction.
    core::Status refreshFromRevisions(const std::string& id);

private:
    Database& m_db;
};

} // namespace pathlight::store
