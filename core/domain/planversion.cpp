#include "planversion.h"

namespace ap {

const PlanVersion *PlanVersions::byId(Id id) const
{
    for (const PlanVersion &v : list)
        if (v.id == id)
            return &v;
    return nullptr;
}

const PlanVersion *PlanVersions::byName(const QString &name) const
{
    // The latest of that name, should a name have been given twice.
    for (auto it = list.crbegin(); it != list.crend(); ++it)
        if (it->name == name)
            return &*it;
    return nullptr;
}

} // namespace ap
