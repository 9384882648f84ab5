// GFER forward and losses over plain tensors (autograd-ready): features.0 conv1, .1 bn1, ReLU, 3x3/2 max-pool,
// features.4-7 the four stages of BasicBlocks (a 1x1 conv + BN shortcut where the width changes), global
// average pool, sigmoid.
#include "model/gfer_head.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <cmath>
#include <algorithm>
#include <numeric>

#include "common/errors.h"
#include "model/finite_weights.h"
#include "model/clip_config.h"
#include "model/safetensors_writer.h"
#include "model/torch_checkpoint_reader.h"
#include "model/torch_checkpoint_writer.h"

namespace mien {
namespace {

constexpr double kBatchNormMomentum = 0.1, kBatchNormEps = 1e-5;

std::string stage(int s) { return "features." + std::to_string(4 + s) + "."; }

const at::Tensor& need(const TensorMap& t, const std::string& key, const std::vector<std::int64_t>& shape,
                       const std::string& name) {
  auto it = t.find(key);
  if (it == t.end())
    throw ModelError("'" + name + "' lacks '" + key + "', so it is not a GFER checkpoint (expected shape " +
                     shapeText(shape) + ").");
  if (it->second.sizes().vec() != shape)
    throw ModelError("'" + name + "': '" + key + "' has shape " + shapeText(it->second.sizes().vec()) +
                     " but this GFER model needs " + shapeText(shape) + ".");
  return it->second;
}

void needBatchNorm(const TensorMap& t, const std::string& prefix, std::int64_t width, const std::string& name) {
  for (const char* k : {"weight", "bias", "running_mean", "running_var"}) need(t, prefix + k, {width}, name);
}

// Sizes from the tensors: stage widths from each stage's first conv, block counts from the indices present.
GferSizes sizesOf(const TensorMap& t, const std::string& name) {
  GferSizes s;
  if (!t.count("features.0.weight") || !t.count("fc.weight"))
    throw ModelError("'" + name + "' has no 'features.0.weight' or 'fc.weight': it is not a GFER checkpoint in the " +
                     "authors' layout (features.N.*, fc.*).");
  const at::Tensor& stem = t.at("features.0.weight");
  if (stem.dim() != 4 || stem.size(1) != 3 || stem.size(2) != 7)
    throw ModelError("'" + name + "': 'features.0.weight' has shape " + shapeText(stem.sizes().vec()) +
                     "; a GFER ResNet starts with a 7x7 convolution over 3 channels.");
  std::int64_t in = stem.size(0);
  for (int st = 0; st < 4; ++st) {
    auto first = t.find(stage(st) + "0.conv1.weight");
    if (first == t.end()) throw ModelError("'" + name + "' lacks stage " + std::to_string(st + 1) + " ('" + stage(st) + "0.conv1.weight').");
    s.channels.push_back(first->second.size(0));
    std::int64_t blocks = 0;
    while (t.count(stage(st) + std::to_string(blocks) + ".conv1.weight")) ++blocks;
    s.blocks.push_back(blocks);
    in = s.channels.back();
  }
  s.featureDim = in;
  const at::Tensor& fc = t.at("fc.weight");
  if (fc.dim() != 2 || fc.size(1) != s.featureDim)
    throw ModelError("'" + name + "': 'fc.weight' has shape " + shapeText(fc.sizes().vec()) + " but the ResNet gives " +
                     std::to_string(s.featureDim) + "-d features.");
  s.classes = fc.size(0);
  if (s.classes < 2 || s.featureDim / s.classes < 1)
    throw ModelError("'" + name + "' has " + std::to_string(s.classes) + " classes for " + std::to_string(s.featureDim) +
                     " channels; GFER needs at least two classes and one channel per class.");
  return s;
}

void validate(const TensorMap& t, const GferSizes& s, const std::string& name) {
  const std::int64_t stem = t.at("features.0.weight").size(0);
  needBatchNorm(t, "features.1.", stem, name);
  std::int64_t in = stem;
  for (int st = 0; st < 4; ++st) {
    const std::int64_t out = s.channels[st];
    for (std::int64_t b = 0; b < s.blocks[st]; ++b) {
      const std::string p = stage(st) + std::to_string(b) + ".";
      need(t, p + "conv1.weight", {out, b == 0 ? in : out, 3, 3}, name);
      needBatchNorm(t, p + "bn1.", out, name);
      need(t, p + "conv2.weight", {out, out, 3, 3}, name);
      needBatchNorm(t, p + "bn2.", out, name);
      if (b == 0 && in != out) {
        need(t, p + "downsample.0.weight", {out, in, 1, 1}, name);
        needBatchNorm(t, p + "downsample.1.", out, name);
      }
    }
    in = out;
  }
  need(t, "fc.bias", {s.classes}, name);
}

at::Tensor batchNorm(const TensorMap& t, const std::string& p, const at::Tensor& x, bool training) {
  return at::batch_norm(x, t.at(p + "weight"), t.at(p + "bias"), t.at(p + "running_mean"), t.at(p + "running_var"),
                        training, kBatchNormMomentum, kBatchNormEps, false);
}

}  // namespace

GferHead GferHead::fromTensors(TensorMap tensors, const std::string& name) {
  TensorMap t;
  for (auto& [k, v] : tensors) t[k] = at::isFloatingType(v.scalar_type()) ? v.to(at::kFloat).contiguous() : v;
  requireFiniteWeights(t, name);
  GferSizes sizes = sizesOf(t, name);
  validate(t, sizes, name);
  return GferHead(std::move(t), sizes, name);
}

GferHead GferHead::fresh(const std::vector<std::int64_t>& channels, const std::vector<std::int64_t>& blocks,
                         std::int64_t classes, std::uint64_t seed) {
  if (channels.size() != 4 || blocks.size() != 4)
    throw ModelError("A GFER ResNet has four stages; got " + std::to_string(channels.size()) + " widths and " +
                     std::to_string(blocks.size()) + " block counts.");
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  TensorMap t;
  const auto conv = [&](const std::string& key, std::int64_t out, std::int64_t in, std::int64_t k) {
    const double std = std::sqrt(2.0 / static_cast<double>(out * k * k));  // kaiming_normal_, fan_out, relu
    t[key] = at::empty({out, in, k, k}).normal_(0.0, std, generator);
  };
  const auto batchNorm = [&](const std::string& prefix, std::int64_t width) {
    t[prefix + "weight"] = at::ones({width});
    t[prefix + "bias"] = at::zeros({width});
    t[prefix + "running_mean"] = at::zeros({width});
    t[prefix + "running_var"] = at::ones({width});
    t[prefix + "num_batches_tracked"] = at::zeros({}, at::kLong);
  };
  const std::int64_t stem = channels[0];
  conv("features.0.weight", stem, 3, 7);
  batchNorm("features.1.", stem);
  std::int64_t in = stem;
  for (int st = 0; st < 4; ++st) {
    for (std::int64_t b = 0; b < blocks[st]; ++b) {
      const std::string p = stage(st) + std::to_string(b) + ".";
      conv(p + "conv1.weight", channels[st], b == 0 ? in : channels[st], 3);
      batchNorm(p + "bn1.", channels[st]);
      conv(p + "conv2.weight", channels[st], channels[st], 3);
      batchNorm(p + "bn2.", channels[st]);
      if (b == 0 && (in != channels[st] || st > 0)) {
        conv(p + "downsample.0.weight", channels[st], in, 1);
        batchNorm(p + "downsample.1.", channels[st]);
      }
    }
    in = channels[st];
  }
  const double bound = 1.0 / std::sqrt(static_cast<double>(in));  // nn.Linear's default
  t["fc.weight"] = at::empty({classes, in}).uniform_(-bound, bound, generator);
  t["fc.bias"] = at::empty({classes}).uniform_(-bound, bound, generator);
  return fromTensors(std::move(t), "a fresh GFER head");
}

GferHead GferHead::load(const std::string& path) {
  auto root = readTorchCheckpoint(path);
  return fromTensors(stateDictFrom(*root, path, {"model_state_dict", "state_dict"}), path);
}

void GferHead::initialiseBackbone(const std::string& path) {
  auto root = readTorchCheckpoint(path);
  const TensorMap source = stateDictFrom(*root, path, {"state_dict", "model_state_dict"});
  auto renamed = [](const std::string& key) -> std::string {
    static const std::vector<std::pair<std::string, std::string>> prefixes = {
        {"conv1.", "features.0."}, {"bn1.", "features.1."}, {"layer1.", "features.4."},
        {"layer2.", "features.5."}, {"layer3.", "features.6."}, {"layer4.", "features.7."}};
    for (const auto& [from, to] : prefixes)
      if (key.rfind(from, 0) == 0) return to + key.substr(from.size());
    return "";
  };
  int copied = 0;
  for (const auto& [key, tensor] : source) {
    const std::string target = renamed(key.rfind("module.", 0) == 0 ? key.substr(7) : key);
    if (target.empty()) continue;  // fc.* and anything else is not part of the mask network
    auto it = tensors_.find(target);
    if (it == tensors_.end() || it->second.sizes() != tensor.sizes())
      throw ModelError("Backbone '" + path + "': '" + key + "' of shape " + shapeText(tensor.sizes().vec()) +
                       " does not fit this GFER ResNet" +
                       (it == tensors_.end() ? "" : " (needs " + shapeText(it->second.sizes().vec()) + ")") + ".");
    it->second = tensor.to(it->second.scalar_type()).contiguous();
    ++copied;
  }
  if (copied == 0) throw ModelError("Backbone '" + path + "' holds no ResNet weights (conv1.*, bn1.*, layer1..4.*).");
}

void GferHead::checkFits(std::int64_t clipFeatureDim, const std::string& modelName) const {
  if (clipFeatureDim != sizes_.featureDim)
    throw ModelError("GFER head '" + name_ + "' masks " + std::to_string(sizes_.featureDim) + "-d features but model '" +
                     modelName + "' gives " + std::to_string(clipFeatureDim) + "-d ones (GFER uses ViT-B/32: 512).");
}

at::Tensor GferHead::backbone(const at::Tensor& images, bool training) const {
  const TensorMap& t = tensors_;
  at::Tensor x = at::conv2d(images, t.at("features.0.weight"), {}, 2, 3);
  x = at::relu(batchNorm(t, "features.1.", x, training));
  x = at::max_pool2d(x, 3, 2, 1);
  for (int st = 0; st < 4; ++st) {
    for (std::int64_t b = 0; b < sizes_.blocks[st]; ++b) {
      const std::string p = stage(st) + std::to_string(b) + ".";
      const std::int64_t stride = (st > 0 && b == 0) ? 2 : 1;
      at::Tensor y = at::conv2d(x, t.at(p + "conv1.weight"), {}, stride, 1);
      y = at::relu(batchNorm(t, p + "bn1.", y, training));
      y = batchNorm(t, p + "bn2.", at::conv2d(y, t.at(p + "conv2.weight"), {}, 1, 1), training);
      at::Tensor shortcut = x;
      if (t.count(p + "downsample.0.weight"))
        shortcut = batchNorm(t, p + "downsample.1.", at::conv2d(x, t.at(p + "downsample.0.weight"), {}, stride), training);
      x = at::relu(y + shortcut);
    }
  }
  return x.mean({2, 3});
}

at::Tensor GferHead::mask(const at::Tensor& images, bool training) const { return at::sigmoid(backbone(images, training)); }

at::Tensor GferHead::maskedFeatures(const at::Tensor& images, const at::Tensor& clipFeatures, bool training) const {
  return clipFeatures * mask(images, training);
}

at::Tensor GferHead::logitsFromMasked(const at::Tensor& masked) const {
  return at::linear(masked, tensors_.at("fc.weight"), tensors_.at("fc.bias"));
}

at::Tensor GferHead::logits(const at::Tensor& images, const at::Tensor& clipFeatures, bool training) const {
  return logitsFromMasked(maskedFeatures(images, clipFeatures, training));
}

GferLosses GferHead::losses(const at::Tensor& images, const at::Tensor& clipFeatures, const at::Tensor& labels,
                            const at::Tensor& dropMask) const {
  const auto C = sizes_.classes, cnum = sizes_.groupWidth();
  const at::Tensor y = labels.to(at::kLong);
  const at::Tensor masked = maskedFeatures(images, clipFeatures, true);
  auto groupMax = [&](const at::Tensor& m) { return m.slice(1, 0, C * cnum).reshape({m.size(0), C, cnum}).amax(2); };
  GferLosses l;
  l.logits = logitsFromMasked(masked);
  l.crossEntropy = at::cross_entropy_loss(l.logits, y);
  l.diversity = 1.0 - groupMax(masked).mean() / static_cast<double>(cnum);
  l.channelDrop = at::cross_entropy_loss(groupMax(masked * dropMask), y);
  l.total = l.crossEntropy + 5.0 * l.diversity + 1.5 * l.channelDrop;
  return l;
}

at::Tensor GferHead::randomDropMask(at::Generator& generator) const {
  const auto C = sizes_.classes, cnum = sizes_.groupWidth();
  const std::int64_t dropped = std::max<std::int64_t>(1, (cnum * 10 + 36) / 73);  // 10 of 73 in the authors' code
  at::Tensor mask = at::ones({sizes_.featureDim});
  for (std::int64_t c = 0; c < C; ++c) {
    const at::Tensor order = at::randperm(cnum, generator, at::TensorOptions().dtype(at::kLong));
    mask.index_put_({order.slice(0, 0, dropped) + c * cnum}, 0.0);
  }
  return mask;
}

std::vector<at::Tensor> GferHead::trainableParameters() const {
  std::vector<at::Tensor> out;
  for (const auto& [k, v] : tensors_)
    if (at::isFloatingType(v.scalar_type()) && k.find("running_") == std::string::npos) out.push_back(v);
  return out;
}

std::vector<std::string> GferHead::trainableNames() const {
  std::vector<std::string> out;
  for (const auto& [k, v] : tensors_)
    if (at::isFloatingType(v.scalar_type()) && k.find("running_") == std::string::npos) out.push_back(k);
  return out;
}

void GferHead::countBatchNormBatch() {
  for (auto& [k, v] : tensors_)
    if (k.size() > 19 && k.compare(k.size() - 19, 19, "num_batches_tracked") == 0) v = v + 1;
}

void GferHead::setRequiresGrad(bool enabled) {
  for (auto& p : trainableParameters()) p.requires_grad_(enabled);
}

void GferHead::to(at::ScalarType dtype) {
  for (auto& [k, v] : tensors_)
    if (at::isFloatingType(v.scalar_type())) v = v.detach().to(dtype);
}

void GferHead::saveTorch(const std::string& path) const { writeTorchStateDict(path, tensors_, "model_state_dict"); }

void GferHead::saveSafetensors(const std::string& path) const {
  writeSafetensors(path, tensors_, {{"format", "pt"}, {"mien", "gfer-head"}});
}

}  // namespace mien
