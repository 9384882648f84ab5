// oneDNN matmul for one Linear layer. A primitive is made per row count (batch × tokens) and cached; the
// weights are reordered once, into the layout the first primitive asks for, and later primitives are made
// for that same layout so the weights are never copied again.
#include "model/onednn_linear.h"

#include <ATen/ATen.h>
#include <map>
#include <mutex>
#include <oneapi/dnnl/dnnl.hpp>
#include <unordered_map>

#include "common/errors.h"
#include "model/activation_quantizer.h"
#include "model/openmp_threads.h"

namespace mien {
namespace {

using DataType = dnnl::memory::data_type;
using Tag = dnnl::memory::format_tag;

dnnl::engine& cpuEngine() {
  static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
  return engine;
}

DataType weightTypeFor(Precision p) {
  switch (p) {
    case Precision::Int8: return DataType::s8;
    case Precision::Bf16: return DataType::bf16;
    default: return DataType::f32;
  }
}

DataType activationTypeFor(Precision p) {
  switch (p) {
    case Precision::Int8: return DataType::u8;
    case Precision::Bf16: return DataType::bf16;
    default: return DataType::f32;
  }
}

constexpr dnnl::memory::dim kProbeRows = 64;  // the row count whose primitive chooses the weights' layout

}  // namespace

struct OneDnnLinear::State {
  Precision precision = Precision::Fp32;
  std::optional<Activation> activation;
  dnnl::memory::dim n = 0, k = 0;
  DataType srcType = DataType::f32, dstType = DataType::f32;
  dnnl::memory::desc weightsDesc;
  dnnl::memory weights;      // reordered once
  at::Tensor bias;           // [1, N] float32 (a binary post-op, so int8 adds it after the scales)
  at::Tensor weightScales;   // int8: [N] float32, per output channel
  // int8: the activations' zero point z enters as a per-call bias, b − scale·z·weightScale·(Σₖ q_w): oneDNN's own
  // zero-point support has the weights packed with that compensation by its slow generic reorder.
  at::Tensor scaledColumnSums;  // [N] float32, weightScale · Σₖ q_w
  std::string implementation;
  // Without VNNI, u8×s8 products are summed in pairs into saturating 16-bit lanes (vpmaddubsw): 7-bit
  // activations keep every pair in range, as PyTorch's reduce_range does on such CPUs.
  int activationLevels = 255;

  struct Kernel {
    dnnl::matmul primitive;
    dnnl::memory::desc scratchpad;
  };
  mutable std::mutex mutex;
  mutable std::map<dnnl::memory::dim, Kernel> kernels;

  static dnnl::memory::desc scalarDesc() { return dnnl::memory::desc({1, 1}, DataType::f32, Tag::ab); }
  int biasPostOp() const { return precision == Precision::Int8 ? 1 : 0; }

  dnnl::primitive_attr attributes() const {
    dnnl::primitive_attr attr;
    attr.set_scratchpad_mode(dnnl::scratchpad_mode::user);  // per call, so concurrent calls never share one
    dnnl::post_ops ops;
    // int8: the weights' per-channel scales are fixed at creation and the activations' per-call scale is a
    // post-op multiplier; run-time output scales would rule out the pre-packed VNNI kernel (brgemm) in 2.6.
    if (precision == Precision::Int8) ops.append_binary(dnnl::algorithm::binary_mul, scalarDesc());
    ops.append_binary(dnnl::algorithm::binary_add, dnnl::memory::desc({1, n}, DataType::f32, Tag::ab));
    if (activation == Activation::QuickGelu) ops.append_eltwise(1.f, dnnl::algorithm::eltwise_swish, 1.702f, 0.f);
    if (activation == Activation::Gelu) ops.append_eltwise(1.f, dnnl::algorithm::eltwise_gelu_erf, 0.f, 0.f);
    attr.set_post_ops(ops);
    if (precision == Precision::Int8) {
      const float* scales = weightScales.data_ptr<float>();
      attr.set_output_scales(1 << 1, std::vector<float>(scales, scales + n));
    }
    return attr;
  }

  dnnl::matmul::primitive_desc describe(dnnl::memory::dim rows, const dnnl::memory::desc& weightsLayout) const {
    const dnnl::memory::desc src({rows, k}, srcType, Tag::ab), dst({rows, n}, dstType, Tag::ab);
    return dnnl::matmul::primitive_desc(dnnl::matmul::desc(src, weightsLayout, dst), attributes(), cpuEngine());
  }

  const Kernel& kernelFor(dnnl::memory::dim rows) const {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = kernels.find(rows);
    if (it == kernels.end()) {
      const auto pd = describe(rows, weightsDesc);
      it = kernels.emplace(rows, Kernel{dnnl::matmul(pd), pd.scratchpad_desc()}).first;
    }
    return it->second;
  }
};

OneDnnLinear::OneDnnLinear(const at::Tensor& weight, const at::Tensor& bias, Precision precision,
                           std::optional<Activation> activation)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.precision = precision;
  s.activation = activation;
  s.n = weight.size(0);
  s.k = weight.size(1);
  s.srcType = activationTypeFor(precision);
  if (!oneDnnHasVnni()) s.activationLevels = 127;
  s.dstType = precision == Precision::Bf16 ? DataType::bf16 : DataType::f32;
  s.bias = (bias.defined() ? bias.to(at::kFloat) : at::zeros({s.n})).reshape({1, s.n}).contiguous();

  at::Tensor plain = weight.to(at::kFloat).contiguous();  // [N, K], i.e. a [K, N] matrix in "ba" order
  if (precision == Precision::Int8) {
    // One weight-sized float temporary, not five: fresh pages are what loading spends its time on.
    const auto [low, high] = at::aminmax(plain, 1);
    s.weightScales = (at::maximum(high, -low).clamp_min(1e-8) / 127.0).contiguous();
    plain = at::div(plain, s.weightScales.unsqueeze(1)).round_().clamp_(-127, 127).to(at::kChar);
    s.scaledColumnSums = at::empty({s.n});
    const std::int8_t* quantised = plain.data_ptr<std::int8_t>();
    const float* scales = s.weightScales.data_ptr<float>();
    float* scaledSums = s.scaledColumnSums.data_ptr<float>();
    for (std::int64_t j = 0; j < s.n; ++j) {
      std::int32_t sum = 0;
      for (std::int64_t i = 0; i < s.k; ++i) sum += quantised[j * s.k + i];
      scaledSums[j] = scales[j] * static_cast<float>(sum);
    }
  } else if (precision == Precision::Bf16) {
    plain = plain.to(at::kBFloat16).contiguous();
  }
  const DataType weightType = weightTypeFor(precision);
  dnnl::matmul::primitive_desc probe;
  try {
    probe = s.describe(kProbeRows, dnnl::memory::desc({s.k, s.n}, weightType, Tag::any));
  } catch (const dnnl::error&) {
    throw ModelError("oneDNN has no " + precisionName(precision) + " matrix kernel for this CPU (" +
                     oneDnnDescription() + ").");
  }
  s.implementation = probe.impl_info_str();
  s.weightsDesc = probe.weights_desc();
  s.weights = dnnl::memory(s.weightsDesc, cpuEngine());
  dnnl::memory source(dnnl::memory::desc({s.k, s.n}, weightType, Tag::ba), cpuEngine(), plain.data_ptr());
  dnnl::stream stream(cpuEngine());
  dnnl::reorder(source, s.weights).execute(stream, source, s.weights);
  stream.wait();
  s.kernels.emplace(kProbeRows, State::Kernel{dnnl::matmul(probe), probe.scratchpad_desc()});
}

OneDnnLinear::~OneDnnLinear() = default;

std::string OneDnnLinear::implementation() const { return state_->implementation; }

at::Tensor OneDnnLinear::forward(const at::Tensor& x) const {
  const State& s = *state_;
  const at::ScalarType want = s.precision == Precision::Bf16 ? at::kBFloat16 : at::kFloat;
  const at::Tensor rows = x.reshape({-1, s.k}).to(want).contiguous();
  const dnnl::memory::dim m = rows.size(0);
  std::vector<std::int64_t> outShape = x.sizes().vec();
  outShape.back() = s.n;
  at::Tensor out = at::empty({m, s.n}, rows.options());
  if (m == 0) return out.view(outShape);

  useConfiguredThreads();
  // int8 products over few rows gain nothing from a second thread, whose wake-up costs more than it saves (ViT-B/32
  // at batch 1, per product on one thread and on two: 0.08 / 0.19, 0.22 / 0.25, 0.36 / 0.33, 0.30 / 0.28 ms): they
  // stay on the calling thread with the small steps (a SmallWorkThreads scope: 64 rows unless MIEN_SMALL_WORK_ROWS
  // says otherwise). fp32 and bf16 products halve on two threads.
  const bool widen = s.precision != Precision::Int8;
  const State::Kernel& kernel = [&]() -> const State::Kernel& {
    const ProductThreads product(widen);  // a primitive plans its work for the thread count it is made with
    return s.kernelFor(m);
  }();
  const dnnl::engine& engine = cpuEngine();
  dnnl::stream stream(engine);
  at::Tensor src = rows;
  float activationScale = 1.f;
  at::Tensor bias = s.bias;
  if (s.precision == Precision::Int8) {
    src = at::empty({m, s.k}, rows.options().dtype(at::kByte));
    const ActivationQuantization q =
        quantizeActivations(rows.data_ptr<float>(), rows.numel(), s.activationLevels, src.data_ptr<std::uint8_t>());
    activationScale = q.scale;
    if (q.zeroPoint != 0) {
      bias = at::empty_like(s.bias);
      const float shift = q.scale * static_cast<float>(q.zeroPoint);
      const float *plainBias = s.bias.data_ptr<float>(), *sums = s.scaledColumnSums.data_ptr<float>();
      float* shifted = bias.data_ptr<float>();
      for (dnnl::memory::dim j = 0; j < s.n; ++j) shifted[j] = plainBias[j] - shift * sums[j];
    }
  }
  at::Tensor scratchpad = at::empty({static_cast<std::int64_t>(kernel.scratchpad.get_size())}, at::kByte);
  std::unordered_map<int, dnnl::memory> args = {
      {DNNL_ARG_SRC, dnnl::memory(dnnl::memory::desc({m, s.k}, s.srcType, Tag::ab), engine, src.data_ptr())},
      {DNNL_ARG_WEIGHTS, s.weights},
      {DNNL_ARG_DST, dnnl::memory(dnnl::memory::desc({m, s.n}, s.dstType, Tag::ab), engine, out.data_ptr())},
      {DNNL_ARG_SCRATCHPAD, dnnl::memory(kernel.scratchpad, engine, scratchpad.data_ptr())},
      {DNNL_ARG_ATTR_MULTIPLE_POST_OP(s.biasPostOp()) | DNNL_ARG_SRC_1,
       dnnl::memory(dnnl::memory::desc({1, s.n}, DataType::f32, Tag::ab), engine, bias.data_ptr())}};
  if (s.precision == Precision::Int8)
    args[DNNL_ARG_ATTR_MULTIPLE_POST_OP(0) | DNNL_ARG_SRC_1] =
        dnnl::memory(State::scalarDesc(), engine, &activationScale);
  const ProductThreads product(widen);
  kernel.primitive.execute(stream, args);
  stream.wait();
  return out.view(outShape);
}

std::string oneDnnDescription() {
  const dnnl_version_t* v = dnnl::version();
  std::string isa;
  switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::sse41: isa = "SSE4.1"; break;
    case dnnl::cpu_isa::avx: isa = "AVX"; break;
    case dnnl::cpu_isa::avx2: isa = "AVX2"; break;
    case dnnl::cpu_isa::avx2_vnni: isa = "AVX2 VNNI"; break;
    case dnnl::cpu_isa::avx512_core: isa = "AVX-512"; break;
    case dnnl::cpu_isa::avx512_core_vnni: isa = "AVX-512 VNNI"; break;
    case dnnl::cpu_isa::avx512_core_bf16: isa = "AVX-512 VNNI BF16"; break;
    case dnnl::cpu_isa::avx512_core_amx: isa = "AMX"; break;
    default: isa = "baseline"; break;
  }
  return "oneDNN " + std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->patch) +
         ", " + isa;
}

bool oneDnnHasVnni() {
  switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::avx2_vnni:
    case dnnl::cpu_isa::avx512_core_vnni:
    case dnnl::cpu_isa::avx512_core_bf16:
    case dnnl::cpu_isa::avx512_core_amx: return true;
    default: return false;
  }
}

bool oneDnnHasBrgemm() {
  switch (dnnl::get_effective_cpu_isa()) {
    case dnnl::cpu_isa::avx512_core:
    case dnnl::cpu_isa::avx512_core_vnni:
    case dnnl::cpu_isa::avx512_core_bf16:
    case dnnl::cpu_isa::avx512_core_amx: return true;
    default: return false;
  }
}

}  // namespace mien
