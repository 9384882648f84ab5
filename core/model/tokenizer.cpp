// CLIP BPE: clean, pre-split with OpenAI's pattern (PCRE2, Unicode classes), map bytes to symbols, merge by rank.
#include "model/tokenizer.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <zlib.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/errors.h"
#include "common/text_file.h"
#include "model/text_cleaning.h"

namespace mien {
namespace {

namespace fs = std::filesystem;

// GPT-2's reversible byte -> printable symbol table, in the order OpenAI builds its vocabulary.
std::vector<std::pair<int, char32_t>> byteSymbolsInVocabOrder() {
  std::vector<std::pair<int, char32_t>> order;
  std::vector<bool> printable(256, false);
  for (int b = '!'; b <= '~'; ++b) printable[b] = true;
  for (int b = 0xA1; b <= 0xAC; ++b) printable[b] = true;
  for (int b = 0xAE; b <= 0xFF; ++b) printable[b] = true;
  for (int b = 0; b < 256; ++b)
    if (printable[b]) order.emplace_back(b, static_cast<char32_t>(b));
  int extra = 0;
  for (int b = 0; b < 256; ++b)
    if (!printable[b]) order.emplace_back(b, static_cast<char32_t>(256 + extra++));
  return order;
}

std::string readGzip(const std::string& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) throw ModelError("Cannot open tokenizer vocabulary '" + path + "'.");
  std::string out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, n);
  int err = 0;
  gzerror(file, &err);
  gzclose(file);
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
    throw ModelError("Tokenizer vocabulary '" + path + "' is not a readable gzip file (corrupt or truncated).");
  return out;
}


// Merge lines "a b"; the first line is a header when `hasHeader` or when it starts with "#version".
std::vector<std::string> mergeLines(const std::string& text, const std::string& path, bool hasHeader) {
  std::vector<std::string> merges;
  std::istringstream in(text);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (first && (hasHeader || line.rfind("#version", 0) == 0)) {
      first = false;
      continue;
    }
    first = false;
    if (line.empty()) continue;
    const auto space = line.find(' ');
    if (space == std::string::npos || space == 0 || space + 1 == line.size() ||
        line.find(' ', space + 1) != std::string::npos)
      throw ModelError("Tokenizer merges '" + path + "' has a malformed line: '" + line.substr(0, 60) + "'.");
    merges.push_back(line);
  }
  if (merges.empty()) throw ModelError("Tokenizer merges '" + path + "' is empty.");
  return merges;
}

const pcre2_code* splitPattern() {
  static const std::unique_ptr<pcre2_code, decltype(&pcre2_code_free)> code = [] {
    const char* pattern =
        R"(<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+)";
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code* c = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                                  PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF, &error, &offset,
                                  nullptr);
    return std::unique_ptr<pcre2_code, decltype(&pcre2_code_free)>(c, &pcre2_code_free);
  }();
  return code.get();
}

std::vector<std::string> preSplit(const std::string& text) {
  std::vector<std::string> pieces;
  std::unique_ptr<pcre2_match_data, decltype(&pcre2_match_data_free)> match(
      pcre2_match_data_create_from_pattern(splitPattern(), nullptr), &pcre2_match_data_free);
  PCRE2_SIZE start = 0;
  while (start < text.size()) {
    const int rc = pcre2_match(splitPattern(), reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), start, 0,
                               match.get(), nullptr);
    if (rc < 0) break;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(match.get());
    if (ov[1] == ov[0]) {
      start = ov[1] + 1;
      continue;
    }
    pieces.emplace_back(text.substr(ov[0], ov[1] - ov[0]));
    start = ov[1];
  }
  return pieces;
}

}  // namespace

ClipTokenizer::ClipTokenizer(std::unordered_map<std::string, std::int32_t> vocab,
                             const std::vector<std::string>& merges, const std::string& source)
    : vocab_(std::move(vocab)), source_(source) {
  if (vocab_.empty()) throw ModelError("Tokenizer vocabulary '" + source + "' is empty.");
  for (const auto& [b, cp] : byteSymbolsInVocabOrder()) byteSymbols_[b] = encodeUtf8(std::u32string(1, cp));
  for (std::size_t i = 0; i < merges.size(); ++i)
    mergeRanks_.emplace(merges[i], static_cast<std::int32_t>(std::min<std::size_t>(i, INT_MAX)));
  auto special = [&](const char* name) {
    auto it = vocab_.find(name);
    if (it == vocab_.end()) throw ModelError("Tokenizer vocabulary '" + source + "' lacks the token " + name + ".");
    return it->second;
  };
  startOfText_ = special("<|startoftext|>");
  endOfText_ = special("<|endoftext|>");
  for (const auto& [token, id] : vocab_) largestId_ = std::max(largestId_, id);
}

ClipTokenizer ClipTokenizer::fromOpenAiBpe(const std::string& path) {
  const std::string text = readGzip(path);
  std::vector<std::string> merges = mergeLines(text, path, /*hasHeader=*/true);
  // OpenAI keeps merges 1 .. 49152-256-2 of the file (the first line is a version header, dropped above).
  const std::size_t kept = 49152 - 256 - 2;
  if (merges.size() > kept) merges.resize(kept);
  std::unordered_map<std::string, std::int32_t> vocab;
  std::int32_t next = 0;
  const auto symbols = byteSymbolsInVocabOrder();
  for (const auto& [b, cp] : symbols) vocab.emplace(encodeUtf8(std::u32string(1, cp)), next++);
  for (const auto& [b, cp] : symbols) vocab.emplace(encodeUtf8(std::u32string(1, cp)) + "</w>", next++);
  for (const auto& merge : merges) {
    std::string joined = merge;
    joined.erase(joined.find(' '), 1);
    vocab.emplace(joined, next++);
  }
  vocab.emplace("<|startoftext|>", next++);
  vocab.emplace("<|endoftext|>", next++);
  return ClipTokenizer(std::move(vocab), merges, path);
}

ClipTokenizer ClipTokenizer::fromHuggingFace(const std::string& vocabPath, const std::string& mergesPath) {
  std::unordered_map<std::string, std::int32_t> vocab;
  try {
    const std::string text = readWholeFile(vocabPath, "tokenizer vocabulary");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
      throw ModelError("Tokenizer vocabulary '" + vocabPath + "' is empty.");
    auto json = nlohmann::json::parse(text);
    if (!json.is_object()) throw ModelError("Tokenizer vocabulary '" + vocabPath + "' is not a JSON object.");
    for (auto& [token, id] : json.items()) {
      if (!id.is_number_integer() || id.get<std::int64_t>() < 0 || id.get<std::int64_t>() > INT32_MAX)
        throw ModelError("Tokenizer vocabulary '" + vocabPath + "' gives token '" + token + "' an invalid id.");
      vocab.emplace(token, id.get<std::int32_t>());
    }
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Tokenizer vocabulary '" + vocabPath + "' is not valid JSON.");
  }
  return ClipTokenizer(std::move(vocab), mergeLines(readWholeFile(mergesPath, "tokenizer merges"), mergesPath, /*hasHeader=*/false), vocabPath);
}

ClipTokenizer ClipTokenizer::forModel(const std::string& modelPath, const std::string& resourcesDir) {
  const fs::path model(modelPath);
  const fs::path dir = fs::is_directory(model) ? model : model.parent_path();
  if (fs::exists(dir / "vocab.json") && fs::exists(dir / "merges.txt"))
    return fromHuggingFace((dir / "vocab.json").string(), (dir / "merges.txt").string());
  for (const fs::path& candidate : {dir / "bpe_simple_vocab_16e6.txt.gz",
                                    fs::path(resourcesDir) / "tokenizer" / "bpe_simple_vocab_16e6.txt.gz"})
    if (fs::exists(candidate)) return fromOpenAiBpe(candidate.string());
  throw ModelError("No CLIP tokenizer found for '" + modelPath + "': put vocab.json + merges.txt or " +
                   "bpe_simple_vocab_16e6.txt.gz beside it.");
}

std::vector<std::string> ClipTokenizer::bpe(const std::string& token) const {
  std::vector<std::string> word;
  for (unsigned char byte : token) word.push_back(byteSymbols_[byte]);
  if (word.empty()) return word;
  word.back() += "</w>";
  while (word.size() > 1) {
    std::int32_t bestRank = INT32_MAX;
    std::size_t best = 0;
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
      auto it = mergeRanks_.find(word[i] + " " + word[i + 1]);
      if (it != mergeRanks_.end() && it->second < bestRank) {
        bestRank = it->second;
        best = i;
      }
    }
    if (bestRank == INT32_MAX) break;
    const std::string first = word[best], second = word[best + 1];
    std::vector<std::string> merged;
    for (std::size_t i = 0; i < word.size();) {
      if (i + 1 < word.size() && word[i] == first && word[i + 1] == second) {
        merged.push_back(first + second);
        i += 2;
      } else {
        merged.push_back(word[i++]);
      }
    }
    word = std::move(merged);
  }
  return word;
}

std::vector<std::int32_t> ClipTokenizer::encode(const std::string& text) const {
  std::vector<std::int32_t> ids;
  for (const std::string& piece : preSplit(cleanClipText(text))) {
    if (piece == "<|startoftext|>" || piece == "<|endoftext|>") {
      ids.push_back(vocab_.at(piece));
      continue;
    }
    for (const std::string& symbol : bpe(piece)) {
      auto it = vocab_.find(symbol);
      if (it == vocab_.end())
        throw ModelError("Tokenizer vocabulary '" + source_ + "' lacks the BPE symbol '" + symbol +
                         "'; its vocabulary and merges do not belong together.");
      ids.push_back(it->second);
    }
  }
  return ids;
}

std::vector<std::int32_t> ClipTokenizer::tokenize(const std::string& text, std::size_t contextLength) const {
  std::vector<std::int32_t> ids{startOfText_};
  for (std::int32_t id : encode(text)) ids.push_back(id);
  ids.push_back(endOfText_);
  if (ids.size() > contextLength) {
    ids.resize(contextLength);
    ids.back() = endOfText_;
  }
  ids.resize(contextLength, 0);
  return ids;
}

}  // namespace mien
