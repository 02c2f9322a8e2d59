#pragma once

#include "document/plandocument.h"
#include "status/statusengine.h"

#include <QDate>
#include <QHash>
#include <QObject>

namespace ap {

// Where each task stands on a day (逾期, 滞后, 未填报…), as the status engine says, for the views
// that colour tasks by it (the task table, the section tree): the whole plan evaluated in one pass
// when a view first asks, then a task worked out again alone when it or its reports change. One per
// document, shared by its views. The day is today unless set.
class TaskStanding : public QObject
{
    Q_OBJECT
public:
    // The document's standing, made (as its child) when first asked for.
    static TaskStanding *of(PlanDocument *doc);

    Warning warning(Id taskId) const;
    void setDate(const QDate &day);
    QDate date() const;

Q_SIGNALS:
    // A task's standing may have changed (0: any task's).
    void changed(ap::Id taskId);

private:
    explicit TaskStanding(PlanDocument *doc);
    void forget(Id taskId);

    PlanDocument *m_doc;
    QDate m_date;
    mutable QHash<Id, Warning> m_known;
    mutable bool m_whole = false;   // every task was evaluated since the last forget(0)
};

} // namespace ap
