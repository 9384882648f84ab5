// Files are visited in sorted order, so the same folder always gives the same list.
#include "train/face_collection.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "common/option_range.h"
#include "common/json_numbers.h"
#include "common/sha256.h"
#include "common/text_file.h"
#include "media/image_file.h"
#include "media/image_folder_source.h"
#include "media/video_file_source.h"

namespace mien {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> listMediaFiles(const std::string& folder) {
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) throw MediaError("'" + folder + "' is not a folder.");
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path().string());
  if (ec) throw MediaError("Cannot read folder '" + folder + "': " + ec.message() + ".");
  std::sort(files.begin(), files.end());
  return files;
}

class Collector {
 public:
  Collector(FaceScan& scan, std::string cropsDir) : scan_(scan), cropsDir_(std::move(cropsDir)) {}

  void add(const RgbImage& crop, const std::string& source, std::int64_t frame) {
    ++scan_.facesFound;
    const std::string hash = faceCropHash(crop);
    if (!seen_.insert(hash).second) return void(++scan_.duplicates);
    const std::string path = cropsDir_ + "/" + hash + ".png";
    std::error_code ec;
    if (!fs::exists(path, ec) && !writeRgbImagePng(path, crop))
      throw MediaError("Cannot write the face crop '" + path + "'.");
    scan_.faces.push_back({hash, path, source, frame});
  }

  void addFile(const std::string& path, const std::string& source) {
    ++scan_.facesFound;
    const std::string hash = sha256OfFile(path);
    if (!seen_.insert(hash).second) return void(++scan_.duplicates);
    scan_.faces.push_back({hash, path, source, -1});
  }

 private:
  FaceScan& scan_;
  std::string cropsDir_;
  std::set<std::string> seen_;
};

}  // namespace

std::string faceCropHash(const RgbImage& crop) {
  return sha256Hex(std::to_string(crop.width) + "x" + std::to_string(crop.height) + ":" +
                   std::string(crop.pixels.begin(), crop.pixels.end()));
}

void FaceScanSettings::validate() const { checkOption("--every", videoEveryNth, kEveryNth); }

FaceScan scanFaceFolder(const std::string& folder, const std::string& cropsDir, const FaceScanSettings& settings,
                        const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel) {
  settings.validate();
  const auto files = listMediaFiles(folder);
  FaceScan scan;
  fs::create_directories(cropsDir);
  std::unique_ptr<YuNetFaceDetector> detector;
  if (!settings.alignedCrops || std::any_of(files.begin(), files.end(), [](auto& f) { return isVideoFileName(f); }))
    detector = std::make_unique<YuNetFaceDetector>(settings.detector);
  Collector collector(scan, cropsDir);
  int done = 0;
  for (const auto& file : files) {
    if (cancel && *cancel) break;
    const std::string source = fs::relative(file, folder).string();
    const bool image = isImageFileName(file), video = isVideoFileName(file);
    if (!image && !video) {
      scan.skipped.emplace_back(source, "not an image or video file");
    } else {
      ++scan.files;
      try {
        if (image && settings.alignedCrops) {
          readRgbImage(file);  // decodable, or skipped with the reason
          collector.addFile(file, source);
          ++scan.images;
        } else if (image) {
          const cv::Mat bgr = readBgrImage(file);
          const auto faces = detector->detect(bgr);
          if (faces.empty()) scan.skipped.emplace_back(source, "no face found");
          for (const auto& face : faces) collector.add(alignFace(bgr, face, settings.alignment).crop, source, -1);
          ++scan.images;
        } else {
          auto video = openVideoFile(file);
          Frame frame;
          int found = 0;
          while (video->next(frame) && !(cancel && *cancel)) {
            if (frame.index % std::max(1, settings.videoEveryNth) != 0) continue;
            for (const auto& face : detector->detect(frame.bgr)) {
              collector.add(alignFace(frame.bgr, face, settings.alignment).crop, source, frame.index);
              ++found;
            }
          }
          if (found == 0) scan.skipped.emplace_back(source, "no face found");
          ++scan.videos;
        }
      } catch (const MediaError& e) {
        scan.skipped.emplace_back(source, e.what());
      }
    }
    if (progress) progress(++done, static_cast<int>(files.size()));
  }
  if (scan.files == 0) throw MediaError("Folder '" + folder + "' holds no images or videos.");
  return scan;
}

std::string FaceScan::summary() const {
  return std::to_string(faces.size()) + " faces from " + std::to_string(images) + " images and " +
         std::to_string(videos) + " videos; " + std::to_string(duplicates) + " duplicates; " +
         std::to_string(skipped.size()) + " files skipped";
}

void FaceScan::save(const std::string& path) const {
  nlohmann::json j;
  j["counts"] = {{"files", files}, {"images", images}, {"videos", videos}, {"faces_found", facesFound},
                 {"duplicates", duplicates}};
  j["faces"] = nlohmann::json::array();
  for (const auto& f : faces) j["faces"].push_back({{"hash", f.hash}, {"crop", f.cropPath}, {"source", f.source}, {"frame", f.frame}});
  j["skipped"] = nlohmann::json::array();
  for (const auto& [file, why] : skipped) j["skipped"].push_back({{"file", file}, {"reason", why}});
  AtomicFileWriter writer(path);
  writer.write(j.dump(1));
  writer.commit();
}

FaceScan FaceScan::load(const std::string& path) {
  try {
    const auto j = nlohmann::json::parse(readWholeFile(path, "face list"));
    FaceScan scan;
    const auto& c = j.at("counts");
    scan.files = c.at("files"), scan.images = c.at("images"), scan.videos = c.at("videos");
    scan.facesFound = c.at("faces_found"), scan.duplicates = c.at("duplicates");
    for (const auto& f : j.at("faces"))
      scan.faces.push_back({f.at("hash"), f.at("crop"), f.at("source"), jsonNumber<std::int64_t>(f.at("frame"))});
    for (const auto& s : j.at("skipped")) scan.skipped.emplace_back(s.at("file"), s.at("reason"));
    return scan;
  } catch (const std::exception& e) {  // malformed JSON or a number out of range
    throw std::runtime_error("The face list '" + path + "' is damaged (" + std::string(e.what()) +
                             "); scan the folder again.");
  }
}

}  // namespace mien
