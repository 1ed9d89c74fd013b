// Names in a portfolio folder: a learner's file is "<nickname>-<short id>.pathlight", and sync
// engines leave conflict copies beside it under their own naming styles. Recognizing a name only
// makes a file a candidate: its learner id is always checked after decoding. Pure string work.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pathlight::portfolio {

inline constexpr std::size_t kShortIdLength = 8;
inline constexpr std::size_t kMaxNicknameInName = 24; // code points

// The first 8 hex digits of the learner's UUID.
std::string shortId(std::string_view learnerId);

// The nickname made safe for every file system a USB stick or a share may have (FAT, NTFS, SMB):
// letters and digits (any script), '-' and '_' stay; anything else becomes '_'; at most 24 code
// points; "learner" when nothing is left.
std::string safeNickname(std::string_view nickname);

// "<safe nickname>-<short id>.pathlight"
std::string fileNameFor(std::string_view nickname, std::string_view learnerId);

enum class NameKind {
    kMain,      // sam-1a2b3c4d.pathlight (or the same learner under an older nickname)
    kSyncthing, // sam-1a2b3c4d.sync-conflict-20241124-101500-ABCDEF7.pathlight
    kDropbox,   // sam-1a2b3c4d (conflicted copy 2024-11-24).pathlight, Dropbox and Nextcloud
    kOneDrive,  // sam-1a2b3c4d-KIOSK3.pathlight
    kNumbered,  // sam-1a2b3c4d (1).pathlight, Google Drive and Windows copies
};

// Which kind of name `fileName` (no folder) is for the learner with `shortIdText`; nullopt when it
// is none of them (another learner's file, a .bak, a .lock, a temp file, …). A copy of a copy
// ("x.sync-conflict-… (conflicted copy …).pathlight") is recognized by its first suffix.
std::optional<NameKind> classifyName(std::string_view fileName, std::string_view shortIdText);

const char* nameKindText(NameKind kind); // "main", "syncthing", "dropbox", "onedrive", "numbered"

} // namespace pathlight::portfolio
