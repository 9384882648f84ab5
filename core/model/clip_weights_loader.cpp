// Layout detection and the Hugging Face -> OpenAI key mapping (q/k/v fused into in_proj, projections transposed).
#include "model/clip_weights_loader.h"

#include <ATen/ATen.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/errors.h"
#include "common/mapped_file.h"
#include "model/finite_weights.h"
#include "model/safetensors_reader.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torchscript_reader.h"

namespace mien {
namespace {

namespace fs = std::filesystem;

class HfToOpenAi {
 public:
  HfToOpenAi(TensorMap hf, std::string path) : hf_(std::move(hf)), path_(std::move(path)) {}

  void move(const std::string& to, const std::string& from, bool transpose = false) {
    at::Tensor t = take(from);
    out_[to] = transpose ? t.t().contiguous() : t;
    source_[to] = from;
  }
  void fuse(const std::string& to, const std::string& q, const std::string& k, const std::string& v) {
    out_[to] = at::cat({take(q), take(k), take(v)}, 0);
    source_[to] = q + " / k / v";
  }
  void block(const std::string& to, const std::string& from) {
    for (const char* kind : {"weight", "bias"})
      fuse(to + "attn.in_proj_" + kind, from + "self_attn.q_proj." + kind, from + "self_attn.k_proj." + kind,
           from + "self_attn.v_proj." + kind);
    for (const auto& [a, b] : {std::pair{"attn.out_proj.", "self_attn.out_proj."}, std::pair{"ln_1.", "layer_norm1."},
                               std::pair{"ln_2.", "layer_norm2."}, std::pair{"mlp.c_fc.", "mlp.fc1."},
                               std::pair{"mlp.c_proj.", "mlp.fc2."}})
      for (const char* kind : {"weight", "bias"}) move(to + a + kind, from + b + kind);
  }
  std::int64_t layers(const std::string& prefix) const {
    std::int64_t n = 0;
    while (hf_.count(prefix + std::to_string(n) + ".layer_norm1.weight")) ++n;
    return n;
  }
  TensorMap finish(std::map<std::string, std::string>& source) {
    for (const auto& [key, t] : hf_)
      if (key.find("position_ids") == std::string::npos)
        throw ModelError("'" + path_ + "' has an unexpected tensor '" + key + "' of shape " +
                         shapeText(t.sizes().vec()) + "; it is not a Hugging Face CLIPModel.");
    source = source_;
    return std::move(out_);
  }

 private:
  at::Tensor take(const std::string& key) {
    auto it = hf_.find(key);
    if (it == hf_.end()) throw ModelError("'" + path_ + "' lacks tensor '" + key + "' of a Hugging Face CLIPModel.");
    at::Tensor t = it->second;
    hf_.erase(it);
    return t;
  }
  TensorMap hf_, out_;
  std::string path_;
  std::map<std::string, std::string> source_;
};

TensorMap convertHuggingFace(TensorMap hf, const std::string& path, std::map<std::string, std::string>& source) {
  HfToOpenAi c(std::move(hf), path);
  c.move("visual.class_embedding", "vision_model.embeddings.class_embedding");
  c.move("visual.conv1.weight", "vision_model.embeddings.patch_embedding.weight");
  c.move("visual.positional_embedding", "vision_model.embeddings.position_embedding.weight");
  for (const char* kind : {"weight", "bias"}) {
    c.move(std::string("visual.ln_pre.") + kind, std::string("vision_model.pre_layrnorm.") + kind);
    c.move(std::string("visual.ln_post.") + kind, std::string("vision_model.post_layernorm.") + kind);
    c.move(std::string("ln_final.") + kind, std::string("text_model.final_layer_norm.") + kind);
  }
  const auto visionLayers = c.layers("vision_model.encoder.layers.");
  for (std::int64_t i = 0; i < visionLayers; ++i)
    c.block("visual.transformer.resblocks." + std::to_string(i) + ".",
            "vision_model.encoder.layers." + std::to_string(i) + ".");
  const auto textLayers = c.layers("text_model.encoder.layers.");
  for (std::int64_t i = 0; i < textLayers; ++i)
    c.block("transformer.resblocks." + std::to_string(i) + ".", "text_model.encoder.layers." + std::to_string(i) + ".");
  c.move("visual.proj", "visual_projection.weight", /*transpose=*/true);
  c.move("text_projection", "text_projection.weight", /*transpose=*/true);
  c.move("token_embedding.weight", "text_model.embeddings.token_embedding.weight");
  c.move("positional_embedding", "text_model.embeddings.position_embedding.weight");
  c.move("logit_scale", "logit_scale");
  return c.finish(source);
}

struct HfSettings {
  std::optional<std::int64_t> visionHeads, textHeads;
  double layerNormEps = 1e-5;
  Activation activation = Activation::QuickGelu;
};

HfSettings readHfConfig(const fs::path& configPath) {
  HfSettings s;
  if (!fs::exists(configPath)) return s;
  nlohmann::json config;
  try {
    std::ifstream in(configPath);
    config = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("'" + configPath.string() + "' is not valid JSON.");
  }
  if (!config.is_object() || (config.contains("vision_config") && !config["vision_config"].is_object()) ||
      (config.contains("text_config") && !config["text_config"].is_object()) ||
      (config.contains("vision_config") && config["vision_config"].contains("hidden_act") &&
       !config["vision_config"]["hidden_act"].is_string()))
    throw ModelError("'" + configPath.string() +
                     "' does not have the layout of a Hugging Face CLIP config (vision_config and text_config objects).");
  auto section = [&](const char* name) { return config.value(name, nlohmann::json::object()); };
  auto vision = section("vision_config"), text = section("text_config");
  if (vision.contains("num_attention_heads") && vision["num_attention_heads"].is_number_integer())
    s.visionHeads = vision["num_attention_heads"].get<std::int64_t>();
  if (text.contains("num_attention_heads") && text["num_attention_heads"].is_number_integer())
    s.textHeads = text["num_attention_heads"].get<std::int64_t>();
  if (vision.contains("layer_norm_eps") && vision["layer_norm_eps"].is_number())
    s.layerNormEps = vision["layer_norm_eps"].get<double>();
  const std::string act = vision.value("hidden_act", std::string("quick_gelu"));
  if (act == "gelu") s.activation = Activation::Gelu;
  else if (act != "quick_gelu")
    throw ModelError("'" + configPath.string() + "' asks for activation '" + act +
                     "'; Mien supports quick_gelu (OpenAI CLIP) and gelu.");
  return s;
}

ClipWeights fromOpenAiLayout(TensorMap tensors, const std::string& path, const std::string& format,
                             const MappedFile* mapping = nullptr) {
  requireFiniteWeights(tensors, path, mapping);
  ClipWeights w{std::move(tensors), {}, format};
  w.config = ClipConfig::fromStateDict(w.tensors, path);
  validateClipWeights(w.tensors, w.config, path);
  return w;
}

ClipWeights fromHuggingFace(TensorMap tensors, const std::string& path, const fs::path& configPath) {
  auto settings = readHfConfig(configPath);
  std::map<std::string, std::string> source;
  requireFiniteWeights(tensors, path);
  ClipWeights w{convertHuggingFace(std::move(tensors), path, source), {}, "huggingface"};
  w.config = ClipConfig::fromStateDict(w.tensors, path, settings.visionHeads, settings.textHeads);
  w.config.layerNormEps = settings.layerNormEps;
  w.config.activation = settings.activation;
  validateClipWeights(w.tensors, w.config, path, source);
  return w;
}

}  // namespace

ClipWeights loadClipWeights(const std::string& path, StorageMemory memory) {
  std::error_code ec;
  if (!fs::exists(path, ec))
    throw ModelError("CLIP weights '" + path + "' do not exist; give a Hugging Face model folder or an OpenAI .pt file.");
  if (fs::is_directory(path))
    return fromHuggingFace(readSafetensorsDirectory(path), path, fs::path(path) / "config.json");
  switch (detectWeightsContainer(path)) {
    case WeightsContainer::TorchScriptArchive:
      return fromOpenAiLayout(readTorchScriptParameters(path), path, "openai-torchscript");
    case WeightsContainer::TorchCheckpoint: {
      if (memory == StorageMemory::Copied) return fromOpenAiLayout(readTorchStateDict(path), path, "openai-state-dict");
      const auto file = std::make_shared<const MappedFile>(path);
      const auto root = parseTorchCheckpoint(file->data(), file->size(), path, PickleClasses::StateDictOnly, file, memory);
      // The checks read every view and let go of its pages; they come back when it is converted.
      ClipWeights w = fromOpenAiLayout(stateDictFrom(*root, path), path, "openai-state-dict", file.get());
      w.mapping = file;
      return w;
    }
    case WeightsContainer::Safetensors: {
      TensorMap tensors = readSafetensors(path);
      if (tensors.count("visual.conv1.weight")) return fromOpenAiLayout(std::move(tensors), path, "openai-state-dict");
      return fromHuggingFace(std::move(tensors), path, fs::path(path).parent_path() / "config.json");
    }
    case WeightsContainer::Unknown:
      break;
  }
  throw ModelError("'" + path + "' is neither a PyTorch checkpoint, a TorchScript archive nor a safetensors file.");
}

}  // namespace mien
