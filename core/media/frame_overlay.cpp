// Overlay drawing with OpenCV in the colours of overlay_style: the box and its tab in the track's colour.
#include "media/frame_overlay.h"

#include <opencv2/imgproc.hpp>

#include "media/overlay_style.h"

namespace mien {

namespace {

cv::Scalar bgrOf(const OverlayColour& c) { return {double(c.blue), double(c.green), double(c.red)}; }

}  // namespace

void drawFaceOverlays(cv::Mat& bgr, const FrameResult& result, const std::vector<std::string>& classNames) {
  const double scale = std::max(0.4, bgr.rows / 900.0);
  const int thickness = std::max(1, static_cast<int>(std::lround(2 * scale)));
  for (const auto& face : result.faces) {
    const cv::Scalar colour = bgrOf(trackColour(face.trackId));
    const auto& d = face.detection;
    const cv::Rect box(cv::Point(static_cast<int>(d.x), static_cast<int>(d.y)),
                       cv::Size(static_cast<int>(d.width), static_cast<int>(d.height)));
    cv::rectangle(bgr, box, colour, thickness, cv::LINE_AA);
    const std::string label = face.top < classNames.size() ? classNames[face.top] : "?";
    const std::string text = faceTagText(face.trackId, label, face.probabilities.empty() ? 0.0 : face.probabilities[face.top]);
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 0.6 * scale, thickness, &baseline);
    const cv::Point origin(box.x, std::max(size.height + 4, box.y - 4));
    cv::rectangle(bgr, cv::Rect(origin.x, origin.y - size.height - 4, size.width + 6, size.height + baseline + 6), colour, cv::FILLED);
    cv::putText(bgr, text, cv::Point(origin.x + 3, origin.y), cv::FONT_HERSHEY_SIMPLEX, 0.6 * scale, bgrOf(overlayTextColour()),
                thickness, cv::LINE_AA);
  }
}

}  // namespace mien
