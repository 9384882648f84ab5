// Clip-level evaluation, the authors' Dynamic_FER test: N frames sampled per clip as they sample them, each face's
// feature through the classifier, the features averaged over the clip, then classified as one.
#pragma once
#include <atomic>
#include <functional>
#include <vector>

#include "train/evaluation.h"
#include "train/labelled_clips.h"

namespace mien {

struct ClipFaces {
  std::vector<RgbImage> faces;          // one per sampled frame that has one (repeats where the sampling repeats)
  std::int64_t framesWithoutFace = 0;   // video files: sampled frames with no face found
};

// Frame folders hold face crops already (as the authors' data does); video files give each sampled frame's
// largest face. Throws MediaError naming the clip when it cannot be read or holds fewer frames than its list says.
ClipFaces sampledClipFaces(const LabelledClip& clip, int clipFrames, LabelledFaceReader& reader);

// A clip's probabilities (classNames() order) from the mean of its faces' features.
std::vector<float> classifyClip(Classifier& classifier, const std::vector<RgbImage>& faces);

EvaluationReport evaluateOnClips(const LabelledClips& clips, const FaceScanSettings& faces,
                                 const std::vector<EvaluationMethod>& methods, int clipFrames,
                                 const std::function<void(std::int64_t, std::int64_t)>& progress = {},
                                 const std::atomic<bool>* cancel = nullptr);

}  // namespace mien
