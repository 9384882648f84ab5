// Safetensors writer: JSON header padded to 8 bytes, then tensors in key order.
#include "model/safetensors_writer.h"

#include <ATen/ATen.h>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "model/dtype_names.h"

namespace mien {

void writeSafetensors(const std::string& path, const TensorMap& tensors,
                      const std::map<std::string, std::string>& metadata) {
  nlohmann::json header = nlohmann::json::object();
  if (!metadata.empty()) header["__metadata__"] = metadata;
  std::map<std::string, at::Tensor> contiguous;
  std::uint64_t offset = 0;
  for (const auto& [key, tensor] : tensors) {
    at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
    const std::uint64_t bytes = t.numel() * t.element_size();
    header[key] = {{"dtype", safetensorsName(t.scalar_type())},
                   {"shape", t.sizes().vec()},
                   {"data_offsets", {offset, offset + bytes}}};
    offset += bytes;
    contiguous.emplace(key, t);
  }
  std::string headerText = header.dump();
  headerText.append((8 - headerText.size() % 8) % 8, ' ');
  unsigned char lengthBytes[8];
  std::uint64_t length = headerText.size();
  for (int i = 0; i < 8; ++i) lengthBytes[i] = static_cast<unsigned char>(length >> (8 * i));

  AtomicFileWriter out(path);
  out.write(lengthBytes, 8);
  out.write(headerText);
  for (const auto& [key, t] : contiguous) out.write(t.data_ptr(), t.numel() * t.element_size());
  out.commit();
}

}  // namespace mien
