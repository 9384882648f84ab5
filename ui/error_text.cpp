// The GUI's wording of each remedy.
#include "error_text.h"

#include <QCoreApplication>

#include "io/feature_cache.h"
#include "language.h"
#include "store/model_downloader.h"

namespace mien::ui {

QString remedyText(Remedy remedy) {
  switch (remedy) {
    case Remedy::UseCpu: return QCoreApplication::translate("ErrorText", "Choose the CPU as the device in Settings.");
    case Remedy::ChoosePreprocessing: return QCoreApplication::translate("ErrorText", "Add a manifest beside the weights, or choose files from the model manager.");
    case Remedy::ChooseModel: return QCoreApplication::translate("ErrorText", "Choose a model in Models > Model manager.");
    case Remedy::Resume: return QCoreApplication::translate("ErrorText", "Annotate the same files into the same folder again to continue where it stopped.");
    case Remedy::BuildCache: return QCoreApplication::translate("ErrorText", "Go back to the cache step of the training wizard and build the cache first.");
    case Remedy::GiveAddress: return QCoreApplication::translate("ErrorText", "Enter a mirror address in the model manager, or add the files from a folder.");
    case Remedy::FreeSpace: return QCoreApplication::translate("ErrorText", "Free some disk space, then annotate the same files again to continue.");
    case Remedy::ReplayAnyway: return QCoreApplication::translate("ErrorText", "Annotate it without the sidecar if it is meant to be this recording.");
    case Remedy::ShowDetails: return QCoreApplication::translate("ErrorText", "The library's own message is in the log.");
    case Remedy::None: break;
  }
  return {};
}

QString problemKindText(const std::exception& error) {
  if (dynamic_cast<const ModelError*>(&error)) return QCoreApplication::translate("ErrorText", "The model or head cannot be used.");
  if (dynamic_cast<const MediaError*>(&error)) return QCoreApplication::translate("ErrorText", "The image, video or camera cannot be read.");
  if (dynamic_cast<const DownloadError*>(&error)) return QCoreApplication::translate("ErrorText", "The download failed.");
  if (dynamic_cast<const CacheError*>(&error)) return QCoreApplication::translate("ErrorText", "The training cache cannot be used.");
  if (dynamic_cast<const LibraryError*>(&error)) return QCoreApplication::translate("ErrorText", "A library Mien uses failed.");
  if (dynamic_cast<const std::runtime_error*>(&error)) return QCoreApplication::translate("ErrorText", "This cannot be done as it is.");
  return QCoreApplication::translate("ErrorText", "A library Mien uses failed.");
}

QString errorText(const std::exception& error) {
  const QString hint = remedyText(remedyOf(error));
  QString message = QString::fromStdString(userMessage(error));
  if (activeLanguage() != "en") message = problemKindText(error) + " " + message;
  return hint.isEmpty() ? message : message + " " + hint;
}

}  // namespace mien::ui
