// libFuzzer target: text cleaning and BPE on arbitrary UTF-8 (or not), prompt-set and manifest JSON.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "common/errors.h"
#include "model/model_manifest.h"
#include "model/prompt_set.h"
#include "model/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const mien::ClipTokenizer tokenizer =
      mien::ClipTokenizer::fromOpenAiBpe(MIEN_SOURCE_DIR "/resources/tokenizer/bpe_simple_vocab_16e6.txt.gz");
  const std::string text(reinterpret_cast<const char*>(data), size);
  tokenizer.tokenize(text, 77);
  try {
    mien::PromptSet::fromJson(text, "fuzz");
  } catch (const mien::ModelError&) {
  }
  try {
    mien::ModelManifest::fromJson(text, "fuzz");
  } catch (const mien::ModelError&) {
  }
  return 0;
}
