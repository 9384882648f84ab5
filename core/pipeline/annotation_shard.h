// One task's share of an annotation's inputs, for clusters: "--shard I/N" by hand, "--shard slurm" inside a job
// array. Every task computes the same assignment from the same inputs, so together they annotate each input once.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "common/option_range.h"

namespace mien {

inline constexpr OptionRange kShardCount{1, 100000, true};  // the N of --shard I/N (and of a generated job array)

struct Shard {
  int index = 1;  // 1 to count
  int count = 1;
};

using EnvironmentLookup = std::function<const char*(const char*)>;

// "I/N", or "slurm": index = (SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP + 1 and
// count = SLURM_ARRAY_TASK_COUNT, read through `environment`. Throws ModelError in one sentence naming --shard.
Shard parseShard(const std::string& text, const EnvironmentLookup& environment);

// The inputs of `shard`, in path order. The inputs are sorted by path, then dealt out largest first (file size; a
// folder's files together) to the shard with the fewest bytes so far, the lower shard on a tie: the same for any
// order of `inputs`, and shards of about equal size.
std::vector<std::string> inputsOfShard(std::vector<std::string> inputs, Shard shard);

}  // namespace mien
