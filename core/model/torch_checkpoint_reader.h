// Reads PyTorch zip checkpoints (torch.save) without running pickled code; storages of any
// device tag ("cuda:0" included) land on the CPU.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "model/restricted_unpickler.h"
#include "model/tensor_map.h"

namespace mien {

class MappedFile;

enum class WeightsContainer { TorchCheckpoint, TorchScriptArchive, Safetensors, Unknown };

// Looks at the first bytes and, for zips, at the records inside.
WeightsContainer detectWeightsContainer(const std::string& path);

// Where storages live: copied into memory the caller owns (and may write to), or read-only views of the file's
// memory map whose pages are let go when the last tensor on them goes, so that a model converting its weights one
// tensor at a time never holds the file's copy whole beside its own.
enum class StorageMemory { Copied, MappedReadOnly };

// The whole pickled object of a torch.save zip file, read through a memory map, storages copied.
PickleValuePtr readTorchCheckpoint(const std::string& path);
// The same from bytes in memory; `name` is used in error messages. TorchScript archives (torch.jit.save) share
// the layout; their data.pkl names scripted classes, which `classes` must then allow. With `mapping` (the map the
// bytes lie in) a storage's pages are let go once copied, and MappedReadOnly storages can be views.
PickleValuePtr parseTorchCheckpoint(const std::uint8_t* data, std::size_t size, const std::string& name,
                                    PickleClasses classes = PickleClasses::StateDictOnly,
                                    std::shared_ptr<const MappedFile> mapping = nullptr,
                                    StorageMemory memory = StorageMemory::Copied);

// The tensors of a state dict: the root dict's tensor values, or those of the first of
// `nestedKeys` that holds a dict (e.g. "state_dict", "model_state_dict"). Non-tensor values are skipped.
TensorMap stateDictFrom(const PickleValue& root, const std::string& path,
                        const std::vector<std::string>& nestedKeys = {"state_dict", "model_state_dict", "model"});

// readTorchCheckpoint + stateDictFrom.
TensorMap readTorchStateDict(const std::string& path);

}  // namespace mien
