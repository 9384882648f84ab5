// Delivery to the UI thread: a worker hands a function to a QObject that lives there, and it runs from that
// object's event loop. When the object is destroyed first, the function is dropped, never run.
#pragma once
#include <QMetaObject>
#include <QObject>
#include <utility>

namespace mien::ui {

template <class Function>
void onUiThread(QObject* receiver, Function&& function) {
  QMetaObject::invokeMethod(receiver, std::forward<Function>(function), Qt::QueuedConnection);
}

}  // namespace mien::ui
