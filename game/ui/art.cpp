// See art.hpp. Avatars are described as data (colours and a few feature switches) and drawn by one
// routine, so adding an avatar is a table row, not a new function.
#include "ui/art.hpp"

#include <cmath>
#include <initializer_list>

namespace pathlight::ui {

namespace {

constexpr float kPi = 3.14159265f;

enum class Ears { None, Pointy, Round, Long, Tufts, Small };
enum class Extra { None, Mane, Antenna, Helmet, Shell, Horns, Tentacles, Beak, Patches, Stripe };

struct AvatarLook {
    const char* key;
    ImU32 background;
    ImU32 head;
    ImU32 detail;   // ears inside, muzzle, patches
    Ears ears;
    Extra extra;
    bool muzzle;
};

constexpr ImU32 rgb(int r, int g, int b) { return IM_COL32(r, g, b, 255); }

const AvatarLook kLooks[kAvatarCount] = {
    {"avatar.fox", rgb(255, 224, 178), rgb(235, 120, 40), rgb(255, 255, 255), Ears::Pointy, Extra::None, true},
    {"avatar.owl", rgb(200, 230, 201), rgb(141, 110, 99), rgb(255, 236, 179), Ears::Tufts, Extra::Beak, false},
    {"avatar.cat", rgb(225, 190, 231), rgb(120, 120, 130), rgb(255, 205, 210), Ears::Pointy, Extra::Stripe, true},
    {"avatar.bear", rgb(215, 204, 200), rgb(141, 96, 70), rgb(215, 180, 150), Ears::Round, Extra::None, true},
    {"avatar.panda", rgb(200, 230, 255), rgb(250, 250, 250), rgb(40, 40, 45), Ears::Round, Extra::Patches, false},
    {"avatar.rabbit", rgb(255, 205, 210), rgb(240, 240, 240), rgb(255, 170, 190), Ears::Long, Extra::None, true},
    {"avatar.frog", rgb(220, 237, 200), rgb(102, 187, 106), rgb(200, 230, 160), Ears::None, Extra::None, false},
    {"avatar.penguin", rgb(179, 229, 252), rgb(45, 55, 72), rgb(255, 255, 255), Ears::None, Extra::Beak, false},
    {"avatar.lion", rgb(255, 243, 196), rgb(240, 180, 60), rgb(255, 224, 150), Ears::Round, Extra::Mane, true},
    {"avatar.robot", rgb(207, 216, 220), rgb(144, 164, 174), rgb(100, 181, 246), Ears::Small, Extra::Antenna, false},
    {"avatar.octopus", rgb(178, 235, 242), rgb(236, 110, 150), rgb(250, 170, 200), Ears::None, Extra::Tentacles, false},
    {"avatar.dog", rgb(255, 236, 179), rgb(190, 140, 90), rgb(110, 75, 50), Ears::Long, Extra::None, true},
    {"avatar.turtle", rgb(200, 240, 220), rgb(130, 200, 120), rgb(85, 139, 47), Ears::None, Extra::Shell, false},
    {"avatar.koala", rgb(220, 220, 235), rgb(160, 165, 175), rgb(235, 235, 240), Ears::Round, Extra::None, false},
    {"avatar.dragon", rgb(255, 224, 230), rgb(126, 87, 194), rgb(179, 157, 219), Ears::None, Extra::Horns, true},
    {"avatar.astronaut", rgb(30, 40, 80), rgb(250, 250, 250), rgb(120, 200, 255), Ears::None, Extra::Helmet, false},
};

void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 color, float rotation = 0.0f) {
    constexpr int kSegments = 32;
    ImVec2 pts[kSegments];
    const float cr = std::cos(rotation);
    const float sr = std::sin(rotation);
    for (int i = 0; i < kSegments; ++i) {
        const float a = 2.0f * kPi * static_cast<float>(i) / kSegments;
        const float x = std::cos(a) * rx;
        const float y = std::sin(a) * ry;
        pts[i] = ImVec2(c.x + x * cr - y * sr, c.y + x * sr + y * cr);
    }
    dl->AddConvexPolyFilled(pts, kSegments, color);
}

void eyes(ImDrawList* dl, ImVec2 c, float r, float spread, float size, ImU32 white) {
    for (float side : {-1.0f, 1.0f}) {
        const ImVec2 e(c.x + side * r * spread, c.y - r * 0.08f);
        if (white) {
            dl->AddCircleFilled(e, r * size * 1.7f, white, 24);
        }
        dl->AddCircleFilled(e, r * size, IM_COL32(30, 30, 40, 255), 20);
        dl->AddCircleFilled(ImVec2(e.x + r * size * 0.35f, e.y - r * size * 0.35f), r * size * 0.35f,
                            IM_COL32(255, 255, 255, 255), 12);
    }
}

void smile(ImDrawList* dl, ImVec2 c, float r, float width, float thickness) {
    dl->PathArcTo(c, r * width, kPi * 0.2f, kPi * 0.8f, 16);
    dl->PathStroke(IM_COL32(40, 30, 30, 255), 0, thickness);
}

void ears(ImDrawList* dl, ImVec2 c, float r, const AvatarLook& look) {
    for (float side : {-1.0f, 1.0f}) {
        switch (look.ears) {
        case Ears::Pointy:
            dl->AddTriangleFilled(ImVec2(c.x + side * r * 0.75f, c.y - r * 0.25f), ImVec2(c.x + side * r * 0.2f, c.y - r * 0.62f),
                                  ImVec2(c.x + side * r * 0.72f, c.y - r * 0.98f), look.head);
            dl->AddTriangleFilled(ImVec2(c.x + side * r * 0.62f, c.y - r * 0.42f), ImVec2(c.x + side * r * 0.36f, c.y - r * 0.6f),
                                  ImVec2(c.x + side * r * 0.64f, c.y - r * 0.82f), look.detail);
            break;
        case Ears::Round:
            dl->AddCircleFilled(ImVec2(c.x + side * r * 0.55f, c.y - r * 0.6f), r * 0.26f,
                                look.extra == Extra::Patches ? look.detail : look.head, 24);
            dl->AddCircleFilled(ImVec2(c.x + side * r * 0.55f, c.y - r * 0.6f), r * 0.13f,
                                look.extra == Extra::Patches ? look.detail : look.detail, 20);
            break;
        case Ears::Long:
            if (look.muzzle && look.detail == rgb(110, 75, 50)) { // floppy dog ears hang down the sides
                ellipse(dl, ImVec2(c.x + side * r * 0.62f, c.y - r * 0.05f), r * 0.18f, r * 0.42f, look.detail, side * 0.35f);
            } else {
                ellipse(dl, ImVec2(c.x + side * r * 0.28f, c.y - r * 0.75f), r * 0.15f, r * 0.42f, look.head, side * 0.2f);
                ellipse(dl, ImVec2(c.x + side * r * 0.28f, c.y - r * 0.75f), r * 0.07f, r * 0.3f, look.detail, side * 0.2f);
            }
            break;
        case Ears::Tufts:
            dl->AddTriangleFilled(ImVec2(c.x + side * r * 0.62f, c.y - r * 0.35f), ImVec2(c.x + side * r * 0.3f, c.y - r * 0.55f),
                                  ImVec2(c.x + side * r * 0.66f, c.y - r * 0.82f), look.head);
            break;
        case Ears::Small:
            dl->AddRectFilled(ImVec2(c.x + side * r * 0.62f - r * 0.08f, c.y - r * 0.2f),
                              ImVec2(c.x + side * r * 0.62f + r * 0.08f, c.y + r * 0.12f), look.detail, r * 0.04f);
            break;
        case Ears::None:
            break;
        }
    }
}

} // namespace

const char* avatarNameKey(int index) {
    if (index < 0 || index >= kAvatarCount) {
        return kLooks[0].key;
    }
    return kLooks[index].key;
}

void drawAvatar(ImDrawList* dl, ImVec2 c, float radius, int index) {
    const AvatarLook& look = kLooks[(index % kAvatarCount + kAvatarCount) % kAvatarCount];
    const float r = radius;
    dl->AddCircleFilled(c, r, look.background, 48);
    const ImVec2 face(c.x, c.y + r * 0.12f);
    const float fr = r * 0.58f; // head radius
    const ImU32 ink = IM_COL32(40, 30, 30, 255);

    // Things behind the head.
    if (look.extra == Extra::Mane) {
        for (int i = 0; i < 12; ++i) {
            const float a = 2.0f * kPi * static_cast<float>(i) / 12.0f;
            dl->AddCircleFilled(ImVec2(face.x + std::cos(a) * fr * 0.95f, face.y + std::sin(a) * fr * 0.95f), fr * 0.36f,
                                rgb(196, 110, 30), 20);
        }
    }
    if (look.extra == Extra::Shell) {
        ellipse(dl, ImVec2(face.x, face.y + fr * 0.55f), fr * 1.25f, fr * 0.7f, look.detail);
    }
    if (look.extra == Extra::Tentacles) {
        for (int i = 0; i < 5; ++i) {
            const float x = face.x + (static_cast<float>(i) - 2.0f) * fr * 0.42f;
            ellipse(dl, ImVec2(x, face.y + fr * 0.85f), fr * 0.16f, fr * 0.42f, look.head, (static_cast<float>(i) - 2.0f) * 0.2f);
        }
    }
    if (look.extra == Extra::Antenna) {
        dl->AddLine(ImVec2(face.x, face.y - fr), ImVec2(face.x, face.y - fr * 1.45f), look.head, fr * 0.08f);
        dl->AddCircleFilled(ImVec2(face.x, face.y - fr * 1.5f), fr * 0.13f, rgb(239, 83, 80), 16);
    }
    if (look.extra == Extra::Horns) {
        for (float side : {-1.0f, 1.0f}) {
            dl->AddTriangleFilled(ImVec2(face.x + side * fr * 0.55f, face.y - fr * 0.7f), ImVec2(face.x + side * fr * 0.2f, face.y - fr * 0.85f),
                                  ImVec2(face.x + side * fr * 0.5f, face.y - fr * 1.35f), rgb(255, 213, 79));
        }
    }
    ears(dl, face, fr * 1.45f, look);

    // The head.
    if (look.extra == Extra::Antenna) {
        dl->AddRectFilled(ImVec2(face.x - fr, face.y - fr * 0.95f), ImVec2(face.x + fr, face.y + fr * 0.85f), look.head, fr * 0.25f);
    } else if (look.ears == Ears::None && look.extra == Extra::None) { // frog: wide head with eye bumps
        ellipse(dl, face, fr * 1.1f, fr * 0.82f, look.head);
        for (float side : {-1.0f, 1.0f}) {
            dl->AddCircleFilled(ImVec2(face.x + side * fr * 0.5f, face.y - fr * 0.62f), fr * 0.32f, look.head, 24);
        }
    } else {
        dl->AddCircleFilled(face, fr, look.head, 40);
    }
    if (look.extra == Extra::Helmet) {
        dl->AddCircleFilled(face, fr * 1.08f, look.head, 40);
        dl->AddCircleFilled(ImVec2(face.x, face.y + fr * 0.05f), fr * 0.78f, rgb(255, 224, 189), 40);
        dl->AddCircle(face, fr * 1.08f, rgb(144, 164, 174), 40, fr * 0.08f);
        dl->AddCircleFilled(ImVec2(face.x - fr * 0.45f, face.y - fr * 0.45f), fr * 0.12f, look.detail, 12);
    }
    if (look.extra == Extra::Patches) {
        for (float side : {-1.0f, 1.0f}) {
            ellipse(dl, ImVec2(face.x + side * fr * 0.36f, face.y - fr * 0.05f), fr * 0.24f, fr * 0.3f, look.detail, side * -0.5f);
        }
    }
    if (look.extra == Extra::Stripe) {
        for (int i = -1; i <= 1; ++i) {
            dl->AddLine(ImVec2(face.x + static_cast<float>(i) * fr * 0.18f, face.y - fr * 0.98f),
                        ImVec2(face.x + static_cast<float>(i) * fr * 0.15f, face.y - fr * 0.62f), rgb(90, 90, 100), fr * 0.08f);
        }
    }
    if (look.muzzle) {
        ellipse(dl, ImVec2(face.x, face.y + fr * 0.38f), fr * 0.42f, fr * 0.3f, look.extra == Extra::Horns ? look.detail : look.detail);
    }
    if (look.extra == Extra::Beak) {
        ellipse(dl, ImVec2(face.x, face.y + fr * 0.05f), fr * 0.62f, fr * 0.6f, look.detail);
    }

    // Eyes, nose and mouth.
    const bool bigEyes = look.extra == Extra::Beak || look.ears == Ears::None;
    if (look.extra == Extra::Antenna) {
        for (float side : {-1.0f, 1.0f}) {
            dl->AddRectFilled(ImVec2(face.x + side * fr * 0.42f - fr * 0.17f, face.y - fr * 0.35f),
                              ImVec2(face.x + side * fr * 0.42f + fr * 0.17f, face.y - fr * 0.02f), look.detail, fr * 0.06f);
        }
        dl->AddRectFilled(ImVec2(face.x - fr * 0.4f, face.y + fr * 0.32f), ImVec2(face.x + fr * 0.4f, face.y + fr * 0.46f),
                          rgb(69, 90, 100), fr * 0.05f);
        return;
    }
    eyes(dl, ImVec2(face.x, face.y - (bigEyes ? fr * 0.12f : 0.0f)), fr, bigEyes ? 0.36f : 0.34f, bigEyes ? 0.13f : 0.11f,
         bigEyes ? IM_COL32(255, 255, 255, 255) : 0);
    if (look.extra == Extra::Beak) {
        dl->AddTriangleFilled(ImVec2(face.x - fr * 0.13f, face.y + fr * 0.12f), ImVec2(face.x + fr * 0.13f, face.y + fr * 0.12f),
                              ImVec2(face.x, face.y + fr * 0.34f), rgb(255, 167, 38));
        return;
    }
    if (look.muzzle || look.ears == Ears::Round) {
        ellipse(dl, ImVec2(face.x, face.y + fr * 0.24f), fr * 0.12f, fr * 0.08f, ink);
    }
    smile(dl, ImVec2(face.x, face.y + fr * 0.3f), fr, 0.22f, fr * 0.06f);
    // Rosy cheeks make every character friendlier.
    for (float side : {-1.0f, 1.0f}) {
        dl->AddCircleFilled(ImVec2(face.x + side * fr * 0.58f, face.y + fr * 0.28f), fr * 0.1f, IM_COL32(255, 120, 140, 90), 16);
    }
}

void drawFace(ImDrawList* dl, ImVec2 c, float r, int level, bool selected) {
    static constexpr ImU32 kFill[kFaceCount] = {rgb(176, 190, 197), rgb(159, 196, 230), rgb(255, 224, 130),
                                                rgb(255, 183, 77), rgb(255, 138, 101)};
    const int l = level < 0 ? 0 : (level >= kFaceCount ? kFaceCount - 1 : level);
    const ImU32 ink = IM_COL32(45, 40, 50, 255);
    if (selected) {
        dl->AddCircleFilled(c, r * 1.12f, IM_COL32(33, 111, 186, 60), 48);
    }
    dl->AddCircleFilled(c, r, kFill[l], 48);
    dl->AddCircle(c, r, selected ? IM_COL32(33, 111, 186, 255) : IM_COL32(0, 0, 0, 40), 48,
                  selected ? r * 0.1f : r * 0.04f);
    const float eyeY = c.y - r * 0.22f;
    if (l == kFaceCount - 1) { // star eyes
        drawStar(dl, ImVec2(c.x - r * 0.34f, eyeY), r * 0.2f, ink);
        drawStar(dl, ImVec2(c.x + r * 0.34f, eyeY), r * 0.2f, ink);
    } else {
        for (float side : {-1.0f, 1.0f}) {
            dl->AddCircleFilled(ImVec2(c.x + side * r * 0.32f, eyeY), r * 0.1f, ink, 16);
            if (l == 0) { // sad brows
                dl->AddLine(ImVec2(c.x + side * r * 0.18f, eyeY - r * 0.2f), ImVec2(c.x + side * r * 0.46f, eyeY - r * 0.12f), ink,
                            r * 0.07f);
            }
        }
    }
    const float thick = r * 0.09f;
    const ImVec2 mouth(c.x, c.y + r * 0.3f);
    switch (l) {
    case 0: // frown
        dl->PathArcTo(ImVec2(mouth.x, mouth.y + r * 0.32f), r * 0.36f, kPi * 1.2f, kPi * 1.8f, 16);
        dl->PathStroke(ink, 0, thick);
        break;
    case 1: // slight frown
        dl->AddBezierCubic(ImVec2(mouth.x - r * 0.3f, mouth.y + r * 0.08f), ImVec2(mouth.x - r * 0.1f, mouth.y - r * 0.04f),
                           ImVec2(mouth.x + r * 0.1f, mouth.y - r * 0.04f), ImVec2(mouth.x + r * 0.3f, mouth.y + r * 0.08f), ink,
                           thick);
        break;
    case 2: // flat
        dl->AddLine(ImVec2(mouth.x - r * 0.3f, mouth.y), ImVec2(mouth.x + r * 0.3f, mouth.y), ink, thick);
        break;
    case 3: // smile
        dl->PathArcTo(ImVec2(mouth.x, mouth.y - r * 0.22f), r * 0.38f, kPi * 0.2f, kPi * 0.8f, 16);
        dl->PathStroke(ink, 0, thick);
        break;
    default: { // big open grin
        dl->PathArcTo(ImVec2(mouth.x, mouth.y - r * 0.12f), r * 0.42f, 0.0f, kPi, 20);
        dl->PathFillConvex(ink);
        dl->PathArcTo(ImVec2(mouth.x, mouth.y + r * 0.12f), r * 0.2f, kPi * 0.15f, kPi * 0.85f, 12);
        dl->PathFillConvex(IM_COL32(239, 83, 80, 255));
        break;
    }
    }
}

void drawStar(ImDrawList* dl, ImVec2 c, float r, ImU32 color) {
    ImVec2 pts[10];
    for (int i = 0; i < 10; ++i) {
        const float a = -kPi / 2 + kPi * static_cast<float>(i) / 5.0f;
        const float rr = (i % 2 == 0) ? r : r * 0.45f;
        pts[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr);
    }
    // A star is not convex: fill the centre pentagon and the five points separately.
    ImVec2 inner[5];
    for (int i = 0; i < 5; ++i) {
        inner[i] = pts[i * 2 + 1];
        dl->AddTriangleFilled(pts[(i * 2 + 9) % 10], pts[i * 2], pts[i * 2 + 1], color);
    }
    dl->AddConvexPolyFilled(inner, 5, color);
}

} // namespace pathlight::ui
