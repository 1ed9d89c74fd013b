// Creates, lists, checks and removes learners. Owns the PIN hashing (libsodium Argon2id); a PIN is
// never stored or logged in the clear. Removing a learner removes every revision of theirs.
#include "store/learner_repo.hpp"

#include "core/ids.hpp"
#include "core/revision.hpp"
#include "store/revision_repo.hpp"
#include "store/statement.hpp"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace pathlight::store {

namespace {

using detail::Statement;

constexpr std::size_t kNicknameMaxChars = 24;
// Argon2id cost: libsodium's interactive preset, with memory kept modest for classroom laptops.
constexpr std::size_t kPinMemLimit = 8u << 20;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0; // safe to call repeatedly; once is enough
    return ready;
}

std::string trim(const std::string& text) {
    const char* kSpace = " \t\n\r\f\v";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

// Counts code points of well-formed UTF-8 without control characters (C0, DEL, C1);
// returns -1 for anything else, so bad bytes never reach the database or a JSON body.
long printableCodePoints(const std::string& text) {
    long count = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = 0;
        std::size_t len = 0;
        if (lead < 0x80) {
            cp = lead;
            len = 1;
        } else if ((lead & 0xe0) == 0xc0) {
            cp = lead & 0x1fu;
            len = 2;
        } else if ((lead & 0xf0) == 0xe0) {
            cp = lead & 0x0fu;
            len = 3;
        } else if ((lead & 0xf8) == 0xf0) {
            cp = lead & 0x07u;
            len = 4;
        } else {
            return -1;
        }
        if (i + len > text.size()) {
            return -1;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xc0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (next & 0x3fu);
        }
        const bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
            return -1;
        }
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
            return -1;
        }
        ++count;
        i += len;
    }
    return count;
}

core::Error invalid(std::string message, std::string detail, const char* code) {
    return core::makeError(std::move(message), std::move(detail), code);
}

Learner readLearner(const Statement& row) {
    Learner learner;
    learner.id = row.text(0);
    learner.nickname = row.text(1);
    learner.grade = row.int32(2);
    learner.avatar = row.int32(3);
    learner.hasPin = !row.isNull(4) && !row.text(4).empty();
    learner.guest = row.int64(5) != 0;
    return learner;
}

constexpr const char* kLearnerColumns = "id, nickname, grade, avatar, pin_hash, guest";

core::Status removeOne(sqlite3* db, const std::string& id) {
    for (const char* sql : {"DELETE FROM revisions WHERE learner_id = ?",
                            "DELETE FROM heads WHERE learner_id = ?", "DELETE FROM learners WHERE id = ?"}) {
        Statement remove(db, sql);
        remove.bind(1, id);
        if (auto removed = remove.run(); !removed) {
            return removed;
        }
    }
    return {};
}

} // namespace

core::Result<Learner> LearnerRepo::create(const NewLearner& input) {
    Learner learner;
    learner.nickname = trim(input.nickname);
    const long chars = printableCodePoints(learner.nickname);
    if (chars < 0) {
        return invalid("That name has a symbol Pathlight can't use. Try letters and numbers.",
                       "nickname has control characters or is not valid UTF-8", kErrNickname);
    }
    if (chars == 0) {
        return invalid("Type your first name or a nickname.", "nickname is empty", kErrNickname);
    }
    if (static_cast<std::size_t>(chars) > kNicknameMaxChars) {
        return invalid("That name is too long. Use 24 letters or fewer.",
                       "nickname has " + std::to_string(chars) + " characters", kErrNickname);
    }
    learner.guest = input.guest;
    if (!input.guest && (input.grade < 5 || input.grade > 9)) {
        return invalid("Pick a grade from 5 to 9.", "grade " + std::to_string(input.grade), kErrGrade);
    }
    learner.grade = input.guest ? 0 : input.grade;
    if (input.avatar < 0 || input.avatar > kAvatarMax) {
        return invalid("Pick a picture for yourself.", "avatar " + std::to_string(input.avatar), kErrAvatar);
    }
    learner.avatar = input.avatar;
    const bool pinOk = input.pin.empty() || (input.pin.size() == 4 &&
                                             input.pin.find_first_not_of("0123456789") == std::string::npos);
    if (!pinOk) {
        return invalid("A PIN is 4 numbers, like 2 5 8 0. Or leave it empty.", "PIN is not 4 ASCII digits",
                       kErrPin);
    }

    std::string pinHash;
    if (!input.pin.empty()) {
        char hash[crypto_pwhash_STRBYTES];
        if (!sodiumReady() || crypto_pwhash_str(hash, input.pin.data(), input.pin.size(),
                                                crypto_pwhash_OPSLIMIT_INTERACTIVE, kPinMemLimit) != 0) {
            return core::makeError("Pathlight couldn't save your PIN. Try again, or leave the PIN empty.",
                                   "crypto_pwhash_str failed (out of memory?)", kErrIo);
        }
        pinHash = hash;
        learner.hasPin = true;
    }

    learner.id = core::newUuid();
    const core::Hlc stamp = m_db.clock().tick();
    core::Revision profile;
    profile.learnerId = learner.id;
    profile.entryId = core::newUuid();
    profile.kind = core::kind::kProfile;
    profile.hlc = stamp;
    profile.body = nlohmann::json{{"nickname", learner.nickname},
                                  {"grade", learner.grade},
                                  {"avatar", learner.avatar},
                                  {"guest", learner.guest}}
                       .dump();

    core::Status saved = m_db.transaction([&]() -> core::Status {
        Statement insert(m_db.handle(), "INSERT INTO learners (id, nickname, grade, avatar, pin_hash, guest, "
                                        "created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
        insert.bind(1, learner.id).bind(2, learner.nickname).bind(3, learner.grade).bind(4, learner.avatar);
        if (pinHash.empty()) {
            insert.bindNull(5);
        } else {
            insert.bind(5, pinHash);
        }
        insert.bind(6, learner.guest).bind(7, stamp.wallMs);
        if (auto inserted = insert.run(); !inserted) {
            return inserted;
        }
        return RevisionRepo(m_db).append(profile);
    });
    sodium_memzero(pinHash.data(), pinHash.size());
    if (!saved) {
        return saved.error();
    }
    return learner;
}

std::vector<Learner> LearnerRepo::list() const {
    Statement select(m_db.handle(),
                     std::string("SELECT ") + kLearnerColumns +
                         " FROM learners WHERE guest = 0 ORDER BY nickname COLLATE NOCASE, id");
    std::vector<Learner> out;
    while (select.step()) {
        out.push_back(readLearner(select));
    }
    return out;
}

std::optional<Learner> LearnerRepo::find(const std::string& id) const {
    Statement select(m_db.handle(), std::string("SELECT ") + kLearnerColumns + " FROM learners WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return std::nullopt;
    }
    return readLearner(select);
}

core::Status LearnerRepo::setPin(const std::string& id, const std::string& pin) {
    const bool pinOk = pin.empty() || (pin.size() == 4 && pin.find_first_not_of("0123456789") == std::string::npos);
    if (!pinOk) {
        return invalid("A PIN is 4 numbers, like 2 5 8 0. Or leave it empty.", "PIN is not 4 ASCII digits", kErrPin);
    }
    std::string pinHash;
    if (!pin.empty()) {
        char hash[crypto_pwhash_STRBYTES];
        if (!sodiumReady() ||
            crypto_pwhash_str(hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, kPinMemLimit) != 0) {
            return core::makeError("Pathlight couldn't save the PIN. Try again.", "crypto_pwhash_str failed", kErrIo);
        }
        pinHash = hash;
    }
    const core::Status saved = m_db.transaction([&]() -> core::Status {
        Statement update(m_db.handle(), "UPDATE learners SET pin_hash = ? WHERE id = ? AND guest = 0");
        if (pinHash.empty()) {
            update.bindNull(1);
        } else {
            update.bind(1, pinHash);
        }
        update.bind(2, id);
        if (auto updated = update.run(); !updated) {
            return updated;
        }
        if (sqlite3_changes(m_db.handle()) == 0) {
            return core::makeError("That learner is not on this computer.", "no learner " + id, kErrProfile);
        }
        return recordPinRevision(id);
    });
    sodium_memzero(pinHash.data(), pinHash.size());
    return saved;
}

bool LearnerRepo::checkPin(const std::string& id, const std::string& pin) const {
    Statement select(m_db.handle(), "SELECT pin_hash FROM learners WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return false; // no such learner: nothing to unlock
    }
    if (select.isNull(0)) {
        return true;
    }
    const std::string hash = select.text(0);
    if (hash.empty()) {
        return true;
    }
    if (!sodiumReady()) {
        return false;
    }
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

core::Status LearnerRepo::remove(const std::string& id) {
    return m_db.transaction([&] { return removeOne(m_db.handle(), id); });
}

core::Status LearnerRepo::removeGuests() {
    return m_db.transaction([&]() -> core::Status {
        std::vector<std::string> guests;
        {
            Statement select(m_db.handle(), "SELECT id FROM learners WHERE guest = 1");
            while (select.step()) {
                guests.push_back(select.text(0));
            }
            if (!select.done()) {
                return select.error("listing guests");
            }
        }
        for (const std::string& id : guests) {
            if (auto removed = removeOne(m_db.handle(), id); !removed) {
                return removed;
            }
        }
        return {};
    });
}

// [SECTION] Profile and PIN revisions for the portfolio file

std::string pinEntryId(const std::string& learnerId) {
    return learnerId + "/pin";
}

bool isPinHash(const std::string& text) {
    constexpr std::string_view kPrefix = "$argon2id$";
    if (text.size() >= crypto_pwhash_STRBYTES || text.compare(0, kPrefix.size(), kPrefix) != 0 ||
        text.find_first_of(" \t\r\n") != std::string::npos || !sodiumReady()) {
        return false;
    }
    // -1 means "not a hash string libsodium understands"; 0/1 are valid (current or older cost).
    return crypto_pwhash_str_needs_rehash(text.c_str(), crypto_pwhash_OPSLIMIT_INTERACTIVE, kPinMemLimit) >=
           0;
}

std::optional<Learner> learnerFromProfile(const core::Revision& profile) {
    if (profile.kind != core::kind::kProfile || profile.deleted) {
        return std::nullopt;
    }
    const auto body = nlohmann::json::parse(profile.body, nullptr, /*allow_exceptions=*/false);
    if (!body.is_object()) {
        return std::nullopt;
    }
    const auto nickname = body.find("nickname");
    const auto grade = body.find("grade");
    const auto avatar = body.find("avatar");
    const auto guest = body.find("guest");
    if (nickname == body.end() || !nickname->is_string() || grade == body.end() ||
        !grade->is_number_integer() || avatar == body.end() || !avatar->is_number_integer() ||
        (guest != body.end() && !guest->is_boolean())) {
        return std::nullopt;
    }
    Learner learner;
    learner.id = profile.learnerId;
    learner.nickname = trim(nickname->get<std::string>());
    learner.guest = guest != body.end() && guest->get<bool>();
    const long chars = printableCodePoints(learner.nickname);
    const auto gradeValue = grade->get<std::int64_t>();
    const auto avatarValue = avatar->get<std::int64_t>();
    if (chars <= 0 || static_cast<std::size_t>(chars) > kNicknameMaxChars || avatarValue < 0 ||
        avatarValue > kAvatarMax || (learner.guest ? gradeValue != 0 : (gradeValue < 5 || gradeValue > 9))) {
        return std::nullopt;
    }
    learner.grade = static_cast<int>(gradeValue);
    learner.avatar = static_cast<int>(avatarValue);
    return learner;
}

namespace {

// The hash held by a "pin" revision: "" for a tombstone or an unusable body.
std::string hashOf(const core::Revision& pin) {
    if (pin.deleted) {
        return {};
    }
    const auto body = nlohmann::json::parse(pin.body, nullptr, /*allow_exceptions=*/false);
    const auto hash = body.is_object() ? body.find("hash") : body.end();
    if (!body.is_object() || hash == body.end() || !hash->is_string() ||
        !isPinHash(hash->get<std::string>())) {
        return {};
    }
    return hash->get<std::string>();
}

// NULL for no PIN (no PIN revision, or a tombstone), else the hash.
void bindPinHash(Statement& statement, int index, const std::optional<std::string>& hash) {
    if (hash && !hash->empty()) {
        statement.bind(index, *hash);
    } else {
        statement.bindNull(index);
    }
}

} // namespace

core::Status LearnerRepo::recordPinRevision(const std::string& id) {
    Statement select(m_db.handle(), "SELECT pin_hash, guest FROM learners WHERE id = ?");
    select.bind(1, id);
    if (!select.step()) {
        return select.done() ? core::Status{} : core::Status{select.error("reading the PIN")};
    }
    if (select.int64(1) != 0) {
        return {};
    }
    const std::string stored = select.isNull(0) ? std::string() : select.text(0);
    const auto head = RevisionRepo(m_db).head(id, pinEntryId(id));
    if ((head ? hashOf(*head) : std::string()) == stored) {
        return {};
    }
    core::Revision pin{id,
                       pinEntryId(id),
                       kPinKind,
                       m_db.clock().tick(),
                       stored.empty(),
                       stored.empty() ? "{}" : nlohmann::json{{"hash", stored}}.dump()};
    return RevisionRepo(m_db).append(pin);
}

core::Status LearnerRepo::refreshFromRevisions(const std::string& id) {
    RevisionRepo revisions(m_db);
    std::optional<Learner> profile;
    std::int64_t createdMs = 0;
    const auto heads = revisions.heads(id, core::kind::kProfile); // oldest first
    for (auto it = heads.rbegin(); it != heads.rend() && !profile; ++it) {
        profile = learnerFromProfile(*it);
    }
    if (!heads.empty()) {
        createdMs = heads.front().hlc.wallMs;
    }
    const auto pin = revisions.head(id, pinEntryId(id));
    const std::optional<std::string> pinHash = pin ? std::optional(hashOf(*pin)) : std::nullopt;
    const auto existing = find(id);
    if (!profile && !existing) {
        return core::makeError("This saved work has no name in it, so Pathlight can't show it.",
                               "learner '" + id + "' has no valid profile revision", kErrProfile);
    }
    if (existing) {
        const Learner& shown = profile ? *profile : *existing;
        Statement update(m_db.handle(), "UPDATE learners SET nickname = ?1, grade = ?2, avatar = ?3, "
                                        "pin_hash = CASE WHEN ?4 THEN ?5 ELSE pin_hash END WHERE id = ?6");
        update.bind(1, shown.nickname)
            .bind(2, existing->guest ? existing->grade : shown.grade)
            .bind(3, shown.avatar);
        update.bind(4, pinHash.has_value());
        bindPinHash(update, 5, pinHash);
        update.bind(6, id);
        return update.run();
    }
    // Brought from another device: a full learner here, whatever the profile says about guests.
    Statement insert(m_db.handle(),
                     "INSERT INTO learners (id, nickname, grade, avatar, pin_hash, guest, created_ms) "
                     "VALUES (?, ?, ?, ?, ?, 0, ?)");
    insert.bind(1, id).bind(2, profile->nickname).bind(3, profile->grade).bind(4, profile->avatar);
    bindPinHash(insert, 5, pinHash);
    insert.bind(6, createdMs);
    return insert.run();
}

} // namespace pathlight::store
