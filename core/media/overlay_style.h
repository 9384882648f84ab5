// What a face overlay shows and in which colours, for every place that draws one: the live view (Qt), the
// annotated video and snapshots (OpenCV) and the timeline. A box and its id take the colour of the face's
// track; bars, the top label and timeline curves the colour of their class. Every class has its own colour,
// however many there are.
#pragma once
#include <cstdint>
#include <string>

namespace mien {

struct OverlayColour {
  std::uint8_t red = 0, green = 0, blue = 0;
  bool operator==(const OverlayColour& o) const { return red == o.red && green == o.green && blue == o.blue; }
};

OverlayColour trackColour(std::int64_t trackId);
OverlayColour classColour(std::size_t classIndex);
OverlayColour overlayTextColour();  // on a tab filled with a track colour

// The tab above a box: "#3  happiness  87%".
std::string faceTagText(std::int64_t trackId, const std::string& topLabel, double topProbability);

}  // namespace mien
