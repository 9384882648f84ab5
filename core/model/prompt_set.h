// Expression classes and their prompts (class-major), loaded from and saved to JSON.
#pragma once
#include <string>
#include <vector>

namespace mien {

struct ExpressionClass {
  std::string name;
  std::vector<std::string> prompts;  // one or more; an ensemble averages logits over them
};

struct PromptSet {
  std::string name;
  std::vector<ExpressionClass> classes;

  // {"name": ..., "classes": [{"name": "happiness", "prompts": ["..."]}]}; throws ModelError.
  static PromptSet fromJson(const std::string& jsonText, const std::string& source);
  static PromptSet load(const std::string& path);
  std::string toJson() const;
  void save(const std::string& path) const;  // atomic

  // Class names with prompts made from `templates`, each containing "{}" for the class name.
  static PromptSet fromClassNames(const std::vector<std::string>& names,
                                  const std::vector<std::string>& templates = {"{}"});
  std::vector<std::string> classNames() const;
  std::vector<std::string> allPrompts() const;  // class-major
};

}  // namespace mien
