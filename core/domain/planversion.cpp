#include "planversion.h"

#include "datetext.h"
#include "documentlanguage.h"

namespace ap {

QString PlanVersion::savedWhen() const
{
    return savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

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

QString PlanVersions::measuredWords(const QDate &day) const
{
    if (list.isEmpty())
        return {};
    const PlanVersion *version = inForceOn(day);
    if (!version)
        return doclang::text("ap::PlanVersions", QT_TRANSLATE_NOOP("ap::PlanVersions", " Targets are measured as the plan has them now."));
    return doclang::text("ap::PlanVersions",
                         QT_TRANSLATE_NOOP("ap::PlanVersions", " Targets are measured as the plan's version “%1” of %2 has them."))
        .arg(version->name, datetext::spoken(version->savedAt.toLocalTime().date()));
}

} // namespace ap
