// mien-cli models: list, fetch, verify, add and remove model files, every file checked against its checksum.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <unistd.h>

#include "commands.h"
#include "verb_runner.h"
#include "common/option_range.h"
#include "store/model_downloader.h"
#include "store/model_store.h"

namespace mien::cli {
namespace {

struct ModelsArguments {
  std::vector<std::string> names;
  std::string baseUrl, from;
  long stallSeconds = 30;
};

void printList(const ModelStore& store) {
  std::printf("%-22s %-13s %-10s %s\n", "id", "kind", "status", "files");
  for (const auto& e : store.list()) {
    std::string files;
    for (const auto& f : e.files) files += (files.empty() ? "" : ", ") + f.path;
    std::printf("%-22s %-13s %-10s %s\n", e.manifest.id.c_str(), e.manifest.kind.c_str(),
                e.installed() ? "installed" : "missing", files.c_str());
  }
  std::printf("\nUser store: %s\n", store.userDirectory().c_str());
}

int fetch(const ModelStore& store, const ModelsArguments& a) {
  checkOption("--stall-timeout", static_cast<double>(a.stallSeconds), {1, 3600, true});
  int failures = 0;
  const bool terminal = ::isatty(STDERR_FILENO);
  for (const auto& id : a.names) {
    try {
      store.fetch(id, a.baseUrl, [&](const std::string& file, std::uint64_t done, std::uint64_t total) {
        if (!terminal) return;
        std::fprintf(stderr, "\r%s: %s %.1f / %.1f MB   ", id.c_str(), file.c_str(), done / 1e6, total / 1e6);
      }, nullptr, a.stallSeconds);
      if (terminal) std::fprintf(stderr, "\r\033[K");
      std::fprintf(stderr, "%s: installed and verified\n", id.c_str());
    } catch (const std::exception& e) {
      if (terminal) std::fprintf(stderr, "\r\033[K");
      printError(e, id);
      ++failures;
    }
  }
  return failures ? 1 : 0;
}

}  // namespace

void addModelsCommand(CLI::App& app) {
  auto a = std::make_shared<ModelsArguments>();
  CLI::App* models = app.add_subcommand("models", "List, fetch, verify, add and remove model files");
  models->require_subcommand(1);
  auto run = [](const std::function<int(const ModelStore&)>& body) {
    int code = 0;
    try {
      code = body(ModelStore::standard());
    } catch (const std::exception& e) {
      printError(e);
      code = 2;
    }
    if (code) throw CLI::RuntimeError(code);
  };
  models->add_subcommand("list", "What the catalogue offers and what is installed")->callback([run] {
    run([](const ModelStore& s) {
      printList(s);
      return 0;
    });
  });
  auto* fetchCommand = models->add_subcommand("fetch", "Download models, verified byte for byte");
  fetchCommand->add_option("names", a->names, "Catalogue ids (see models list)")->required();
  fetchCommand->add_option("--base-url", a->baseUrl, "Fetch <base-url>/<file name> instead (mirrors, proxies)");
  fetchCommand->add_option("--stall-timeout", a->stallSeconds, "Give up after this many seconds without data")->capture_default_str();
  fetchCommand->callback([a, run] { run([a](const ModelStore& s) { return fetch(s, *a); }); });
  auto* verifyCommand = models->add_subcommand("verify", "Check installed files against their checksums");
  verifyCommand->add_option("names", a->names, "Catalogue ids (default: every installed one)");
  verifyCommand->callback([a, run] {
    run([a](const ModelStore& s) {
      std::vector<std::string> ids = a->names;
      if (ids.empty())
        for (const auto& e : s.list())
          if (e.installed()) ids.push_back(e.manifest.id);
      int bad = 0;
      for (const auto& id : ids) {
        const std::string problems = s.verify(id);
        std::printf("%s: %s\n", id.c_str(), problems.empty() ? "ok" : "FAILED");
        if (!problems.empty()) std::fprintf(stderr, "%s", problems.c_str()), ++bad;
      }
      return bad ? 1 : 0;
    });
  });
  auto* addCommand = models->add_subcommand("add", "Install files copied over by hand (offline labs)");
  addCommand->add_option("--from", a->from, "Folder holding the downloaded files")->required();
  addCommand->callback([a, run] {
    run([a](const ModelStore& s) {
      const auto done = s.addFrom(a->from);
      for (const auto& id : done) std::printf("%s: installed and verified\n", id.c_str());
      if (done.empty()) std::printf("No complete catalogue entry found in '%s'.\n", a->from.c_str());
      return 0;
    });
  });
  auto* removeCommand = models->add_subcommand("remove", "Delete models from the user store");
  removeCommand->add_option("names", a->names, "Catalogue ids")->required();
  removeCommand->callback([a, run] {
    run([a](const ModelStore& s) {
      for (const auto& id : a->names) s.remove(id);
      return 0;
    });
  });
}

}  // namespace mien::cli
