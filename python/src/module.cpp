// The native part of the Python package `mien` (python/mien/__init__.py is its face).
#include <pybind11/pybind11.h>

#include "annotate_binding.h"
#include "common/build_info.h"
#include "engine_binding.h"
#include "python_errors.h"

namespace py = pybind11;

PYBIND11_MODULE(_mien, m) {
  m.doc() = "Mien's engine for Python: classify faces, encode images and texts, annotate videos.";
  m.attr("__version__") = MIEN_VERSION;
  mien::python::registerErrors(m);
  mien::python::registerEngine(m);
  mien::python::registerAnnotate(m);
}
