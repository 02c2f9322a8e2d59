#include "planrights.h"

namespace ap {

PlanRights PlanRights::ofFile(bool readOnly)
{
    PlanRights r;
    r.editPlan = r.addReports = !readOnly;
    return r;
}

bool PlanRights::mayReportOn(const Task &task) const
{
    if (editPlan)
        return true;
    return addReports && reportingDepartment != 0
        && (task.hasDepartment(reportingDepartment, DepartmentRole::Lead)
            || task.hasDepartment(reportingDepartment, DepartmentRole::Support));
}

} // namespace ap
