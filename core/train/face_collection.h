// The faces a training run learns from: a user's folder (recursive) of images or videos, faces detected and
// aligned by the pipeline (or images taken as aligned crops), deduplicated by content hash, with a report of
// what was skipped and why. The list is saved beside the crops so later steps reuse it.
#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "vision/face_alignment.h"
#include "vision/yunet_face_detector.h"

namespace mien {

struct FaceScanSettings {
  bool alignedCrops = false;  // images are already aligned face crops: use them as they are
  DetectorSpec detector;
  AlignmentSettings alignment;
  int videoEveryNth = 10;     // frames kept from videos

  void validate() const;      // throws ModelError naming the option out of range
};

struct FaceItem {
  std::string hash;      // SHA-256 of the crop's pixels (aligned crops: of the file's bytes)
  std::string cropPath;  // the aligned face as an image file
  std::string source;    // the file it came from, relative to the scanned folder
  std::int64_t frame = -1;
};

struct FaceScan {
  std::vector<FaceItem> faces;
  int files = 0, images = 0, videos = 0, facesFound = 0, duplicates = 0;
  std::vector<std::pair<std::string, std::string>> skipped;  // file, reason

  std::string summary() const;  // "412 faces from 380 images and 2 videos; 9 duplicates; 3 files skipped"
  void save(const std::string& path) const;  // JSON, atomic
  static FaceScan load(const std::string& path);  // throws std::runtime_error
};

std::string faceCropHash(const RgbImage& crop);  // SHA-256 of size and pixels: the cache key of a face

// Crops go to `cropsDir/<hash>.png`. `progress(filesDone, filesTotal)`. Throws MediaError when the folder
// cannot be read or holds no image or video; per-file problems are listed in `skipped`.
FaceScan scanFaceFolder(const std::string& folder, const std::string& cropsDir, const FaceScanSettings& settings,
                        const std::function<void(int, int)>& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace mien
