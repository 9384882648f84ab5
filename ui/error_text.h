// Core's one-sentence errors as the GUI shows them: the sentence, then the GUI's own way out for its remedy
// (a menu or a button instead of the CLI's flags).
#pragma once
#include <QString>
#include <exception>

#include "common/errors.h"

namespace mien::ui {

QString remedyText(Remedy remedy);
QString errorText(const std::exception& error);

}  // namespace mien::ui
