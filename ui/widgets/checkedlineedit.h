#pragma once

#include <QLineEdit>

#include <functional>

namespace ap {

// A cell's line editor that checks what was typed before the cell takes it (GridView asks through
// acceptTyped on Enter and Tab): words the cell cannot take stay in the field for correcting, and
// why is said at the field and told (refused) for the window's status line.
class CheckedLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    // check: why the text cannot be taken, empty when it can.
    CheckedLineEdit(std::function<QString(const QString &)> check, QWidget *parent = nullptr);
    Q_INVOKABLE bool acceptTyped();

Q_SIGNALS:
    void refused(const QString &why);

private:
    std::function<QString(const QString &)> m_check;
};

} // namespace ap
