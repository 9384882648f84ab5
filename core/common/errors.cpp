// Remedies of exceptions.
#include "common/errors.h"

namespace mien {

Remedy remedyOf(const std::exception& e) {
  if (const auto* model = dynamic_cast<const ModelError*>(&e)) return model->remedy();
  return Remedy::None;
}

}  // namespace mien
