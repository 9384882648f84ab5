// mien: the desktop application. Parses a few options and shows the main window.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <csignal>
#include <cstdio>
#include <string>
#include <spdlog/spdlog.h>

#include "common/build_info.h"
#include "model/inference_process.h"
#include "shared/version_info.h"
#include "ui/main_window.h"

int main(int argc, char** argv) {
  std::signal(SIGXFSZ, SIG_IGN);
  spdlog::set_level(spdlog::level::warn);
  mien::prepareInferenceProcess(argc, argv);
  for (int i = 1; i < argc; ++i)  // before QApplication, so it works without a display
    if (std::string(argv[i]) == "--version" || std::string(argv[i]) == "-V") {
      std::fputs(mien::versionText("mien").c_str(), stdout);
      return 0;
    }
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Mien");
  QApplication::setApplicationName("mien");
  QApplication::setApplicationDisplayName("Mien");
  QApplication::setApplicationVersion(MIEN_VERSION);
  QApplication::setDesktopFileName("io.github.mien.Mien");

  QCommandLineParser parser;
  parser.setApplicationDescription("Real-time zero-shot facial expression recognition (CLIP + Exp-CLIP / GFER).");
  parser.addHelpOption();
  const QCommandLineOption version({"V", "version"}, "Print the version, commit, LibTorch version and device.");
  const QCommandLineOption booth("booth", "Start in booth mode: full screen, large labels.");
  const QCommandLineOption model("model", "CLIP weights to use (file or Hugging Face folder).", "path");
  const QCommandLineOption head("head", "Expression head to use (Exp-CLIP or GFER).", "path");
  parser.addOptions({version, booth, model, head});
  parser.addPositionalArgument("source", "A video file or an image folder to open.", "[source]");
  parser.process(app);
  mien::ui::MainWindow::Options options;
  options.booth = parser.isSet(booth);
  options.restoreLastSource = parser.positionalArguments().isEmpty();
  mien::ui::MainWindow window(options);
  if (parser.isSet(model)) {
    mien::ui::EngineChoice choice = window.settings().engine;
    choice.model = parser.value(model).toStdString();
    choice.head = parser.value(head).toStdString();
    window.setEngine(choice);
  }
  if (!parser.positionalArguments().isEmpty()) {
    const QString path = parser.positionalArguments().first();
    const auto kind = QFileInfo(path).isDir() ? mien::ui::SourceRequest::Kind::ImageFolder : mien::ui::SourceRequest::Kind::VideoFile;
    window.openSource({kind, path});
  }
  if (!options.booth) window.show();
  return app.exec();
}
