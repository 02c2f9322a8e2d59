#include "taskedits.h"

#include "commands.h"

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

    QUndoStack *stack = doc->undoStack();
    const int before = stack->index();
    if (missing.isEmpty()) {
        const Task t = withDepartments(plan, plan.tasks.value(taskId), role, names);
        if (t == plan.tasks.value(taskId))
            return false;
        stack->push(new EditTaskCommand(doc, t));
        return stack->index() > before;
    }
    stack->beginMacro(role == DepartmentRole::Lead ? PlanCommand::tr("Set lead departments")
                                                   : PlanCommand::tr("Set cooperating departments"));
    bool ok = true;
    for (const QString &n : missing) {
        stack->push(new AddDepartmentCommand(doc, Department{0, n, QString(), 0}, int(plan.departments.size())));
        ok = ok && plan.departmentByName(n);
    }
    if (ok)
        stack->push(new EditTaskCommand(doc, withDepartments(plan, plan.tasks.value(taskId), role, names)));
    stack->endMacro();
    return ok && stack->index() > before;
}

} // namespace ap
