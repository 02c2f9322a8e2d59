#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ap {

// What a clean copy kept and what it left behind.
struct CleanCopyReport
{
    int version = 0;                        // the file's format, and the copy's before its upgrade
    QStringList dropped;                    // objects and columns that were not ours
    QList<QPair<QString, int>> rowsKept;    // every table of ours with the rows copied from it
    // The report as lines for the clerk.
    QString text() const;
};

// A plan file whose schema is not ours (PlanStore::open refuses it) copied into a new file made by
// our own schema code: the rows of every table of ours, column by column, ids and the plan's
// identity kept (so return forms still match), then upgraded to this version's format. Nothing of
// the original runs or is changed: it is read on a hardened read-only connection and must pass
// its integrity check; the copy is checked before it takes its name, which must be new.
class CleanCopy
{
    Q_DECLARE_TR_FUNCTIONS(ap::CleanCopy)
public:
    static bool make(const QString &source, const QString &target, CleanCopyReport *report, QString *error);
};

} // namespace ap
