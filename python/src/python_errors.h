// Core errors as Python exceptions: mien.ModelError and mien.MediaError (both mien.Error, a RuntimeError) with
// core's one sentence as the message and the way out, worded for Python, as `remedy`.
#pragma once
#include <pybind11/pybind11.h>

namespace mien::python {

void registerErrors(pybind11::module_& module);

}  // namespace mien::python
