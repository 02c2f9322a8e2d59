#pragma once

#include <QCoreApplication>
#include <QString>

namespace ap {

// A message with details a clerk need not read: what happened and what to do first, then, after a
// label of its own, the words of whatever failed (a server's English text and SQLSTATE). Made where
// the error is met (ServerError), taken apart where it is shown: the window puts the details under
// "details" (ErrorBox), the command line prints both. Read whole, the message still says everything.
class ErrorDetails
{
    Q_DECLARE_TR_FUNCTIONS(ap::ErrorDetails)
public:
    // message, then details after the label on a paragraph of their own (message alone when none).
    static QString join(const QString &message, const QString &details);
    // A message split where join() joined it: what to show, and the details (empty when none).
    static void split(const QString &message, QString *shown, QString *details);

private:
    static QString label();
};

} // namespace ap
