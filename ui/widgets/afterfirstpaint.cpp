#include "afterfirstpaint.h"

#include <QEvent>
#include <QLineEdit>
#include <QTimer>
#include <QWidget>

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

void AfterFirstPaint::addClearButton(QLineEdit *edit)
{
    run(edit, edit, [edit] { edit->setClearButtonEnabled(true); });
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the window's whole paint, of which this widget's is a part, ends first.
        if (m_context)
            QTimer::singleShot(0, m_context, std::move(m_work));
        deleteLater();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ap
