// The files a trained head is made of, and saving them under a new name. A head is its weights in the authors'
// format (.pth), a .safetensors copy, the training record (.json) and, for GFER heads, the manifest that names
// its classes ("<weights>.manifest.json").
#pragma once
#include <string>
#include <vector>

namespace mien {

struct HeadFiles {
  std::string weights, safetensors, record, manifest;
  static HeadFiles of(const std::string& weightsPath);  // the family of "dir/name.pth"
};

// Copies the family of `trainedHead` to that of `target` (a .pth path). Every file is written beside its final
// name first; the names change only when all are written, so a failure leaves the target as it was. The
// manifest is rewritten to name the new file. Throws std::runtime_error naming the file that failed.
void saveHeadAs(const std::string& trainedHead, const std::string& target);

// "<folder>-expclip-head.pth" or "<folder>-gfer-head.pth".
std::string suggestedHeadFileName(const std::string& folderName, bool gfer);

}  // namespace mien
