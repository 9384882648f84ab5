// Translations are compiled into the binary as :/i18n/mien_<code>.qm (qt_add_translations).
#include "language.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace mien::ui {

QStringList availableLanguages() { return {"en", "de", "es", "zh_CN"}; }

QString languageDisplayName(const QString& code) {
  if (code == "de") return QStringLiteral("Deutsch");
  if (code == "es") return QStringLiteral("Español");
  if (code == "zh_CN") return QStringLiteral("简体中文");
  return QStringLiteral("English");
}

namespace {
QString active = QStringLiteral("en");
}

QString activeLanguage() { return active; }

bool switchLanguage(const QString& code) {
  static QTranslator* installed = nullptr;
  if (installed) {
    QCoreApplication::removeTranslator(installed);
    delete installed;
    installed = nullptr;
  }
  QString chosen = code;
  if (chosen.isEmpty()) {
    const QString system = QLocale::system().name();
    for (const QString& l : availableLanguages())
      if (system == l || system.startsWith(l + "_")) chosen = l;
  }
  if (chosen.isEmpty() || chosen == "en") {
    active = QStringLiteral("en");
    QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
    return true;
  }
  auto* translator = new QTranslator;
  if (!translator->load(QStringLiteral(":/i18n/mien_%1.qm").arg(chosen))) {
    delete translator;
    return false;
  }
  QCoreApplication::installTranslator(translator);  // sends LanguageChange to every widget
  installed = translator;
  active = chosen;
  return true;
}

}  // namespace mien::ui
