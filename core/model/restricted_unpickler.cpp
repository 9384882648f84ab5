// Restricted unpickler: an explicit opcode table and an explicit list of allowed globals.
#include "model/restricted_unpickler.h"

#include <ATen/ATen.h>
#include <cstring>
#include <map>

#include "common/errors.h"
#include "model/dtype_names.h"

namespace mien {

const PickleValue* PickleValue::find(const std::string& key) const {
  for (const auto& [k, v] : entries)
    if (k->kind == Kind::String && k->text == key) return v.get();
  return nullptr;
}

namespace {

constexpr int kMaxDepth = 64;
constexpr std::size_t kMaxMemo = 1u << 22;
constexpr std::size_t kMaxStack = 1u << 22;

using Kind = PickleValue::Kind;

class Unpickler {
 public:
  Unpickler(const std::uint8_t* data, std::size_t size, const StorageLoader& storages, const std::string& name,
            PickleClasses classes)
      : p_(data), end_(data + size), storages_(storages), name_(name), classes_(classes) {}

  PickleValuePtr run();

 private:
  ModelError error(const std::string& what) const {
    return ModelError("'" + name_ + "': " + what + ".");
  }
  const std::uint8_t* take(std::size_t n) {
    if (static_cast<std::size_t>(end_ - p_) < n) throw error("the pickle is truncated");
    const std::uint8_t* at = p_;
    p_ += n;
    return at;
  }
  std::uint64_t uint(int bytes) {
    const std::uint8_t* b = take(bytes);
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | b[i];
    return v;
  }
  std::string line() {
    const std::uint8_t* start = p_;
    while (p_ < end_ && *p_ != '\n') ++p_;
    if (p_ == end_) throw error("the pickle is truncated inside a GLOBAL name");
    std::string s(reinterpret_cast<const char*>(start), p_ - start);
    ++p_;
    return s;
  }
  static PickleValuePtr make(Kind kind) {
    auto v = std::make_shared<PickleValue>();
    v->kind = kind;
    return v;
  }
  PickleValuePtr pop() {
    if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back())) throw error("the pickle stack underflows");
    auto v = stack_.back();
    stack_.pop_back();
    return v;
  }
  PickleValuePtr& top() {
    if (stack_.empty()) throw error("the pickle stack underflows");
    return stack_.back();
  }
  void push(PickleValuePtr v) {
    if (stack_.size() >= kMaxStack) throw error("the pickle stack is too deep");
    stack_.push_back(std::move(v));
  }
  std::vector<PickleValuePtr> popToMark() {
    if (marks_.empty()) throw error("the pickle has no MARK where one is needed");
    std::size_t mark = marks_.back();
    marks_.pop_back();
    std::vector<PickleValuePtr> items(stack_.begin() + mark, stack_.end());
    stack_.resize(mark);
    return items;
  }
  void adopt(PickleValue& parent, const PickleValuePtr& child) {
    if (parent.frozen || child.get() == &parent) throw error("the pickle modifies a container after storing it");
    child->frozen = true;
    parent.depth = std::max(parent.depth, child->depth + 1);
    if (parent.depth > kMaxDepth) throw error("the pickle nests containers too deeply");
  }
  PickleValuePtr tuple(std::vector<PickleValuePtr> items) {
    auto t = make(Kind::Tuple);
    for (auto& i : items) adopt(*t, i);
    t->items = std::move(items);
    return t;
  }
  void setItems(std::vector<PickleValuePtr> kv) {
    if (kv.size() % 2) throw error("the pickle sets a dict item without a value");
    PickleValue& dict = *top();
    if (dict.kind != Kind::Dict) throw error("the pickle sets items on something that is not a dict");
    for (std::size_t i = 0; i < kv.size(); i += 2) {
      adopt(dict, kv[i]);
      adopt(dict, kv[i + 1]);
      dict.entries.emplace_back(kv[i], kv[i + 1]);
    }
  }
  void appendItems(std::vector<PickleValuePtr> items) {
    PickleValue& list = *top();
    if (list.kind != Kind::List) throw error("the pickle appends to something that is not a list");
    for (auto& i : items) {
      adopt(list, i);
      list.items.push_back(i);
    }
  }
  void memoPut(std::uint64_t index) {
    if (index >= kMaxMemo) throw error("the pickle memo index is out of range");
    memo_[index] = top();
  }
  PickleValuePtr memoGet(std::uint64_t index) {
    auto it = memo_.find(index);
    if (it == memo_.end()) throw error("the pickle refers to a memo entry that does not exist");
    return it->second;
  }
  PickleValuePtr global(const std::string& module, const std::string& name);
  PickleValuePtr reduce(const PickleValuePtr& callable, const PickleValuePtr& args);
  PickleValuePtr persistentLoad(const PickleValuePtr& pid);
  PickleValuePtr rebuildTensor(const std::vector<PickleValuePtr>& args);
  PickleValuePtr newObject(const PickleValuePtr& cls, const PickleValuePtr& args);
  void build(const PickleValuePtr& state);

  const std::uint8_t* p_;
  const std::uint8_t* end_;
  const StorageLoader& storages_;
  std::string name_;
  PickleClasses classes_;
  std::vector<PickleValuePtr> stack_;
  std::vector<std::size_t> marks_;
  std::map<std::uint64_t, PickleValuePtr> memo_;
  std::map<std::string, at::Tensor> loadedStorages_;
};

bool isScriptClass(const std::string& module, const std::string& name) {
  const auto identifier = [](const std::string& s) {
    return !s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.") == std::string::npos;
  };
  return (module == "__torch__" || module.rfind("__torch__.", 0) == 0) && identifier(module) && identifier(name);
}

PickleValuePtr Unpickler::global(const std::string& module, const std::string& name) {
  const std::string full = module + "." + name;
  const bool allowed = full == "collections.OrderedDict" || full == "torch._utils._rebuild_tensor_v2" ||
                       full == "torch._utils._rebuild_parameter" ||
                       (module == "torch" && scalarTypeFromStorageName(name).has_value()) ||
                       (classes_ == PickleClasses::TorchScriptObjects && isScriptClass(module, name));
  if (!allowed)
    throw error("the checkpoint asks to call '" + full +
                "', which a weights file never needs; Mien refuses to run code from model files");
  auto g = make(Kind::Global);
  g->text = full;
  return g;
}

PickleValuePtr Unpickler::persistentLoad(const PickleValuePtr& pid) {
  if (pid->kind != Kind::Tuple || pid->items.size() != 5 || pid->items[0]->kind != Kind::String ||
      pid->items[0]->text != "storage" || pid->items[1]->kind != Kind::Global || pid->items[2]->kind != Kind::String ||
      pid->items[4]->kind != Kind::Int)
    throw error("the checkpoint has a persistent id that is not a tensor storage");
  auto dtype = scalarTypeFromStorageName(pid->items[1]->text.substr(std::strlen("torch.")));
  if (!dtype) throw error("the checkpoint has a storage of unknown type '" + pid->items[1]->text + "'");
  const std::string& key = pid->items[2]->text;
  const std::int64_t numel = pid->items[4]->integer;
  if (numel < 0) throw error("storage '" + key + "' has a negative size");
  auto it = loadedStorages_.find(key);
  if (it == loadedStorages_.end()) it = loadedStorages_.emplace(key, storages_(key, *dtype, numel)).first;
  if (it->second.scalar_type() != *dtype || it->second.numel() != numel)
    throw error("storage '" + key + "' is referenced with two different types or sizes");
  auto s = make(Kind::Storage);
  s->tensor = it->second;
  return s;
}

std::vector<std::int64_t> intList(const PickleValue& v, const ModelError& err) {
  if (v.kind != PickleValue::Kind::Tuple) throw err;
  std::vector<std::int64_t> out;
  for (const auto& i : v.items) {
    if (i->kind != PickleValue::Kind::Int || i->integer < 0) throw err;
    out.push_back(i->integer);
  }
  return out;
}

PickleValuePtr Unpickler::rebuildTensor(const std::vector<PickleValuePtr>& args) {
  const ModelError bad = error("a tensor in the checkpoint has malformed size, stride or offset");
  if (args.size() < 4 || args[0]->kind != Kind::Storage || args[1]->kind != Kind::Int) throw bad;
  const at::Tensor& storage = args[0]->tensor;
  const std::int64_t offset = args[1]->integer;
  auto sizes = intList(*args[2], bad);
  auto strides = intList(*args[3], bad);
  if (sizes.size() != strides.size() || offset < 0) throw bad;
  // The last element reached must lie inside the storage (empty tensors reach nothing).
  std::int64_t last = offset;
  bool empty = false;
  for (std::size_t d = 0; d < sizes.size(); ++d) {
    if (sizes[d] == 0) empty = true;
    if (sizes[d] > (std::int64_t{1} << 40) || strides[d] > (std::int64_t{1} << 40)) throw bad;
    last += (sizes[d] - 1) * strides[d];
  }
  if (!empty && last >= storage.numel())
    throw error("a tensor in the checkpoint reaches past the end of its storage (file truncated or corrupt)");
  auto t = make(Kind::Tensor);
  t->tensor = empty ? at::empty(sizes, storage.options()) : storage.as_strided(sizes, strides, offset);
  return t;
}

PickleValuePtr Unpickler::reduce(const PickleValuePtr& callable, const PickleValuePtr& args) {
  if (callable->kind != Kind::Global || args->kind != Kind::Tuple)
    throw error("the pickle calls something that is not an allowed function");
  const std::string& fn = callable->text;
  if (fn == "collections.OrderedDict") {
    if (!args->items.empty()) throw error("the pickle builds an OrderedDict from arguments Mien does not accept");
    return make(Kind::Dict);
  }
  if (fn == "torch._utils._rebuild_tensor_v2") return rebuildTensor(args->items);
  if (fn == "torch._utils._rebuild_parameter") {
    if (args->items.empty() || args->items[0]->kind != Kind::Tensor) throw error("a parameter has no tensor");
    return args->items[0];
  }
  throw error("the pickle calls '" + fn + "' as a function, which Mien does not allow");
}

PickleValuePtr Unpickler::newObject(const PickleValuePtr& cls, const PickleValuePtr& args) {
  if (cls->kind != Kind::Global || cls->text.rfind("__torch__", 0) != 0 || args->kind != Kind::Tuple || !args->items.empty())
    throw error("the pickle constructs an object that is not a scripted module, which Mien does not allow");
  auto object = make(Kind::Object);
  object->text = cls->text;
  return object;
}

// The state becomes the object's data; a scripted __setstate__, which TorchScript would run here, never is.
void Unpickler::build(const PickleValuePtr& state) {
  PickleValue& target = *top();
  if (target.kind == Kind::Dict) return;  // an OrderedDict's _metadata attribute, which Mien ignores
  if (target.kind != Kind::Object || target.frozen || target.state || !target.entries.empty())
    throw error("the pickle sets object state, which Mien does not allow");
  adopt(target, state);
  if (state->kind == Kind::Dict) target.entries = state->entries;
  else target.state = state;
}

PickleValuePtr Unpickler::run() {
  while (true) {
    const std::uint8_t op = *take(1);
    switch (op) {
      case 0x80: take(1); break;     // PROTO
      case 0x95: take(8); break;     // FRAME
      case '.': {                     // STOP
        if (stack_.size() != 1 || !marks_.empty()) throw error("the pickle ends with a malformed stack");
        return stack_.back();
      }
      case '(': marks_.push_back(stack_.size()); break;  // MARK
      case '0': pop(); break;                            // POP
      case '1': popToMark(); break;                      // POP_MARK
      case '2': push(top()); break;                      // DUP
      case 'N': push(make(Kind::None)); break;
      case 0x88:
      case 0x89: {
        auto b = make(Kind::Bool);
        b->boolean = op == 0x88;
        push(b);
        break;
      }
      case 'J': {
        auto v = make(Kind::Int);
        v->integer = static_cast<std::int32_t>(uint(4));
        push(v);
        break;
      }
      case 'K':
      case 'M': {
        auto v = make(Kind::Int);
        v->integer = static_cast<std::int64_t>(uint(op == 'K' ? 1 : 2));
        push(v);
        break;
      }
      case 0x8a: {  // LONG1
        const std::uint64_t n = uint(1);
        if (n > 8) throw error("the pickle has an integer wider than 64 bits");
        auto v = make(Kind::Int);
        std::uint64_t raw = n ? uint(static_cast<int>(n)) : 0;
        if (n && n < 8 && (raw >> (8 * n - 1)) & 1) raw |= ~std::uint64_t{0} << (8 * n);  // sign-extend
        v->integer = static_cast<std::int64_t>(raw);
        push(v);
        break;
      }
      case 'G': {  // BINFLOAT, big-endian
        const std::uint8_t* b = take(8);
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = (bits << 8) | b[i];
        auto v = make(Kind::Float);
        std::memcpy(&v->real, &bits, 8);
        push(v);
        break;
      }
      case 'X':
      case 0x8c:
      case 0x8d:
      case 'B':
      case 'C': {  // BINUNICODE, SHORT_BINUNICODE, BINUNICODE8, BINBYTES, SHORT_BINBYTES
        const int width = op == 0x8c || op == 'C' ? 1 : op == 0x8d ? 8 : 4;
        const std::uint64_t n = uint(width);
        if (n > static_cast<std::uint64_t>(end_ - p_)) throw error("the pickle is truncated inside a string");
        auto v = make(op == 'B' || op == 'C' ? Kind::Bytes : Kind::String);
        v->text.assign(reinterpret_cast<const char*>(take(n)), n);
        push(v);
        break;
      }
      case '}': push(make(Kind::Dict)); break;
      case ']': push(make(Kind::List)); break;
      case ')': push(make(Kind::Tuple)); break;
      case 't': push(tuple(popToMark())); break;
      case 0x85:
      case 0x86:
      case 0x87: {
        std::vector<PickleValuePtr> items(op - 0x84);
        for (auto it = items.rbegin(); it != items.rend(); ++it) *it = pop();
        push(tuple(std::move(items)));
        break;
      }
      case 'l': {
        auto items = popToMark();
        push(make(Kind::List));
        appendItems(std::move(items));
        break;
      }
      case 'd': {
        auto items = popToMark();
        push(make(Kind::Dict));
        setItems(std::move(items));
        break;
      }
      case 'a': {
        auto item = pop();
        appendItems({item});
        break;
      }
      case 'e': appendItems(popToMark()); break;
      case 's': {
        auto value = pop();
        auto key = pop();
        setItems({key, value});
        break;
      }
      case 'u': setItems(popToMark()); break;
      case 'q': memoPut(uint(1)); break;
      case 'r': memoPut(uint(4)); break;
      case 0x94: memoPut(memo_.size()); break;  // MEMOIZE
      case 'h': push(memoGet(uint(1))); break;
      case 'j': push(memoGet(uint(4))); break;
      case 'c': {
        std::string module = line();
        std::string name = line();
        push(global(module, name));
        break;
      }
      case 0x93: {  // STACK_GLOBAL
        auto name = pop();
        auto module = pop();
        if (module->kind != Kind::String || name->kind != Kind::String) throw error("the pickle has a malformed global");
        push(global(module->text, name->text));
        break;
      }
      case 'R': {
        auto args = pop();
        auto callable = pop();
        push(reduce(callable, args));
        break;
      }
      case 'b': build(pop()); break;  // BUILD
      case 0x81: {                      // NEWOBJ
        auto args = pop();
        auto cls = pop();
        push(newObject(cls, args));
        break;
      }
      case 'Q': push(persistentLoad(pop())); break;
      default: {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02x", op);
        throw error(std::string("the pickle uses opcode ") + hex +
                    ", which a PyTorch state dict never needs; Mien does not run it");
      }
    }
  }
}

}  // namespace

PickleValuePtr unpickleRestricted(const std::uint8_t* data, std::size_t size, const StorageLoader& storages,
                                  const std::string& name, PickleClasses classes) {
  return Unpickler(data, size, storages, name, classes).run();
}

}  // namespace mien
