// GFER speed on this machine: training images per second (CLIP forward + ResNet forward/backward + Adam, with
// the authors' augmentation) and inference milliseconds per face, at the paper's sizes with random weights.
#pragma once
#include <iosfwd>
#include <string>

namespace mien {

void runGferBenchmark(const std::string& architecture, int batch, int steps, std::ostream& out);

}  // namespace mien
