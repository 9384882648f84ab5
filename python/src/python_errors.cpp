// Exception translation for the module: one Python class per kind of core error.
#include "python_errors.h"

#include "common/errors.h"

namespace py = pybind11;

namespace mien::python {
namespace {

// The keyword or call that carries out core's remedy from Python (the CLI words its flags in verb_runner.h).
const char* remedyHint(Remedy remedy) {
  switch (remedy) {
    case Remedy::UseCpu: return "pass device='cpu'";
    case Remedy::ChoosePreprocessing: return "pass preprocess='expclip' or preprocess='clip'";
    case Remedy::ChooseModel: return "pass model= with a model folder, .pt file or catalogue id";
    case Remedy::Resume: return "call mien.annotate again with resume=True";
    case Remedy::BuildCache: return "run mien-cli cache FOLDER --work WORK first";
    case Remedy::GiveAddress: return "run mien-cli models fetch with --base-url URL, or mien-cli models add --from DIR";
    case Remedy::FreeSpace: return "free some space, then call mien.annotate again with resume=True";
    case Remedy::ReplayAnyway: return "annotate the file without the sidecar's recorded input check (mien-cli annotate --force)";
    case Remedy::ShowDetails: return "the library's own message is in Mien's log on stderr";
    case Remedy::None: break;
  }
  return nullptr;
}

void raise(PyObject* type, const std::exception& e) {
  py::object error = py::reinterpret_borrow<py::object>(type)(py::str(e.what()));
  const char* hint = remedyHint(remedyOf(e));
  error.attr("remedy") = hint ? py::object(py::str(hint)) : py::object(py::none());
  PyErr_SetObject(type, error.ptr());
}

}  // namespace

void registerErrors(py::module_& module) {
  // Leaked on purpose: the exception types live as long as the interpreter (pybind11's own pattern).
  static py::exception<std::runtime_error>* base = new py::exception<std::runtime_error>(module, "Error", PyExc_RuntimeError);
  static py::exception<ModelError>* model = new py::exception<ModelError>(module, "ModelError", base->ptr());
  static py::exception<MediaError>* media = new py::exception<MediaError>(module, "MediaError", base->ptr());
  base->attr("__doc__") = "A Mien error: the message is one sentence naming the file, option or frame and what to do.";
  model->attr("__doc__") = "A model, head, prompt set or option that cannot be used as given.";
  media->attr("__doc__") = "An image, video or folder that cannot be read.";
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const py::builtin_exception&) {
      throw;  // pybind11's own (TypeError, ValueError, ...): its translator words them
    } catch (const ModelError& e) {
      raise(model->ptr(), e);
    } catch (const MediaError& e) {
      raise(media->ptr(), e);
    } catch (const std::runtime_error& e) {  // a full disk, an unwritable folder
      raise(base->ptr(), e);
    } catch (const std::exception& e) {  // a library's own (OpenCV, LibTorch): in Mien's words
      raise(base->ptr(), LibraryError(userMessage(e)));
    }
  });
}

}  // namespace mien::python
