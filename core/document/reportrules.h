#pragma once

#include "domain/progressreport.h"
#include "domain/plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ap {

// The rules every progress report meets wherever it comes from (the window's report dialog, a
// reporter's report on a server plan, the command line, a return form), with the one wording of
// each refusal: the document applies them to every report it adds, and the command line's server
// session before it writes. A server's database enforces its own part again (ServerRights); these
// are what the program says before it asks.
class ReportRules
{
    Q_DECLARE_TR_FUNCTIONS(ap::ReportRules)

public:
    // Why no report may go into period once it is locked.
    static QString lockedRefusal(const QString &period);
    // Why period is not one the plan takes reports for.
    static QString periodRefusal(const PlanData &plan, const QString &period);
    // report made ready for plan: false and why when its task is not in the plan, its period is not
    // one of the plan's year or is locked (locks), or its percent is outside 0–100. Actuals of
    // targets that are not its task's are dropped, and a report not yet entered is entered now.
    static bool admit(const PlanData &plan, const QHash<QString, PeriodLock> &locks, ProgressReport *report, QString *error);
    // The files report carries (佐证材料), against the plan's log: false and why when there are
    // more than a report may carry, when they would take the plan's files past their limit, or
    // when one is not what it says (its size, checksum or kind not its bytes'). A file already
    // written (a report added again by redo) is counted once.
    static bool admitEvidence(const ReportLog &log, const ProgressReport &report, QString *error);
};

} // namespace ap
