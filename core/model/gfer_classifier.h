// The Classifier for a GFER head: fixed classes, CLIP features masked by the ResNet, linear logits.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/classifier.h"
#include "model/clip_model.h"
#include "model/gfer_head.h"
#include "model/model_manifest.h"
#include "model/preprocessing.h"

namespace mien {

// The names of a GFER head's outputs, in order: its own manifest's (beside it or a catalogue entry listing it),
// which must name every output; else the catalogue default's when they are as many; else class_0, class_1, ...
// with a warning. A manifest of its own that disagrees with the head throws ModelError.
std::vector<std::string> gferClassNames(const std::optional<ModelManifest>& manifest, const GferHead& head,
                                        const std::string& headPath);

std::unique_ptr<Classifier> makeGferClassifier(std::shared_ptr<ClipModel> model, GferHead head,
                                                std::vector<std::string> classNames, Preprocessing preprocessing);

// True when `path` holds a GFER checkpoint (features.* and fc.*) rather than an Exp-CLIP head.
bool isGferCheckpoint(const std::string& path);

}  // namespace mien
