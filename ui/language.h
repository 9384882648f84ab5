// Switches the interface language at run time from the translations built into the binary.
#pragma once
#include <QString>
#include <QStringList>

namespace mien::ui {

QStringList availableLanguages();               // "en", "de", "es", "zh_CN"
QString languageDisplayName(const QString& code);  // in that language: "Deutsch"
// Installs the translator for `code` ("" = the system locale); widgets get a LanguageChange event.
bool switchLanguage(const QString& code);
QString activeLanguage();  // the code switched to last, "en" before any switch

}  // namespace mien::ui
