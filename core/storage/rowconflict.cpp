#include "rowconflict.h"

#include <QLocale>

namespace ap {

QString RowConflict::whoAndWhen() const
{
    if (by.isEmpty())
        return tr("someone else");
    const QString who = byUnit.isEmpty() ? tr("the login %1").arg(by) : tr("%1 (login %2)").arg(byUnit, by);
    return at.isValid() ? tr("%1 at %2").arg(who, QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)) : who;
}

} // namespace ap
