// A Python pickle reader that only understands what a PyTorch state dict needs and runs no code.
//
// It accepts dicts, OrderedDicts, lists, tuples, numbers, strings, tensors rebuilt by
// torch._utils._rebuild_tensor_v2 / _rebuild_parameter and typed storages of any dtype and any
// location tag. Every other global (os.system, builtins.eval, ...) is refused with a clear error.
// In a TorchScript archive's data.pkl, the scripted classes ("__torch__.*") may be named too: an object of one
// is only its name and the state its BUILD gives, never constructed and never handed to a __setstate__.
#pragma once
#include <ATen/Tensor.h>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mien {

struct PickleValue;
using PickleValuePtr = std::shared_ptr<PickleValue>;

struct PickleValue {
  enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Tensor, Storage, Global, Object };
  Kind kind = Kind::None;
  bool boolean = false;
  std::int64_t integer = 0;
  double real = 0;
  std::string text;  // String, Bytes, or "module.name" of a Global or of an Object's class
  std::vector<PickleValuePtr> items;                                // Tuple, List
  std::vector<std::pair<PickleValuePtr, PickleValuePtr>> entries;  // Dict, in insertion order; an Object's attributes
  PickleValuePtr state;  // an Object's state when it is not an attribute dict (a custom __getstate__'s)
  at::Tensor tensor;                                                // Tensor, Storage (1-D)
  int depth = 1;        // nesting depth, bounded so that deep input cannot exhaust the stack
  bool frozen = false;  // set once stored inside another container: prevents cycles

  const PickleValue* find(const std::string& key) const;  // Dict lookup by string key
};

// Returns the storage with `key` as a 1-D CPU tensor of `numel` elements of `dtype`.
using StorageLoader = std::function<at::Tensor(const std::string& key, at::ScalarType dtype, std::int64_t numel)>;

// Throws ModelError naming `name` for malformed input and for anything outside the whitelist.
enum class PickleClasses { StateDictOnly, TorchScriptObjects };
PickleValuePtr unpickleRestricted(const std::uint8_t* data, std::size_t size, const StorageLoader& storages,
                                  const std::string& name, PickleClasses classes = PickleClasses::StateDictOnly);

}  // namespace mien
