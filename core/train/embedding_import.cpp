// .npy header parsing (format version 1-3), safetensors through our reader, CSV/JSON mappings.
#include "train/embedding_import.h"

#include <ATen/ATen.h>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "common/errors.h"
#include "common/mapped_file.h"
#include "common/text_file.h"
#include "model/safetensors_reader.h"

namespace mien {
namespace {

std::vector<std::vector<float>> rowsOf(const at::Tensor& matrix, const std::string& path) {
  if (matrix.dim() != 2 || matrix.size(0) == 0 || matrix.size(1) == 0)
    throw ModelError("Embeddings '" + path + "' must be one non-empty [images, dimension] matrix.");
  const at::Tensor m = matrix.to(at::kFloat).contiguous();
  std::vector<std::vector<float>> rows(static_cast<std::size_t>(m.size(0)));
  for (std::int64_t i = 0; i < m.size(0); ++i) {
    const float* p = m[i].data_ptr<float>();
    rows[static_cast<std::size_t>(i)].assign(p, p + m.size(1));
  }
  return rows;
}

std::vector<std::string> csvFields(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(field);
  return fields;
}

// file name -> row index
std::map<std::string, std::int64_t> readMapping(const std::string& path) {
  const std::string text = readWholeFile(path, "embedding mapping");
  std::map<std::string, std::int64_t> rows;
  auto add = [&](const std::string& file, std::int64_t row) {
    if (file.empty()) throw ModelError("Mapping '" + path + "' has an empty file name (row " + std::to_string(row) + ").");
    if (!rows.emplace(file, row).second) throw ModelError("Mapping '" + path + "' names '" + file + "' twice.");
  };
  if (std::filesystem::path(path).extension() == ".json") {
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
      throw ModelError("Mapping '" + path + "' is not valid JSON.");
    }
    if (j.is_array()) {
      std::int64_t row = 0;
      for (const auto& f : j) {
        if (!f.is_string()) throw ModelError("Mapping '" + path + "' lists something that is not a file name.");
        add(f.get<std::string>(), row++);
      }
    } else if (j.is_object()) {
      for (auto& [file, row] : j.items()) {
        if (!row.is_number_integer() || row.get<std::int64_t>() < 0)
          throw ModelError("Mapping '" + path + "' gives '" + file + "' a row that is not a non-negative integer.");
        add(file, row.get<std::int64_t>());
      }
    } else {
      throw ModelError("Mapping '" + path + "' must be a JSON list of file names or an object of file -> row.");
    }
    return rows;
  }
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  const auto header = csvFields(line);
  int fileColumn = -1, rowColumn = -1;
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "file" || header[i] == "image" || header[i] == "filename") fileColumn = static_cast<int>(i);
    if (header[i] == "row" || header[i] == "index") rowColumn = static_cast<int>(i);
  }
  std::int64_t row = 0;
  if (fileColumn < 0) {  // no header: one file name per line, in row order
    fileColumn = 0;
    add(header[0], row++);
  }
  while (std::getline(in, line)) {
    if (line.empty() || line == "\r") continue;
    const auto fields = csvFields(line);
    if (static_cast<int>(fields.size()) <= std::max(fileColumn, rowColumn))
      throw ModelError("Mapping '" + path + "' has a short line: '" + line.substr(0, 80) + "'.");
    std::int64_t index = row++;
    if (rowColumn >= 0) {
      try {
        std::size_t used = 0;
        index = std::stoll(fields[static_cast<std::size_t>(rowColumn)], &used);
        if (used != fields[static_cast<std::size_t>(rowColumn)].size() || index < 0) throw std::invalid_argument("row");
      } catch (const std::exception&) {
        throw ModelError("Mapping '" + path + "' has a row number that is not a non-negative integer: '" + line.substr(0, 80) + "'.");
      }
    }
    add(fields[static_cast<std::size_t>(fileColumn)], index);
  }
  return rows;
}

}  // namespace

std::vector<std::vector<float>> readNpyMatrix(const std::string& path) {
  MappedFile file(path);
  const std::uint8_t* d = file.data();
  const std::size_t size = file.size();
  if (size < 10 || std::memcmp(d, "\x93NUMPY", 6) != 0) throw ModelError("'" + path + "' is not a .npy file.");
  const int major = d[6];
  std::size_t headerLength = 0, offset = 0;
  if (major == 1) headerLength = d[8] | (d[9] << 8), offset = 10;
  else if ((major == 2 || major == 3) && size >= 12)
    headerLength = d[8] | (d[9] << 8) | (d[10] << 16) | (static_cast<std::size_t>(d[11]) << 24), offset = 12;
  else throw ModelError("'" + path + "' uses .npy format version " + std::to_string(major) + ", which Mien does not read.");
  if (headerLength > size - offset) throw ModelError("'" + path + "' is truncated inside its .npy header.");
  const std::string header(reinterpret_cast<const char*>(d + offset), headerLength);
  std::smatch m;
  if (!std::regex_search(header, m, std::regex(R"('descr':\s*'([<>|=]?)([fi])(\d+)')")))
    throw ModelError("'" + path + "' has a .npy header without a dtype.");
  const std::string order = m[1], kind = m[2];
  const int width = std::stoi(m[3]);
  if (order == ">") throw ModelError("'" + path + "' stores big-endian numbers; save it little-endian.");
  at::ScalarType type;
  if (kind == "f" && width == 2) type = at::kHalf;
  else if (kind == "f" && width == 4) type = at::kFloat;
  else if (kind == "f" && width == 8) type = at::kDouble;
  else throw ModelError("'" + path + "' stores '" + kind + std::to_string(width) + "' values; embeddings must be float16, float32 or float64.");
  if (std::regex_search(header, std::regex(R"('fortran_order':\s*True)")))
    throw ModelError("'" + path + "' is in Fortran order; save it with numpy's default C order.");
  if (!std::regex_search(header, m, std::regex(R"('shape':\s*\((\d+),\s*(\d+),?\s*\))")))
    throw ModelError("'" + path + "' is not a two-dimensional [images, dimension] array.");
  const std::int64_t rows = std::stoll(m[1]), cols = std::stoll(m[2]);
  const std::size_t dataOffset = offset + headerLength;
  const std::size_t needed = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols) * static_cast<std::size_t>(width);
  if (rows > (1ll << 32) || cols > (1ll << 20) || needed > size - dataOffset)
    throw ModelError("'" + path + "' is truncated: its header promises " + std::to_string(rows) + "x" + std::to_string(cols) +
                     " values.");
  at::Tensor t = at::empty({rows, cols}, at::TensorOptions().dtype(type));
  if (needed) std::memcpy(t.data_ptr(), d + dataOffset, needed);
  return rowsOf(t, path);
}

ImportedEmbeddings importEmbeddings(const std::string& vectorsPath, const std::string& mappingPath) {
  std::vector<std::vector<float>> rows;
  if (std::filesystem::path(vectorsPath).extension() == ".npy") {
    rows = readNpyMatrix(vectorsPath);
  } else {
    const TensorMap tensors = readSafetensors(vectorsPath);
    if (tensors.size() != 1 && !tensors.count("embeddings"))
      throw ModelError("'" + vectorsPath + "' holds several tensors and none is called 'embeddings'.");
    rows = rowsOf(tensors.count("embeddings") ? tensors.at("embeddings") : tensors.begin()->second, vectorsPath);
  }
  ImportedEmbeddings out;
  out.dimension = static_cast<std::int64_t>(rows.front().size());
  for (const auto& [file, row] : readMapping(mappingPath)) {
    if (row >= static_cast<std::int64_t>(rows.size()))
      throw ModelError("Mapping '" + mappingPath + "' sends '" + file + "' to row " + std::to_string(row) + " but '" +
                       vectorsPath + "' has only " + std::to_string(rows.size()) + " rows.");
    out.byImage[file] = rows[static_cast<std::size_t>(row)];
  }
  if (out.byImage.empty()) throw ModelError("Mapping '" + mappingPath + "' names no images.");
  return out;
}

}  // namespace mien
