// The shipped detector is the default.
#include "vision/detector_spec.h"

#include "common/resource_paths.h"

namespace mien {

std::string DetectorSpec::resolvedPath() const {
  return path.empty() ? manifestsDirectory() + "/detectors/yunet_n_320_320.onnx" : path;
}

}  // namespace mien
