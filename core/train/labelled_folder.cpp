// Strict on layout, so a mislabelled dataset is caught before hours of training, not after.
#include "train/labelled_folder.h"

#include <algorithm>
#include <filesystem>

#include "common/errors.h"
#include "media/image_file.h"
#include "media/image_folder_source.h"

namespace mien {
namespace fs = std::filesystem;
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

bool isHiddenEntry(const std::filesystem::path& p) {
  const std::string name = p.filename().string();
  return name.empty() || name[0] == '.' || name == "Thumbs.db" || name == "desktop.ini";
}

LabelledFolder scanLabelledFolder(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw MediaError("'" + folder + "' is not a folder.");
  LabelledFolder result;
  result.root = folder;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    if (isHiddenEntry(e.path())) continue;
    if (e.is_directory(ec)) result.classNames.push_back(e.path().filename().string());
    else
      throw MediaError("'" + e.path().filename().string() + "' lies outside any class folder of '" + folder +
                       "'; a labelled folder holds one sub-folder per class and the images inside them.");
  }
  std::sort(result.classNames.begin(), result.classNames.end());
  if (result.classNames.size() < 2)
    throw MediaError("'" + folder + "' has " + std::to_string(result.classNames.size()) +
                     " class folder(s); a labelled folder needs at least two (one sub-folder per class).");
  for (std::size_t c = 0; c < result.classNames.size(); ++c) {
    const fs::path classDir = fs::path(folder) / result.classNames[c];
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator(classDir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (isHiddenEntry(it->path())) {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file(ec)) continue;
      if (!isImageFileName(it->path().string()))
        throw MediaError("'" + fs::relative(it->path(), folder).string() + "' is not an image (jpg, png, bmp, tiff, webp); "
                         "remove it from the class folder.");
      files.push_back(it->path().string());
    }
    if (files.empty())
      throw MediaError("Class folder '" + result.classNames[c] + "' in '" + folder + "' holds no images.");
    std::sort(files.begin(), files.end());
    for (auto& f : files) result.images.push_back({std::move(f), static_cast<int>(c)});
  }
  return result;
}

LabelledFaceReader::LabelledFaceReader(const FaceScanSettings& settings) : settings_(settings) {
  if (!settings.alignedCrops)
    detector_ = std::make_unique<YuNetFaceDetector>(settings.detector);
}

LabelledFaceReader::~LabelledFaceReader() = default;

std::optional<RgbImage> LabelledFaceReader::face(const std::string& imagePath) {
  if (!detector_) return readRgbImage(imagePath);
  return largestFace(readBgrImage(imagePath));
}

std::optional<RgbImage> LabelledFaceReader::largestFace(const cv::Mat& bgr) {
  if (!detector_) detector_ = std::make_unique<YuNetFaceDetector>(settings_.detector);
  const auto faces = detector_->detect(bgr);
  if (faces.empty()) return std::nullopt;
  const auto largest = std::max_element(faces.begin(), faces.end(), [](const auto& a, const auto& b) {
    return a.width * a.height < b.width * b.height;
  });
  return alignFace(bgr, *largest, settings_.alignment).crop;
}

std::vector<int> matchClasses(const std::vector<std::string>& folderClasses, const std::vector<std::string>& modelClasses) {
  std::vector<int> mapping(folderClasses.size(), -1);
  const bool numbered = std::all_of(folderClasses.begin(), folderClasses.end(), [](const std::string& n) {
    return !n.empty() && n.size() <= 6 && std::all_of(n.begin(), n.end(), [](unsigned char c) { return std::isdigit(c); });
  });  // (a folder named by a longer number is a name, not a class index)
  std::vector<std::string> unmatched;
  for (std::size_t f = 0; f < folderClasses.size(); ++f) {
    if (numbered) {
      const int number = std::stoi(folderClasses[f]);
      const bool oneBased = std::none_of(folderClasses.begin(), folderClasses.end(), [](const std::string& n) { return std::stoi(n) == 0; });
      const int index = oneBased ? number - 1 : number;
      if (index >= 0 && index < static_cast<int>(modelClasses.size())) mapping[f] = index;
    } else {
      for (std::size_t m = 0; m < modelClasses.size(); ++m)
        if (lower(folderClasses[f]) == lower(modelClasses[m])) mapping[f] = static_cast<int>(m);
    }
    if (mapping[f] < 0) unmatched.push_back(folderClasses[f]);
  }
  if (!unmatched.empty()) {
    std::string list, known;
    for (const auto& u : unmatched) list += (list.empty() ? "'" : ", '") + u + "'";
    for (const auto& m : modelClasses) known += (known.empty() ? "" : ", ") + m;
    throw ModelError("Class folder(s) " + list + " match no class of the model (" + known +
                     "); rename the folders or choose a prompt set with these classes.");
  }
  return mapping;
}

}  // namespace mien
