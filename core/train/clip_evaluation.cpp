#include "train/clip_evaluation.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "common/errors.h"
#include "media/image_file.h"
#include "media/image_folder_source.h"
#include "media/video_file_source.h"
#include "common/option_range.h"
#include "train/clip_sampling.h"

namespace mien {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> frameFiles(const std::string& folder) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec))
    if (!isHiddenEntry(e.path()) && e.is_regular_file(ec) && isImageFileName(e.path().string()))
      files.push_back(e.path().string());
  std::sort(files.begin(), files.end());  // the authors' glob('*') + sort: by file name, no dot files
  return files;
}

ClipFaces frameFolderFaces(const LabelledClip& clip, int clipFrames) {
  const auto files = frameFiles(clip.path);
  if (files.empty()) throw MediaError("The clip folder '" + clip.path + "' holds no frames (images).");
  const std::int64_t count = clip.frames > 0 ? clip.frames : static_cast<std::int64_t>(files.size());
  ClipFaces out;
  for (const auto index : authorsClipFrameIndices(count, clipFrames)) {
    if (index >= static_cast<std::int64_t>(files.size()))
      throw MediaError("The clip folder '" + clip.path + "' holds " + std::to_string(files.size()) +
                       " frames, but its list gives " + std::to_string(count) + "; correct the list's frame count.");
    out.faces.push_back(readRgbImage(files[static_cast<std::size_t>(index)]));
  }
  return out;
}

ClipFaces videoFaces(const LabelledClip& clip, int clipFrames, LabelledFaceReader& reader) {
  std::int64_t count = clip.frames;
  if (count < 1) {  // count the frames first: the sampling needs their number
    count = 0;
    Frame frame;
    for (auto source = openVideoFile(clip.path); source->next(frame);) ++count;
  }
  if (count == 0) throw MediaError("The clip '" + clip.path + "' holds no frames.");
  const auto indices = authorsClipFrameIndices(count, clipFrames);
  ClipFaces out;
  auto source = openVideoFile(clip.path);
  Frame frame;
  std::int64_t position = -1;
  std::optional<RgbImage> face;
  for (const auto index : indices) {
    while (position < index && source->next(frame)) {
      ++position;
      if (position == index) face = reader.largestFace(frame.bgr);
    }
    if (position < index) break;  // the file ends before the frame its list names
    if (face) out.faces.push_back(*face);
    else ++out.framesWithoutFace;
  }
  return out;
}

}  // namespace

ClipFaces sampledClipFaces(const LabelledClip& clip, int clipFrames, LabelledFaceReader& reader) {
  std::error_code ec;
  return fs::is_directory(clip.path, ec) ? frameFolderFaces(clip, clipFrames) : videoFaces(clip, clipFrames, reader);
}

std::vector<float> classifyClip(Classifier& classifier, const std::vector<RgbImage>& faces) {
  const auto frames = classifier.classifyFaces(faces);
  std::vector<double> sum(frames.front().feature.size(), 0.0);
  for (const auto& f : frames)
    for (std::size_t d = 0; d < sum.size(); ++d) sum[d] += f.feature[d];
  std::vector<float> mean(sum.size());
  for (std::size_t d = 0; d < sum.size(); ++d) mean[d] = static_cast<float>(sum[d] / static_cast<double>(frames.size()));
  return classifier.classifyFeatureMeans({mean}).front().probabilities;
}

EvaluationReport evaluateOnClips(const LabelledClips& clips, const FaceScanSettings& faceSettings,
                                 const std::vector<EvaluationMethod>& methods, int clipFrames,
                                 const std::function<void(std::int64_t, std::int64_t)>& progress,
                                 const std::atomic<bool>* cancel) {
  checkOption("--clip-frames", clipFrames, kClipFrames);
  EvaluationReport report;
  report.unit = "clips";
  report.methods = emptyEvaluations(clips.classNames, methods);
  LabelledFaceReader reader(faceSettings);
  const auto total = static_cast<std::int64_t>(clips.clips.size());
  for (const auto& clip : clips.clips) {
    if (cancel && *cancel) {
      report.cancelled = true;
      break;
    }
    ++report.images;
    ClipFaces sampled;
    try {
      sampled = sampledClipFaces(clip, clipFrames, reader);
    } catch (const MediaError& e) {
      report.skipped.emplace_back(clip.path, e.what());
      if (progress) progress(report.images, total);
      continue;
    }
    report.framesWithoutFace += sampled.framesWithoutFace;
    if (sampled.faces.empty()) {
      ++report.noFace;
      report.skipped.emplace_back(clip.path, "no face in any sampled frame");
    } else {
      for (std::size_t m = 0; m < methods.size(); ++m) {
        const auto p = classifyClip(*methods[m].classifier, sampled.faces);
        const auto predicted = std::max_element(p.begin(), p.end()) - p.begin();
        ++report.methods[m].confusion[static_cast<std::size_t>(clip.label)][static_cast<std::size_t>(predicted)];
      }
    }
    if (progress) progress(report.images, total);
  }
  for (auto& e : report.methods) computeRates(e);
  return report;
}

}  // namespace mien
