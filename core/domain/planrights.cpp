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
        && (task.departmentIds(DepartmentRole::Lead).contains(reportingDepartment)
            || task.departmentIds(DepartmentRole::Support).contains(reportingDepartment));
}

} // namespace ap
