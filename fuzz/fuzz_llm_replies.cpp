// libFuzzer target: the parsers of an OpenAI-compatible server's replies (chat completion, embeddings).
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

#include "train/llm_endpoint_provider.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    mien::parseChatCompletionText(text);
  } catch (const std::runtime_error&) {
  }
  try {
    mien::parseEmbeddingVector(text);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
