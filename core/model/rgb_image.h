// An 8-bit RGB picture in row-major order: what the app hands the engine (no OpenCV, no Qt, no LibTorch).
#pragma once
#include <cstdint>
#include <vector>

namespace mien {

struct RgbImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // width * height * 3 bytes, R G B
};

}  // namespace mien
