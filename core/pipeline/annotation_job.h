// Annotates one input (video file or image folder) into a CSV timeline and a JSON sidecar, crash-safely and
// resumably. The CLI's annotate verb and the GUI's "Annotate files..." both run this.
#pragma once
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "media/frame_source.h"
#include "model/classifier.h"
#include "pipeline/annotation_options.h"

namespace mien {

struct AnnotationPaths {
  std::string csv, sidecar, state, video;
  std::string failure;  // "<name>.failed.json": left by an attempt that failed (not by one cancelled or killed)
  static AnnotationPaths forInput(const std::string& input, const std::string& outputDir);
  static AnnotationPaths named(const std::string& stem, const std::string& outputDir);  // stem: "clip" for clip.mp4
};

struct AnnotationOutcome {
  AnnotationPaths paths;
  std::int64_t frames = 0, faces = 0;
  bool resumed = false, skippedAsComplete = false;
  double seconds = 0;
  std::int64_t damagedPackets = 0;  // skipped undecodable packets (the sidecar records them)
  std::string stoppedEarly;         // why reading ended before the file's end, if it did
  std::vector<SkippedFile> skippedFiles;  // image folders: files that are no image (the sidecar lists them)
};

struct AnnotationCallbacks {
  std::function<void(const SessionProgress&)> progress;
  const std::atomic<bool>* cancel = nullptr;
  std::function<void()> checkpoint;  // after each group's rows and resume state are on disk
};

// Throws std::runtime_error listing every set of inputs that would write the same CSV in `outputDir`
// (a/clip.mp4 and b/clip.mp4), before anything is written.
void requireDistinctOutputs(const std::vector<std::string>& inputs, const std::string& outputDir);

// Throws ModelError, before anything is written, when `participants` (--participants) is one file for several
// inputs (ids are per input) or when a participants file the inputs would use cannot be read.
void requireParticipantFiles(const std::vector<std::string>& inputs, const std::string& participants);

// `resume`: continue a killed run from its .part/.state files, or skip an input whose sidecar says it is
// complete. Throws MediaError / ModelError / std::runtime_error with one clear sentence; on any failure the
// final CSV is not created (rows so far stay in the .part file for --resume), and unless it was cancelled the
// failure record (paths.failure) names the error; a successful attempt leaves none.
AnnotationOutcome annotateInput(const std::string& input, const AnnotationOptions& options, Classifier& classifier,
                                const std::string& outputDir, bool resume, const AnnotationCallbacks& callbacks = {});

}  // namespace mien
