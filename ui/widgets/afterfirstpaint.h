#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QLineEdit;
class QWidget;

namespace ap {

// Runs work once a widget has been painted for the first time, after that paint is done: what the
// first sight of the window does not need (the plan checks behind a count in the status bar) waits
// until the window is on screen. Nothing runs if the widget is never painted, or if context goes
// first.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget *widget, QObject *context, std::function<void()> work);
    // A line edit's clear button, once the edit has been painted: its icon is the desktop icon
    // theme's, and the first lookup in a theme reads the theme's whole index (Adwaita's: 649
    // folders), which was a tenth of the program's start before its window showed.
    static void addClearButton(QLineEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *widget, QObject *context, std::function<void()> work);

    QPointer<QObject> m_context;
    std::function<void()> m_work;
};

} // namespace ap
