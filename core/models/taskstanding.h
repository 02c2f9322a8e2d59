#pragma once

#include "document/plandocument.h"
#include "status/statusengine.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <optional>

namespace ap {

// Where each task stands on a day (逾期, 滞后, 未填报…), as the status engine says, for the views
// that colour tasks by it (the task table, the section tree): each task worked out when a view
// first asks for it (the rows in view, not the whole plan: at 100,000 tasks the whole plan was a
// tenth of the time to open it), again when it or its reports change. The reports by task and the
// period due are found once for all of them. One per document, shared by its views. The day is
// today unless set.
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
    // What every task's evaluation reads besides the task: made when first needed, made again
    // when the reports have changed since (it points into them: the document's count of their
    // changes tells, before any signal), the plan's settings change or the day is another.
    struct Context
    {
        QHash<Id, QList<const ProgressReport *>> current;
        StatusEngine::Day day;
        quint64 reportsRevision = 0;
    };
    const Context &context() const;

    PlanDocument *m_doc;
    QDate m_date;
    mutable QHash<Id, Warning> m_known;
    mutable std::optional<Context> m_context;
};

} // namespace ap
