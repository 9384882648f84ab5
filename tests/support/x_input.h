// Real input for GUI tests: keys, typing, clicks and drags sent to the X server by xdotool (XTEST), so they
// reach the app as a person's would, through the window manager's focus. Needs an XDisplay.
#pragma once
#include <QPoint>
#include <QString>
#include <QStringList>

class QWidget;

namespace mien::test {

bool xdotool(const QStringList& args);  // runs it while the event loop keeps turning; false if it failed
bool activate(QWidget* window);         // raises and focuses the top-level window; false if it did not become active
void typeText(const QString& text);     // into whatever has the keyboard focus
void pressKey(const QString& keys);     // X key names: "space", "Left", "ctrl+e", "Escape"
void click(QWidget* widget, QPoint at);  // `at` in the widget's coordinates
void click(QWidget* widget);             // its centre
void doubleClick(QWidget* widget, QPoint at);
void drag(QWidget* widget, QPoint from, QPoint to);
// A screenshot of the whole X screen (what a person sees, window manager included), cropped to `window`,
// saved as <build>/screenshots/<name>.png; returns the path ("" if it could not be written).
QString screenshot(QWidget* window, const QString& name);

}  // namespace mien::test
