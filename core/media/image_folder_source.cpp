// Image folders: every readable image in path order; unreadable ones are skipped with a warning and listed.
#include "media/image_folder_source.h"

#include <algorithm>
#include <filesystem>

#include "common/errors.h"
#include "common/log.h"
#include "media/image_file.h"

namespace mien {
namespace fs = std::filesystem;

bool isImageFileName(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".jpg" || ext == ".jpeg" || ext == ".png" || ext == ".bmp" || ext == ".tif" || ext == ".tiff" ||
         ext == ".webp" || ext == ".ppm" || ext == ".pgm";
}

std::vector<std::string> listImageFiles(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw MediaError("'" + folder + "' is not a folder.");
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw MediaError("Cannot read folder '" + folder + "': " + ec.message() + ".");
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw MediaError("Cannot read folder '" + folder + "': " + ec.message() + ".");
    if (it->is_regular_file(ec) && isImageFileName(it->path().string())) files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

namespace {

class ImageFolderSource : public FrameSource {
 public:
  ImageFolderSource(std::string folder, std::vector<std::string> files, std::size_t first)
      : folder_(std::move(folder)), files_(std::move(files)), position_(first) {}

  bool next(Frame& frame) override {
    while (position_ < files_.size()) {
      const std::string& file = files_[position_];
      const auto index = static_cast<std::int64_t>(position_++);
      cv::Mat image;
      try {
        image = readBgrImage(file);  // bounded: a huge image is refused from its header
      } catch (const MediaError& e) {
        logger("media")->warn("Skipped {}", e.what());
        skipped_.push_back({file, e.what()});
        continue;
      }
      frame.bgr = image;
      frame.index = index;
      frame.timestamp = 0;
      frame.hasTimestamp = false;
      frame.name = file;
      return true;
    }
    return false;
  }
  std::int64_t frameCountHint() const override { return static_cast<std::int64_t>(files_.size()); }
  std::string description() const override { return folder_; }
  std::vector<SkippedFile> skippedFiles() const override { return skipped_; }

 private:
  std::string folder_;
  std::vector<std::string> files_;
  std::size_t position_;
  std::vector<SkippedFile> skipped_;
};

}  // namespace

std::unique_ptr<FrameSource> openImageFolder(const std::string& folder, std::size_t first) {
  auto files = listImageFiles(folder);
  if (files.empty()) throw MediaError("Folder '" + folder + "' holds no images (jpg, png, bmp, tiff, webp).");
  return std::make_unique<ImageFolderSource>(folder, std::move(files), std::min(first, files.size() - 1));
}

}  // namespace mien
