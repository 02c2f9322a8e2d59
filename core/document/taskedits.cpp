#include "taskedits.h"

#include "commands.h"
#include "planedits.h"

namespace ap {

Task withDepartments(const PlanData &plan, Task task, DepartmentRole role, const QStringList &names)
{
    QList<Id> ids;
    for (const QString &n : names)
        if (const Department *d = plan.departmentByName(n))
            if (!ids.contains(d->id))
                ids << d->id;
    QList<Assignment> kept;
    for (const Assignment &a : std::as_const(task.assignments))
        if (a.role != role && !ids.contains(a.departmentId))
            kept << a;
    QList<Assignment> mine;
    for (Id id : ids)
        mine << Assignment{id, role};
    task.assignments = role == DepartmentRole::Lead ? mine + kept : kept + mine;
    return task;
}

bool setTaskDepartments(PlanDocument *doc, Id taskId, DepartmentRole role, const QStringList &names)
{
    const PlanData &plan = doc->plan();
    if (!plan.tasks.contains(taskId) || doc->isReadOnly())
        return false;
    QStringList missing;
    for (const QString &n : names)
        if (!plan.departmentByName(n))
            missing << n;

    if (missing.isEmpty()) {
        const Task t = withDepartments(plan, plan.tasks.value(taskId), role, names);
        return t != plan.tasks.value(taskId) && edits::editTask(*doc, t);
    }
    const edits::Group group(*doc, role == DepartmentRole::Lead ? PlanCommand::tr("Set lead departments")
                                                                : PlanCommand::tr("Set cooperating departments"));
    for (const QString &n : missing)
        if (!edits::addDepartment(*doc, n, int(plan.departments.size())))
            return false;
    return edits::editTask(*doc, withDepartments(plan, plan.tasks.value(taskId), role, names));
}

} // namespace ap
