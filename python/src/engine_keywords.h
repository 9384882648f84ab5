// The Engine's keywords: the engine description's fields by name, '-' written '_' (detector_size), and classes=,
// prompts=, template= for its default classes.
#pragma once
#include <map>
#include <pybind11/pybind11.h>
#include <string>

#include "prompt_arguments.h"

namespace mien::python {

struct EngineKeywords {
  std::map<std::string, std::string> fields;  // engineFields() name -> text (paths through os.fspath); None left out
  pybind11::object classes = pybind11::none(), prompts = pybind11::none();
  std::string templateText = kDefaultTemplate;
};

EngineKeywords engineKeywordsFrom(const pybind11::kwargs& options);  // py::type_error naming an unknown keyword
std::string engineKeywordList();                                     // "model, head, ..., min_face"
pybind11::list engineOptions();  // mien.engine_options(): name, help, accepts, default of each keyword

}  // namespace mien::python
