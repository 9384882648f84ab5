// Engine construction, classify, encode_images and encode_texts for Python.
#include "engine_binding.h"

#include <cmath>
#include <functional>
#include <limits>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include "common/errors.h"
#include "engine_keywords.h"
#include "image_inputs.h"
#include "interruptible_call.h"
#include "model/prompt_presets.h"
#include "prompt_arguments.h"
#include "store/model_reference.h"

namespace py = pybind11;

namespace mien::python {
namespace {

constexpr std::size_t kBatch = 32;  // as mien-cli classify, so that the same faces give the same numbers

template <typename T>
py::array_t<T> arrayOf(const std::vector<T>& values, std::vector<py::ssize_t> shape) {
  py::array_t<T> a(shape);
  std::copy(values.begin(), values.end(), a.mutable_data());
  return a;
}

// Faces of all images, in image order (whole photos: by detector score), as flat columns.
struct FaceRows {
  std::vector<std::int64_t> image, top, perImage;
  std::vector<float> box, score, landmarks, probabilities, features, dimensionScores;
  std::size_t count = 0, classes = 0, featureSize = 0;
};

void appendClassified(FaceRows& rows, const std::vector<Classifier::Classification>& results, bool withFeatures) {
  for (const auto& r : results) {
    rows.classes = r.probabilities.size();
    std::size_t top = 0;
    for (std::size_t c = 0; c < r.probabilities.size(); ++c)
      if (r.probabilities[c] > r.probabilities[top]) top = c;
    rows.top.push_back(static_cast<std::int64_t>(top));
    rows.probabilities.insert(rows.probabilities.end(), r.probabilities.begin(), r.probabilities.end());
    rows.dimensionScores.insert(rows.dimensionScores.end(), r.dimensions.begin(), r.dimensions.end());
    if (withFeatures) {
      rows.featureSize = r.feature.size();
      rows.features.insert(rows.features.end(), r.feature.begin(), r.feature.end());
    }
  }
}

void appendDetection(FaceRows& rows, std::size_t image, const FaceDetection& d) {
  rows.image.push_back(static_cast<std::int64_t>(image));
  rows.box.insert(rows.box.end(), {d.x, d.y, d.width, d.height});
  rows.score.push_back(d.score);
  for (const auto& p : d.landmarks) rows.landmarks.insert(rows.landmarks.end(), {p.x, p.y});
  ++rows.count;
}

// An aligned crop is its own face: the whole image as the box, no score or landmarks.
FaceDetection wholeImage(const RgbImage& crop) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  FaceDetection d{0, 0, static_cast<float>(crop.width), static_cast<float>(crop.height), nan, {}};
  for (auto& p : d.landmarks) p = {nan, nan};
  return d;
}

// Without the GIL, under the engine's mutex: the faces of the inputs (whole photos: detected and aligned as the
// pipeline does; aligned: each image is one face), one by one to `face`, their crops in batches to `batch`.
// Stops early when `cancel` is set; counts finished images in `imagesDone`.
void forEachFace(PythonEngine& engine, const std::vector<ImageInput>& inputs, bool aligned, float margin,
                 const std::atomic<bool>& cancel, std::atomic<std::size_t>& imagesDone,
                 const std::function<void(std::size_t image, const FaceDetection&)>& face,
                 const std::function<void(const std::vector<RgbImage>&)>& batch) {
  std::vector<RgbImage> pending;
  AlignmentSettings alignment;
  alignment.margin = margin;
  for (std::size_t i = 0; i < inputs.size() && !cancel; ++i) {
    if (aligned) {
      pending.push_back(rgbOf(inputs[i]));
      face(i, wholeImage(pending.back()));
    } else {
      for (auto& f : engine.faceFinder().find(bgrOf(inputs[i]), alignment)) {
        face(i, f.detection);
        pending.push_back(std::move(f.crop));
      }
    }
    if (pending.size() >= kBatch) {
      batch(pending);
      pending.clear();
    }
    imagesDone = i + 1;
  }
  if (!pending.empty() && !cancel) batch(pending);
}

// Runs `work` interruptibly on the engine's thread with its lock and thread layout; progress(report) hears of
// every image done (images_done, images_total).
void runOnEngine(PythonEngine& engine, std::size_t images, const py::object& progress,
                 const std::function<void(const std::atomic<bool>& cancel, std::atomic<std::size_t>& done)>& work) {
  std::atomic<std::size_t> done{0};
  std::size_t reported = 0;
  callInterruptibly(
      engine.worker(),
      [&](const std::atomic<bool>& cancel) {
        std::lock_guard<std::mutex> lock(engine.mutex());
        useThreadLayoutOf(engine.classifier());
        work(cancel, done);
      },
      [&] {
        const std::size_t now = done;
        if (progress.is_none() || now == reported) return;
        reported = now;
        py::dict report;
        report["images_done"] = now;
        report["images_total"] = images;
        progress(report);
      });
}

py::dict classify(PythonEngine& engine, const py::handle& images, const py::object& classes, const py::object& prompts,
                  const std::string& templateText, const py::object& dimensions, bool aligned, float margin,
                  bool withFeatures, const py::object& progress) {
  const auto inputs = imageInputsFrom(images);
  const PromptSet chosen = withDimensions(promptSetFrom(classes, prompts, templateText), engine.defaultPrompts(), dimensions);
  FaceRows rows;
  rows.perImage.assign(inputs.size(), 0);
  std::vector<std::string> classNames, dimensionNames;
  runOnEngine(engine, inputs.size(), progress, [&](const std::atomic<bool>& cancel, std::atomic<std::size_t>& done) {
    engine.classifier().setPromptSet(chosen);
    classNames = engine.classifier().classNames();
    dimensionNames = engine.classifier().dimensionNames();
    forEachFace(
        engine, inputs, aligned, margin, cancel, done,
        [&](std::size_t image, const FaceDetection& d) {
          appendDetection(rows, image, d);
          ++rows.perImage[image];
        },
        [&](const std::vector<RgbImage>& crops) {
          appendClassified(rows, engine.classifier().classifyFaces(crops), withFeatures);
        });
  });
  const auto n = static_cast<py::ssize_t>(rows.count);
  const auto c = static_cast<py::ssize_t>(classNames.size());
  py::list files;
  for (const auto& input : inputs) files.append(input.file.empty() ? py::object(py::none()) : py::object(py::str(input.file)));
  py::dict out;
  out["classes"] = classNames;
  out["files"] = files;
  out["faces_per_image"] = arrayOf(rows.perImage, {static_cast<py::ssize_t>(inputs.size())});
  out["image"] = arrayOf(rows.image, {n});
  out["box"] = arrayOf(rows.box, {n, 4});
  out["score"] = arrayOf(rows.score, {n});
  out["landmarks"] = arrayOf(rows.landmarks, {n, 5, 2});
  out["probabilities"] = arrayOf(rows.probabilities, {n, c});
  out["top"] = arrayOf(rows.top, {n});
  out["dimensions"] = dimensionNames;
  out["dimension_scores"] = arrayOf(rows.dimensionScores, {n, static_cast<py::ssize_t>(dimensionNames.size())});
  if (withFeatures) out["features"] = arrayOf(rows.features, {n, static_cast<py::ssize_t>(rows.featureSize)});
  return out;
}

py::array_t<float> featureMatrix(const std::vector<std::vector<float>>& features) {
  const auto d = features.empty() ? 0 : features.front().size();
  py::array_t<float> out({static_cast<py::ssize_t>(features.size()), static_cast<py::ssize_t>(d)});
  for (std::size_t i = 0; i < features.size(); ++i) std::copy(features[i].begin(), features[i].end(), out.mutable_data() + i * d);
  return out;
}

py::array_t<float> encodeImages(PythonEngine& engine, const py::handle& images, bool aligned, float margin,
                                const py::object& progress) {
  const auto inputs = imageInputsFrom(images);
  std::vector<std::vector<float>> features;
  runOnEngine(engine, inputs.size(), progress, [&](const std::atomic<bool>& cancel, std::atomic<std::size_t>& done) {
    forEachFace(
        engine, inputs, aligned, margin, cancel, done, [](std::size_t, const FaceDetection&) {},
        [&](const std::vector<RgbImage>& crops) {
          for (auto& f : engine.classifier().encodeFaces(crops)) features.push_back(std::move(f));
        });
  });
  return featureMatrix(features);
}

py::array_t<float> encodeTexts(PythonEngine& engine, const py::handle& texts) {
  std::vector<std::string> list;
  if (py::isinstance<py::str>(texts)) list.push_back(texts.cast<std::string>());
  else
    for (const auto& t : py::iter(texts)) list.push_back(py::str(t).cast<std::string>());
  std::vector<std::vector<float>> features;
  runOnEngine(engine, 0, py::none(), [&](const std::atomic<bool>&, std::atomic<std::size_t>&) {
    features = engine.classifier().encodeTexts(list);
  });
  return featureMatrix(features);
}

}  // namespace

PythonEngine::PythonEngine(const py::kwargs& options) {
  const EngineKeywords keywords = engineKeywordsFrom(options);
  const auto chosen = promptSetFrom(keywords.classes, keywords.prompts, keywords.templateText);
  py::gil_scoped_release release;
  defaultPrompts_ = chosen ? *chosen : loadPromptSetOrPreset(kDefaultPrompts);
  classifier_ = createClassifier(engineSpecFromNames(keywords.fields), defaultPrompts_);
}

PhotoFaceFinder& PythonEngine::faceFinder() {
  if (!faceFinder_) faceFinder_ = std::make_unique<PhotoFaceFinder>(classifier_->spec().detector);
  return *faceFinder_;
}

void registerEngine(py::module_& m) {
  static const std::string doc =
      "The engine: CLIP weights, an optional Exp-CLIP or GFER head, device, precision, threads and face detector, "
      "as mien-cli's options (model= and head= take catalogue ids too). Keywords: " + engineKeywordList() +
      "; classes=, prompts=, template= set the default classes.";
  py::class_<PythonEngine>(m, "Engine", py::dynamic_attr(), doc.c_str())
      .def(py::init<const py::kwargs&>())
      .def_property_readonly("classes", [](PythonEngine& e) {
        // A head with fixed classes (GFER) ignores prompts, so its own names are the ones every call gives.
        return e.classifier().promptsEditable() ? e.defaultPrompts().classNames() : e.classifier().classNames();
      }, "The default classes (classes= / prompts= of the constructor, else basic-7.ensemble-5; a GFER head's own).")
      .def_property_readonly("device", [](PythonEngine& e) { return e.classifier().deviceDescription(); })
      .def_property_readonly("model_description", [](PythonEngine& e) { return e.classifier().modelDescription(); })
      .def_property_readonly("preprocessing", [](PythonEngine& e) { return e.classifier().preprocessingName(); })
      .def_property_readonly("spec", [](PythonEngine& e) {
        return py::module_::import("json").attr("loads")(e.classifier().spec().toJson().dump());
      }, "The engine description as it runs (device and precision resolved), one member per field.")
      .def_property("head_enabled", [](PythonEngine& e) { return e.classifier().headEnabled(); },
                    [](PythonEngine& e, bool on) {
                      py::gil_scoped_release release;
                      std::lock_guard<std::mutex> lock(e.mutex());
                      e.classifier().setHeadEnabled(on);
                    }, "False: plain CLIP zero-shot (an Exp-CLIP head can be switched off).")
      .def("_classify", &classify, py::arg("images"), py::arg("classes"), py::arg("prompts"), py::arg("template"),
           py::arg("dimensions"), py::arg("aligned"), py::arg("margin"), py::arg("features"), py::arg("progress"))
      .def("encode_images", &encodeImages, py::arg("images"), py::kw_only(), py::arg("aligned") = false,
           py::arg("margin") = 0.15f, py::arg("progress") = py::none(), R"doc(
The encoder's image features (CLIP's, before any head) as a float32 array, one row per face: per image with
aligned=True, else every face found in each photo, in image order and by detector score within an image.
progress(report) hears of every image done (images_done, images_total); Ctrl-C stops it.)doc")
      .def("encode_texts", &encodeTexts, py::arg("texts"), R"doc(
CLIP's text features (before any head, unnormalised) of each text as a float32 array, one row per text.)doc");
  m.def("engine_options", &engineOptions, "The Engine's keywords: name, help, what each accepts and its default.");
}

}  // namespace mien::python
