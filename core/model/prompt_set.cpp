// Prompt sets as JSON documents.
#include "model/prompt_set.h"

#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "common/atomic_file_writer.h"
#include "common/errors.h"
#include "common/text_file.h"

namespace mien {

namespace {

nlohmann::json parsed(const std::string& text, const std::string& source) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception&) {
    throw ModelError("Prompt set '" + source + "' is not valid JSON.");
  }
}

// A pole is one prompt or a list of them.
std::vector<std::string> poleFrom(const nlohmann::json& pole, const std::function<ModelError(const std::string&)>& fail,
                                  const std::string& dimension) {
  std::vector<std::string> prompts;
  for (const auto& p : pole.is_array() ? pole : nlohmann::json::array({pole})) {
    if (!p.is_string() || p.get<std::string>().empty()) throw fail("has an empty or non-text prompt in dimension '" + dimension + "'");
    prompts.push_back(p.get<std::string>());
  }
  if (prompts.empty()) throw fail("has a pole without prompts in dimension '" + dimension + "'");
  return prompts;
}

std::vector<ExpressionDimension> dimensionsOf(const nlohmann::json& json, const std::function<ModelError(const std::string&)>& fail) {
  std::vector<ExpressionDimension> out;
  if (!json.is_object() || !json.contains("dimensions")) return out;
  if (!json["dimensions"].is_array()) throw fail("gives \"dimensions\" that are not a list");
  std::set<std::string> seen;
  for (const auto& d : json["dimensions"]) {
    if (!d.is_object() || !d.contains("name") || !d["name"].is_string() || d["name"].get<std::string>().empty())
      throw fail("has a dimension without a name");
    const std::string name = d["name"].get<std::string>();
    if (!seen.insert(name).second) throw fail("names dimension '" + name + "' twice");
    if (!d.contains("poles") || !d["poles"].is_array() || d["poles"].size() != 2)
      throw fail("gives dimension '" + name + "' no \"poles\" pair (two lists of prompts: the first pole's, the second's)");
    out.push_back({name, poleFrom(d["poles"][0], fail, name), poleFrom(d["poles"][1], fail, name)});
  }
  return out;
}

}  // namespace

std::vector<ExpressionDimension> PromptSet::dimensionsFromJson(const std::string& text, const std::string& source) {
  const nlohmann::json json = parsed(text, source);
  auto fail = [&](const std::string& what) { return ModelError("Dimension set '" + source + "' " + what + "."); };
  if (!json.is_object() || !json.contains("dimensions")) throw fail("needs a \"dimensions\" list");
  auto dimensions = dimensionsOf(json, fail);
  if (dimensions.empty()) throw fail("lists no dimensions");
  return dimensions;
}

PromptSet PromptSet::fromJson(const std::string& text, const std::string& source) {
  const nlohmann::json json = parsed(text, source);
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
  set.dimensions = dimensionsOf(json, fail);
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
  if (!dimensions.empty()) {
    json["dimensions"] = nlohmann::json::array();
    for (const auto& d : dimensions)
      json["dimensions"].push_back({{"name", d.name}, {"poles", nlohmann::json::array({d.firstPole, d.secondPole})}});
  }
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

std::vector<std::string> PromptSet::dimensionNames() const {
  std::vector<std::string> out;
  for (const auto& d : dimensions) out.push_back(d.name);
  return out;
}

std::vector<std::string> PromptSet::dimensionPrompts() const {
  std::vector<std::string> out;
  for (const auto& d : dimensions) {
    out.insert(out.end(), d.firstPole.begin(), d.firstPole.end());
    out.insert(out.end(), d.secondPole.begin(), d.secondPole.end());
  }
  return out;
}

std::vector<std::string> PromptSet::allPrompts() const {
  std::vector<std::string> out;
  for (const auto& c : classes) out.insert(out.end(), c.prompts.begin(), c.prompts.end());
  return out;
}

}  // namespace mien
