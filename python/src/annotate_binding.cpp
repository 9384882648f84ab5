// Annotation from Python: the same options, job and files as mien-cli annotate.
#include "annotate_binding.h"

#include <mutex>
#include <optional>
#include <pybind11/stl.h>

#include "common/errors.h"
#include "engine_binding.h"
#include "interruptible_call.h"
#include "pipeline/annotation_inputs.h"
#include "pipeline/annotation_job.h"
#include "prompt_arguments.h"

namespace py = pybind11;

namespace mien::python {
namespace {

struct AnnotateArguments {
  std::vector<std::string> inputs;
  std::string outputDir;
  bool resume = false;
  bool skipFailures = false;
  py::object progress;
};

py::dict outcomeDict(const std::string& input, const AnnotationOutcome& o) {
  py::dict d;
  d["input"] = input;
  d["csv"] = o.paths.csv;
  d["sidecar"] = o.paths.sidecar;
  d["frames"] = o.frames;
  d["faces"] = o.faces;
  d["resumed"] = o.resumed;
  d["skipped_as_complete"] = o.skippedAsComplete;
  d["seconds"] = o.seconds;
  d["damaged_packets"] = o.damagedPackets;
  d["stopped_early"] = o.stoppedEarly.empty() ? py::object(py::none()) : py::object(py::str(o.stoppedEarly));
  d["error"] = py::none();
  return d;
}

py::dict progressDict(const std::string& input, std::size_t index, std::size_t count, const SessionProgress& p) {
  py::dict d;
  d["input"] = input;
  d["index"] = index;
  d["count"] = count;
  d["frames_done"] = p.framesDone;
  d["frames_total"] = p.framesTotal < 0 ? py::object(py::none()) : py::object(py::int_(p.framesTotal));
  d["fps"] = p.fps;
  d["eta_s"] = p.etaSeconds < 0 ? py::object(py::none()) : py::object(py::float_(p.etaSeconds));
  return d;
}

// One input; progress reaches the callback on the calling thread, Ctrl-C and the callback's errors cancel the job,
// which then leaves no final CSV or sidecar.
AnnotationOutcome runOne(PythonEngine& engine, const std::string& input, const AnnotationOptions& options,
                         const AnnotateArguments& a, std::size_t index, std::size_t count) {
  std::mutex mutex;
  std::optional<SessionProgress> pending;
  AnnotationOutcome outcome;
  callInterruptibly(
      engine.worker(),
      [&](const std::atomic<bool>& cancel) {
        AnnotationCallbacks callbacks;
        callbacks.cancel = &cancel;
        callbacks.progress = [&](const SessionProgress& p) {
          std::lock_guard<std::mutex> lock(mutex);
          pending = p;
        };
        std::lock_guard<std::mutex> engineLock(engine.mutex());
        useThreadLayoutOf(engine.classifier());
        outcome = annotateInput(input, options, engine.classifier(), a.outputDir, a.resume, callbacks);
      },
      [&] {
        std::optional<SessionProgress> report;
        {
          std::lock_guard<std::mutex> lock(mutex);
          report.swap(pending);
        }
        if (report && !a.progress.is_none()) a.progress(progressDict(input, index, count, *report));
      });
  return outcome;
}

py::list annotate(PythonEngine& engine, const std::vector<std::string>& inputs, const std::string& outputDir,
                  const py::object& classes, const py::object& prompts, const std::string& templateText, int every,
                  double fps, double start, double end, bool longLayout, float smooth, float margin, int batchFrames,
                  bool video, bool resume, const std::string& onError, const py::object& progress, double lostTrackTime,
                  const std::string& participants, const py::object& dimensions, int window, bool windowValidOnly,
                  const py::dict& quality) {
  if (onError != "raise" && onError != "skip") throw py::value_error("on_error= is 'raise' or 'skip'.");
  AnnotationOptions o;
  o.prompts = withDimensions(promptSetFrom(classes, prompts, templateText), engine.defaultPrompts(), dimensions);
  o.engine = engine.classifier().spec();
  o.layout = longLayout ? CsvLayout::Long : CsvLayout::Wide;
  o.sampling.everyNth = every;
  o.sampling.targetFps = fps;
  o.sampling.startSeconds = start;
  o.sampling.endSeconds = end;
  o.session.smoothingAlpha = smooth;
  o.session.alignment.margin = margin;
  o.session.framesPerGroup = batchFrames;
  o.annotatedVideo = video;
  o.session.tracker.lostSeconds = lostTrackTime;
  o.participants = participants;
  o.session.windowFrames = window;
  o.session.windowValidOnly = windowValidOnly;
  // valid_min_size= ... valid_min_score=, as --valid-*: the thresholds that decide each face's `valid`.
  const std::pair<const char*, double QualityThresholds::*> thresholds[] = {
      {"valid_min_size", &QualityThresholds::minSizePx}, {"valid_min_sharpness", &QualityThresholds::minSharpness},
      {"valid_max_yaw", &QualityThresholds::maxYaw},     {"valid_max_pitch", &QualityThresholds::maxPitch},
      {"valid_max_roll", &QualityThresholds::maxRoll},   {"valid_min_score", &QualityThresholds::minScore}};
  for (const auto& [name, member] : thresholds)
    if (quality.contains(name) && !quality[name].is_none()) o.session.quality.*member = quality[name].cast<double>();
  o.validate();
  if (inputs.empty()) throw ModelError("No input given: name video files, image folders or globs.");

  AnnotateArguments a{expandAnnotationInputs(inputs), outputDir, resume, onError == "skip", progress};
  requireParticipantFiles(a.inputs, o.participants);
  py::list outcomes;
  for (std::size_t i = 0; i < a.inputs.size(); ++i) {
    try {
      outcomes.append(outcomeDict(a.inputs[i], runOne(engine, a.inputs[i], o, a, i, a.inputs.size())));
    } catch (const py::error_already_set&) {
      throw;  // KeyboardInterrupt, or the progress callback's own exception
    } catch (const std::exception& e) {
      if (!a.skipFailures) throw;
      AnnotationOutcome none;
      none.paths = AnnotationPaths::forInput(a.inputs[i], outputDir);
      py::dict failed = outcomeDict(a.inputs[i], none);
      failed["error"] = e.what();
      outcomes.append(failed);
    }
  }
  return outcomes;
}

}  // namespace

void registerAnnotate(py::module_& m) {
  m.def("_annotate", &annotate, py::arg("engine"), py::arg("inputs"), py::arg("out_dir"), py::arg("classes"),
        py::arg("prompts"), py::arg("template"), py::arg("every"), py::arg("fps"), py::arg("start"), py::arg("end"),
        py::arg("long"), py::arg("smooth"), py::arg("margin"), py::arg("batch_frames"), py::arg("video"),
        py::arg("resume"), py::arg("on_error"), py::arg("progress"), py::arg("lost_track_time"), py::arg("participants"),
        py::arg("dimensions"), py::arg("window"), py::arg("window_valid_only"), py::arg("quality"));
}

}  // namespace mien::python
