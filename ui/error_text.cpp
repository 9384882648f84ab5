// The GUI's wording of each remedy.
#include "error_text.h"

#include <QCoreApplication>

namespace mien::ui {

QString remedyText(Remedy remedy) {
  const auto tr = [](const char* text) { return QCoreApplication::translate("ErrorText", text); };
  switch (remedy) {
    case Remedy::UseCpu: return tr("Choose the CPU as the device in Settings.");
    case Remedy::ChoosePreprocessing: return tr("Add a manifest beside the weights, or choose files from the model manager.");
    case Remedy::ChooseModel: return tr("Choose a model in Models > Model manager.");
    case Remedy::Resume: return tr("Annotate the same files into the same folder again to continue where it stopped.");
    case Remedy::BuildCache: return tr("Go back to the cache step of the training wizard and build the cache first.");
    case Remedy::GiveAddress: return tr("Enter a mirror address in the model manager, or add the files from a folder.");
    case Remedy::FreeSpace: return tr("Free some disk space, then annotate the same files again to continue.");
    case Remedy::ReplayAnyway: return tr("Annotate it without the sidecar if it is meant to be this recording.");
    case Remedy::ShowDetails: return tr("The library's own message is in the log.");
    case Remedy::None: break;
  }
  return {};
}

QString errorText(const std::exception& error) {
  const QString hint = remedyText(remedyOf(error));
  const QString message = QString::fromStdString(userMessage(error));
  return hint.isEmpty() ? message : message + " " + hint;
}

}  // namespace mien::ui
