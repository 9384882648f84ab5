// Overlay drawing with OpenCV: a colour per track id, label on a filled tab above the box.
#include "media/frame_overlay.h"

#include <cstdio>
#include <opencv2/imgproc.hpp>

namespace mien {

void drawFaceOverlays(cv::Mat& bgr, const FrameResult& result, const std::vector<std::string>& classNames) {
  static const cv::Scalar palette[] = {{80, 175, 76}, {243, 150, 33}, {54, 67, 244}, {0, 152, 255}, {176, 39, 156}, {136, 150, 0}};
  const double scale = std::max(0.4, bgr.rows / 900.0);
  const int thickness = std::max(1, static_cast<int>(std::lround(2 * scale)));
  for (const auto& face : result.faces) {
    const cv::Scalar colour = palette[static_cast<std::size_t>(face.trackId) % 6];
    const auto& d = face.detection;
    const cv::Rect box(cv::Point(static_cast<int>(d.x), static_cast<int>(d.y)),
                       cv::Size(static_cast<int>(d.width), static_cast<int>(d.height)));
    cv::rectangle(bgr, box, colour, thickness, cv::LINE_AA);
    char text[160];
    const std::string label = face.top < classNames.size() ? classNames[face.top] : "?";
    std::snprintf(text, sizeof text, "#%lld %s %.0f%%", static_cast<long long>(face.trackId), label.c_str(),
                  face.probabilities.empty() ? 0.0 : 100.0 * face.probabilities[face.top]);
    int baseline = 0;
    const cv::Size size = cv::getTextSize(text, cv::FONT_HERSHEY_SIMPLEX, 0.6 * scale, thickness, &baseline);
    const cv::Point origin(box.x, std::max(size.height + 4, box.y - 4));
    cv::rectangle(bgr, cv::Rect(origin.x, origin.y - size.height - 4, size.width + 6, size.height + baseline + 6), colour, cv::FILLED);
    cv::putText(bgr, text, cv::Point(origin.x + 3, origin.y), cv::FONT_HERSHEY_SIMPLEX, 0.6 * scale, cv::Scalar(255, 255, 255),
                thickness, cv::LINE_AA);
  }
}

}  // namespace mien
