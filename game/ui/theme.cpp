// See theme.hpp.
#include "ui/theme.hpp"

#include "content/icons.hpp"

namespace pathlight::ui {

namespace {

constexpr float kIconScale = 0.9f; // icons merged into text sit a little smaller than the letters

ImVec4 toVec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

} // namespace

std::string utf8(unsigned cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

std::string contentIcon(std::string_view name) {
    const auto cp = content::iconCodepoint(name);
    return cp ? utf8(*cp) : std::string();
}

void Theme::build(float scale, const ContentIcons& icons, const content::FontFiles& files,
                  std::string* warning) {
    buildFonts(*ImGui::GetIO().Fonts, scale, icons, files, warning);
    applyStyle();
}

void Theme::buildFonts(ImFontAtlas& atlas, float scale, const ContentIcons& icons, const content::FontFiles& files,
                       std::string* warning) {
    m_scale = scale;
    atlas.Clear();
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight; // no empty rows: the texture is the memory

    // Only the glyphs we draw: Latin-1 (English and Spanish), a little punctuation, and the icons.
    // A small atlas keeps start-up fast and memory low.
    static const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022,
                                          0x2026, 0x2026, 0x2190, 0x2193, 0};
    // The UI's own icons go into every text font, the content's inline ones into the body-sized
    // fonts, and every content icon (none of the UI's) into the big icon font, which draws them at
    // any size (see ContentIcons). Each glyph costs atlas memory at each size it is packed at.
    ImFontGlyphRangesBuilder uiBuilder;
    for (const char* fixed : icon::kAll) {
        uiBuilder.AddText(fixed);
    }
    auto addAll = [](ImFontGlyphRangesBuilder& builder, const std::vector<unsigned>& codepoints) {
        for (unsigned cp : codepoints) {
            if (cp > 0 && cp <= 0xFFFF) {
                builder.AddChar(static_cast<ImWchar>(cp));
            }
        }
    };
    m_uiRanges.clear();
    uiBuilder.BuildRanges(&m_uiRanges);
    ImFontGlyphRangesBuilder inlineBuilder = uiBuilder;
    addAll(inlineBuilder, icons.inlineIcons);
    m_inlineRanges.clear();
    inlineBuilder.BuildRanges(&m_inlineRanges);
    ImFontGlyphRangesBuilder pictureBuilder;
    addAll(pictureBuilder, icons.inlineIcons);
    addAll(pictureBuilder, icons.pictures);
    m_pictureRanges.clear();
    pictureBuilder.BuildRanges(&m_pictureRanges);

    const bool haveText = !files.regular.empty() && !files.bold.empty();
    const bool haveIcons = !files.icons.empty();
    if ((!haveText || !haveIcons) && warning) {
        *warning = "Fonts missing (install fonts-sil-andika and fonts-font-awesome, or fix assets/fonts.json); "
                   "using the built-in font.";
    }

    auto addFont = [&](const std::string& file, float size, const ImVector<ImWchar>& ranges) -> ImFont* {
        ImFont* font = nullptr;
        ImFontConfig config;
        config.OversampleH = 1; // crisp enough at these sizes, and half the atlas
        config.OversampleV = 1;
        if (haveText) {
            font = atlas.AddFontFromFileTTF(file.c_str(), size, &config, kTextRanges);
        } else {
            ImFontConfig fallback;
            fallback.SizePixels = size;
            font = atlas.AddFontDefault(&fallback);
        }
        if (haveIcons) {
            ImFontConfig merge;
            merge.MergeMode = true;
            merge.OversampleH = 1;
            merge.OversampleV = 1;
            merge.GlyphMinAdvanceX = size * kIconScale;
            merge.GlyphOffset = ImVec2(0, size * 0.05f);
            atlas.AddFontFromFileTTF(files.icons.c_str(), size * kIconScale, &merge, ranges.Data);
        }
        return font;
    };

    m_body = addFont(files.regular, px(26.0f), m_inlineRanges);
    m_small = addFont(files.regular, px(21.0f), m_inlineRanges);
    m_large = addFont(files.bold, px(34.0f), m_inlineRanges);
    m_title = addFont(files.bold, px(52.0f), m_uiRanges);
    m_iconFont = haveIcons && m_pictureRanges.size() > 1
                     ? atlas.AddFontFromFileTTF(files.icons.c_str(), px(84.0f), nullptr, m_pictureRanges.Data)
                           : m_title;
    atlas.Build();
    atlas.ClearInputData(); // the font files' bytes (megabytes) are not needed once glyphs are packed
}

void Theme::applyStyle() {
    ImGui::GetIO().FontDefault = m_body;
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(px(28), px(20));
    style.FramePadding = ImVec2(px(16), px(12));
    style.ItemSpacing = ImVec2(px(14), px(14));
    style.ItemInnerSpacing = ImVec2(px(10), px(8));
    style.ScrollbarSize = px(22);
    style.GrabMinSize = px(24);
    style.WindowRounding = 0;
    style.FrameRounding = px(14);
    style.GrabRounding = px(10);
    style.ScrollbarRounding = px(10);
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 0;
    style.PopupRounding = px(14);
    style.TouchExtraPadding = ImVec2(px(4), px(4));

    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = toVec(m_palette.background);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = toVec(m_palette.panel);
    c[ImGuiCol_Text] = toVec(m_palette.text);
    c[ImGuiCol_TextDisabled] = toVec(m_palette.mutedText);
    c[ImGuiCol_FrameBg] = toVec(m_palette.panel);
    c[ImGuiCol_FrameBgHovered] = toVec(m_palette.secondary);
    c[ImGuiCol_FrameBgActive] = toVec(m_palette.secondaryHover);
    c[ImGuiCol_Button] = toVec(m_palette.secondary);
    c[ImGuiCol_ButtonHovered] = toVec(m_palette.secondaryHover);
    c[ImGuiCol_ButtonActive] = toVec(m_palette.secondaryHover);
    c[ImGuiCol_NavHighlight] = toVec(m_palette.focus);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0.04f);
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0, 0, 0, 0.25f);
    c[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.12f);
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.13f, 0.44f, 0.73f, 0.35f);
    ImGui::GetStyle() = style;
}

} // namespace pathlight::ui
