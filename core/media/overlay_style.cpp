// Ten hand-picked colours first (Tableau 10 for classes, a brighter set for tracks, so a box is not mistaken
// for a class); past them, hues step by the golden angle, which never repeats and keeps neighbours apart.
#include "media/overlay_style.h"

#include <cmath>
#include <cstdio>

namespace mien {
namespace {

constexpr OverlayColour kClassColours[] = {{78, 121, 167},  {242, 142, 43}, {225, 87, 89},  {118, 183, 178},
                                           {89, 161, 79},   {237, 201, 72}, {176, 122, 161}, {255, 157, 167},
                                           {156, 117, 95},  {186, 176, 172}};
constexpr OverlayColour kTrackColours[] = {{76, 201, 240},  {247, 37, 133}, {123, 211, 137}, {255, 183, 3},
                                           {181, 23, 158},  {74, 144, 226}, {255, 111, 60},  {0, 200, 170},
                                           {200, 200, 40},  {150, 110, 255}};
constexpr std::size_t kPicked = 10;

OverlayColour fromHue(double hueDegrees, double saturation, double value) {
  const double h = std::fmod(hueDegrees, 360.0) / 60.0;
  const double c = value * saturation, x = c * (1 - std::fabs(std::fmod(h, 2.0) - 1)), m = value - c;
  double r = 0, g = 0, b = 0;
  switch (static_cast<int>(h)) {
    case 0: r = c, g = x; break;
    case 1: r = x, g = c; break;
    case 2: g = c, b = x; break;
    case 3: g = x, b = c; break;
    case 4: r = x, b = c; break;
    default: r = c, b = x; break;
  }
  const auto byte = [m](double v) { return static_cast<std::uint8_t>(std::lround(255 * (v + m))); };
  return {byte(r), byte(g), byte(b)};
}

// Saturation and value alternate too, so two hues that land close apart still differ.
OverlayColour generated(std::size_t index, double startHue) {
  const double hue = startHue + 137.50776405 * static_cast<double>(index);
  constexpr double kValues[] = {1.0, 0.8, 0.6};
  return fromHue(hue, index % 2 ? 0.55 : 0.75, kValues[index % 3]);
}

}  // namespace

OverlayColour classColour(std::size_t classIndex) {
  return classIndex < kPicked ? kClassColours[classIndex] : generated(classIndex - kPicked, 0.0);
}

OverlayColour trackColour(std::int64_t trackId) {
  const auto index = static_cast<std::size_t>(trackId < 0 ? -trackId : trackId);
  return index < kPicked ? kTrackColours[index] : generated(index - kPicked, 200.0);
}

OverlayColour overlayTextColour() { return {0, 0, 0}; }

std::string faceTagText(std::int64_t trackId, const std::string& topLabel, double topProbability) {
  char text[64];
  std::snprintf(text, sizeof text, "#%lld  ", static_cast<long long>(trackId));
  char percent[16];
  std::snprintf(percent, sizeof percent, "  %.0f%%", 100.0 * topProbability);
  return text + topLabel + percent;
}

}  // namespace mien
