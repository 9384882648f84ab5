// A labelled face folder as the authors' datasets are laid out: one sub-folder per class, images inside.
// Used by evaluation and by the supervised (GFER) trainer; faces come as aligned crops or are detected.
#pragma once
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <opencv2/core/mat.hpp>

#include "model/rgb_image.h"
#include "train/face_collection.h"

namespace mien {

struct LabelledImage {
  std::string path;
  int label = 0;  // index into LabelledFolder::classNames
};

struct LabelledFolder {
  std::string root;
  std::vector<std::string> classNames;  // sub-folder names, sorted
  std::vector<LabelledImage> images;
};

// Throws MediaError with one sentence: not a folder, fewer than two class folders, an empty class folder, a
// file that is not an image, an image outside any class folder. Hidden files are ignored.
LabelledFolder scanLabelledFolder(const std::string& folder);
bool isHiddenEntry(const std::filesystem::path& entry);  // dot files, Thumbs.db, desktop.ini: never data

// The face of each image: the file itself when it is an aligned crop, else the largest detected face, aligned.
class LabelledFaceReader {
 public:
  explicit LabelledFaceReader(const FaceScanSettings& settings);
  ~LabelledFaceReader();
  std::optional<RgbImage> face(const std::string& imagePath);  // nullopt: no face found; throws MediaError
  std::optional<RgbImage> largestFace(const cv::Mat& bgr);     // a frame's largest face, aligned; nullopt: none

 private:
  FaceScanSettings settings_;
  std::unique_ptr<YuNetFaceDetector> detector_;
};

// Folder class -> classifier class, by name (case-insensitive), or by order when folders are numbered 1..C
// (or 0..C-1) as RAF-DB's are. Throws ModelError naming the classes that match nothing.
std::vector<int> matchClasses(const std::vector<std::string>& folderClasses, const std::vector<std::string>& modelClasses);

}  // namespace mien
