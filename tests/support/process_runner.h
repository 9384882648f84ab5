// Runs a program and collects its exit code and output (for CLI and ffprobe checks).
#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

namespace mien::test {

struct ProcessResult {
  int exitCode = -1;
  bool finished = false;
  QString out, err;
};

inline ProcessResult runProgram(const QString& program, const QStringList& args, int timeoutMs = 300000,
                                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
  QProcess process;
  process.setProcessEnvironment(env);
  process.start(program, args);
  ProcessResult r;
  r.finished = process.waitForFinished(timeoutMs);
  if (!r.finished) process.kill(), process.waitForFinished();
  r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  r.out = QString::fromUtf8(process.readAllStandardOutput());
  r.err = QString::fromUtf8(process.readAllStandardError());
  return r;
}

}  // namespace mien::test
