// Drawn art: the 16 avatars learners pick from and the five faces of the answer scale, drawn with
// ImDrawList vectors so they are crisp at every UI scale. No textures, no SDL, no GL.
#pragma once

#include <imgui.h>

namespace pathlight::ui {

constexpr int kAvatarCount = 16;
// Draws avatar `index` (0..kAvatarCount-1) as a friendly character filling a circle of `radius`.
void drawAvatar(ImDrawList* dl, ImVec2 center, float radius, int index);
// Strings key naming the avatar (for labels, read-aloud and automation), e.g. "avatar.fox".
const char* avatarNameKey(int index);

constexpr int kFaceCount = 5;
// One face of the 5-point answer scale: 0 = "Not for me" (frown) … 2 = "Not sure" … 4 = "Love it" (big grin).
void drawFace(ImDrawList* dl, ImVec2 center, float radius, int level, bool selected);

// A small five-pointed star for celebrations and decoration.
void drawStar(ImDrawList* dl, ImVec2 center, float radius, ImU32 color);

} // namespace pathlight::ui
