#include "departmentnames.h"

#include <QRegularExpression>

namespace ap {

QStringList splitDepartmentNames(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[、，,;；\\n]+"));
    QStringList out;
    for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
        const QString n = part.trimmed();
        if (!n.isEmpty() && !out.contains(n))
            out << n;
    }
    return out;
}

} // namespace ap
