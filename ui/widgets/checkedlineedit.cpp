#include "checkedlineedit.h"

#include <QToolTip>

namespace ap {

CheckedLineEdit::CheckedLineEdit(std::function<QString(const QString &)> check, QWidget *parent)
    : QLineEdit(parent)
    , m_check(std::move(check))
{
}

bool CheckedLineEdit::acceptTyped()
{
    const QString why = m_check ? m_check(text()) : QString();
    if (why.isEmpty())
        return true;
    QToolTip::showText(mapToGlobal(QPoint(0, height())), why, this);
    Q_EMIT refused(why);
    selectAll();
    return false;
}

} // namespace ap
