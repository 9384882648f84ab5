// mien._annotate: the annotation job of mien-cli annotate, run interruptibly (interruptible_call.h): progress
// reaches the Python callback on the calling thread and Ctrl-C cancels cleanly.
#pragma once
#include <pybind11/pybind11.h>

namespace mien::python {

void registerAnnotate(pybind11::module_& module);

}  // namespace mien::python
