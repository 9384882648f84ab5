// Safetensors: 8-byte little-endian header length, JSON header, then the raw tensor bytes.
#include "model/safetensors_reader.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "common/errors.h"
#include "common/mapped_file.h"
#include "model/dtype_names.h"

namespace mien {
namespace {

constexpr std::uint64_t kMaxHeaderBytes = 100u << 20;

struct Entry {
  std::string key;
  at::ScalarType dtype;
  std::vector<int64_t> shape;
  std::uint64_t begin, end;
};

Entry parseEntry(const std::string& key, const nlohmann::json& value, const std::string& name) {
  auto fail = [&](const std::string& what) {
    throw ModelError("'" + name + "': tensor '" + key + "' " + what + "; the file is corrupt or not safetensors.");
  };
  if (!value.is_object()) fail("has no description object");
  if (!value.contains("dtype") || !value["dtype"].is_string()) fail("has no dtype");
  auto dtype = scalarTypeFromSafetensorsName(value["dtype"].get<std::string>());
  if (!dtype) fail("has the unknown dtype '" + value["dtype"].get<std::string>() + "'");
  if (!value.contains("shape") || !value["shape"].is_array()) fail("has no shape");
  if (!value.contains("data_offsets") || !value["data_offsets"].is_array() || value["data_offsets"].size() != 2)
    fail("has no data_offsets pair");
  Entry e{key, *dtype, {}, 0, 0};
  std::uint64_t elements = 1;
  for (const auto& d : value["shape"]) {
    if (!d.is_number_unsigned()) fail("has a negative or non-integer dimension");
    auto dim = d.get<std::uint64_t>();
    if (dim > (1ull << 40) || (dim != 0 && elements > (1ull << 40) / dim)) fail("has an absurd shape");
    elements *= dim;
    e.shape.push_back(static_cast<int64_t>(dim));
  }
  for (const auto& o : value["data_offsets"])
    if (!o.is_number_unsigned()) fail("has a non-integer data offset");
  e.begin = value["data_offsets"][0].get<std::uint64_t>();
  e.end = value["data_offsets"][1].get<std::uint64_t>();
  if (e.end < e.begin) fail("ends before it begins");
  if (e.end - e.begin != elements * at::elementSize(e.dtype))
    fail("spans " + std::to_string(e.end - e.begin) + " bytes but its shape and dtype need " +
         std::to_string(elements * at::elementSize(e.dtype)));
  return e;
}

}  // namespace

TensorMap parseSafetensors(const std::uint8_t* data, std::size_t size, const std::string& name) {
  if (size < 8) throw ModelError("'" + name + "' is truncated: it is too short to hold a safetensors header.");
  std::uint64_t headerBytes = 0;
  for (int i = 7; i >= 0; --i) headerBytes = (headerBytes << 8) | data[i];
  if (headerBytes > kMaxHeaderBytes || headerBytes > size - 8)
    throw ModelError("'" + name + "' is truncated or not safetensors: its header claims " +
                     std::to_string(headerBytes) + " bytes but the file has " + std::to_string(size) + ".");
  nlohmann::json header;
  try {
    header = nlohmann::json::parse(data + 8, data + 8 + headerBytes);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("'" + name + "' has a garbage header: it is not valid JSON, so it is not a safetensors file.");
  }
  if (!header.is_object()) throw ModelError("'" + name + "' has a safetensors header that is not a JSON object.");

  std::vector<Entry> entries;
  for (auto it = header.begin(); it != header.end(); ++it) {
    if (it.key() == "__metadata__") continue;
    entries.push_back(parseEntry(it.key(), it.value(), name));
  }
  const std::uint64_t dataBytes = size - 8 - headerBytes;
  std::vector<const Entry*> byOffset;
  for (const auto& e : entries) byOffset.push_back(&e);
  std::sort(byOffset.begin(), byOffset.end(), [](auto a, auto b) { return a->begin < b->begin; });
  std::uint64_t previousEnd = 0;
  for (const Entry* e : byOffset) {
    if (e->end > dataBytes)
      throw ModelError("'" + name + "' is truncated: tensor '" + e->key + "' ends at byte " + std::to_string(e->end) +
                       " of a data section of " + std::to_string(dataBytes) + " bytes.");
    if (e->begin < previousEnd && e->end > e->begin)
      throw ModelError("'" + name + "' is corrupt: tensor '" + e->key + "' overlaps another tensor.");
    previousEnd = std::max(previousEnd, e->end);
  }

  const std::uint8_t* base = data + 8 + headerBytes;
  TensorMap tensors;
  for (const auto& e : entries) {
    at::Tensor t = at::empty(e.shape, at::TensorOptions().dtype(e.dtype));
    if (e.end > e.begin) std::memcpy(t.data_ptr(), base + e.begin, e.end - e.begin);
    tensors.emplace(e.key, std::move(t));
  }
  return tensors;
}

TensorMap readSafetensors(const std::string& path) {
  MappedFile file(path);
  return parseSafetensors(file.data(), file.size(), path);
}

TensorMap readSafetensorsDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path single = fs::path(dir) / "model.safetensors";
  const fs::path index = fs::path(dir) / "model.safetensors.index.json";
  if (fs::exists(single)) return readSafetensors(single.string());
  if (!fs::exists(index))
    throw ModelError("'" + dir + "' has neither model.safetensors nor model.safetensors.index.json.");
  nlohmann::json indexJson;
  try {
    std::ifstream in(index);
    indexJson = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("'" + index.string() + "' is not valid JSON.");
  }
  if (!indexJson.contains("weight_map") || !indexJson["weight_map"].is_object())
    throw ModelError("'" + index.string() + "' has no weight_map object.");
  std::set<std::string> shards;
  for (auto& [key, shard] : indexJson["weight_map"].items()) {
    if (!shard.is_string()) throw ModelError("'" + index.string() + "' names no shard for '" + key + "'.");
    auto shardName = shard.get<std::string>();
    if (shardName.find('/') != std::string::npos || shardName.find("..") != std::string::npos)
      throw ModelError("'" + index.string() + "' names a shard outside its folder: '" + shardName + "'.");
    shards.insert(shardName);
  }
  TensorMap all;
  for (const auto& shard : shards) {
    for (auto& [key, tensor] : readSafetensors((fs::path(dir) / shard).string())) all[key] = tensor;
  }
  for (auto& [key, shard] : indexJson["weight_map"].items())
    if (!all.count(key))
      throw ModelError("Shard '" + shard.get<std::string>() + "' in '" + dir + "' lacks tensor '" + key +
                       "' that the index promises.");
  return all;
}

}  // namespace mien
