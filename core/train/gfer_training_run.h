// One GFER training run on a labelled folder: faces read (aligned crops or detected), a seeded stratified
// validation split, the head started fresh (optionally with a ResNet backbone file) or from a GFER head,
// trained with checkpoints and resume, and written in the authors' layout with a manifest naming its classes.
#pragma once
#include <atomic>
#include <functional>
#include <string>

#include "train/checkpoint_files.h"
#include "train/gfer_trainer.h"
#include "train/labelled_folder.h"

namespace mien {

struct GferRunSettings {
  GferTrainingSettings training;
  std::string clipModel;    // CLIP weights (the paper uses ViT-B/32)
  std::string startHead;    // a GFER head to continue from, or ""
  std::string backbone;     // ResNet initialisation in the layout of resnet18_msceleb.pth, or "" (from scratch)
  std::vector<std::int64_t> resnetWidths = {64, 128, 256};  // a fresh head's first three stages (ResNet-18)
  double validationShare = 0.1;
  FaceScanSettings faces;
  std::string cachePath;      // SQLite feature cache for the frozen CLIP side, or ""
  std::string checkpointDir;  // per-epoch checkpoints; resume looks here
  std::string outputPath;     // the trained head (.pth); .safetensors, .json and .manifest.json beside it
  bool resume = false;
};

struct GferRunOutcome {
  int epochsDone = 0, resumedAfterEpoch = 0;
  std::int64_t trainingFaces = 0, validationFaces = 0, withoutFace = 0;
  bool cancelled = false;
  GferEpochReport last;
};

// `stage(text, done, total)` reports reading faces and encoding; `onEpoch` each finished epoch.
GferRunOutcome runGferTraining(const LabelledFolder& folder, const GferRunSettings& settings,
                               const std::function<void(const GferEpochReport&)>& onEpoch = {},
                               const std::function<void(const std::string&, std::int64_t, std::int64_t)>& stage = {},
                               const std::atomic<bool>* cancel = nullptr);

}  // namespace mien
