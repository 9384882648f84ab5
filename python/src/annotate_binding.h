// mien._annotate: the annotation job of mien-cli annotate, run on a worker thread while the calling thread waits
// without the GIL, delivers progress to the Python callback and turns Ctrl-C into a clean cancel.
#pragma once
#include <pybind11/pybind11.h>

namespace mien::python {

void registerAnnotate(pybind11::module_& module);

}  // namespace mien::python
