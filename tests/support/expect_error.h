// The message of the exception of type E that `f` throws, or an empty string when it throws none.
#pragma once
#include <QString>

namespace mien::test {

template <typename E, typename F>
QString errorMessage(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return QString::fromUtf8(e.what());
  }
  return {};
}

}  // namespace mien::test
