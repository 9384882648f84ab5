// Emits a protocol-2 pickle of the exact shape torch.save produces for a state dict, in a stored zip.
#include "model/torch_checkpoint_writer.h"

#include <ATen/ATen.h>
#include <filesystem>
#include <vector>

#include "common/atomic_file_writer.h"
#include "model/dtype_names.h"
#include "model/zip_archive.h"

namespace mien {
namespace {

class PickleBuilder {
 public:
  void op(char c) { out_.push_back(c); }
  void text(const std::string& s) {
    op('X');
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>(s.size() >> (8 * i)));
    out_ += s;
  }
  void integer(std::int64_t v) {
    op('\x8a');
    out_.push_back(8);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>(static_cast<std::uint64_t>(v) >> (8 * i)));
  }
  void global(const std::string& module, const std::string& name) { out_ += "c" + module + "\n" + name + "\n"; }
  void intTuple(const std::vector<std::int64_t>& values) {
    op('(');
    for (auto v : values) integer(v);
    op('t');
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_ = std::string("\x80\x02", 2);
};

}  // namespace

void writeTorchStateDict(const std::string& path, const TensorMap& tensors, const std::string& wrapKey) {
  std::string archive = std::filesystem::path(path).stem().string();
  if (archive.empty()) archive = "archive";
  PickleBuilder pickle;
  if (!wrapKey.empty()) {
    pickle.op('}');
    pickle.text(wrapKey);
  }
  pickle.global("collections", "OrderedDict");
  pickle.op(')');
  pickle.op('R');
  pickle.op('(');
  std::vector<at::Tensor> storages;
  for (const auto& [key, tensor] : tensors) {
    at::Tensor t = tensor.detach().to(at::kCPU).contiguous();
    pickle.text(key);
    pickle.global("torch._utils", "_rebuild_tensor_v2");
    pickle.op('(');
    pickle.op('(');
    pickle.text("storage");
    pickle.global("torch", storageName(t.scalar_type()));
    pickle.text(std::to_string(storages.size()));
    pickle.text("cpu");
    pickle.integer(t.numel());
    pickle.op('t');
    pickle.op('Q');
    pickle.integer(0);
    pickle.intTuple(t.sizes().vec());
    pickle.intTuple(t.strides().vec());
    pickle.op('\x89');
    pickle.global("collections", "OrderedDict");
    pickle.op(')');
    pickle.op('R');
    pickle.op('t');
    pickle.op('R');
    storages.push_back(t);
  }
  pickle.op('u');
  if (!wrapKey.empty()) pickle.op('s');
  pickle.op('.');

  ZipArchiveWriter zip;
  zip.add(archive + "/data.pkl", pickle.bytes().data(), pickle.bytes().size());
  zip.add(archive + "/byteorder", "little", 6);
  for (std::size_t i = 0; i < storages.size(); ++i)
    zip.add(archive + "/data/" + std::to_string(i), storages[i].data_ptr(),
            storages[i].numel() * storages[i].element_size());
  zip.add(archive + "/version", "3\n", 2);
  auto bytes = zip.finish();
  AtomicFileWriter out(path);
  out.write(bytes.data(), bytes.size());
  out.commit();
}

}  // namespace mien
