// libFuzzer target: option values as users and sidecars give them. The bytes are "name=value" lines, each set on
// an engine description through its field table (the CLI flags, the GUI settings and the sidecar all use it),
// then the description goes to JSON and back. Every value is accepted or refused in one sentence.
#include <cstddef>
#include <cstdint>
#include <string>

#include "common/errors.h"
#include "common/option_range.h"
#include "model/engine_spec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  mien::EngineSpec spec;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string line = text.substr(start, end - start);
    const std::size_t eq = line.find('=');
    try {
      if (eq != std::string::npos) spec.set(line.substr(0, eq), line.substr(eq + 1));
      else mien::parseOption("--fuzz", line, {-1e6, 1e6, (line.size() % 2) == 0});
    } catch (const mien::ModelError&) {
    }
    start = end + 1;
  }
  try {
    mien::EngineSpec::fromJson(spec.toJson());
  } catch (const mien::ModelError&) {
  }
  return 0;
}
