// Reads PyTorch zip checkpoints (torch.save) without running pickled code; storages of any
// device tag ("cuda:0" included) land on the CPU.
#pragma once
#include <string>
#include <vector>

#include "model/restricted_unpickler.h"
#include "model/tensor_map.h"

namespace mien {

enum class WeightsContainer { TorchCheckpoint, TorchScriptArchive, Safetensors, Unknown };

// Looks at the first bytes and, for zips, at the records inside.
WeightsContainer detectWeightsContainer(const std::string& path);

// The whole pickled object of a torch.save zip file.
PickleValuePtr readTorchCheckpoint(const std::string& path);
// The same from bytes in memory; `name` is used in error messages. TorchScript archives (torch.jit.save) share
// the layout; their data.pkl names scripted classes, which `classes` must then allow.
PickleValuePtr parseTorchCheckpoint(const std::uint8_t* data, std::size_t size, const std::string& name,
                                    PickleClasses classes = PickleClasses::StateDictOnly);

// The tensors of a state dict: the root dict's tensor values, or those of the first of
// `nestedKeys` that holds a dict (e.g. "state_dict", "model_state_dict"). Non-tensor values are skipped.
TensorMap stateDictFrom(const PickleValue& root, const std::string& path,
                        const std::vector<std::string>& nestedKeys = {"state_dict", "model_state_dict", "model"});

// readTorchCheckpoint + stateDictFrom.
TensorMap readTorchStateDict(const std::string& path);

}  // namespace mien
