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

const PlanVersion *PlanVersions::inForceOn(const QDate &day) const
{
    // A day runs to its end where the clerk is: a version saved that evening is in force on it.
    const QDateTime end = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    const PlanVersion *last = nullptr;
    bool later = false;
    for (const PlanVersion &v : list) {
        if (v.savedAt < end)
            last = &v;
        else
            later = true;
    }
    if (!later)
        return nullptr;
    return last ? last : &list.first();
}

} // namespace ap
