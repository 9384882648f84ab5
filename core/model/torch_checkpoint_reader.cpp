// torch.save zip layout: "<name>/data.pkl" (the pickle), "<name>/data/<key>" (raw storages), "<name>/byteorder".
#include "model/torch_checkpoint_reader.h"

#include <ATen/ATen.h>
#include <cstring>

#include "common/errors.h"
#include "common/mapped_file.h"
#include "model/zip_archive.h"

namespace mien {
namespace {

std::string recordPrefix(const ZipArchiveReader& zip, const std::string& path) {
  for (const auto& n : zip.names()) {
    const auto slash = n.find('/');
    if (slash != std::string::npos && n.substr(slash) == "/data.pkl") return n.substr(0, slash + 1);
  }
  throw ModelError("'" + path + "' is a zip file but not a PyTorch checkpoint (it has no data.pkl).");
}

}  // namespace

WeightsContainer detectWeightsContainer(const std::string& path) {
  MappedFile file(path);
  if (file.size() >= 4 && std::memcmp(file.data(), "PK\x03\x04", 4) == 0) {
    ZipArchiveReader zip(file.data(), file.size(), path);
    for (const auto& n : zip.names())
      if (n.size() >= 14 && n.compare(n.size() - 14, 14, "/constants.pkl") == 0) return WeightsContainer::TorchScriptArchive;
    return WeightsContainer::TorchCheckpoint;
  }
  if (file.size() >= 9 && file.data()[8] == '{') return WeightsContainer::Safetensors;
  return WeightsContainer::Unknown;
}

PickleValuePtr readTorchCheckpoint(const std::string& path) {
  const auto file = std::make_shared<const MappedFile>(path);
  return parseTorchCheckpoint(file->data(), file->size(), path, PickleClasses::StateDictOnly, file);
}

PickleValuePtr parseTorchCheckpoint(const std::uint8_t* data, std::size_t size, const std::string& path,
                                    PickleClasses classes, std::shared_ptr<const MappedFile> mapping,
                                    StorageMemory memory) {
  if (size < 4 || std::memcmp(data, "PK\x03\x04", 4) != 0) {
    if (size >= 2 && data[0] == 0x80)
      throw ModelError("'" + path + "' uses PyTorch's legacy (pre-1.6) format; load it in Python and save it again " +
                       "with torch.save to get the zip format Mien reads.");
    throw ModelError("'" + path + "' is not a PyTorch checkpoint (no zip signature).");
  }
  ZipArchiveReader zip(data, size, path);
  const std::string prefix = recordPrefix(zip, path);
  if (zip.contains(prefix + "byteorder")) {
    auto [bytes, size] = zip.entry(prefix + "byteorder");
    if (std::string(reinterpret_cast<const char*>(bytes), size) != "little")
      throw ModelError("'" + path + "' was saved on a big-endian machine; Mien reads little-endian checkpoints only.");
  }
  StorageLoader loadStorage = [&](const std::string& key, at::ScalarType dtype, std::int64_t numel) {
    if (key.find('/') != std::string::npos || key.find("..") != std::string::npos)
      throw ModelError("'" + path + "' names a storage outside its data folder: '" + key + "'.");
    auto [bytes, size] = zip.entry(prefix + "data/" + key);
    const std::size_t needed = static_cast<std::size_t>(numel) * at::elementSize(dtype);
    if (size < needed)
      throw ModelError("'" + path + "' is truncated: storage '" + key + "' has " + std::to_string(size) +
                       " bytes but needs " + std::to_string(needed) + ".");
    const auto options = at::TensorOptions().dtype(dtype);
    if (mapping && memory == StorageMemory::MappedReadOnly && needed) {
      // The view keeps the map open; its pages go when the last tensor on it does.
      return at::from_blob(const_cast<std::uint8_t*>(bytes), {numel}, [mapping, bytes, needed](void*) {
        mapping->releasePages(bytes, needed);
      }, options);
    }
    at::Tensor t = at::empty({numel}, options);
    if (needed) std::memcpy(t.data_ptr(), bytes, needed);
    if (mapping) mapping->releasePages(bytes, needed);
    return t;
  };
  auto [pickle, pickleSize] = zip.entry(prefix + "data.pkl");
  return unpickleRestricted(pickle, pickleSize, loadStorage, path, classes);
}

TensorMap stateDictFrom(const PickleValue& root, const std::string& path, const std::vector<std::string>& nestedKeys) {
  if (root.kind != PickleValue::Kind::Dict)
    throw ModelError("'" + path + "' does not hold a state dict (its top-level object is not a dict).");
  auto collect = [](const PickleValue& dict) {
    TensorMap out;
    for (const auto& [k, v] : dict.entries)
      if (k->kind == PickleValue::Kind::String && v->kind == PickleValue::Kind::Tensor) out[k->text] = v->tensor;
    return out;
  };
  TensorMap direct = collect(root);
  if (!direct.empty()) return direct;
  for (const auto& key : nestedKeys) {
    const PickleValue* nested = root.find(key);
    if (nested && nested->kind == PickleValue::Kind::Dict) return collect(*nested);
  }
  throw ModelError("'" + path + "' holds no tensors at its top level nor under any of the keys it is expected to use.");
}

TensorMap readTorchStateDict(const std::string& path) {
  auto root = readTorchCheckpoint(path);
  return stateDictFrom(*root, path);
}

}  // namespace mien
