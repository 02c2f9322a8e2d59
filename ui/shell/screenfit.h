#pragma once

#include <QObject>
#include <QRect>

class QWidget;

namespace ap {

// Keeps every window of the program inside the screen it shows on. Each window or dialog, when it
// is shown, is made no larger than the screen's available area (less its frame) and moved inside
// it: a size remembered on a larger screen, or a dialog's generous default, never puts buttons
// off-screen. What a window holds must let it shrink (scroll areas, splitters); the window tests
// check that for every page, dock and dialog.
class ScreenFit : public QObject
{
    Q_OBJECT
public:
    // Watches every window of the application from now on (once; later calls do nothing).
    static void install();
    // The room a window has on its screen: the available area less the window's frame.
    static QRect room(const QWidget *window);
    // Makes window fit its room now.
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace ap
