// Expression classes and their prompts (class-major), loaded from and saved to JSON.
#pragma once
#include <string>
#include <vector>

namespace mien {

struct ExpressionClass {
  std::string name;
  std::vector<std::string> prompts;  // one or more; an ensemble averages logits over them
};

// A zero-shot dimension: two poles described in words. Its score is the probability of the first pole over the
// two (softmax of their prompt-averaged logits, the scale classes use): an estimate from words, not FACS coding.
struct ExpressionDimension {
  std::string name;                             // "valence": the CSV column d_valence
  std::vector<std::string> firstPole, secondPole;  // one or more prompts each
};

struct PromptSet {
  std::string name;
  std::vector<ExpressionClass> classes;
  std::vector<ExpressionDimension> dimensions;  // may be empty

  // {"name": ..., "classes": [{"name": "happiness", "prompts": ["..."]}],
  //  "dimensions": [{"name": "valence", "poles": [["a pleasant ..."], ["an unpleasant ..."]]}]}; throws ModelError.
  static PromptSet fromJson(const std::string& jsonText, const std::string& source);
  static PromptSet load(const std::string& path);
  // The "dimensions" of a JSON document (a dimension set, or a prompt set that has them); throws ModelError.
  static std::vector<ExpressionDimension> dimensionsFromJson(const std::string& jsonText, const std::string& source);
  std::string toJson() const;
  void save(const std::string& path) const;  // atomic

  // Class names with prompts made from `templates`, each containing "{}" for the class name.
  static PromptSet fromClassNames(const std::vector<std::string>& names,
                                  const std::vector<std::string>& templates = {"{}"});
  std::vector<std::string> classNames() const;
  std::vector<std::string> allPrompts() const;  // class-major
  std::vector<std::string> dimensionNames() const;
  std::vector<std::string> dimensionPrompts() const;  // per dimension: its first pole's prompts, then its second's
};

}  // namespace mien
