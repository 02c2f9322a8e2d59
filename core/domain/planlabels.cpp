#include "planlabels.h"

#include "numbering.h"

#include <QStringList>

namespace ap::planlabels {

QString sectionLabel(const PlanData &plan, Id sectionId)
{
    return outlineLabel(plan.sectionDepth(sectionId), plan.sectionRow(sectionId) + 1);
}

QString taskLabel(const PlanData &plan, Id taskId)
{
    const Id section = plan.taskSection.value(taskId);
    const int row = plan.sectionTasks.value(section).indexOf(taskId);
    return outlineLabel(plan.sectionDepth(section) + 1, row + 1);
}

QString departmentNames(const PlanData &plan, const Task &task, DepartmentRole role, const QString &separator)
{
    QStringList names;
    for (const Assignment &a : task.assignments)
        if (a.role == role)
            if (const Department *dep = plan.department(a.departmentId))
                names << dep->name;
    return names.join(separator);
}

} // namespace ap::planlabels
