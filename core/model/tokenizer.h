// The CLIP byte-level BPE tokenizer, from OpenAI's bpe_simple_vocab_16e6.txt.gz or Hugging Face vocab.json + merges.txt.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace mien {

class ClipTokenizer {
 public:
  static ClipTokenizer fromOpenAiBpe(const std::string& bpeGzPath);
  static ClipTokenizer fromHuggingFace(const std::string& vocabJsonPath, const std::string& mergesPath);
  // The tokenizer that goes with a model: vocab.json + merges.txt beside a Hugging Face model, else
  // bpe_simple_vocab_16e6.txt.gz beside the model file, else the copy in `resourcesDir`.
  static ClipTokenizer forModel(const std::string& modelPath, const std::string& resourcesDir);

  std::vector<std::int32_t> encode(const std::string& text) const;  // cleaned, BPE ids, no start/end tokens
  // Start token, ids, end token, zero padding to `contextLength`; long texts are cut with end-of-text kept last.
  std::vector<std::int32_t> tokenize(const std::string& text, std::size_t contextLength = 77) const;

  std::int32_t startOfText() const { return startOfText_; }
  std::int32_t endOfText() const { return endOfText_; }
  std::int32_t largestId() const { return largestId_; }

 private:
  ClipTokenizer(std::unordered_map<std::string, std::int32_t> vocab, const std::vector<std::string>& merges,
                const std::string& source);
  std::vector<std::string> bpe(const std::string& token) const;

  std::unordered_map<std::string, std::int32_t> vocab_;
  std::unordered_map<std::string, std::int32_t> mergeRanks_;  // "a b" -> rank
  std::string byteSymbols_[256];
  std::int32_t startOfText_ = 0, endOfText_ = 0, largestId_ = 0;
  std::string source_;
};

}  // namespace mien
