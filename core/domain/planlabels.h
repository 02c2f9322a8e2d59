#pragma once

#include "plan.h"

#include <QString>

// What a plan's rows are called where it is shown or printed, from its data alone (a copy of it
// on another thread too): a section's and a task's outline label by their place, and a task's
// departments by name.
namespace ap::planlabels {

QString sectionLabel(const PlanData &plan, Id sectionId);
QString taskLabel(const PlanData &plan, Id taskId);
// The names of the task's departments in role, in the task's order, joined by separator.
QString departmentNames(const PlanData &plan, const Task &task, DepartmentRole role, const QString &separator);

} // namespace ap::planlabels
