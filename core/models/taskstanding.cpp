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
    const auto known = m_known.constFind(taskId);
    if (known != m_known.cend())
        return *known;
    const auto task = m_doc->plan().tasks.constFind(taskId);
    if (task == m_doc->plan().tasks.cend())
        return Warning::None;
    const Context &c = context();
    const Warning w = StatusEngine::evaluate(m_doc->plan().info, *task, c.current.value(taskId), c.day).warning;
    m_known.insert(taskId, w);
    return w;
}

const TaskStanding::Context &TaskStanding::context() const
{
    const QDate day = date();
    if (!m_context || m_context->reportsRevision != m_doc->reportsRevision() || m_context->day.asOf != day)
        m_context = Context{m_doc->reports().currentByTask(), StatusEngine::day(m_doc->plan().info, day),
                            m_doc->reportsRevision()};
    return *m_context;
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
        m_context.reset();
    }
    else
        m_known.remove(taskId);
    Q_EMIT changed(taskId);
}

} // namespace ap
