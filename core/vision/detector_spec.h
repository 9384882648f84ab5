// Which face detector runs and how: part of the engine description (model/engine_spec.h), a plain value so
// that the model-only build can hold it without OpenCV.
#pragma once
#include <string>

namespace mien {

struct DetectorSpec {
  std::string path;  // YuNet ONNX file; empty: the shipped 320x320 model
  int inputSize = 320;  // the fixed square input of the export (320 or 640)
  float scoreThreshold = 0.6f;
  float nmsThreshold = 0.3f;
  float minFaceSize = 16.0f;  // pixels in the frame, shorter box side

  std::string resolvedPath() const;  // the file to open
};

}  // namespace mien
