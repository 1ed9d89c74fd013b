// Robot coder view. Layout: a HUD strip (clock, puzzle, blocks used), the maze on the left, the
// program and the palette on the right. Mouse/touch: tap a palette block to add it at the caret,
// tap a program block to put the caret after it (its left edge: before it), Delete, the repeat
// count, Run. Keys: up/down switch between program and palette, left/right move, Enter adds,
// Backspace deletes, R runs. Animation reads host.now(); the rules never see it.
//
// [SECTION] helpers  [SECTION] drawing  [SECTION] view
#include "minigames/robot/robot_view.hpp"

#include "minigames/framework/view_input.hpp"
#include "minigames/robot/robot_rules.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

namespace pathlight::minigames::robot {

namespace {

//-----------------------------------------------------------------------------
// [SECTION] helpers
//-----------------------------------------------------------------------------

constexpr float kPi = 3.14159265f;

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    auto ch = [&](int shift) {
        const float x = static_cast<float>((a >> shift) & 0xFF);
        const float y = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<ImU32>(x + (y - x) * t) << shift;
    };
    return ch(0) | ch(8) | ch(16) | ch(24);
}

void fittedText(ImDrawList* dl, ImFont* font, float size, ImVec2 centre, float width, ImU32 col,
                const std::string& text) {
    ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    if (ts.x > width && ts.x > 0) {
        size *= width / ts.x;
        ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    }
    dl->AddText(font, size, ImVec2(centre.x - ts.x * 0.5f, centre.y - ts.y * 0.5f), col, text.c_str());
}

bool typedKey(char lower) {
    const ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c == static_cast<ImWchar>(lower) || c == static_cast<ImWchar>(lower - 'a' + 'A')) {
            return true;
        }
    }
    return false;
}

struct BlockLook {
    const char* nameKey;
    const char* icon;
    ImU32 colour;
};

BlockLook look(BlockKind k) {
    switch (k) {
    case BlockKind::Forward: return {"game.robot.block.forward", "arrow-up", IM_COL32(52, 120, 210, 255)};
    case BlockKind::Left: return {"game.robot.block.left", "rotate-left", IM_COL32(140, 80, 190, 255)};
    case BlockKind::Right: return {"game.robot.block.right", "rotate-right", IM_COL32(140, 80, 190, 255)};
    case BlockKind::Pick: return {"game.robot.block.pick", "hand-rock-o", IM_COL32(40, 150, 90, 255)};
    case BlockKind::Repeat: return {"game.robot.block.repeat", "refresh", IM_COL32(225, 130, 30, 255)};
    case BlockKind::End: return {"game.robot.block.end", "stop", IM_COL32(200, 110, 30, 255)};
    }
    return {"game.robot.block.forward", "arrow-up", IM_COL32(52, 120, 210, 255)};
}

// Palette entries after the six blocks.
enum class Tool { Delete = kBlockKinds, Count, Run };
constexpr int kPaletteSize = kBlockKinds + 3;

//-----------------------------------------------------------------------------
// [SECTION] drawing
//-----------------------------------------------------------------------------

void drawGem(ImDrawList* dl, ImVec2 c, float r, ImU32 col, float sparkle) {
    const ImVec2 pts[5] = {ImVec2(c.x, c.y - r), ImVec2(c.x + r * 0.8f, c.y - r * 0.25f), ImVec2(c.x + r * 0.45f, c.y + r),
                           ImVec2(c.x - r * 0.45f, c.y + r), ImVec2(c.x - r * 0.8f, c.y - r * 0.25f)};
    dl->AddConvexPolyFilled(pts, 5, col);
    dl->AddPolyline(pts, 5, IM_COL32(255, 255, 255, 180), ImDrawFlags_Closed, std::max(1.0f, r * 0.08f));
    dl->AddTriangleFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r * 0.3f, c.y - r * 0.25f),
                          ImVec2(c.x - r * 0.3f, c.y - r * 0.25f), IM_COL32(255, 255, 255, 120));
    if (sparkle > 0) {
        const ImVec2 s(c.x + r * 0.6f, c.y - r * 0.7f);
        const float k = r * 0.35f * sparkle;
        dl->AddLine(ImVec2(s.x - k, s.y), ImVec2(s.x + k, s.y), IM_COL32_WHITE, 2.0f);
        dl->AddLine(ImVec2(s.x, s.y - k), ImVec2(s.x, s.y + k), IM_COL32_WHITE, 2.0f);
    }
}

// The robot: a rounded body with a face looking its way and an antenna light.
void drawRobot(ImDrawList* dl, ImVec2 c, float cell, float angle, bool light, ImU32 body) {
    const float r = cell * 0.34f;
    dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), body, r * 0.35f);
    dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), IM_COL32(30, 40, 60, 255), r * 0.35f, 0,
                std::max(1.5f, cell * 0.03f));
    // Direction: 0 up; angle in radians clockwise from up.
    const ImVec2 fwd(std::sin(angle), -std::cos(angle));
    const ImVec2 side(-fwd.y, fwd.x);
    auto at = [&](float f, float s) { return ImVec2(c.x + fwd.x * f * r + side.x * s * r, c.y + fwd.y * f * r + side.y * s * r); };
    for (float s : {-0.4f, 0.4f}) {
        dl->AddCircleFilled(at(0.35f, s), r * 0.2f, IM_COL32_WHITE, 12);
        dl->AddCircleFilled(at(0.45f, s), r * 0.1f, IM_COL32(20, 20, 30, 255), 10);
    }
    dl->AddLine(at(-0.3f, -0.3f), at(-0.3f, 0.3f), IM_COL32(30, 40, 60, 255), std::max(1.5f, cell * 0.03f));
    const ImVec2 tip = at(-0.2f, 0.0f);
    dl->AddCircleFilled(tip, r * 0.16f, light ? IM_COL32(255, 80, 60, 255) : IM_COL32(120, 40, 40, 255), 10);
}

//-----------------------------------------------------------------------------
// [SECTION] view
//-----------------------------------------------------------------------------

class RobotView final : public GameView {
public:
    void drawHowTo(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max) override;
    void draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max, std::vector<Action>& actions) override;

private:
    void drawHud(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max);
    void drawMaze(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max);
    void drawProgram(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max, std::vector<Action>& actions);
    void drawPalette(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max, std::vector<Action>& actions);
    void keys(ViewHost& host, const RobotRules& rules, std::vector<Action>& actions);
    void use(ViewHost& host, const RobotRules& rules, int entry, std::vector<Action>& actions);
    void banner(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max);

    bool m_keyboard = false;
    bool m_onPalette = true;
    int m_paletteFocus = 0;
    int m_seenResults = 0;
    int m_seenRejects = 0;
    int m_seenStep = -1;
    int m_seenPuzzle = -1;
    double m_resultAt = -100;
    double m_rejectAt = -100;
    double m_puzzleAt = -100;
};

void RobotView::use(ViewHost& host, const RobotRules& rules, int entry, std::vector<Action>& actions) {
    if (rules.phase() != Phase::Edit) {
        return;
    }
    host.sound(Sound::Tap);
    if (entry < kBlockKinds) {
        actions.push_back({static_cast<int>(ActionCode::Add), entry, 0});
    } else if (entry == static_cast<int>(Tool::Delete)) {
        actions.push_back({static_cast<int>(ActionCode::Delete), 0, 0});
    } else if (entry == static_cast<int>(Tool::Count)) {
        actions.push_back({static_cast<int>(ActionCode::Count), 0, 0});
    } else {
        actions.push_back({static_cast<int>(ActionCode::Run), 0, 0});
    }
}

void RobotView::drawHowTo(ViewHost& host, const GameRules&, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(min, max, host.palette().background, host.px(8));
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const float picH = h * 0.58f;
    // A little maze with the robot on its way to a gem, and the blocks that take it there.
    const float cell = std::min(picH / 3.2f, w / 12.0f);
    const ImVec2 o(min.x + w * 0.5f - cell * 5.5f, min.y + (picH - cell * 3.0f) * 0.5f);
    for (int y = 0; y < 3; ++y) {
        for (int x = 0; x < 4; ++x) {
            const bool wall = (y == 1 && x < 3) || (y == 2 && x == 0);
            const ImVec2 a(o.x + static_cast<float>(x) * cell, o.y + static_cast<float>(y) * cell);
            dl->AddRectFilled(a, ImVec2(a.x + cell - 2, a.y + cell - 2), wall ? IM_COL32(70, 80, 100, 255) : IM_COL32(235, 240, 248, 255), 4);
        }
    }
    const float t = host.reducedMotion() ? 0.5f : static_cast<float>(std::fmod(host.now() * 0.5, 1.0));
    drawGem(dl, ImVec2(o.x + 3.5f * cell, o.y + 2.5f * cell), cell * 0.3f, IM_COL32(240, 60, 140, 255), 0.0f);
    drawRobot(dl, ImVec2(o.x + (0.5f + 2.0f * t) * cell, o.y + 0.5f * cell), cell, kPi * 0.5f, t > 0.5f,
              IM_COL32(200, 210, 225, 255));
    const BlockKind demo[] = {BlockKind::Repeat, BlockKind::Forward, BlockKind::End, BlockKind::Right, BlockKind::Pick};
    ImFont* icons = host.font(ViewFont::Icons);
    float x = o.x + 5.0f * cell;
    for (BlockKind k : demo) {
        const BlockLook l = look(k);
        const ImVec2 a(x, o.y + cell);
        dl->AddRectFilled(a, ImVec2(a.x + cell * 0.9f, a.y + cell * 0.9f), l.colour, cell * 0.15f);
        fittedText(dl, icons, cell * 0.45f, ImVec2(a.x + cell * 0.45f, a.y + cell * 0.45f), cell * 0.8f, IM_COL32_WHITE,
                   host.icon(l.icon));
        x += cell * 1.05f;
    }
    ImFont* font = host.font(ViewFont::Body);
    float y = min.y + picH + host.px(14);
    const float lineH = (max.y - y) / 3.0f;
    for (const char* key : {"game.robot.howto.1", "game.robot.howto.2", "game.robot.howto.3"}) {
        fittedText(dl, font, std::min(host.px(24), lineH * 0.7f), ImVec2(min.x + w * 0.5f, y + lineH * 0.5f),
                   w - host.px(24), host.palette().text, host.text(key));
        y += lineH;
    }
}

void RobotView::drawHud(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    dl->AddRectFilled(min, max, pal.panel, host.px(8));
    const float w = max.x - min.x;
    const float h = max.y - min.y;
    const float cy = min.y + h * 0.5f;
    const float size = std::min(host.px(20), h * 0.6f);
    ImFont* body = host.font(ViewFont::Body);
    ImFont* icons = host.font(ViewFont::Icons);
    const int secs = static_cast<int>(std::ceil(rules.timeLeft()));
    const bool low = rules.timeLeft() < 20;
    const std::string clock = std::to_string(secs / 60) + ":" + (secs % 60 < 10 ? "0" : "") + std::to_string(secs % 60);
    fittedText(dl, icons, size, ImVec2(min.x + w * 0.04f, cy), w * 0.05f, low ? pal.danger : pal.mutedText, host.icon("clock-o"));
    fittedText(dl, body, size, ImVec2(min.x + w * 0.11f, cy), w * 0.08f, low ? pal.danger : pal.text, clock);
    const std::string puzzle = host.format("game.robot.puzzle", {{"n", std::to_string(rules.puzzle() + 1)},
                                                                  {"total", std::to_string(rules.puzzleCount())}});
    fittedText(dl, body, size, ImVec2(min.x + w * 0.3f, cy), w * 0.22f, pal.text, puzzle);
    if (rules.bugPuzzle()) {
        const ImVec2 t0(min.x + w * 0.42f, min.y + h * 0.15f);
        const ImVec2 t1(min.x + w * 0.62f, max.y - h * 0.15f);
        dl->AddRectFilled(t0, t1, pal.danger, host.px(8));
        fittedText(dl, body, size, ImVec2((t0.x + t1.x) * 0.5f, cy), t1.x - t0.x - host.px(8), IM_COL32_WHITE,
                   host.icon("bug").empty() ? host.text("game.robot.bug_tag") : host.text("game.robot.bug_tag"));
    }
    const int used = static_cast<int>(rules.program().size());
    const std::string blocks = host.format("game.robot.blocks", {{"used", std::to_string(used)},
                                                                  {"limit", std::to_string(rules.blockLimit())}});
    fittedText(dl, body, size, ImVec2(min.x + w * 0.75f, cy), w * 0.2f, used >= rules.blockLimit() ? pal.danger : pal.text,
               blocks);
    std::string stars;
    const double frac = rules.maxScore() > 0 ? static_cast<double>(rules.score()) / rules.maxScore() : 0.0;
    const int lit = frac >= 0.85 ? 3 : frac >= 0.7 ? 2 : frac > 0 ? 1 : 0;
    for (int i = 0; i < 3; ++i) {
        stars += host.icon(i < lit ? "star" : "star-o");
    }
    fittedText(dl, icons, size, ImVec2(min.x + w * 0.93f, cy), w * 0.12f, pal.accent, stars);
}

void RobotView::drawMaze(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Maze& mz = rules.maze();
    const float cell = std::min((max.x - min.x) / static_cast<float>(mz.width), (max.y - min.y) / static_cast<float>(mz.height));
    const ImVec2 o(min.x + ((max.x - min.x) - cell * static_cast<float>(mz.width)) * 0.5f,
                   min.y + ((max.y - min.y) - cell * static_cast<float>(mz.height)) * 0.5f);
    const double now = host.now();
    const bool still = host.reducedMotion();
    dl->AddRectFilled(ImVec2(o.x - 4, o.y - 4), ImVec2(o.x + cell * static_cast<float>(mz.width) + 4, o.y + cell * static_cast<float>(mz.height) + 4),
                      IM_COL32(50, 60, 80, 255), 8);
    for (int y = 0; y < mz.height; ++y) {
        for (int x = 0; x < mz.width; ++x) {
            const ImVec2 a(o.x + static_cast<float>(x) * cell, o.y + static_cast<float>(y) * cell);
            const ImVec2 b(a.x + cell, a.y + cell);
            if (mz.wall(x, y)) {
                dl->AddRectFilled(a, b, IM_COL32(80, 92, 115, 255));
                dl->AddLine(ImVec2(a.x, a.y + cell * 0.5f), ImVec2(b.x, a.y + cell * 0.5f), IM_COL32(60, 70, 90, 255), 2);
                dl->AddLine(ImVec2(a.x + cell * 0.5f, a.y), ImVec2(a.x + cell * 0.5f, a.y + cell * 0.5f), IM_COL32(60, 70, 90, 255), 2);
            } else {
                dl->AddRectFilled(ImVec2(a.x + 1, a.y + 1), ImVec2(b.x - 1, b.y - 1),
                                  (x + y) % 2 ? IM_COL32(236, 241, 248, 255) : IM_COL32(226, 233, 243, 255), cell * 0.08f);
            }
        }
    }
    // Start pad.
    const ImVec2 s(o.x + (static_cast<float>(mz.start.x) + 0.5f) * cell, o.y + (static_cast<float>(mz.start.y) + 0.5f) * cell);
    dl->AddCircle(s, cell * 0.42f, IM_COL32(120, 170, 230, 255), 24, std::max(2.0f, cell * 0.05f));
    for (std::size_t g = 0; g < mz.gems.size(); ++g) {
        if (rules.gemTaken()[g]) {
            continue;
        }
        const ImVec2 c(o.x + (static_cast<float>(mz.gems[g].x) + 0.5f) * cell, o.y + (static_cast<float>(mz.gems[g].y) + 0.5f) * cell);
        const float sparkle = still ? 0.0f : std::max(0.0f, std::sin(static_cast<float>(now) * 3.0f + static_cast<float>(g) * 1.7f));
        const float bob = still ? 0.0f : std::sin(static_cast<float>(now) * 2.0f + static_cast<float>(g)) * cell * 0.04f;
        drawGem(dl, ImVec2(c.x, c.y + bob), cell * 0.28f, IM_COL32(240, 60, 140, 255), sparkle);
    }
    // The robot glides from its last pose to its new one through the step.
    const Pose& from = rules.previousRobot();
    const Pose& to = rules.robot();
    const float t = still ? 1.0f : static_cast<float>(std::min(1.0, rules.stepProgress() * 1.6));
    float fx = static_cast<float>(from.x) + (static_cast<float>(to.x) - static_cast<float>(from.x)) * t;
    float fy = static_cast<float>(from.y) + (static_cast<float>(to.y) - static_cast<float>(from.y)) * t;
    int turn = to.dir - from.dir;
    if (turn > 2) {
        turn -= 4;
    }
    if (turn < -2) {
        turn += 4;
    }
    const float angle = (static_cast<float>(from.dir) + static_cast<float>(turn) * t) * kPi * 0.5f;
    if (rules.bumped() && rules.phase() == Phase::Running) {
        // A bump toward the wall it hit.
        const float k = still ? 0.0f : 0.18f * std::sin(static_cast<float>(rules.stepProgress()) * kPi);
        fx += std::sin(angle) * k;
        fy -= std::cos(angle) * k;
    }
    const ImVec2 rc(o.x + (fx + 0.5f) * cell, o.y + (fy + 0.5f) * cell);
    const bool light = rules.phase() == Phase::Running && (still || std::fmod(now, 0.4) < 0.2);
    const ImU32 body = rules.phase() == Phase::Running && rules.lastResult() == RunResult::Solved
                           ? IM_COL32(150, 230, 170, 255)
                           : rules.bumped() ? IM_COL32(240, 170, 160, 255) : IM_COL32(200, 210, 225, 255);
    drawRobot(dl, rc, cell, angle, light, body);
}

void RobotView::drawProgram(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max, std::vector<Action>& actions) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    dl->AddRectFilled(min, max, pal.panel, host.px(10));
    const float pad = host.px(8);
    const float w = max.x - min.x - 2 * pad;
    const float h = max.y - min.y - 2 * pad;
    const int limit = rules.blockLimit();
    // The biggest tile for which every allowed slot fits.
    float tile = std::min(host.px(64), h);
    while (tile > 16.0f) {
        const int perRow = std::max(1, static_cast<int>(w / tile));
        const int rows = (limit + perRow - 1) / perRow;
        if (static_cast<float>(rows) * tile <= h) {
            break;
        }
        tile -= 2.0f;
    }
    const int perRow = std::max(1, static_cast<int>(w / tile));
    const Program& prog = rules.program();
    const bool editing = rules.phase() == Phase::Edit;
    const int running = rules.runningBlock();
    ImFont* icons = host.font(ViewFont::Icons);
    ImFont* small = host.font(ViewFont::Small);
    int depth = 0;
    auto slotMin = [&](int i) {
        return ImVec2(min.x + pad + static_cast<float>(i % perRow) * tile, min.y + pad + static_cast<float>(i / perRow) * tile);
    };
    for (int i = 0; i < limit; ++i) {
        const ImVec2 a = slotMin(i);
        const ImVec2 b(a.x + tile - host.px(4), a.y + tile - host.px(4));
        if (i >= static_cast<int>(prog.size())) {
            dl->AddRect(a, b, pal.disabled, tile * 0.15f, 0, host.px(1.5f));
            continue;
        }
        const Block& blk = prog[static_cast<std::size_t>(i)];
        if (blk.kind == BlockKind::End) {
            depth = std::max(0, depth - 1);
        }
        const BlockLook l = look(blk.kind);
        if (depth > 0) { // inside a loop: an orange band underneath
            dl->AddRectFilled(ImVec2(a.x - host.px(2), b.y - tile * 0.1f), ImVec2(b.x + host.px(2), b.y + host.px(2)),
                              IM_COL32(225, 130, 30, 160));
        }
        const bool now = i == running;
        dl->AddRectFilled(a, b, now ? mix(l.colour, IM_COL32_WHITE, 0.35f) : l.colour, tile * 0.15f);
        if (now) {
            dl->AddRect(ImVec2(a.x - host.px(3), a.y - host.px(3)), ImVec2(b.x + host.px(3), b.y + host.px(3)),
                        pal.accent, tile * 0.18f, 0, host.px(4));
        }
        const float side = b.x - a.x;
        fittedText(dl, icons, side * 0.5f, ImVec2(a.x + side * 0.5f, a.y + side * (blk.kind == BlockKind::Repeat ? 0.36f : 0.5f)),
                   side * 0.8f, IM_COL32_WHITE, host.icon(l.icon));
        if (blk.kind == BlockKind::Repeat) {
            fittedText(dl, small, side * 0.34f, ImVec2(a.x + side * 0.5f, a.y + side * 0.78f), side * 0.9f, IM_COL32_WHITE,
                       host.format("game.robot.times", {{"n", std::to_string(blk.count)}}));
            ++depth;
        }
        const std::string label = host.format("game.robot.slot", {{"n", std::to_string(i + 1)}, {"name", host.text(l.nameKey)}});
        host.item(label, a, b);
        if (editing && clicked(a, b)) {
            const bool before = ImGui::GetIO().MousePos.x < a.x + (b.x - a.x) * 0.3f; // its left edge: before it
            actions.push_back({static_cast<int>(ActionCode::Caret), before ? i : i + 1, 0});
            m_onPalette = false;
            host.sound(Sound::Tap);
        }
    }
    // Tapping the free space after the program puts the caret at its end.
    if (editing && static_cast<int>(prog.size()) < limit) {
        const ImVec2 a = slotMin(static_cast<int>(prog.size()));
        const ImVec2 b(a.x + tile - host.px(4), a.y + tile - host.px(4));
        host.item(host.text("game.robot.end_slot"), a, b);
        if (clicked(a, b)) {
            actions.push_back({static_cast<int>(ActionCode::Caret), static_cast<int>(prog.size()), 0});
        }
    }
    // The caret: where the next block goes.
    if (editing) {
        const int c = rules.caret();
        ImVec2 at;
        if (c < static_cast<int>(prog.size()) || c == 0) {
            at = slotMin(c);
            at.x -= host.px(3);
        } else {
            at = slotMin(c - 1);
            at.x += tile - host.px(3);
        }
        const bool blink = host.reducedMotion() || std::fmod(host.now(), 1.0) < 0.65;
        const ImU32 col = (m_keyboard && !m_onPalette) ? pal.focus : pal.text;
        if (blink) {
            dl->AddRectFilled(ImVec2(at.x - host.px(2), at.y - host.px(2)), ImVec2(at.x + host.px(2), at.y + tile - host.px(2)), col);
        }
        if (m_keyboard && !m_onPalette) {
            dl->AddRect(min, max, pal.focus, host.px(10), 0, host.px(3));
        }
    }
}

void RobotView::drawPalette(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max, std::vector<Action>& actions) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    const float gap = host.px(6);
    const float rowH = ((max.y - min.y) - gap) * 0.5f;
    const bool editing = rules.phase() == Phase::Edit;
    const bool full = static_cast<int>(rules.program().size()) >= rules.blockLimit();
    const int c = rules.caret();
    const bool repeatBefore = c > 0 && rules.program()[static_cast<std::size_t>(c - 1)].kind == BlockKind::Repeat;
    ImFont* icons = host.font(ViewFont::Icons);
    ImFont* body = host.font(ViewFont::Body);
    for (int e = 0; e < kPaletteSize; ++e) {
        ImVec2 a;
        ImVec2 b;
        if (e < kBlockKinds) {
            const float bw = ((max.x - min.x) - gap * (kBlockKinds - 1)) / kBlockKinds;
            a = ImVec2(min.x + static_cast<float>(e) * (bw + gap), min.y);
            b = ImVec2(a.x + bw, a.y + rowH);
        } else {
            const int k = e - kBlockKinds;
            const float bw = ((max.x - min.x) - gap * 2) / 3.0f;
            a = ImVec2(min.x + static_cast<float>(k) * (bw + gap), min.y + rowH + gap);
            b = ImVec2(a.x + bw, max.y);
        }
        std::string label;
        std::string icon;
        ImU32 bg = pal.panel;
        ImU32 fg = IM_COL32_WHITE;
        bool enabled = editing;
        if (e < kBlockKinds) {
            const BlockLook l = look(static_cast<BlockKind>(e));
            label = host.text(l.nameKey);
            icon = host.icon(l.icon);
            bg = l.colour;
            enabled = enabled && !full;
        } else if (e == static_cast<int>(Tool::Delete)) {
            label = host.text("game.robot.delete");
            icon = host.icon("trash");
            bg = pal.danger;
            enabled = enabled && c > 0;
        } else if (e == static_cast<int>(Tool::Count)) {
            const int n = repeatBefore ? rules.program()[static_cast<std::size_t>(c - 1)].count : 2;
            label = host.format("game.robot.count", {{"n", std::to_string(n)}});
            icon = host.icon("refresh");
            bg = look(BlockKind::Repeat).colour;
            enabled = enabled && repeatBefore;
        } else {
            label = host.text("game.robot.run");
            icon = host.icon("play");
            bg = pal.success;
            enabled = enabled && !rules.program().empty();
        }
        if (!enabled) {
            bg = mix(bg, pal.disabled, 0.65f);
        }
        host.item(label, a, b);
        const bool hot = enabled && hovered(a, b);
        dl->AddRectFilled(a, b, hot ? mix(bg, IM_COL32_WHITE, 0.2f) : bg, host.px(10));
        const float h = b.y - a.y;
        const float bw = b.x - a.x;
        const bool stacked = bw < h * 2.2f; // narrow: icon above the word
        if (stacked) {
            fittedText(dl, icons, h * 0.36f, ImVec2(a.x + bw * 0.5f, a.y + h * 0.34f), bw * 0.8f, fg, icon);
            fittedText(dl, body, std::min(host.px(16), h * 0.24f), ImVec2(a.x + bw * 0.5f, a.y + h * 0.76f), bw - host.px(6), fg, label);
        } else {
            fittedText(dl, icons, h * 0.4f, ImVec2(a.x + h * 0.5f, a.y + h * 0.5f), h * 0.7f, fg, icon);
            fittedText(dl, body, std::min(host.px(22), h * 0.4f), ImVec2((a.x + h * 0.9f + b.x) * 0.5f, a.y + h * 0.5f),
                       bw - h * 1.0f, fg, label);
        }
        if (m_keyboard && m_onPalette && e == m_paletteFocus) {
            dl->AddRect(ImVec2(a.x - host.px(3), a.y - host.px(3)), ImVec2(b.x + host.px(3), b.y + host.px(3)), pal.focus,
                        host.px(12), 0, host.px(3));
        }
        if (enabled && clicked(a, b)) {
            use(host, rules, e, actions);
        }
    }
}

void RobotView::keys(ViewHost& host, const RobotRules& rules, std::vector<Action>& actions) {
    const NavPress nav = readNav();
    const bool run = typedKey('r');
    if (!nav.any() && !run) {
        return;
    }
    m_keyboard = true;
    if (nav.up || nav.down) {
        m_onPalette = !m_onPalette;
    }
    if (m_onPalette) {
        if (nav.left) {
            m_paletteFocus = (m_paletteFocus + kPaletteSize - 1) % kPaletteSize;
        }
        if (nav.right) {
            m_paletteFocus = (m_paletteFocus + 1) % kPaletteSize;
        }
        if (nav.confirm) {
            use(host, rules, m_paletteFocus, actions);
        }
    } else if (rules.phase() == Phase::Edit) {
        const int size = static_cast<int>(rules.program().size());
        if (nav.left && rules.caret() > 0) {
            actions.push_back({static_cast<int>(ActionCode::Caret), rules.caret() - 1, 0});
        }
        if (nav.right && rules.caret() < size) {
            actions.push_back({static_cast<int>(ActionCode::Caret), rules.caret() + 1, 0});
        }
        if (nav.confirm) {
            m_onPalette = true; // pick the block to put here
        }
    }
    if (nav.cancel) {
        use(host, rules, static_cast<int>(Tool::Delete), actions);
    }
    if (run) {
        use(host, rules, static_cast<int>(Tool::Run), actions);
    }
}

void RobotView::banner(ViewHost& host, const RobotRules& rules, ImVec2 min, ImVec2 max) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ViewPalette& pal = host.palette();
    const double now = host.now();
    std::string text;
    ImU32 bg = pal.panel;
    if (now - m_resultAt < 3.0 && rules.lastResult() != RunResult::None) {
        const char* key = "game.robot.result.solved";
        switch (rules.lastResult()) {
        case RunResult::Solved: key = "game.robot.result.solved"; break;
        case RunResult::Crashed: key = "game.robot.result.crashed"; break;
        case RunResult::NothingHere: key = "game.robot.result.nothing"; break;
        case RunResult::GemsLeft: key = "game.robot.result.gems_left"; break;
        case RunResult::TooLong: key = "game.robot.result.too_long"; break;
        case RunResult::None: break;
        }
        text = host.text(key);
        bg = rules.lastResult() == RunResult::Solved ? pal.success : pal.danger;
    } else if (now - m_rejectAt < 2.5) {
        text = host.text(rules.program().empty() ? "game.robot.no.empty" : "game.robot.no.full");
        bg = pal.danger;
    } else if (rules.phase() == Phase::Edit && rules.bugPuzzle() && now - m_puzzleAt < 5.0) {
        text = host.text("game.robot.hint.bug");
    } else if (rules.phase() == Phase::Edit && rules.program().empty()) {
        text = host.text("game.robot.hint.start");
    }
    if (text.empty()) {
        return;
    }
    const float w = max.x - min.x;
    const float size = host.px(20);
    ImFont* font = host.font(ViewFont::Body);
    const ImVec2 ts = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
    const float bw = std::min(w * 0.95f, ts.x + host.px(28));
    const ImVec2 b0(min.x + (w - bw) * 0.5f, max.y - size - host.px(22));
    const ImVec2 b1(b0.x + bw, b0.y + size + host.px(14));
    dl->AddRectFilled(b0, b1, (bg & 0x00FFFFFFu) | 0xE6000000u, host.px(10));
    fittedText(dl, font, size, ImVec2((b0.x + b1.x) * 0.5f, (b0.y + b1.y) * 0.5f), bw - host.px(16),
               bg == pal.panel ? pal.text : IM_COL32_WHITE, text);
}

void RobotView::draw(ViewHost& host, const GameRules& base, ImVec2 min, ImVec2 max, std::vector<Action>& actions) {
    const auto& rules = static_cast<const RobotRules&>(base);
    const double now = host.now();
    if (rules.resultCount() != m_seenResults) {
        if (rules.resultCount() > m_seenResults) {
            m_resultAt = now;
            const RunResult r = rules.lastResult();
            host.sound(r == RunResult::Solved ? Sound::Win : Sound::Bad);
        }
        m_seenResults = rules.resultCount();
    }
    if (rules.rejectCount() != m_seenRejects) {
        if (rules.rejectCount() > m_seenRejects) {
            m_rejectAt = now;
            host.sound(Sound::Bad);
        }
        m_seenRejects = rules.rejectCount();
    }
    if (rules.puzzle() != m_seenPuzzle) {
        m_seenPuzzle = rules.puzzle();
        m_puzzleAt = now;
    }
    // The robot beeps as it steps; a gem picked up chimes.
    if (rules.phase() == Phase::Running && rules.runningBlock() != m_seenStep) {
        m_seenStep = rules.runningBlock();
        if (m_seenStep >= 0) {
            host.sound(rules.program()[static_cast<std::size_t>(m_seenStep)].kind == BlockKind::Pick ? Sound::Good : Sound::Tap);
        }
    } else if (rules.phase() != Phase::Running) {
        m_seenStep = -1;
    }
    const bool mouseMoved = ImGui::GetIO().MouseDelta.x != 0.0f || ImGui::GetIO().MouseDelta.y != 0.0f;
    if (mouseMoved || ImGui::GetIO().MouseClicked[0]) {
        m_keyboard = false;
    }
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, host.palette().background, host.px(8));
    keys(host, rules, actions);
    const float pad = host.px(8);
    const float hudH = std::clamp(host.px(48), 36.0f, (max.y - min.y) * 0.12f);
    drawHud(host, rules, ImVec2(min.x + pad, min.y + pad), ImVec2(max.x - pad, min.y + pad + hudH));
    const ImVec2 area0(min.x + pad, min.y + pad * 2 + hudH);
    const ImVec2 area1(max.x - pad, max.y - pad);
    const float areaW = area1.x - area0.x;
    const float areaH = area1.y - area0.y;
    const float mazeW = std::min(areaH, areaW * 0.45f);
    const ImVec2 maze0 = area0;
    const ImVec2 maze1(area0.x + mazeW, area0.y + std::min(areaH, mazeW));
    drawMaze(host, rules, maze0, maze1);
    banner(host, rules, maze0, ImVec2(maze1.x, area1.y));
    const ImVec2 right0(maze1.x + pad * 2, area0.y);
    const float paletteH = std::clamp(host.px(130), 100.0f, areaH * 0.42f);
    drawProgram(host, rules, right0, ImVec2(area1.x, area1.y - paletteH - pad), actions);
    drawPalette(host, rules, ImVec2(right0.x, area1.y - paletteH), area1, actions);
}

} // namespace

std::unique_ptr<GameView> makeView() {
    return std::make_unique<RobotView>();
}

} // namespace pathlight::minigames::robot
