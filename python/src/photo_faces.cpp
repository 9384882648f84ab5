// Detection and alignment of the faces in one photo.
#include "photo_faces.h"

namespace mien::python {

std::vector<PhotoFace> PhotoFaceFinder::find(const cv::Mat& bgr, const AlignmentSettings& alignment) {
  std::vector<PhotoFace> faces;
  for (const auto& d : detector_.detect(bgr)) faces.push_back({d, alignFace(bgr, d, alignment).crop});
  return faces;
}

}  // namespace mien::python
