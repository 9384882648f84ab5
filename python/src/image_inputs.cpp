// Python image arguments to core images.
#include "image_inputs.h"

#include <cstring>
#include <filesystem>
#include <opencv2/imgproc.hpp>
#include <pybind11/numpy.h>

#include "media/image_file.h"
#include "media/image_folder_source.h"

namespace py = pybind11;

namespace mien::python {
namespace {

bool isPath(const py::handle& item) {
  return py::isinstance<py::str>(item) || py::hasattr(item, "__fspath__");
}

std::string pathText(const py::handle& item) {
  return py::str(py::module_::import("os").attr("fspath")(item)).cast<std::string>();
}

RgbImage pixelsOf(const py::handle& item, std::size_t index) {
  const auto array = py::reinterpret_borrow<py::array>(item);
  const std::string where = "Image " + std::to_string(index);
  if (!array.dtype().is(py::dtype::of<std::uint8_t>()))
    throw py::value_error(where + " is a numpy array of " + py::str(array.dtype()).cast<std::string>() +
                          "; give uint8 RGB pixels (H x W x 3).");
  if (array.ndim() != 3 || array.shape(2) != 3 || array.shape(0) < 1 || array.shape(1) < 1)
    throw py::value_error(where + " has shape " + py::str(array.attr("shape")).cast<std::string>() +
                          "; give H x W x 3 RGB pixels.");
  const auto packed = py::array_t<std::uint8_t, py::array::c_style>::ensure(array);  // a copy when strided
  RgbImage image{static_cast<int>(packed.shape(1)), static_cast<int>(packed.shape(0)), {}};
  image.pixels.assign(packed.data(), packed.data() + packed.size());
  return image;
}

void add(std::vector<ImageInput>& out, const py::handle& item) {
  if (isPath(item)) {
    const std::string path = pathText(item);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      const auto files = listImageFiles(path);
      if (files.empty()) throw MediaError("Folder '" + path + "' holds no images (jpg, png, bmp, tiff, webp).");
      for (const auto& f : files) out.push_back({f, {}});
    } else {
      out.push_back({path, {}});
    }
    return;
  }
  if (py::isinstance<py::array>(item)) {
    out.push_back({"", pixelsOf(item, out.size())});
    return;
  }
  throw py::type_error("Image " + std::to_string(out.size()) + " is a " +
                       py::str(item.get_type().attr("__name__")).cast<std::string>() +
                       "; give a file path, a folder or an H x W x 3 uint8 RGB numpy array.");
}

}  // namespace

std::vector<ImageInput> imageInputsFrom(const py::handle& images) {
  std::vector<ImageInput> out;
  if (isPath(images) || py::isinstance<py::array>(images)) {
    add(out, images);
    return out;
  }
  for (const auto& item : py::iter(images)) add(out, item);
  return out;
}

RgbImage rgbOf(const ImageInput& input) { return input.file.empty() ? input.pixels : readRgbImage(input.file); }

cv::Mat bgrOf(const ImageInput& input) {
  if (!input.file.empty()) return readBgrImage(input.file);
  cv::Mat rgb(input.pixels.height, input.pixels.width, CV_8UC3, const_cast<std::uint8_t*>(input.pixels.pixels.data()));
  cv::Mat bgr;
  cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
  return bgr;
}

}  // namespace mien::python
