// Drawn people shared by the game views (see view_people.hpp).
#include "minigames/kit/view_people.hpp"

#include <cmath>

namespace pathlight::minigames::kit {

namespace {
constexpr ImU32 kSkins[] = {IM_COL32(255, 224, 196, 255), IM_COL32(241, 194, 150, 255),
                            IM_COL32(224, 172, 120, 255), IM_COL32(198, 134, 86, 255),
                            IM_COL32(141, 85, 54, 255),   IM_COL32(96, 60, 40, 255)};
constexpr ImU32 kHair[] = {IM_COL32(40, 30, 25, 255), IM_COL32(95, 60, 30, 255), IM_COL32(200, 150, 70, 255),
                           IM_COL32(170, 70, 40, 255), IM_COL32(20, 20, 20, 255)};
constexpr ImU32 kShirts[] = {IM_COL32(52, 152, 219, 255), IM_COL32(231, 76, 60, 255),
                             IM_COL32(46, 204, 113, 255), IM_COL32(155, 89, 182, 255),
                             IM_COL32(241, 196, 15, 255), IM_COL32(230, 126, 34, 255),
                             IM_COL32(26, 188, 156, 255), IM_COL32(236, 112, 160, 255)};
constexpr ImU32 kScarves[] = {IM_COL32(120, 80, 160, 255), IM_COL32(30, 110, 120, 255),
                              IM_COL32(190, 70, 90, 255)};
constexpr ImU32 kGrey = IM_COL32(200, 200, 205, 255);
constexpr ImU32 kInk = IM_COL32(40, 35, 35, 255);

std::uint32_t mix(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}
} // namespace

Look lookFromSeed(std::uint32_t seed) {
    const std::uint32_t h = mix(seed * 2654435761U + 12345U);
    Look look;
    look.skin = kSkins[h % 6];
    look.hairStyle = static_cast<int>((h >> 4) % 6);
    look.shirt = kShirts[(h >> 8) % 8];
    look.glasses = ((h >> 12) % 4) == 0;
    const std::uint32_t age = (h >> 15) % 7;
    look.elder = age == 0;
    look.child = age == 1;
    look.hair = look.elder ? kGrey : kHair[(h >> 18) % 5];
    if (look.hairStyle == 5) {
        look.hair = kScarves[(h >> 21) % 3];
    }
    return look;
}

void drawPerson(ImDrawList* dl, ImVec2 head, float r, const Look& look, Mood mood, ImU32 shirtOverride) {
    const float bodyW = look.child ? r * 1.5f : r * 1.9f;
    const ImU32 shirt = shirtOverride ? shirtOverride : look.shirt;
    // Shoulders and body.
    dl->AddRectFilled(ImVec2(head.x - bodyW, head.y + r * 1.05f), ImVec2(head.x + bodyW, head.y + r * 2.3f),
                      shirt, r * 0.8f, ImDrawFlags_RoundCornersTop);
    dl->AddRectFilled(ImVec2(head.x - r * 0.3f, head.y + r * 0.7f),
                      ImVec2(head.x + r * 0.3f, head.y + r * 1.15f), look.skin);
    // Hair behind the head.
    if (look.hairStyle == 1) {
        dl->AddRectFilled(ImVec2(head.x - r * 1.1f, head.y - r * 0.4f),
                          ImVec2(head.x + r * 1.1f, head.y + r * 1.2f), look.hair, r * 0.5f);
    } else if (look.hairStyle == 5) {
        dl->AddCircleFilled(head, r * 1.22f, look.hair, 24);
        dl->AddRectFilled(ImVec2(head.x - r * 1.2f, head.y), ImVec2(head.x + r * 1.2f, head.y + r * 1.3f),
                          look.hair, r * 0.4f);
    }
    dl->AddCircleFilled(head, r, look.skin, 24);
    // Hair on top.
    switch (look.hairStyle) {
    case 0:
    case 1:
        dl->PathArcTo(head, r * 1.02f, 3.3f, 6.13f, 16);
        dl->PathFillConvex(look.hair);
        break;
    case 2:
        dl->PathArcTo(head, r * 1.02f, 3.3f, 6.13f, 16);
        dl->PathFillConvex(look.hair);
        dl->AddCircleFilled(ImVec2(head.x, head.y - r * 1.05f), r * 0.42f, look.hair, 16);
        break;
    case 3:
        for (int i = 0; i < 7; ++i) {
            const float a = 3.3f + static_cast<float>(i) * 0.47f;
            dl->AddCircleFilled(ImVec2(head.x + std::cos(a) * r * 0.95f, head.y + std::sin(a) * r * 0.95f),
                                r * 0.38f, look.hair, 12);
        }
        break;
    case 5:
        dl->PathArcTo(head, r * 1.05f, 3.2f, 6.23f, 16);
        dl->PathFillConvex(look.hair);
        break;
    default:
        break;
    }
    if (look.elder) {
        dl->AddLine(ImVec2(head.x - r * 0.5f, head.y - r * 0.55f),
                    ImVec2(head.x - r * 0.2f, head.y - r * 0.5f), kInk, r * 0.05f);
    }
    // Face.
    const float eyeY = head.y - r * 0.05f;
    const float eyeDx = r * 0.36f;
    if (mood == Mood::Sleepy) {
        dl->AddLine(ImVec2(head.x - eyeDx - r * 0.12f, eyeY), ImVec2(head.x - eyeDx + r * 0.12f, eyeY), kInk,
                    r * 0.08f);
        dl->AddLine(ImVec2(head.x + eyeDx - r * 0.12f, eyeY), ImVec2(head.x + eyeDx + r * 0.12f, eyeY), kInk,
                    r * 0.08f);
    } else {
        dl->AddCircleFilled(ImVec2(head.x - eyeDx, eyeY), r * 0.1f, kInk, 8);
        dl->AddCircleFilled(ImVec2(head.x + eyeDx, eyeY), r * 0.1f, kInk, 8);
    }
    if (look.glasses) {
        dl->AddCircle(ImVec2(head.x - eyeDx, eyeY), r * 0.24f, kInk, 12, r * 0.06f);
        dl->AddCircle(ImVec2(head.x + eyeDx, eyeY), r * 0.24f, kInk, 12, r * 0.06f);
        dl->AddLine(ImVec2(head.x - eyeDx + r * 0.24f, eyeY), ImVec2(head.x + eyeDx - r * 0.24f, eyeY), kInk,
                    r * 0.06f);
    }
    const ImVec2 mouth(head.x, head.y + r * 0.42f);
    const float mw = r * 0.32f;
    switch (mood) {
    case Mood::Happy:
        dl->PathArcTo(ImVec2(mouth.x, mouth.y - r * 0.12f), mw, 0.4f, 2.74f, 10);
        dl->PathStroke(kInk, 0, r * 0.08f);
        break;
    case Mood::Sad:
        dl->PathArcTo(ImVec2(mouth.x, mouth.y + r * 0.2f), mw, 3.54f, 5.88f, 10);
        dl->PathStroke(kInk, 0, r * 0.08f);
        break;
    case Mood::Worried:
        dl->AddLine(ImVec2(mouth.x - mw, mouth.y + r * 0.05f), ImVec2(mouth.x + mw, mouth.y - r * 0.05f),
                    kInk, r * 0.08f);
        break;
    case Mood::Sleepy:
        dl->AddCircle(mouth, r * 0.1f, kInk, 8, r * 0.06f);
        break;
    default:
        dl->AddLine(ImVec2(mouth.x - mw * 0.8f, mouth.y), ImVec2(mouth.x + mw * 0.8f, mouth.y), kInk,
                    r * 0.08f);
        break;
    }
}

} // namespace pathlight::minigames::kit
