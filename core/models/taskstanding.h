#pragma once

#include "document/plandocument.h"
#include "status/statusengine.h"

#include <QDate>
#include <QHash>
#include <QObject>

namespace ap {

// Where each task stands on a day (逾期, 滞后, 未填报…), as the status engine says, for the views
// that colour tasks by it: worked out when a view asks and forgotten when the task or its reports
// change, so a table of a few rows never evaluates the whole plan. The day is today unless set.
class TaskStanding : public QObject
{
    Q_OBJECT
public:
    explicit TaskStanding(PlanDocument *doc, QObject *parent = nullptr);

    Warning warning(Id taskId) const;
    void setDate(const QDate &day);
    QDate date() const;

Q_SIGNALS:
    // A task's standing may have changed (0: any task's).
    void changed(ap::Id taskId);

private:
    void forget(Id taskId);

    PlanDocument *m_doc;
    QDate m_date;
    mutable QHash<Id, Warning> m_known;
};

} // namespace ap
