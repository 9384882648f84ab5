// Tables that map element-type names in weights files to LibTorch scalar types.
#include "model/dtype_names.h"

#include <utility>
#include <vector>

#include "common/errors.h"

namespace mien {
namespace {

const std::vector<std::pair<std::string, at::ScalarType>>& safetensorsTable() {
  static const std::vector<std::pair<std::string, at::ScalarType>> table = {
      {"F64", at::kDouble}, {"F32", at::kFloat}, {"F16", at::kHalf},  {"BF16", at::kBFloat16},
      {"I64", at::kLong},   {"I32", at::kInt},   {"I16", at::kShort}, {"I8", at::kChar},
      {"U8", at::kByte},    {"BOOL", at::kBool}};
  return table;
}

const std::vector<std::pair<std::string, at::ScalarType>>& storageTable() {
  static const std::vector<std::pair<std::string, at::ScalarType>> table = {
      {"DoubleStorage", at::kDouble}, {"FloatStorage", at::kFloat}, {"HalfStorage", at::kHalf},
      {"BFloat16Storage", at::kBFloat16}, {"LongStorage", at::kLong}, {"IntStorage", at::kInt},
      {"ShortStorage", at::kShort}, {"CharStorage", at::kChar}, {"ByteStorage", at::kByte},
      {"BoolStorage", at::kBool}};
  return table;
}

std::optional<at::ScalarType> find(const std::vector<std::pair<std::string, at::ScalarType>>& table,
                                   const std::string& name) {
  for (const auto& [n, t] : table)
    if (n == name) return t;
  return std::nullopt;
}

std::string findName(const std::vector<std::pair<std::string, at::ScalarType>>& table, at::ScalarType type) {
  for (const auto& [n, t] : table)
    if (t == type) return n;
  throw ModelError(std::string("Tensors of type ") + c10::toString(type) + " cannot be saved.");
}

}  // namespace

std::optional<at::ScalarType> scalarTypeFromSafetensorsName(const std::string& name) {
  return find(safetensorsTable(), name);
}
std::string safetensorsName(at::ScalarType type) { return findName(safetensorsTable(), type); }
std::optional<at::ScalarType> scalarTypeFromStorageName(const std::string& name) {
  return find(storageTable(), name);
}
std::string storageName(at::ScalarType type) { return findName(storageTable(), type); }

}  // namespace mien
