#pragma once

#include "document/planlocation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ap {

// The plans opened lately, kept in the settings as text: the newest first, at most eight, each
// with the title it had when it was last open (a file's label needs no reading of the file).
class RecentPlans
{
    Q_DECLARE_TR_FUNCTIONS(ap::RecentPlans)

public:
    // The newest first; files only while they exist.
    static QList<PlanLocation> list();
    // "title — file name", or "title — plan @ server"; the name alone before a title is known.
    static QString label(const PlanLocation &where);
    // The server plans' addresses, for the address field of the server dialogs.
    static QStringList serverAddresses();
    // Puts where first.
    static void add(const PlanLocation &where);
    static void rememberTitle(const PlanLocation &where, const QString &title);

private:
    static QString titleKey(const PlanLocation &where);
};

} // namespace ap
