#pragma once

#include "plan.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace ap {

// A named version of the plan (印发版, 调整版): the plan frozen whole at a moment, kept inside the
// plan file or server plan, never edited. Only its name and when and by whom it was saved are held
// in memory; its content is read when it is opened or compared (PlanDocument::readVersion).
struct PlanVersion
{
    Id id = 0;
    QString name;
    QDateTime savedAt;   // UTC
    QString savedBy;     // the login on a server; empty in a plan file
    int taskCount = 0;

    // When it was saved, as the window and the command line say it: local time, "2026-03-01 09:30".
    QString savedWhen() const;

    bool operator==(const PlanVersion &o) const
    {
        return id == o.id && name == o.name && savedAt == o.savedAt && savedBy == o.savedBy && taskCount == o.taskCount;
    }
};

// A plan's versions, oldest first, and the reasons typed for what changed since each (调整理由):
// by version id, then by the changed item's key (PlanChange::key).
struct PlanVersions
{
    QList<PlanVersion> list;
    QHash<Id, QHash<QString, QString>> reasons;

    const PlanVersion *byId(Id id) const;
    const PlanVersion *byName(const QString &name) const;
    QString reason(Id versionId, const QString &item) const { return reasons.value(versionId).value(item); }
    // The version a day is measured under (its end): the last version saved by then, when the plan
    // was adjusted by a version saved after it (the first version, for a day before any); null when
    // no version was saved after the day, for then the plan now is the one in force.
    const PlanVersion *inForceOn(const QDate &day) const;
    // The sentence a printed document says which plan its targets on day are measured against,
    // once the plan has versions (empty without): " 各项目标按2026年1月15日保存的计划版本“印发版”衡量。",
    // or as the plan has them now. Always in the documents' language; it follows the sentence before.
    QString measuredWords(const QDate &day) const;
};

} // namespace ap
