// Test support for mini-games: load a game's rules from the bundled content, and draw its view
// headless (ImGui without a window) through a fake ViewHost that records tappable items.
#pragma once

#include "content/catalog.hpp"
#include "minigames/framework/game_view.hpp"
#include "minigames/framework/play.hpp"
#include "minigames/framework/registry.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <memory>
#include <string>
#include <vector>

namespace pathlight::test {

inline std::unique_ptr<minigames::GameRules> loadGame(std::string_view id) {
    const minigames::GameEntry* game = minigames::findGame(id);
    if (!game) {
        ADD_FAILURE() << "no game " << id << " in the registry";
        return nullptr;
    }
    auto rules = minigames::loadRules(*game, PATHLIGHT_CONTENT_DIR);
    if (!rules) {
        ADD_FAILURE() << "levels of " << id << " did not load: " << rules.error().detail;
        return nullptr;
    }
    return std::move(rules.value());
}

// Plays `rounds` rounds of one level with one kind of bot; seeds are 1..rounds.
inline std::vector<minigames::GameResult> playMany(std::string_view id, minigames::BotKind kind, int level,
                                                   int rounds) {
    std::vector<minigames::GameResult> results;
    auto rules = loadGame(id);
    const minigames::GameEntry* game = minigames::findGame(id);
    if (!rules || !game) {
        return results;
    }
    for (int seed = 1; seed <= rounds; ++seed) {
        auto bot = game->makeBot(kind, static_cast<std::uint64_t>(seed) * 7919u);
        const minigames::PlayOutcome outcome = minigames::playRound(*rules, *bot, static_cast<std::uint64_t>(seed), level);
        EXPECT_FALSE(outcome.endedByLimit) << id << " level " << level << " seed " << seed << " never ended";
        results.push_back(outcome.result);
    }
    return results;
}

// ImGui without a window: a context with the default font, a display size and key map.
class HeadlessImGui {
public:
    explicit HeadlessImGui(ImVec2 size = ImVec2(1280, 800)) {
        m_context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        for (int key = 0; key < ImGuiKey_COUNT; ++key) {
            io.KeyMap[key] = key;
        }
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~HeadlessImGui() { ImGui::DestroyContext(m_context); }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

private:
    ImGuiContext* m_context = nullptr;
};

struct RecordedItem {
    std::string label;
    ImVec2 min;
    ImVec2 max;
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

// A ViewHost on the real content strings (English unless told), the default ImGui font and a
// fixed palette. Records every item() a view declares during the last frame.
class FakeViewHost final : public minigames::ViewHost {
public:
    explicit FakeViewHost(content::Lang lang = content::Lang::english()) : m_lang(lang) {
        auto catalog = content::loadCatalog(PATHLIGHT_CONTENT_DIR);
        if (!catalog) {
            ADD_FAILURE() << "content did not load: " << catalog.error().detail;
        } else {
            m_strings = catalog->strings;
        }
        m_palette = {IM_COL32(250, 246, 238, 255), IM_COL32_WHITE, IM_COL32(34, 40, 49, 255),
                     IM_COL32(92, 99, 112, 255), IM_COL32(33, 111, 186, 255), IM_COL32_WHITE,
                     IM_COL32(245, 166, 35, 255), IM_COL32(255, 140, 0, 255), IM_COL32(196, 52, 52, 255),
                     IM_COL32(46, 140, 87, 255), IM_COL32(200, 204, 210, 255),
                     {IM_COL32(214, 96, 52, 255), IM_COL32(52, 120, 200, 255), IM_COL32(170, 82, 186, 255),
                      IM_COL32(46, 150, 100, 255), IM_COL32(230, 150, 30, 255), IM_COL32(90, 110, 130, 255)}};
    }

    const std::string& text(std::string_view key) const override {
        if (!m_strings.has(m_lang, key)) {
            m_missing.emplace_back(key);
        }
        return m_strings.get(m_lang, key);
    }
    std::string format(std::string_view key,
                       std::initializer_list<std::pair<std::string_view, std::string>> args) const override {
        text(key);
        return m_strings.format(m_lang, key, args);
    }
    const minigames::ViewPalette& palette() const override { return m_palette; }
    ImFont* font(minigames::ViewFont) const override { return ImGui::GetIO().Fonts->Fonts[0]; }
    std::string icon(std::string_view) const override { return "?"; }
    float scale() const override { return m_scale; }
    double now() const override { return m_now; }
    bool reducedMotion() const override { return m_reducedMotion; }
    void sound(minigames::Sound s) override { sounds.push_back(s); }
    void item(std::string_view label, ImVec2 min, ImVec2 max) override {
        items.push_back({std::string(label), min, max});
    }

    const RecordedItem* find(std::string_view label) const {
        for (const RecordedItem& it : items) {
            if (it.label == label) {
                return &it;
            }
        }
        for (const RecordedItem& it : items) {
            if (it.label.find(label) != std::string::npos) {
                return &it;
            }
        }
        return nullptr;
    }

    // Keys a view asked for that no strings file has (shown raw to a student).
    const std::vector<std::string>& missingKeys() const { return m_missing; }

    std::vector<RecordedItem> items;
    std::vector<minigames::Sound> sounds;
    float m_scale = 1.0f;
    double m_now = 0.0;
    bool m_reducedMotion = false;

private:
    content::Strings m_strings;
    content::Lang m_lang;
    minigames::ViewPalette m_palette{};
    mutable std::vector<std::string> m_missing;
};

// Draws one frame of a view inside a full-display window. `press`: a mouse press at that point
// this frame (released on the next call). Returns the actions the view produced.
class ViewDriver {
public:
    ViewDriver(minigames::GameView& view, FakeViewHost& host) : m_view(view), m_host(host) {}

    std::vector<minigames::Action> frame(const minigames::GameRules& rules, const ImVec2* press = nullptr,
                                         bool howTo = false) {
        ImGuiIO& io = ImGui::GetIO();
        io.MouseDown[0] = press != nullptr;
        if (press) {
            io.MousePos = *press;
        }
        m_host.items.clear();
        m_host.m_now += 1.0 / 60.0;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(io.DisplaySize);
        ImGui::Begin("game", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        std::vector<minigames::Action> actions;
        const ImVec2 min(0, 60);
        const ImVec2 max(io.DisplaySize.x, io.DisplaySize.y);
        if (howTo) {
            m_view.drawHowTo(m_host, rules, min, max);
        } else {
            m_view.draw(m_host, rules, min, max, actions);
        }
        ImGui::End();
        ImGui::Render();
        return actions;
    }

    // A tap: press on one frame, release on the next. Returns the actions of both frames.
    std::vector<minigames::Action> tap(const minigames::GameRules& rules, ImVec2 at) {
        std::vector<minigames::Action> all = frame(rules, &at);
        std::vector<minigames::Action> more = frame(rules);
        all.insert(all.end(), more.begin(), more.end());
        return all;
    }

private:
    minigames::GameView& m_view;
    FakeViewHost& m_host;
};

} // namespace pathlight::test
