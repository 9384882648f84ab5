// End-to-end timings: videos (the one given and a 1080p copy) through decode -> detect -> align -> encode + label -> CSV rows, with the share
// of each stage, and single-frame latency from frame to labels for one and five faces.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace mien {

struct PipelineBenchmarkOptions {
  std::string video;           // default: single_face.mp4 from the shared media
  std::string mediaDirectory;  // where astronaut.png (1 face) and multi_face.jpg (5 faces) are
  std::string model = "ViT-B/32";
  std::vector<std::string> precisions = {"fp32", "int8"};
  int threads = 0;
  int latencyRuns = 20;
};

// Prints a table and one JSON line per result.
void runPipelineBenchmark(const PipelineBenchmarkOptions& options, std::ostream& out);

}  // namespace mien
