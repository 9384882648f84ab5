// The loop both trainers (Exp-CLIP and GFER) run: epochs from the one after the last finished to the last,
// each shuffled by a generator seeded from (seed, epoch) so a resumed run sees the same batches without saving
// random state; after each epoch its checkpoint (epoch-<N>.pth, .safetensors, .json) and then the report.
#pragma once
#include <ATen/core/Generator.h>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "model/tensor_map.h"

namespace mien {

struct EpochCheckpoint {
  std::function<void(const std::string& path)> saveHead;  // the head in the authors' .pth format
  TensorMap state;                                        // what resuming needs: weights and optimiser state
  std::map<std::string, std::string> metadata;
  nlohmann::json record;  // the epoch's numbers and settings, for people
};

struct EpochLoop {
  int firstEpoch = 1, lastEpoch = 1;
  std::uint64_t seed = 0;
  std::string checkpointDir;  // "" for none
};

// `trainEpoch(number, generator)` trains one epoch and returns false when it was cancelled; `checkpoint(number)`
// and `finished(number)` follow each complete epoch. False when cancelled.
bool runEpochs(const EpochLoop& loop, const std::function<bool(int, at::Generator&)>& trainEpoch,
               const std::function<EpochCheckpoint(int)>& checkpoint, const std::function<void(int)>& finished);

at::Tensor shuffledOrder(std::int64_t count, at::Generator& generator);

}  // namespace mien
