// Zip parsing with every offset checked against the file size; only "stored" entries are supported,
// which is what torch.save and torch.jit.save write.
#include "model/zip_archive.h"

#include <zlib.h>

#include "common/errors.h"

namespace mien {
namespace {

std::uint64_t le(const std::uint8_t* p, int bytes) {
  std::uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

void putLe(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

constexpr std::uint32_t kLocalSig = 0x04034b50, kCentralSig = 0x02014b50, kEndSig = 0x06054b50,
                        kZip64EndSig = 0x06064b50, kZip64LocatorSig = 0x07064b50;

}  // namespace

ZipArchiveReader::ZipArchiveReader(const std::uint8_t* data, std::size_t size, std::string name)
    : data_(data), size_(size), name_(std::move(name)) {
  auto corrupt = [&](const std::string& what) -> ModelError {
    return ModelError("'" + name_ + "' is not a readable PyTorch zip checkpoint (" + what +
                      "); re-download it or save it again with torch.save.");
  };
  if (size_ < 22) throw corrupt("too short");
  std::size_t end = std::string::npos;
  const std::size_t lowest = size_ > 22 + 65535 ? size_ - 22 - 65535 : 0;
  for (std::size_t pos = size_ - 22 + 1; pos-- > lowest;) {
    if (le(data_ + pos, 4) == kEndSig) {
      end = pos;
      break;
    }
  }
  if (end == std::string::npos) throw corrupt("no end-of-archive record");
  std::uint64_t count = le(data_ + end + 10, 2);
  std::uint64_t cdSize = le(data_ + end + 12, 4);
  std::uint64_t cdOffset = le(data_ + end + 16, 4);
  if (cdOffset == 0xFFFFFFFF || count == 0xFFFF) {
    if (end < 20 || le(data_ + end - 20, 4) != kZip64LocatorSig) throw corrupt("zip64 locator missing");
    std::uint64_t z64 = le(data_ + end - 20 + 8, 8);
    if (size_ < 56 || z64 > size_ - 56 || le(data_ + z64, 4) != kZip64EndSig) throw corrupt("zip64 record out of range");
    count = le(data_ + z64 + 32, 8);
    cdSize = le(data_ + z64 + 40, 8);
    cdOffset = le(data_ + z64 + 48, 8);
  }
  if (cdOffset > size_ || cdSize > size_ - cdOffset) throw corrupt("central directory out of range");
  std::uint64_t pos = cdOffset;
  for (std::uint64_t i = 0; i < count; ++i) {
    if (pos + 46 > cdOffset + cdSize || le(data_ + pos, 4) != kCentralSig) throw corrupt("bad central directory");
    Entry e{};
    e.method = static_cast<std::uint16_t>(le(data_ + pos + 10, 2));
    e.compressedSize = le(data_ + pos + 20, 4);
    e.size = le(data_ + pos + 24, 4);
    const std::uint64_t nameLen = le(data_ + pos + 28, 2), extraLen = le(data_ + pos + 30, 2),
                        commentLen = le(data_ + pos + 32, 2);
    e.localHeaderOffset = le(data_ + pos + 42, 4);
    if (pos + 46 + nameLen + extraLen + commentLen > cdOffset + cdSize) throw corrupt("bad central directory");
    std::string entryName(reinterpret_cast<const char*>(data_ + pos + 46), nameLen);
    // zip64 extra field: the 64-bit values appear in this order for each field set to 0xFFFFFFFF.
    const std::uint8_t* extra = data_ + pos + 46 + nameLen;
    for (std::uint64_t x = 0; x + 4 <= extraLen;) {
      const std::uint64_t id = le(extra + x, 2), len = le(extra + x + 2, 2);
      if (x + 4 + len > extraLen) throw corrupt("bad extra field");
      if (id == 0x0001) {
        std::uint64_t at = x + 4;
        auto take = [&](std::uint64_t& field) {
          if (field != 0xFFFFFFFF) return;
          if (at + 8 > x + 4 + len) throw corrupt("short zip64 field");
          field = le(extra + at, 8);
          at += 8;
        };
        take(e.size);
        take(e.compressedSize);
        take(e.localHeaderOffset);
      }
      x += 4 + len;
    }
    entries_[entryName] = e;
    pos += 46 + nameLen + extraLen + commentLen;
  }
}

std::pair<const std::uint8_t*, std::size_t> ZipArchiveReader::entry(const std::string& entryName) const {
  auto it = entries_.find(entryName);
  if (it == entries_.end()) throw ModelError("'" + name_ + "' lacks the record '" + entryName + "'.");
  const Entry& e = it->second;
  if (e.method != 0)
    throw ModelError("'" + name_ + "': record '" + entryName + "' is compressed; PyTorch checkpoints store records " +
                     "uncompressed, so this file was repacked. Save it again with torch.save.");
  if (size_ < 30 || e.localHeaderOffset > size_ - 30 || le(data_ + e.localHeaderOffset, 4) != kLocalSig)
    throw ModelError("'" + name_ + "': record '" + entryName + "' has a bad local header (file truncated?).");
  const std::uint64_t start =
      e.localHeaderOffset + 30 + le(data_ + e.localHeaderOffset + 26, 2) + le(data_ + e.localHeaderOffset + 28, 2);
  if (start > size_ || e.size > size_ - start || e.compressedSize != e.size)
    throw ModelError("'" + name_ + "' is truncated: record '" + entryName + "' runs past the end of the file.");
  return {data_ + start, static_cast<std::size_t>(e.size)};
}

std::vector<std::string> ZipArchiveReader::names() const {
  std::vector<std::string> out;
  for (const auto& [n, e] : entries_) out.push_back(n);
  return out;
}

void ZipArchiveWriter::add(const std::string& name, const void* data, std::size_t size) {
  if (bytes_.size() + size + name.size() + 200 > 0xFFFFFFFFull)
    throw ModelError("Cannot save '" + name + "': checkpoints over 4 GiB are not supported.");
  const std::uint32_t offset = static_cast<std::uint32_t>(bytes_.size());
  const std::size_t headerEnd = offset + 30 + name.size() + 4;
  const std::uint16_t padding = static_cast<std::uint16_t>((64 - headerEnd % 64) % 64);
  const std::uint32_t crc = static_cast<std::uint32_t>(
      ::crc32(::crc32(0L, Z_NULL, 0), static_cast<const Bytef*>(data), static_cast<uInt>(size)));
  putLe(bytes_, kLocalSig, 4);
  putLe(bytes_, 20, 2);  // version needed
  putLe(bytes_, 0, 2);   // flags
  putLe(bytes_, 0, 2);   // stored
  putLe(bytes_, 0, 4);   // time, date
  putLe(bytes_, crc, 4);
  putLe(bytes_, size, 4);
  putLe(bytes_, size, 4);
  putLe(bytes_, name.size(), 2);
  putLe(bytes_, 4 + padding, 2);
  bytes_.insert(bytes_.end(), name.begin(), name.end());
  putLe(bytes_, 0x4246, 2);  // "FB": padding extra field, as PyTorch uses for alignment
  putLe(bytes_, padding, 2);
  bytes_.insert(bytes_.end(), padding, 'Z');
  const auto* p = static_cast<const std::uint8_t*>(data);
  bytes_.insert(bytes_.end(), p, p + size);
  entries_.push_back({name, crc, static_cast<std::uint32_t>(size), offset});
}

std::vector<std::uint8_t> ZipArchiveWriter::finish() {
  const std::size_t cdOffset = bytes_.size();
  for (const auto& e : entries_) {
    putLe(bytes_, kCentralSig, 4);
    putLe(bytes_, 20, 2);
    putLe(bytes_, 20, 2);
    putLe(bytes_, 0, 2);
    putLe(bytes_, 0, 2);
    putLe(bytes_, 0, 4);
    putLe(bytes_, e.crc, 4);
    putLe(bytes_, e.size, 4);
    putLe(bytes_, e.size, 4);
    putLe(bytes_, e.name.size(), 2);
    putLe(bytes_, 0, 2);  // extra
    putLe(bytes_, 0, 2);  // comment
    putLe(bytes_, 0, 2);  // disk
    putLe(bytes_, 0, 2);  // internal attributes
    putLe(bytes_, 0, 4);  // external attributes
    putLe(bytes_, e.offset, 4);
    bytes_.insert(bytes_.end(), e.name.begin(), e.name.end());
  }
  const std::size_t cdSize = bytes_.size() - cdOffset;
  putLe(bytes_, kEndSig, 4);
  putLe(bytes_, 0, 4);
  putLe(bytes_, entries_.size(), 2);
  putLe(bytes_, entries_.size(), 2);
  putLe(bytes_, cdSize, 4);
  putLe(bytes_, cdOffset, 4);
  putLe(bytes_, 0, 2);
  return std::move(bytes_);
}

}  // namespace mien
