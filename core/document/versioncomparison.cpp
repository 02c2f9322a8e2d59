#include "versioncomparison.h"

#include "plandocument.h"

namespace ap {

QString VersionComparison::toName() const
{
    return to ? to->name : tr("the plan now");
}

bool VersionComparison::make(const PlanDocument &doc, Id fromId, Id toId, VersionComparison *out, QString *error)
{
    const PlanVersion *from = doc.versions().byId(fromId);
    const PlanVersion *to = toId ? doc.versions().byId(toId) : nullptr;
    if (!from || (toId && !to)) {
        if (error)
            *error = tr("The plan has no such version.");
        return false;
    }
    VersionComparison c;
    c.from = *from;
    if (to)
        c.to = *to;
    if (!doc.readVersion(fromId, &c.fromPlan, error))
        return false;
    if (to) {
        if (!doc.readVersion(toId, &c.toPlan, error))
            return false;
    } else {
        c.toPlan = doc.plan();
    }
    c.changes = comparePlans(c.fromPlan, c.toPlan);
    *out = std::move(c);
    return true;
}

const PlanVersion *VersionComparison::find(const PlanVersions &versions, const QString &nameOrNumber)
{
    const QString text = nameOrNumber.trimmed();
    if (const PlanVersion *v = versions.byName(text))
        return v;
    bool ok = false;
    const int number = text.toInt(&ok);
    return ok && number >= 1 && number <= versions.list.size() ? &versions.list.at(number - 1) : nullptr;
}

} // namespace ap
