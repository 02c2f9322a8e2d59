#pragma once

#include "domain/departmentnames.h"
#include "plandocument.h"

// Edits of a task's departments by name, shared by the task table, the task editor and paste.
namespace ap {

// The task with its departments in the given role set to the named ones (in that order), lead
// ones first. Names not in the registry are left out; a department keeps only one role.
Task withDepartments(const PlanData &plan, Task task, DepartmentRole role, const QStringList &names);

// Pushes the commands that set a task's lead or support departments to the given names,
// adding unknown names to the registry first, all as one undo step. Returns false when
// nothing changed or a write failed.
bool setTaskDepartments(PlanDocument *doc, Id taskId, DepartmentRole role, const QStringList &names);

} // namespace ap
