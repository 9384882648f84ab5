// Catalogue ids as model references, looked up in the standard model store.
#include "store/model_reference.h"

#include <filesystem>

#include "common/errors.h"
#include "store/model_store.h"

namespace mien {
namespace {

std::string absolutePath(const std::string& path) {
  return path.empty() ? path : std::filesystem::absolute(path).lexically_normal().string();
}

}  // namespace

std::string resolveModelReference(const std::string& pathOrId) {
  std::error_code ec;
  if (pathOrId.empty() || std::filesystem::exists(pathOrId, ec)) return pathOrId;
  const ModelStore store = ModelStore::standard();
  for (const auto& e : store.list()) {
    if (e.manifest.id != pathOrId) continue;
    if (!e.installed())
      throw ModelError("Model '" + pathOrId + "' is not installed yet; run: mien-cli models fetch " + pathOrId);
    return e.files.front().path;
  }
  throw ModelError("'" + pathOrId + "' is neither a file nor a model id from 'mien-cli models list'.");
}

EngineSpec engineSpecFromNames(const std::map<std::string, std::string>& given, EngineSpec base) {
  for (const auto& [name, value] : given) base.set(name, value);
  if (given.count("model")) base.model = absolutePath(resolveModelReference(base.model));
  if (given.count("head")) base.head = absolutePath(resolveModelReference(base.head));
  if (given.count("detector")) base.detector.path = absolutePath(base.detector.path);
  return base;
}

}  // namespace mien
