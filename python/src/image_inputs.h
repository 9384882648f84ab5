// What classify and encode_images accept: file paths (a folder stands for its images) and H x W x 3 uint8 RGB
// numpy arrays, one or a list. Taken with the GIL held (arrays are copied), decoded later without it.
#pragma once
#include <opencv2/core.hpp>
#include <pybind11/pybind11.h>
#include <string>
#include <vector>

#include "model/rgb_image.h"

namespace mien::python {

struct ImageInput {
  std::string file;  // empty for an array
  RgbImage pixels;   // an array's pixels; empty for a file until read
};

// Throws py::type_error / py::value_error naming the item for anything else, and MediaError for a folder without
// images.
std::vector<ImageInput> imageInputsFrom(const pybind11::handle& images);

// Without the GIL. Throw MediaError naming the file.
RgbImage rgbOf(const ImageInput& input);
cv::Mat bgrOf(const ImageInput& input);

}  // namespace mien::python
