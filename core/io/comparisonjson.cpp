#include "comparisonjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ap::ComparisonJson {

namespace {

QJsonObject versionObject(const PlanVersion &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("name"), v.name},
            {QStringLiteral("savedAt"), v.savedAt.toString(Qt::ISODate)},
            {QStringLiteral("savedBy"), v.savedBy},
            {QStringLiteral("tasks"), v.taskCount}};
}

QString kindKey(PlanChange::Kind kind)
{
    switch (kind) {
    case PlanChange::Kind::Added:
        return QStringLiteral("added");
    case PlanChange::Kind::Removed:
        return QStringLiteral("removed");
    case PlanChange::Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString itemKey(PlanChange::Item item)
{
    switch (item) {
    case PlanChange::Item::Plan:
        return QStringLiteral("plan");
    case PlanChange::Item::Department:
        return QStringLiteral("department");
    case PlanChange::Item::Section:
        return QStringLiteral("section");
    case PlanChange::Item::Task:
        break;
    }
    return QStringLiteral("task");
}

} // namespace

QByteArray write(const VersionComparison &comparison, const PlanVersions &versions)
{
    QJsonArray changes;
    for (const PlanChange &c : comparison.changes)
        changes.append(QJsonObject{{QStringLiteral("key"), c.key()},
                                   {QStringLiteral("kind"), kindKey(c.kind)},
                                   {QStringLiteral("item"), itemKey(c.item)},
                                   {QStringLiteral("id"), c.id},
                                   {QStringLiteral("place"), c.place},
                                   {QStringLiteral("title"), c.title},
                                   {QStringLiteral("section"), c.groupTitle},
                                   {QStringLiteral("aspects"), QJsonArray::fromStringList(c.aspects)},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after},
                                   {QStringLiteral("reason"), comparison.reason(c, versions)}});
    const QJsonObject root{{QStringLiteral("from"), versionObject(comparison.from)},
                           {QStringLiteral("to"), comparison.to ? QJsonValue(versionObject(*comparison.to))
                                                                : QJsonValue(QStringLiteral("now"))},
                           {QStringLiteral("changes"), changes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ap::ComparisonJson
