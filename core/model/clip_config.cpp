// CLIP sizes from the weights: the same rules as OpenAI's build_model.
#include "model/clip_config.h"

#include <ATen/ATen.h>
#include <cmath>
#include <set>

#include "common/errors.h"

namespace mien {
namespace {

const at::Tensor& need(const TensorMap& w, const std::string& key, std::int64_t dims, const std::string& path) {
  auto it = w.find(key);
  if (it == w.end()) throw ModelError("'" + path + "' lacks tensor '" + key + "', so it is not a CLIP ViT state dict.");
  if (it->second.dim() != dims)
    throw ModelError("'" + path + "': tensor '" + key + "' has shape " + shapeText(it->second.sizes().vec()) +
                     " but a CLIP ViT needs a " + std::to_string(dims) + "-D tensor there.");
  return it->second;
}

std::int64_t countLayers(const TensorMap& w, const std::string& prefix) {
  std::set<std::int64_t> layers;
  for (const auto& [key, t] : w) {
    if (key.rfind(prefix, 0) != 0) continue;
    const auto rest = key.substr(prefix.size());
    const auto dot = rest.find('.');
    try {
      layers.insert(std::stoll(rest.substr(0, dot)));
    } catch (const std::exception&) {
    }
  }
  return static_cast<std::int64_t>(layers.size());
}

void addBlockShapes(std::map<std::string, std::vector<std::int64_t>>& s, const std::string& prefix, std::int64_t layers,
                    std::int64_t width) {
  for (std::int64_t i = 0; i < layers; ++i) {
    const std::string p = prefix + std::to_string(i) + ".";
    s[p + "attn.in_proj_weight"] = {3 * width, width};
    s[p + "attn.in_proj_bias"] = {3 * width};
    s[p + "attn.out_proj.weight"] = {width, width};
    s[p + "attn.out_proj.bias"] = {width};
    s[p + "ln_1.weight"] = {width};
    s[p + "ln_1.bias"] = {width};
    s[p + "mlp.c_fc.weight"] = {4 * width, width};
    s[p + "mlp.c_fc.bias"] = {4 * width};
    s[p + "mlp.c_proj.weight"] = {width, 4 * width};
    s[p + "mlp.c_proj.bias"] = {width};
    s[p + "ln_2.weight"] = {width};
    s[p + "ln_2.bias"] = {width};
  }
}

}  // namespace

std::string shapeText(const std::vector<std::int64_t>& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

ClipConfig ClipConfig::fromStateDict(const TensorMap& w, const std::string& path,
                                     std::optional<std::int64_t> visionHeads, std::optional<std::int64_t> textHeads) {
  if (w.count("visual.layer1.0.conv1.weight"))
    throw ModelError("'" + path + "' is a ResNet-based CLIP; Mien runs the ViT models (B/32, B/16, L/14, ...).");
  ClipConfig c;
  const auto& conv = need(w, "visual.conv1.weight", 4, path);
  c.vision.width = conv.size(0);
  c.vision.patchSize = conv.size(3);
  c.vision.layers = countLayers(w, "visual.transformer.resblocks.");
  const auto& vpos = need(w, "visual.positional_embedding", 2, path);
  c.vision.gridSize = static_cast<std::int64_t>(std::lround(std::sqrt(static_cast<double>(vpos.size(0) - 1))));
  c.vision.imageSize = c.vision.gridSize * c.vision.patchSize;
  c.vision.heads = visionHeads.value_or(c.vision.width / 64);
  c.embedDim = need(w, "text_projection", 2, path).size(1);
  c.text.contextLength = need(w, "positional_embedding", 2, path).size(0);
  c.text.vocabSize = need(w, "token_embedding.weight", 2, path).size(0);
  c.text.width = need(w, "ln_final.weight", 1, path).size(0);
  c.text.layers = countLayers(w, "transformer.resblocks.");
  c.text.heads = textHeads.value_or(c.text.width / 64);
  for (auto [what, width, heads] : {std::tuple{"vision", c.vision.width, c.vision.heads},
                                    std::tuple{"text", c.text.width, c.text.heads}}) {
    if (heads <= 0 || width % heads != 0)
      throw ModelError("'" + path + "': the " + std::string(what) + " transformer is " + std::to_string(width) +
                       " wide, which " + std::to_string(heads) + " attention heads cannot divide.");
  }
  if (c.vision.layers == 0 || c.text.layers == 0)
    throw ModelError("'" + path + "' has no transformer layers, so it is not a CLIP ViT state dict.");
  return c;
}

std::map<std::string, std::vector<std::int64_t>> ClipConfig::expectedShapes() const {
  std::map<std::string, std::vector<std::int64_t>> s;
  const auto vw = vision.width, tw = text.width;
  s["visual.conv1.weight"] = {vw, 3, vision.patchSize, vision.patchSize};
  s["visual.class_embedding"] = {vw};
  s["visual.positional_embedding"] = {vision.gridSize * vision.gridSize + 1, vw};
  s["visual.ln_pre.weight"] = {vw};
  s["visual.ln_pre.bias"] = {vw};
  addBlockShapes(s, "visual.transformer.resblocks.", vision.layers, vw);
  s["visual.ln_post.weight"] = {vw};
  s["visual.ln_post.bias"] = {vw};
  s["visual.proj"] = {vw, embedDim};
  s["token_embedding.weight"] = {text.vocabSize, tw};
  s["positional_embedding"] = {text.contextLength, tw};
  addBlockShapes(s, "transformer.resblocks.", text.layers, tw);
  s["ln_final.weight"] = {tw};
  s["ln_final.bias"] = {tw};
  s["text_projection"] = {tw, embedDim};
  s["logit_scale"] = {};
  return s;
}

std::string ClipConfig::describe() const {
  return "ViT " + std::to_string(vision.layers) + "x" + std::to_string(vision.width) + "/" +
         std::to_string(vision.patchSize) + " @" + std::to_string(vision.imageSize) + ", text " +
         std::to_string(text.layers) + "x" + std::to_string(text.width) + ", embed " + std::to_string(embedDim);
}

void validateClipWeights(const TensorMap& weights, const ClipConfig& config, const std::string& path,
                         const std::map<std::string, std::string>& sourceKey) {
  auto named = [&](const std::string& key) {
    auto it = sourceKey.find(key);
    return "'" + (it == sourceKey.end() ? key : it->second) + "'";
  };
  const auto expected = config.expectedShapes();
  for (const auto& [key, shape] : expected) {
    auto it = weights.find(key);
    if (it == weights.end())
      throw ModelError("'" + path + "' lacks tensor " + named(key) + " (expected shape " + shapeText(shape) + ").");
    const at::Tensor& t = it->second;
    if (t.sizes().vec() != shape)
      throw ModelError("'" + path + "': tensor " + named(key) + " has shape " + shapeText(t.sizes().vec()) +
                       " but this model needs " + shapeText(shape) + ".");
    if (!at::isFloatingType(t.scalar_type()))
      throw ModelError("'" + path + "': tensor " + named(key) + " has dtype " + c10::toString(t.scalar_type()) +
                       " but weights must be floating point (float32, float16 or bfloat16).");
  }
  for (const auto& [key, t] : weights)
    if (!expected.count(key))
      throw ModelError("'" + path + "' has an unexpected tensor " + named(key) + " of shape " +
                       shapeText(t.sizes().vec()) + "; it is not a CLIP ViT of the sizes its other tensors give.");
}

}  // namespace mien
