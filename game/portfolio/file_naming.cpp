// File names of portfolios and of the conflict copies sync engines make (Syncthing, Dropbox,
// Nextcloud, OneDrive, Google Drive). Owns the name rules only; never touches the disk.
#include "portfolio/file_naming.hpp"

#include "portfolio/json_guard.hpp"
#include "portfolio/portfolio_file.hpp"

#include <cctype>

namespace pathlight::portfolio {

namespace {

bool isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isDigits(std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Non-ASCII code points that may stay in a file name: not invisible, not bidi controls (which can
// make a name read differently than it is), not private use, not specials.
bool keepCodePoint(std::uint32_t cp) {
    return cp >= 0xa0 && !(cp >= 0x2000 && cp <= 0x206f) && cp != 0xfeff && !(cp >= 0xe000 && cp <= 0xf8ff) &&
           !(cp >= 0xfff0 && cp <= 0xffff);
}

// Decodes the code point at `text[i]` (valid UTF-8 only); returns its length, 0 when invalid.
std::size_t codePointAt(std::string_view text, std::size_t i, std::uint32_t& cp) {
    const std::string_view rest = text.substr(i, 4);
    std::size_t length = 1;
    const auto lead = static_cast<unsigned char>(rest[0]);
    if (lead >= 0xf0) {
        length = 4;
    } else if (lead >= 0xe0) {
        length = 3;
    } else if (lead >= 0xc0) {
        length = 2;
    }
    if (length > rest.size() || firstInvalidUtf8(rest.substr(0, length))) {
        return 0;
    }
    cp = length == 1 ? lead : lead & (0xffu >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(rest[k]) & 0x3fu);
    }
    return length;
}

// Consumes one conflict-copy suffix at the front of `rest`; returns its kind or nullopt.
std::optional<NameKind> takeSuffix(std::string_view& rest) {
    constexpr std::string_view kSyncthing = ".sync-conflict-";
    if (rest.substr(0, kSyncthing.size()) == kSyncthing) {
        // .sync-conflict-YYYYMMDD-HHMMSS-DEVICE
        const std::string_view tail = rest.substr(kSyncthing.size());
        if (tail.size() < 17 || !isDigits(tail.substr(0, 8)) || tail[8] != '-' ||
            !isDigits(tail.substr(9, 6)) || tail[15] != '-') {
            return std::nullopt;
        }
        std::size_t end = 16;
        while (end < tail.size() && isAsciiAlnum(tail[end])) {
            ++end;
        }
        if (end == 16) {
            return std::nullopt;
        }
        rest = tail.substr(end);
        return NameKind::kSyncthing;
    }
    if (rest.substr(0, 2) == " (") {
        const std::size_t close = rest.find(')');
        if (close == std::string_view::npos) {
            return std::nullopt;
        }
        const std::string_view inside = rest.substr(2, close - 2);
        rest = rest.substr(close + 1);
        if (inside.find("conflicted copy") != std::string_view::npos) {
            return NameKind::kDropbox;
        }
        if (isDigits(inside) && inside.size() <= 4) {
            return NameKind::kNumbered;
        }
        return std::nullopt;
    }
    if (rest.size() >= 2 && rest[0] == '-' && isAsciiAlnum(rest[1])) {
        // -HOSTNAME: letters, digits and inner dashes, up to the next suffix
        std::size_t end = 1;
        while (end < rest.size() && (isAsciiAlnum(rest[end]) || rest[end] == '-') && end <= 64) {
            ++end;
        }
        rest = rest.substr(end);
        return NameKind::kOneDrive;
    }
    return std::nullopt;
}

} // namespace

std::string shortId(std::string_view learnerId) {
    return std::string(learnerId.substr(0, kShortIdLength));
}

std::string safeNickname(std::string_view nickname) {
    std::string out;
    std::size_t points = 0;
    auto put = [&](std::string_view piece) {
        if (piece == "_" && (out.empty() || out.back() == '_')) {
            return; // no leading or doubled underscores
        }
        out += piece;
        ++points;
    };
    for (std::size_t i = 0; i < nickname.size() && points < kMaxNicknameInName;) {
        const char c = nickname[i];
        if (static_cast<unsigned char>(c) < 0x80) {
            put(isAsciiAlnum(c) || ((c == '-' || c == '_') && !out.empty()) ? std::string_view(&c, 1) : "_");
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        const std::size_t length = codePointAt(nickname, i, cp);
        if (length == 0) {
            put("_");
            ++i;
            continue;
        }
        put(keepCodePoint(cp) ? nickname.substr(i, length) : "_");
        i += length;
    }
    while (!out.empty() && (out.back() == '_' || out.back() == '-')) {
        out.pop_back();
    }
    return out.empty() ? "learner" : out;
}

std::string fileNameFor(std::string_view nickname, std::string_view learnerId) {
    return safeNickname(nickname) + "-" + shortId(learnerId) + std::string(kExtension);
}

std::optional<NameKind> classifyName(std::string_view fileName, std::string_view shortIdText) {
    if (shortIdText.size() != kShortIdLength || fileName.size() <= kExtension.size() ||
        fileName.substr(fileName.size() - kExtension.size()) != kExtension || fileName.front() == '.') {
        return std::nullopt;
    }
    const std::string_view stem = fileName.substr(0, fileName.size() - kExtension.size());
    const std::string marker = std::string("-").append(shortIdText);
    if (stem.size() > marker.size() && stem.substr(stem.size() - marker.size()) == marker) {
        return NameKind::kMain; // a nickname may itself look like a suffix: the plain name wins
    }
    for (std::size_t at = stem.find(marker); at != std::string_view::npos; at = stem.find(marker, at + 1)) {
        std::string_view rest = stem.substr(at + marker.size());
        if (rest.empty()) {
            return NameKind::kMain;
        }
        std::optional<NameKind> first;
        while (!rest.empty()) {
            const auto kind = takeSuffix(rest);
            if (!kind) {
                first.reset();
                break;
            }
            if (!first) {
                first = kind;
            }
        }
        if (first) {
            return first;
        }
    }
    return std::nullopt;
}

const char* nameKindText(NameKind kind) {
    switch (kind) {
    case NameKind::kMain:
        return "main";
    case NameKind::kSyncthing:
        return "syncthing";
    case NameKind::kDropbox:
        return "dropbox";
    case NameKind::kOneDrive:
        return "onedrive";
    case NameKind::kNumbered:
        return "numbered";
    }
    return "unknown";
}

} // namespace pathlight::portfolio
