// Draws each face's box, id and top label (with probability) onto a frame, for annotated videos and snapshots.
#pragma once
#include <opencv2/core.hpp>
#include <string>
#include <vector>

#include "vision/frame_result.h"

namespace mien {

void drawFaceOverlays(cv::Mat& bgr, const FrameResult& result, const std::vector<std::string>& classNames);

}  // namespace mien
