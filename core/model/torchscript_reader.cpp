// A module is an Object whose attributes hold its tensors and its submodules; anything else in it (flags,
// hooks, numbers) is not a weight.
#include "model/torchscript_reader.h"

#include "common/errors.h"
#include "common/mapped_file.h"
#include "model/restricted_unpickler.h"
#include "model/torch_checkpoint_reader.h"

namespace mien {
namespace {

using Kind = PickleValue::Kind;

void collect(const PickleValue& module, const std::string& prefix, const std::string& name, TensorMap& out) {
  if (module.state)
    throw ModelError("'" + name + "' holds a scripted module (" + module.text +
                     ") that saves its own state through code; Mien reads weights only from plain modules and does "
                     "not run code from model files. Export the weights with torch.save(model.state_dict()).");
  for (const auto& [key, value] : module.entries) {
    if (key->kind != Kind::String) continue;
    if (value->kind == Kind::Tensor) out[prefix + key->text] = value->tensor;
    else if (value->kind == Kind::Object) collect(*value, prefix + key->text + ".", name, out);
  }
}

}  // namespace

TensorMap parseTorchScriptParameters(const std::uint8_t* data, std::size_t size, const std::string& name) {
  const PickleValuePtr root = parseTorchCheckpoint(data, size, name, PickleClasses::TorchScriptObjects);
  if (root->kind != Kind::Object)
    throw ModelError("'" + name + "' is a TorchScript archive without a module at its root; it is not a model Mien reads.");
  TensorMap out;
  collect(*root, "", name, out);
  for (const char* dropped : {"input_resolution", "context_length", "vocab_size"}) out.erase(dropped);
  if (out.empty()) throw ModelError("'" + name + "' is a TorchScript archive without any weights.");
  return out;
}

TensorMap readTorchScriptParameters(const std::string& path) {
  MappedFile file(path);
  return parseTorchScriptParameters(file.data(), file.size(), path);
}

}  // namespace mien
