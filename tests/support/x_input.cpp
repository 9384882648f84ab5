// xdotool calls with the Qt event loop running meanwhile, then a short wait so the app handles the events.
#include "support/x_input.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QScreen>
#include <QTest>
#include <QWidget>

namespace mien::test {

bool xdotool(const QStringList& args) {
  QProcess process;
  process.start("xdotool", args);
  if (!process.waitForStarted(5000)) return false;
  QElapsedTimer clock;
  clock.start();
  // waitForFinished() is false once the finished signal was handled: poll the state instead.
  while (process.state() != QProcess::NotRunning && clock.elapsed() < 10000) {
    process.waitForFinished(10);
    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
  }
  if (process.state() != QProcess::NotRunning) {
    process.kill();
    process.waitForFinished();
    qWarning("xdotool %s did not finish within 10 s", qPrintable(args.join(' ')));
    return false;
  }
  QTest::qWait(60);
  if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
    qWarning("xdotool %s failed: %s", qPrintable(args.join(' ')), process.readAllStandardError().constData());
    return false;
  }
  return true;
}

bool activate(QWidget* window) {
  window = window->window();
  // A window mapped while openbox is still settling can stay unmapped: ask again.
  bool exposed = false;
  for (int attempt = 0; attempt < 3 && !exposed; ++attempt) {
    exposed = QTest::qWaitForWindowExposed(window, 4000);
    if (!exposed) {
      window->hide();
      window->show();
    }
  }
  if (!exposed) return false;
  for (int attempt = 0; attempt < 6; ++attempt) {  // the window manager may not have mapped it yet (slow under load)
    xdotool({"windowactivate", "--sync", QString::number(window->winId())});
    if (QTest::qWaitForWindowActive(window, 3000)) return true;
  }
  return false;
}

void typeText(const QString& text) { xdotool({"type", "--delay", "15", "--", text}); }

void pressKey(const QString& keys) { xdotool({"key", "--clearmodifiers", keys}); }

void click(QWidget* widget, QPoint at) {
  const QPoint global = widget->mapToGlobal(at);
  xdotool({"mousemove", "--sync", QString::number(global.x()), QString::number(global.y()), "click", "1"});
}

void click(QWidget* widget) { click(widget, widget->rect().center()); }

void doubleClick(QWidget* widget, QPoint at) {
  const QPoint global = widget->mapToGlobal(at);
  xdotool({"mousemove", "--sync", QString::number(global.x()), QString::number(global.y()), "click", "--repeat", "2", "--delay", "80", "1"});
}

void drag(QWidget* widget, QPoint from, QPoint to) {
  const QPoint a = widget->mapToGlobal(from), b = widget->mapToGlobal(to);
  xdotool({"mousemove", "--sync", QString::number(a.x()), QString::number(a.y()), "mousedown", "1"});
  for (int i = 1; i <= 2; ++i) {  // halfway, then there: finer steps lose the last motion under load
    const QPoint p = a + (b - a) * i / 2;
    xdotool({"mousemove", "--sync", QString::number(p.x()), QString::number(p.y())});
  }
  xdotool({"mouseup", "1"});
}

QString screenshot(QWidget* window, const QString& name) {
  window = window->window();
  QTest::qWait(100);
  const QRect frame = window->frameGeometry();
  const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height());
  const QString dir = QStringLiteral(MIEN_BINARY_DIR) + "/screenshots";
  QDir().mkpath(dir);
  const QString path = dir + "/" + name + ".png";
  return shot.save(path) ? path : QString();
}

}  // namespace mien::test
