#pragma once

#include "domain/plancomparison.h"
#include "domain/planversion.h"

#include <QCoreApplication>

namespace ap {

class PlanDocument;

// Two states of one plan compared (a version and another, or a version and the plan now), with
// the reasons typed for its changes: what the compare list in the window, `annualplan compare`
// and the 调整对照表 all show. Reasons are kept under the earlier version (PlanVersions::reasons).
struct VersionComparison
{
    Q_DECLARE_TR_FUNCTIONS(ap::VersionComparison)
public:
    PlanVersion from;
    std::optional<PlanVersion> to;   // none: the plan now
    PlanData fromPlan, toPlan;
    QList<PlanChange> changes;

    // The reason for a change, as typed (empty when none).
    QString reason(const PlanChange &change, const PlanVersions &versions) const
    {
        return versions.reason(from.id, change.key());
    }
    // The later state's name: a version's, or "now" in the program's language.
    QString toName() const;

    // Compares version fromId with version toId (0: the plan now); false and why when a version is
    // missing or cannot be read.
    static bool make(const PlanDocument &doc, Id fromId, Id toId, VersionComparison *out, QString *error);
    // The version a name or number given by a clerk means (a name, or its place in the list from 1);
    // null when none.
    static const PlanVersion *find(const PlanVersions &versions, const QString &nameOrNumber);
};

} // namespace ap
