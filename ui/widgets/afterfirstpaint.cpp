#include "afterfirstpaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace ap {

AfterFirstPaint::AfterFirstPaint(QWidget *widget, QObject *context, std::function<void()> work)
    : QObject(widget), m_context(context), m_work(std::move(work))
{
    widget->installEventFilter(this);
}

void AfterFirstPaint::run(QWidget *widget, QObject *context, std::function<void()> work)
{
    new AfterFirstPaint(widget, context, std::move(work));
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint)
        return false;
    const QWindow *window = static_cast<QWidget *>(watched)->window()->windowHandle();
    if (window && window->isExposed()) {
        watched->removeEventFilter(this);
        // Queued: the window's whole paint, of which this widget's is a part, ends first.
        if (m_context)
            QTimer::singleShot(0, m_context, std::move(m_work));
        deleteLater();
    }
    return false;
}

} // namespace ap
