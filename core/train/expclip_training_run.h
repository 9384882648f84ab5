// One Exp-CLIP training run from cached rows: start from the authors' head or a fresh one, train with per-epoch
// checkpoints, resume from the newest checkpoint, and write the final head (.pth in the authors' format,
// .safetensors, and a .json record of settings and data).
#pragma once
#include <atomic>
#include <functional>
#include <string>

#include "train/checkpoint_files.h"
#include "train/expclip_trainer.h"
#include "train/training_rows.h"

namespace mien {

struct ExpClipRunSettings {
  ExpClipTrainingSettings training;
  std::string startHead;      // the head to fine-tune; empty: a fresh one (the LLM's size x CLIP's size)
  std::string checkpointDir;  // per-epoch checkpoints; resume looks here
  std::string outputPath;     // final head, .pth; .safetensors and .json beside it
  bool resume = false;
  std::string dataRecord = "{}";  // JSON describing the data (folder, model, LLM, instruction), kept in the record
};

struct ExpClipRunOutcome {
  int epochsDone = 0, resumedAfterEpoch = 0;
  double startLoss = 0, finalLoss = 0;
  bool cancelled = false;
};

// nn.Linear's default initialisation, seeded: U(-1/sqrt(D), 1/sqrt(D)).
ExpClipHead freshExpClipHead(std::int64_t embeddingDim, std::int64_t featureDim, std::uint64_t seed);

// Throws ModelError for sizes that do not fit (the message names both) or too few rows.
ExpClipRunOutcome runExpClipTraining(const TrainingRows& rows, const ExpClipRunSettings& settings,
                                     const std::function<void(const ExpClipEpochReport&)>& onEpoch = {},
                                     const std::atomic<bool>* cancel = nullptr);

}  // namespace mien
