// main() for Mien's Qt Test programs: the same BLAS kernel choice and thread layout as mien and mien-cli.
#pragma once
#include <QCoreApplication>
#include <QtTest>

#include "model/blas_runtime.h"
#include "model/inference_process.h"
#include "support/x_display.h"

#define MIEN_TEST_MAIN(TestClass)                               \
  int main(int argc, char** argv) {                             \
    mien::prepareInferenceProcess(argc, argv);                    \
    mien::configureThreads(0, mien::Precision::Fp32);           \
    QCoreApplication app(argc, argv);                           \
    TestClass test;                                             \
    QTEST_SET_MAIN_SOURCE_PATH                                  \
    return QTest::qExec(&test, argc, argv);                     \
  }

// The same for widget tests: a QApplication on a private Xvfb display with openbox (support/x_display.h).
#define MIEN_GUI_TEST_MAIN(TestClass)                           \
  int main(int argc, char** argv) {                             \
    mien::prepareInferenceProcess(argc, argv);                    \
    mien::configureThreads(0, mien::Precision::Fp32);           \
    mien::test::XDisplay display;                               \
    QApplication app(argc, argv);                               \
    TestClass test;                                             \
    QTEST_SET_MAIN_SOURCE_PATH                                  \
    return QTest::qExec(&test, argc, argv);                     \
  }
