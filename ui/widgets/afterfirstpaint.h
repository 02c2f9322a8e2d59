#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace ap {

// Runs work once a widget has been painted on screen for the first time, after that paint is
// done: what the first sight of the window does not need (the plan checks behind a count in the
// status bar) waits until the window shows. A paint before the window is exposed (into its
// backing store, as Qt does on show) does not count. Nothing runs if the widget is never painted
// on screen, or if context goes first.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *widget, QObject *context, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, QObject *context, std::function<void()> work);

    QPointer<QObject> m_context;
    std::function<void()> m_work;
};

} // namespace ap
