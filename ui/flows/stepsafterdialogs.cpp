#include "stepsafterdialogs.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace ap {

void StepsAfterDialogs::add(std::function<void()> step)
{
    m_waiting.append(std::move(step));
    // Once the step that asks has returned.
    QTimer::singleShot(0, this, &StepsAfterDialogs::runWaiting);
}

void StepsAfterDialogs::runWaiting()
{
    if (m_waiting.isEmpty())
        return;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        qApp->removeEventFilter(this);   // installed once
        qApp->installEventFilter(this);
        return;
    }
    qApp->removeEventFilter(this);
    const QList<std::function<void()>> steps = std::exchange(m_waiting, {});
    for (const auto &step : steps)
        step();
}

bool StepsAfterDialogs::eventFilter(QObject *watched, QEvent *event)
{
    // A dialog or menu closing (the window it blocked unblocked, a popup hidden): once it has, the
    // next may be open or none is.
    const bool closing = event->type() == QEvent::WindowUnblocked
        || (event->type() == QEvent::Hide && watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow());
    if (closing)
        QTimer::singleShot(0, this, &StepsAfterDialogs::runWaiting);
    return QObject::eventFilter(watched, event);
}

} // namespace ap
