// Faces are read once into uint8 224x224 crops; everything random after that comes from the seed.
#include "train/gfer_training_run.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "train/head_files.h"
#include "io/feature_cache.h"
#include "model/clip_model.h"
#include "model/preprocessing.h"
#include "train/training_cache.h"

namespace mien {
namespace fs = std::filesystem;
namespace {

struct Faces {
  std::vector<at::Tensor> crops;  // uint8 [224,224,3]
  std::vector<std::int64_t> labels;
  std::vector<std::string> hashes;
};

at::Tensor uint8Crop(const RgbImage& face) {  // resized as the authors' Resize((224, 224)), back to 8 bits
  return preprocessImage(face, Preprocessing::ExpClip, 224).mul(255).round().to(at::kByte).permute({1, 2, 0}).contiguous();
}

at::Tensor stack(const std::vector<at::Tensor>& crops, const std::vector<std::size_t>& rows) {
  std::vector<at::Tensor> picked;
  for (auto r : rows) picked.push_back(crops[r]);
  return picked.empty() ? at::empty({0, 224, 224, 3}, at::kByte) : at::stack(picked);
}

// CLIP features of `rows`, from the cache where present; the rest computed and stored.
at::Tensor cachedFeatures(const Faces& faces, const std::vector<std::size_t>& rows, const ImageEncoder& encoder,
                          FeatureCache& cache, const std::string& modelId) {
  std::vector<at::Tensor> out(rows.size());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (auto f = cache.clipFeature(faces.hashes[rows[i]], modelId, "imagenet"))
      out[i] = at::tensor(*f);
    else
      missing.push_back(i);
  }
  for (std::size_t s = 0; s < missing.size(); s += 64) {
    std::vector<std::size_t> batch(missing.begin() + static_cast<std::ptrdiff_t>(s),
                                   missing.begin() + static_cast<std::ptrdiff_t>(std::min(missing.size(), s + 64)));
    std::vector<std::size_t> source;
    for (auto i : batch) source.push_back(rows[i]);
    at::NoGradGuard noGrad;
    const at::Tensor f = encoder(GferTrainer::normaliseBatch(stack(faces.crops, source))).contiguous();
    for (std::size_t k = 0; k < batch.size(); ++k) {
      out[batch[k]] = f[static_cast<std::int64_t>(k)].clone();
      cache.putClipFeature(faces.hashes[source[k]], modelId, "imagenet",
                           std::vector<float>(f[static_cast<std::int64_t>(k)].data_ptr<float>(),
                                              f[static_cast<std::int64_t>(k)].data_ptr<float>() + f.size(1)));
    }
  }
  return out.empty() ? at::Tensor() : at::stack(out);
}

}  // namespace

GferRunOutcome runGferTraining(const LabelledFolder& folder, const GferRunSettings& s,
                               const std::function<void(const GferEpochReport&)>& onEpoch,
                               const std::function<void(const std::string&, std::int64_t, std::int64_t)>& stage,
                               const std::atomic<bool>* cancel) {
  GferRunOutcome outcome;
  const auto classes = static_cast<std::int64_t>(folder.classNames.size());
  std::shared_ptr<ClipModel> clip = ClipModel::load(s.clipModel);
  // encodeImage runs in inference mode; a clone makes its output usable where autograd records (m = f * mask).
  const ImageEncoder encoder = [clip](const at::Tensor& images) { return clip->encodeImage(images).clone(); };

  GferHead head = [&] {
    if (!s.startHead.empty()) return GferHead::load(s.startHead);
    if (s.resnetWidths.size() != 3) throw ModelError("Give the widths of the first three ResNet stages (e.g. 64,128,256).");
    std::vector<std::int64_t> widths = s.resnetWidths;
    widths.push_back(clip->config().embedDim);  // the mask covers the CLIP feature
    GferHead fresh = GferHead::fresh(widths, {2, 2, 2, 2}, classes, s.training.seed);
    if (!s.backbone.empty()) fresh.initialiseBackbone(s.backbone);
    return fresh;
  }();
  head.checkFits(clip->config().embedDim, s.clipModel);
  if (head.sizes().classes != classes)
    throw ModelError("The GFER head '" + s.startHead + "' has " + std::to_string(head.sizes().classes) +
                     " classes but the labelled folder has " + std::to_string(classes) + ".");

  Faces faces;
  LabelledFaceReader reader(s.faces);
  const auto total = static_cast<std::int64_t>(folder.images.size());
  for (std::size_t i = 0; i < folder.images.size(); ++i) {
    if (cancel && *cancel) return outcome.cancelled = true, outcome;
    if (stage) stage("reading faces", static_cast<std::int64_t>(i) + 1, total);
    auto face = reader.face(folder.images[i].path);
    if (!face) {
      ++outcome.withoutFace;
      continue;
    }
    faces.crops.push_back(uint8Crop(*face));
    faces.labels.push_back(folder.images[i].label);
    faces.hashes.push_back(faceCropHash(*face));
  }

  // Stratified, seeded: the same folder and seed always give the same split.
  std::vector<std::size_t> trainRows, validationRows;
  auto generator = at::make_generator<at::CPUGeneratorImpl>(s.training.seed);
  for (std::int64_t c = 0; c < classes; ++c) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < faces.labels.size(); ++i)
      if (faces.labels[i] == c) rows.push_back(i);
    if (rows.empty())
      throw MediaError("No face was found in any image of class '" + folder.classNames[static_cast<std::size_t>(c)] + "'.");
    const at::Tensor order = at::randperm(static_cast<std::int64_t>(rows.size()), generator, at::TensorOptions().dtype(at::kLong));
    const auto held = rows.size() >= 2 ? static_cast<std::size_t>(std::lround(s.validationShare * static_cast<double>(rows.size()))) : 0;
    for (std::size_t k = 0; k < rows.size(); ++k)
      (k < held ? validationRows : trainRows).push_back(rows[static_cast<std::size_t>(order[static_cast<std::int64_t>(k)].item<std::int64_t>())]);
  }
  outcome.trainingFaces = static_cast<std::int64_t>(trainRows.size());
  outcome.validationFaces = static_cast<std::int64_t>(validationRows.size());
  const auto labelsOf = [&](const std::vector<std::size_t>& rows) {
    std::vector<std::int64_t> l;
    for (auto r : rows) l.push_back(faces.labels[r]);
    return at::tensor(l, at::kLong);
  };
  GferTrainer trainer(std::move(head), encoder, stack(faces.crops, trainRows), labelsOf(trainRows),
                      stack(faces.crops, validationRows), labelsOf(validationRows), s.training);
  if (!s.cachePath.empty()) {
    if (stage) stage("CLIP features", 0, 1);
    FeatureCache cache(s.cachePath);
    const std::string modelId = modelIdentity(s.clipModel);
    trainer.setPrecomputedFeatures(s.training.augment ? at::Tensor() : cachedFeatures(faces, trainRows, encoder, cache, modelId),
                                   cachedFeatures(faces, validationRows, encoder, cache, modelId));
  }
  if (s.resume && !s.checkpointDir.empty()) {
    const std::string latest = latestCheckpoint(s.checkpointDir);
    if (!latest.empty()) trainer.resumeFrom(latest);
    outcome.resumedAfterEpoch = trainer.epochsDone();
  }
  const auto epochs = [&](const GferEpochReport& r) {
    outcome.last = r;
    if (onEpoch) onEpoch(r);
  };
  const auto batches = [&](int done, int all) {
    if (stage) stage("epoch " + std::to_string(trainer.epochsDone() + 1), done, all);
  };
  outcome.cancelled = !trainer.train(s.checkpointDir, epochs, batches, cancel);
  outcome.epochsDone = trainer.epochsDone();
  if (outcome.cancelled || s.outputPath.empty()) return outcome;

  fs::path out(s.outputPath);
  if (out.has_parent_path()) fs::create_directories(out.parent_path());
  trainer.head().saveTorch(s.outputPath);
  trainer.head().saveSafetensors(HeadFiles::of(s.outputPath).safetensors);
  const auto& t = s.training;
  const nlohmann::json manifest = {
      {"id", out.stem().string()}, {"kind", "gfer-head"}, {"preprocessing", "imagenet"}, {"classes", folder.classNames},
      {"description", "GFER head trained by Mien on " + folder.root},
      {"citation", "Zhang et al., Generalizable Facial Expression Recognition, ECCV 2024 (arXiv 2408.10614)"},
      {"files", {{{"name", out.filename().string()}}}}};
  AtomicFileWriter manifestFile(HeadFiles::of(s.outputPath).manifest);
  manifestFile.write(manifest.dump(2) + "\n");
  manifestFile.commit();
  const nlohmann::json record = {
      {"method", "GFER (CE + 5 L_div + 1.5 channel-drop CE, frozen CLIP)"},
      {"classes", folder.classNames}, {"folder", folder.root}, {"clip_model", s.clipModel},
      {"start", s.startHead.empty() ? (s.backbone.empty() ? "fresh" : "backbone " + s.backbone) : s.startHead},
      {"faces", {{"training", outcome.trainingFaces}, {"validation", outcome.validationFaces}, {"without_face", outcome.withoutFace}}},
      {"settings", {{"learning_rate", t.learningRate}, {"weight_decay", t.weightDecay}, {"gamma", t.gamma},
                    {"epochs", t.epochs}, {"batch_size", t.batchSize}, {"seed", t.seed}, {"augment", t.augment}}},
      {"final", {{"loss", outcome.last.meanLoss}, {"train_accuracy", outcome.last.trainAccuracy},
                 {"validation_accuracy", outcome.last.validationAccuracy}, {"validation_uar", outcome.last.validationUar}}}};
  AtomicFileWriter json(HeadFiles::of(s.outputPath).record);
  json.write(record.dump(2) + "\n");
  json.commit();
  return outcome;
}

}  // namespace mien
