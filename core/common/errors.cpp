// Remedies of exceptions, and library failures worded for a user.
#include "common/errors.h"

#include <cxxabi.h>
#include <cstdlib>
#include <memory>
#include <new>
#include <typeinfo>

#include "common/log.h"

namespace mien {
namespace {

std::string typeName(const std::exception& e) {
  int status = 0;
  std::unique_ptr<char, void (*)(void*)> name(abi::__cxa_demangle(typeid(e).name(), nullptr, nullptr, &status), std::free);
  return status == 0 && name ? name.get() : typeid(e).name();
}

// The library an exception comes from, by its type's namespace (Mien links none of their headers here).
std::string libraryOf(const std::string& type) {
  const auto startsWith = [&](const char* prefix) { return type.rfind(prefix, 0) == 0; };
  if (startsWith("cv::")) return "OpenCV";
  if (startsWith("c10::") || startsWith("torch::") || startsWith("at::")) return "LibTorch";
  if (startsWith("nlohmann::")) return "the JSON reader";
  return "a library Mien uses";
}

}  // namespace

Remedy remedyOf(const std::exception& e) {
  if (const auto* model = dynamic_cast<const ModelError*>(&e)) return model->remedy();
  if (dynamic_cast<const LibraryError*>(&e)) return Remedy::ShowDetails;
  const bool fromLibrary = !dynamic_cast<const std::runtime_error*>(&e) && !dynamic_cast<const std::bad_alloc*>(&e);
  return fromLibrary ? Remedy::ShowDetails : Remedy::None;
}

std::string userMessage(const std::exception& e, const std::string& subject) {
  if (dynamic_cast<const std::runtime_error*>(&e)) return e.what();
  const std::string where = subject.empty() ? std::string() : " while working on '" + subject + "'";
  if (dynamic_cast<const std::bad_alloc*>(&e))
    return "Mien ran out of memory" + where +
           "; close other programs, or give it smaller inputs (fewer --batch-frames, a smaller model).";
  const std::string type = typeName(e);
  logger("common")->info("{} ({}): {}", subject.empty() ? "command" : subject, type, e.what());
  return libraryOf(type) + " failed" + where +
         " (one of its internal checks did not hold); the file may be damaged or in a form Mien does not handle: "
         "check that it opens in another program, and report it to Mien's authors if it does.";
}

void rethrowForUser(const std::string& subject) {
  try {
    throw;
  } catch (const std::runtime_error&) {
    throw;
  } catch (const std::bad_alloc& e) {
    throw std::runtime_error(userMessage(e, subject));  // nothing more in the log to point to
  } catch (const std::exception& e) {
    throw LibraryError(userMessage(e, subject));
  }
}

}  // namespace mien
