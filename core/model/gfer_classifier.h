// The Classifier for a GFER head: fixed classes, CLIP features masked by the ResNet, linear logits.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "model/classifier.h"
#include "model/clip_model.h"
#include "model/gfer_head.h"
#include "model/preprocessing.h"

namespace mien {

std::unique_ptr<Classifier> makeGferClassifier(std::shared_ptr<ClipModel> model, GferHead head,
                                                std::vector<std::string> classNames, Preprocessing preprocessing);

// True when `path` holds a GFER checkpoint (features.* and fc.*) rather than an Exp-CLIP head.
bool isGferCheckpoint(const std::string& path);

}  // namespace mien
