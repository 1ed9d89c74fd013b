// Theme: the kid-friendly look — Andika type with Font Awesome icons merged in, big rounded touch
// targets, a clear focus ring, and one UI scale (1.0–2.0) that every size goes through.
// Owns the ImFont pointers; builds the font atlas once at start-up.
#pragma once

#include "content/font_config.hpp"

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace pathlight::ui {

struct Palette {
    ImU32 background = IM_COL32(250, 246, 238, 255);
    ImU32 panel = IM_COL32(255, 255, 255, 255);
    ImU32 text = IM_COL32(34, 40, 49, 255);
    ImU32 mutedText = IM_COL32(92, 99, 112, 255);
    ImU32 primary = IM_COL32(33, 111, 186, 255);
    ImU32 primaryHover = IM_COL32(24, 92, 160, 255);
    ImU32 onPrimary = IM_COL32(255, 255, 255, 255);
    ImU32 secondary = IM_COL32(232, 237, 245, 255);
    ImU32 secondaryHover = IM_COL32(212, 222, 238, 255);
    ImU32 accent = IM_COL32(245, 166, 35, 255);
    ImU32 focus = IM_COL32(255, 140, 0, 255);
    ImU32 danger = IM_COL32(196, 52, 52, 255);
    ImU32 success = IM_COL32(46, 140, 87, 255);
    ImU32 disabled = IM_COL32(200, 204, 210, 255);
    // One color per RIASEC area, in R I A S E C order, for bars and chips.
    ImU32 area[6] = {IM_COL32(214, 96, 52, 255),  IM_COL32(52, 120, 200, 255), IM_COL32(170, 82, 186, 255),
                     IM_COL32(46, 150, 100, 255), IM_COL32(230, 150, 30, 255), IM_COL32(90, 110, 130, 255)};
};

// Font Awesome code points the content uses. `inline` ones (clusters, subjects, values, strengths)
// sit inside text of every size, on chips and tags; `pictures` (quiz items, featured careers, value
// cards) are drawn with the icon font only, scaled to size. Keeping them apart keeps the atlas small.
struct ContentIcons {
    std::vector<unsigned> inlineIcons;
    std::vector<unsigned> pictures;
};

class Theme {
public:
    // Builds fonts for `scale` from `files` (assets/fonts.json, resolved), with the content's icons. Falls back to ImGui's built-in font when a file is
    // missing (and says so in `warning`), so a machine without the font packages still starts.
    // Packs the fonts into `atlas` only: needs no ImGui context, so start-up can run it on another
    // thread while the window opens. applyStyle() (on the UI thread) finishes the job.
    void buildFonts(ImFontAtlas& atlas, float scale, const ContentIcons& icons, const content::FontFiles& files,
                    std::string* warning = nullptr);
    // The theme's sizes and colours on the current ImGui context, and the body font as the default.
    void applyStyle();
    void build(float scale, const ContentIcons& icons, const content::FontFiles& files,
               std::string* warning = nullptr);

    float scale() const { return m_scale; }
    float px(float v) const { return v * m_scale; }
    const Palette& palette() const { return m_palette; }

    ImFont* body() const { return m_body; }
    ImFont* small() const { return m_small; }
    ImFont* large() const { return m_large; }
    ImFont* title() const { return m_title; }
    ImFont* icons() const { return m_iconFont; } // big icons for quiz items and cards

    // The smallest side of anything a student taps, in pixels (48 px at 100 %).
    float minTouch() const { return px(56.0f); }

private:

    float m_scale = 1.0f;
    Palette m_palette;
    ImFont* m_body = nullptr;
    ImFont* m_small = nullptr;
    ImFont* m_large = nullptr;
    ImFont* m_title = nullptr;
    ImFont* m_iconFont = nullptr;
    // Glyph ranges must outlive the atlas build.
    ImVector<ImWchar> m_uiRanges;      // the UI's icons
    ImVector<ImWchar> m_inlineRanges;  // ... and the content's inline icons
    ImVector<ImWchar> m_pictureRanges; // every content icon, for the icon font
};

// Font Awesome 4.7 code points the UI itself uses.
namespace icon {
inline constexpr const char* kPlay = "\xef\x81\x8b";        // f04b
inline constexpr const char* kUserPlus = "\xef\x88\xb4";    // f234
inline constexpr const char* kUser = "\xef\x80\x87";        // f007
inline constexpr const char* kSignOut = "\xef\x82\x8b";     // f08b
inline constexpr const char* kArrowLeft = "\xef\x81\xa0";   // f060
inline constexpr const char* kArrowRight = "\xef\x81\xa1";  // f061
inline constexpr const char* kCheck = "\xef\x80\x8c";       // f00c
inline constexpr const char* kTimes = "\xef\x80\x8d";       // f00d
inline constexpr const char* kInfo = "\xef\x84\xa9";        // f129
inline constexpr const char* kGlobe = "\xef\x82\xac";       // f0ac
inline constexpr const char* kLock = "\xef\x80\xa3";        // f023
inline constexpr const char* kStar = "\xef\x80\x85";        // f005
inline constexpr const char* kCompass = "\xef\x85\x8e";     // f14e
inline constexpr const char* kBarChart = "\xef\x82\x80";    // f080
inline constexpr const char* kPause = "\xef\x81\x8c";       // f04c
inline constexpr const char* kWarning = "\xef\x81\xb1";     // f071
inline constexpr const char* kRefresh = "\xef\x80\xa1";     // f021
inline constexpr const char* kGraduation = "\xef\x86\x9d";  // f19d
inline constexpr const char* kEraser = "\xef\x84\xad";      // f12d
inline constexpr const char* kLightbulb = "\xef\x83\xab";   // f0eb
inline constexpr const char* kHome = "\xef\x80\x95";        // f015
inline constexpr const char* kHeart = "\xef\x80\x84";        // f004
inline constexpr const char* kHeartO = "\xef\x82\x8a";       // f08a
inline constexpr const char* kSearch = "\xef\x80\x82";       // f002
inline constexpr const char* kFilter = "\xef\x82\xb0";       // f0b0
inline constexpr const char* kSort = "\xef\x83\x9c";         // f0dc
inline constexpr const char* kMoney = "\xef\x83\x96";        // f0d6
inline constexpr const char* kLineChart = "\xef\x88\x81";    // f201
inline constexpr const char* kUsers = "\xef\x83\x80";        // f0c0
inline constexpr const char* kBook = "\xef\x80\xad";         // f02d
inline constexpr const char* kTrophy = "\xef\x82\x91";       // f091
inline constexpr const char* kSitemap = "\xef\x83\xa8";      // f0e8
inline constexpr const char* kChevronDown = "\xef\x81\xb8";  // f078
inline constexpr const char* kChevronUp = "\xef\x81\xb7";    // f077
inline constexpr const char* kCalendar = "\xef\x81\xb3";     // f073
inline constexpr const char* kRocket = "\xef\x84\xb5";       // f135
inline constexpr const char* kUndo = "\xef\x83\xa2";         // f0e2
inline constexpr const char* kBriefcase = "\xef\x82\xb1";    // f0b1
inline constexpr const char* kStarHalf = "\xef\x84\xa3";     // f123 star-half-o
inline constexpr const char* kStarEmpty = "\xef\x80\x86";    // f006 star-o
inline constexpr const char* kHandPointer = "\xef\x89\x9a";  // f25a hand-pointer-o
inline constexpr const char* kCog = "\xef\x80\x93";          // f013
inline constexpr const char* kFolderOpen = "\xef\x81\xbc";   // f07c
inline constexpr const char* kFloppy = "\xef\x83\x87";       // f0c7
inline constexpr const char* kUsb = "\xef\x8a\x87";          // f287
inline constexpr const char* kFolder = "\xef\x81\xbb";       // f07b
inline constexpr const char* kFile = "\xef\x83\xb6";         // f0f6 file-text-o
inline constexpr const char* kArrowUp = "\xef\x81\xa2";      // f062
// Every icon above, so the font atlas holds each of them in every text font.
inline constexpr const char* kAll[] = {
    kPlay,  kUserPlus, kUser,    kSignOut,    kArrowLeft, kArrowRight, kCheck,     kTimes,     kInfo,
    kGlobe, kLock,     kStar,    kCompass,    kBarChart,  kPause,      kWarning,   kRefresh,   kGraduation,
    kEraser, kLightbulb, kHome,  kHeart,      kHeartO,    kSearch,     kFilter,    kSort,      kMoney,
    kLineChart, kUsers, kBook,   kTrophy,     kSitemap,   kChevronDown, kChevronUp, kCalendar, kRocket,
    kUndo,  kBriefcase, kStarHalf, kStarEmpty, kHandPointer, kCog, kFolderOpen, kFloppy, kUsb, kFolder,
    kFile,  kArrowUp};
} // namespace icon

// UTF-8 encoding of one code point (for icons from content).
std::string utf8(unsigned codepoint);
// UTF-8 of a content icon name (Font Awesome 4.7, e.g. "trophy"), or "" when the name is unknown.
std::string contentIcon(std::string_view name);

} // namespace pathlight::ui
