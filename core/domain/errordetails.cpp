#include "errordetails.h"

namespace ap {

QString ErrorDetails::label()
{
    return tr("The server's own words:");
}

QString ErrorDetails::join(const QString &message, const QString &details)
{
    // One line of details: a server's text comes with line breaks and tabs of its own.
    const QString line = details.simplified();
    if (line.isEmpty())
        return message;
    return message + QStringLiteral("\n\n") + label() + QLatin1Char(' ') + line;
}

void ErrorDetails::split(const QString &message, QString *shown, QString *details)
{
    // The details run to the end of their line; what a caller wrote after them stays shown.
    const QString mark = QStringLiteral("\n\n") + label() + QLatin1Char(' ');
    const int at = message.lastIndexOf(mark);
    if (at < 0) {
        *shown = message;
        details->clear();
        return;
    }
    const int from = at + int(mark.size());
    const int end = message.indexOf(QLatin1Char('\n'), from);
    *details = end < 0 ? message.mid(from) : message.mid(from, end - from);
    *shown = message.left(at) + (end < 0 ? QString() : message.mid(end));
}

} // namespace ap
