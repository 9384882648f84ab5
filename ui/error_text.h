// Core's one-sentence errors as the GUI shows them: the sentence, then the GUI's own way out for its remedy
// (a menu or a button instead of the CLI's flags). Core words its sentences in English, naming files and values; in
// another language the GUI opens the message with the kind of problem in that language.
#pragma once
#include <QString>
#include <exception>

#include "common/errors.h"

namespace mien::ui {

QString remedyText(Remedy remedy);
QString problemKindText(const std::exception& error);
QString errorText(const std::exception& error);

}  // namespace mien::ui
