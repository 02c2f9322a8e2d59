#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

// Typing as a clerk does: Latin letters, digits and punctuation as key presses, Chinese as an
// input method delivers it: a composition (the pinyin being typed) and then the committed text.
namespace testutil {

inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QInputMethodEvent compose(QStringLiteral("pin"), {});
            QApplication::sendEvent(widget, &compose);
            // In a table the composition opens the cell's editor, and the view hands it the text.
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

// Each character to whichever widget has the focus when it is typed, as a real keyboard does (the
// first key into a table opens a cell editor, which takes the rest).
inline void typeIntoFocus(const QString &text)
{
    for (const QChar c : text)
        type(QApplication::focusWidget(), QString(c));
}

// Shows a window and makes it the active one, as a clerk's click on it does; false if it never is.
inline bool showActive(QWidget *window)
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return false;
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

} // namespace testutil
