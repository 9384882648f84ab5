// How far the annotation of each input has got, read from the files runs leave in the output folder (sidecar,
// ".csv.part", resume state, lock, failure record): what `mien-cli status` shows and a cluster run's last job checks.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "pipeline/annotation_job.h"

namespace mien {

enum class InputProgress { Complete, Partial, Failed, NotStarted };
std::string progressName(InputProgress progress);  // "complete", "partial", "failed", "not started"

struct InputStatus {
  std::string input;  // as given; for inputs found in the folder, as the sidecar or failure record names it
  AnnotationPaths paths;
  InputProgress progress = InputProgress::NotStarted;
  std::int64_t frames = -1;  // complete: frames annotated; partial: frames in the last checkpoint; -1 when unknown
  std::string detail;        // failed: the error's sentence, when and where; partial: the run writing it, if any
};

// The last attempt decides: a failure record means failed; a ".csv.part" (or leftovers without a complete sidecar)
// partial; a complete sidecar with its CSV complete; nothing at all not started.
InputStatus inspectInput(const std::string& input, const std::string& outputDir);

// Every input that left a file in `outputDir`, in output-name order (when the list of inputs is not at hand:
// inputs that never started leave nothing there).
std::vector<InputStatus> inspectOutputFolder(const std::string& outputDir);

}  // namespace mien
