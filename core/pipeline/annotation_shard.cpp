// Shard parsing (by hand or from a Slurm array's environment) and the size-balanced assignment of inputs.
#include "pipeline/annotation_shard.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include "common/errors.h"

namespace mien {
namespace fs = std::filesystem;

namespace {

const std::string kShardForms = "I/N (this task's number I from 1 to N, and the number of tasks N) or slurm";

Shard checkedShard(const std::string& given, long long index, long long count) {
  if (count < kShardCount.min || count > kShardCount.max)
    throw ModelError("Option --shard is '" + given + "'; its number of tasks N must be " + describeRange(kShardCount) + ".");
  if (index < 1 || index > count)
    throw ModelError("Option --shard is '" + given + "'; its task number I must be " +
                     describeRange({1, static_cast<double>(count), true}) + ".");
  return {static_cast<int>(index), static_cast<int>(count)};
}

bool parseWhole(const char* text, long long& value) {
  if (!text || !*text) return false;
  char* end = nullptr;
  value = std::strtoll(text, &end, 10);
  return *end == '\0';
}

Shard shardFromSlurm(const EnvironmentLookup& environment) {
  long long id = 0, min = 0, step = 1, count = 0;
  for (const auto& [name, value] : {std::pair<const char*, long long*>{"SLURM_ARRAY_TASK_ID", &id},
                                    {"SLURM_ARRAY_TASK_MIN", &min}, {"SLURM_ARRAY_TASK_COUNT", &count}}) {
    const char* text = environment(name);
    if (!parseWhole(text, *value))
      throw ModelError(std::string("Option --shard is slurm, but ") + name + (text ? " is '" + std::string(text) + "'" : " is not set") +
                       "; run it as an element of a Slurm job array (sbatch --array), or give --shard I/N.");
  }
  if (const char* text = environment("SLURM_ARRAY_TASK_STEP"); text && (!parseWhole(text, step) || step < 1))
    throw ModelError("Option --shard is slurm, but SLURM_ARRAY_TASK_STEP is '" + std::string(text) +
                     "'; run it as an element of a Slurm job array (sbatch --array), or give --shard I/N.");
  const long long offset = id - min;
  if (offset < 0 || offset % step != 0 || offset / step >= count)
    throw ModelError("Option --shard is slurm, but array task " + std::to_string(id) + " is not one of " +
                     std::to_string(count) + " tasks from " + std::to_string(min) + " in steps of " + std::to_string(step) +
                     "; give the array as a range (sbatch --array=1-" + std::to_string(count) + "), or give --shard I/N.");
  return checkedShard("slurm", offset / step + 1, count);
}

std::uintmax_t inputBytes(const std::string& input) {
  std::error_code ec;
  if (!fs::is_directory(input, ec)) {
    const auto size = fs::file_size(input, ec);
    return ec ? 0 : size;
  }
  std::uintmax_t total = 0;
  for (auto it = fs::directory_iterator(input, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

}  // namespace

Shard parseShard(const std::string& text, const EnvironmentLookup& environment) {
  if (text == "slurm") return shardFromSlurm(environment);
  static const std::regex form(R"(\s*(\d{1,9})\s*/\s*(\d{1,9})\s*)");
  std::smatch match;
  if (!std::regex_match(text, match, form)) throw ModelError("Option --shard is '" + text + "'; it must be " + kShardForms + ".");
  return checkedShard(text, std::stoll(match[1]), std::stoll(match[2]));
}

std::vector<std::string> inputsOfShard(std::vector<std::string> inputs, Shard shard) {
  std::sort(inputs.begin(), inputs.end());
  std::vector<std::pair<std::uintmax_t, std::size_t>> bySize;  // (bytes, position in path order)
  for (std::size_t i = 0; i < inputs.size(); ++i) bySize.emplace_back(inputBytes(inputs[i]), i);
  std::stable_sort(bySize.begin(), bySize.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::uintmax_t> load(static_cast<std::size_t>(shard.count), 0);
  std::vector<bool> mine(inputs.size(), false);
  for (const auto& [bytes, position] : bySize) {
    const auto lightest = static_cast<std::size_t>(std::min_element(load.begin(), load.end()) - load.begin());
    load[lightest] += bytes;
    mine[position] = lightest == static_cast<std::size_t>(shard.index - 1);
  }
  std::vector<std::string> selected;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    if (mine[i]) selected.push_back(inputs[i]);
  return selected;
}

}  // namespace mien
