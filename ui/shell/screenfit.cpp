#include "screenfit.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace ap {

void ScreenFit::install()
{
    static QPointer<ScreenFit> installed;
    if (installed || !qApp)
        return;
    installed = new ScreenFit(qApp);
    qApp->installEventFilter(installed);
}

QRect ScreenFit::room(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return QRect();
    QRect area = screen->availableGeometry();
    // The frame the window manager adds (title bar, borders); before the first show Qt does not
    // know it yet and a title bar's height is assumed.
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    int top = inner.top() - frame.top(), bottom = frame.bottom() - inner.bottom();
    int left = inner.left() - frame.left(), right = frame.right() - inner.right();
    if (top <= 0 && !window->testAttribute(Qt::WA_WState_Created))
        top = 30;
    return area.adjusted(left, top, -right, -bottom);
}

void ScreenFit::fit(QWidget *window)
{
    const QRect room = ScreenFit::room(window);
    if (!room.isValid() || window->isMaximized() || window->isFullScreen())
        return;
    const QSize size = window->size().boundedTo(room.size());
    if (size != window->size())
        window->resize(size.expandedTo(window->minimumSize()));
    // Moved inside, when it was given a place of its own (pos() is the frame's corner).
    const QRect area = window->screen() ? window->screen()->availableGeometry() : room;
    QRect frame = window->frameGeometry();
    if (window->testAttribute(Qt::WA_Moved) && !area.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), area.left(), std::max(area.left(), area.right() - frame.width() + 1)));
        frame.moveTop(std::clamp(frame.top(), area.top(), std::max(area.top(), area.bottom() - frame.height() + 1)));
        window->move(frame.topLeft());
    }
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        const Qt::WindowType type = w->windowType();
        if (w->isWindow() && (type == Qt::Window || type == Qt::Dialog || type == Qt::Sheet))
            fit(w);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ap
