// Which engine the GUI runs: the engine description itself (model/engine_spec.h); the settings store it one key
// per field, so a new engine option needs no code here.
#pragma once
#include <QMetaType>
#include <QString>

#include "model/engine_spec.h"

namespace mien::ui {

using EngineChoice = EngineSpec;

inline bool hasEncoder(const EngineChoice& e) { return !e.model.empty() || !e.randomArchitecture.empty(); }
inline QString encoderPathOf(const EngineChoice& e) { return QString::fromStdString(e.model); }
inline QString headPathOf(const EngineChoice& e) { return QString::fromStdString(e.head); }

}  // namespace mien::ui
