// Prompt sets as JSON documents.
#include "model/prompt_set.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "common/text_file.h"

namespace mien {

PromptSet PromptSet::fromJson(const std::string& text, const std::string& source) {
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Prompt set '" + source + "' is not valid JSON.");
  }
  auto fail = [&](const std::string& what) { return ModelError("Prompt set '" + source + "' " + what + "."); };
  if (!json.is_object() || !json.contains("classes") || !json["classes"].is_array())
    throw fail("needs a \"classes\" list");
  PromptSet set;
  if (json.contains("name") && json["name"].is_string()) set.name = json["name"].get<std::string>();
  std::set<std::string> seen;
  for (const auto& c : json["classes"]) {
    if (!c.is_object() || !c.contains("name") || !c["name"].is_string()) throw fail("has a class without a name");
    ExpressionClass cls{c["name"].get<std::string>(), {}};
    if (cls.name.empty()) throw fail("has a class with an empty name");
    if (!seen.insert(cls.name).second) throw fail("names class '" + cls.name + "' twice");
    if (c.contains("prompts")) {
      if (!c["prompts"].is_array()) throw fail("gives class '" + cls.name + "' prompts that are not a list");
      for (const auto& p : c["prompts"]) {
        if (!p.is_string() || p.get<std::string>().empty()) throw fail("has an empty prompt in class '" + cls.name + "'");
        cls.prompts.push_back(p.get<std::string>());
      }
    }
    if (cls.prompts.empty()) cls.prompts.push_back(cls.name);
    set.classes.push_back(std::move(cls));
  }
  if (set.classes.size() < 2) throw fail("needs at least two classes");
  return set;
}

PromptSet PromptSet::load(const std::string& path) {
  return fromJson(readWholeFile(path, "prompt set"), path);
}

std::string PromptSet::toJson() const {
  nlohmann::json json;
  json["name"] = name;
  json["classes"] = nlohmann::json::array();
  for (const auto& c : classes) json["classes"].push_back({{"name", c.name}, {"prompts", c.prompts}});
  return json.dump(2) + "\n";
}

void PromptSet::save(const std::string& path) const {
  AtomicFileWriter out(path);
  out.write(toJson());
  out.commit();
}

PromptSet PromptSet::fromClassNames(const std::vector<std::string>& names, const std::vector<std::string>& templates) {
  PromptSet set;
  for (const auto& n : names) {
    ExpressionClass cls{n, {}};
    for (const auto& t : templates) {
      std::string prompt = t;
      const auto at = prompt.find("{}");
      if (at != std::string::npos) prompt.replace(at, 2, n);
      cls.prompts.push_back(prompt);
    }
    set.classes.push_back(std::move(cls));
  }
  return set;
}

std::vector<std::string> PromptSet::classNames() const {
  std::vector<std::string> out;
  for (const auto& c : classes) out.push_back(c.name);
  return out;
}

std::vector<std::string> PromptSet::allPrompts() const {
  std::vector<std::string> out;
  for (const auto& c : classes) out.insert(out.end(), c.prompts.begin(), c.prompts.end());
  return out;
}

}  // namespace mien
