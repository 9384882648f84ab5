// libFuzzer target: what --resume and --from-sidecar read back from disk: the resume state (with the CSV byte
// count checked against the .part size) and the run sidecar's options.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/errors.h"
#include "pipeline/annotation_options.h"
#include "pipeline/resume_state.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  static const nlohmann::json options = mien::AnnotationOptions{}.toJson();
  try {
    mien::parseResumePoint(text, "fuzz", options, size * 3);
  } catch (const mien::ModelError&) {
  }
  try {
    std::string input;
    mien::AnnotationOptions::fromSidecar(text, "fuzz", input).toJson();
  } catch (const mien::ModelError&) {
  }
  return 0;
}
