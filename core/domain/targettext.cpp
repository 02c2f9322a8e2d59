#include "targettext.h"

#include <QCoreApplication>

namespace ap {

QString formatNumber(double value)
{
    QString s = QString::number(value, 'f', 6);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

QString targetSummary(const Target &t)
{
    QString s = t.indicator;
    if (t.value) {
        if (!s.isEmpty())
            s += QLatin1Char(' ');
        s += opDisplay(t.op) + QLatin1Char(' ') + formatNumber(*t.value) + t.unit;
    }
    if (t.baseline) {
        const QString year = t.baselineYear ? QString::number(*t.baselineYear) : QString();
        s += QCoreApplication::translate("ap::targetSummary", " (baseline %1: %2)")
                 .arg(year, formatNumber(*t.baseline) + t.unit);
    }
    if (t.due.isValid())
        s += QCoreApplication::translate("ap::targetSummary", ", due %1").arg(t.due.toString(Qt::ISODate));
    return s;
}

} // namespace ap
