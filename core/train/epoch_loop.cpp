#include "train/epoch_loop.h"

#include <ATen/ATen.h>
#include <ATen/CPUGeneratorImpl.h>
#include <filesystem>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "model/finite_weights.h"
#include "model/safetensors_writer.h"

namespace mien {
namespace {

void writeCheckpoint(const std::string& dir, int epoch, const EpochCheckpoint& c) {
  std::filesystem::create_directories(dir);
  const std::string base = dir + "/epoch-" + std::to_string(epoch);
  c.saveHead(base + ".pth");
  writeSafetensors(base + ".safetensors", c.state, c.metadata);
  AtomicFileWriter out(base + ".json");
  out.write(c.record.dump(2) + "\n");
  out.commit();
}

}  // namespace

bool runEpochs(const EpochLoop& loop, const std::function<bool(int, at::Generator&)>& trainEpoch,
               const std::function<EpochCheckpoint(int)>& checkpoint, const std::function<void(int)>& finished) {
  for (int n = loop.firstEpoch; n <= loop.lastEpoch; ++n) {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(loop.seed * 1000003ull + static_cast<std::uint64_t>(n));
    if (!trainEpoch(n, generator)) return false;
    const EpochCheckpoint c = checkpoint(n);
    for (const auto& [name, tensor] : c.state)
      if (!isFinite(tensor))
        throw ModelError("Training stopped at epoch " + std::to_string(n) + ": the weights are not a finite number any " +
                         "more (the loss diverged), so nothing of this epoch is saved; lower the learning rate and " +
                         "resume. The checkpoints of the epochs before it are kept.");
    if (!loop.checkpointDir.empty()) writeCheckpoint(loop.checkpointDir, n, c);
    if (finished) finished(n);
  }
  return true;
}

at::Tensor shuffledOrder(std::int64_t count, at::Generator& generator) {
  return at::randperm(count, generator, at::TensorOptions().dtype(at::kLong));
}

}  // namespace mien
