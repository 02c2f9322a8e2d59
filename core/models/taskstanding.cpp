#include "taskstanding.h"

namespace ap {

TaskStanding *TaskStanding::of(PlanDocument *doc)
{
    auto *standing = doc->findChild<TaskStanding *>(QString(), Qt::FindDirectChildrenOnly);
    return standing ? standing : new TaskStanding(doc);
}

TaskStanding::TaskStanding(PlanDocument *doc)
    : QObject(doc), m_doc(doc)
{
    connect(doc, &PlanDocument::reportsChanged, this, &TaskStanding::forget);
    connect(doc, &PlanDocument::taskChanged, this, &TaskStanding::forget);
    connect(doc, &PlanDocument::taskRemoved, this, [this] { forget(0); });
    // The plan's year, cadence and warning settings change every task's standing.
    connect(doc, &PlanDocument::planInfoChanged, this, [this] { forget(0); });
}

Warning TaskStanding::warning(Id taskId) const
{
    if (!m_whole) {
        // One pass over the plan and its reports, not one over the reports per task.
        for (const TaskResult &r : StatusEngine::evaluateAll(m_doc->plan(), m_doc->reports(), date()))
            m_known.insert(r.taskId, r.warning);
        m_whole = true;
    }
    const auto known = m_known.constFind(taskId);
    if (known != m_known.cend())
        return *known;
    const auto task = m_doc->plan().tasks.constFind(taskId);
    if (task == m_doc->plan().tasks.cend())
        return Warning::None;
    const Warning w = StatusEngine::evaluate(m_doc->plan().info, *task, m_doc->reports().current(taskId), date()).warning;
    m_known.insert(taskId, w);
    return w;
}

void TaskStanding::setDate(const QDate &day)
{
    m_date = day;
    forget(0);
}

QDate TaskStanding::date() const
{
    return m_date.isValid() ? m_date : QDate::currentDate();
}

void TaskStanding::forget(Id taskId)
{
    if (taskId == 0) {
        m_known.clear();
        m_whole = false;
    }
    else
        m_known.remove(taskId);
    Q_EMIT changed(taskId);
}

} // namespace ap
