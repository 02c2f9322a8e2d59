#include "plan.h"

#include <algorithm>

namespace ap {

QString cadenceKey(Cadence c)
{
    return c == Cadence::Monthly ? QStringLiteral("monthly") : QStringLiteral("quarterly");
}

std::optional<Cadence> cadenceFromKey(const QString &key)
{
    if (key == QLatin1String("monthly"))
        return Cadence::Monthly;
    if (key == QLatin1String("quarterly"))
        return Cadence::Quarterly;
    return std::nullopt;
}

QString IssueNotice::titleFor(const QString &planTitle)
{
    return QStringLiteral("关于印发《%1》的通知").arg(planTitle);
}

QString IssueNotice::textFor(const QString &planTitle) const
{
    if (!text.trimmed().isEmpty())
        return text.trimmed();
    return QStringLiteral("现将《%1》印发给你们，请结合实际认真贯彻落实。").arg(planTitle);
}

QString opSymbol(TargetOp op)
{
    switch (op) {
    case TargetOp::AtLeast: return QStringLiteral(">=");
    case TargetOp::AtMost: return QStringLiteral("<=");
    case TargetOp::Equal: return QStringLiteral("=");
    case TargetOp::Above: return QStringLiteral(">");
    case TargetOp::Below: return QStringLiteral("<");
    }
    return QString();
}

std::optional<TargetOp> opFromSymbol(QAnyStringView s)
{
    const auto is = [s](QAnyStringView symbol) { return QAnyStringView::equal(s, symbol); };
    if (is(u">=") || is(u"≥"))
        return TargetOp::AtLeast;
    if (is(u"<=") || is(u"≤"))
        return TargetOp::AtMost;
    if (is(u"="))
        return TargetOp::Equal;
    if (is(u">"))
        return TargetOp::Above;
    if (is(u"<"))
        return TargetOp::Below;
    // Spaces around it: as trimmed (rare; the usual symbol is compared above without a copy).
    const QString text = s.toString();
    const QString trimmed = text.trimmed();
    return trimmed.size() < text.size() && !trimmed.isEmpty() ? opFromSymbol(trimmed) : std::nullopt;
}

QString opDisplay(TargetOp op)
{
    switch (op) {
    case TargetOp::AtLeast: return QStringLiteral("≥");
    case TargetOp::AtMost: return QStringLiteral("≤");
    case TargetOp::Equal: return QStringLiteral("=");
    case TargetOp::Above: return QStringLiteral(">");
    case TargetOp::Below: return QStringLiteral("<");
    }
    return QString();
}

QString measureKey(TargetMeasure m)
{
    switch (m) {
    case TargetMeasure::ByUnit: return QString();
    case TargetMeasure::Level: return QStringLiteral("level");
    case TargetMeasure::Cumulative: return QStringLiteral("cumulative");
    case TargetMeasure::Steady: return QStringLiteral("steady");
    }
    return QString();
}

std::optional<TargetMeasure> measureFromKey(QAnyStringView key)
{
    for (TargetMeasure m : {TargetMeasure::ByUnit, TargetMeasure::Level, TargetMeasure::Cumulative, TargetMeasure::Steady})
        if (QAnyStringView::equal(key, measureKey(m)))
            return m;
    return std::nullopt;
}

QList<TargetStep> Target::steps() const
{
    QList<TargetStep> all = milestones;
    all.append({value, due});
    return all;
}

QList<Id> Task::departmentIds(DepartmentRole role) const
{
    QList<Id> ids;
    for (const Assignment &a : assignments)
        if (a.role == role)
            ids.append(a.departmentId);
    return ids;
}

bool Task::hasDepartment(Id department, DepartmentRole role) const
{
    return std::any_of(assignments.cbegin(), assignments.cend(),
                       [&](const Assignment &a) { return a.role == role && a.departmentId == department; });
}

int PlanData::targetCount() const
{
    int n = 0;
    for (const Task &t : tasks)
        n += t.targets.size();
    return n;
}

const Department *PlanData::department(Id id) const
{
    for (const Department &d : departments)
        if (d.id == id)
            return &d;
    return nullptr;
}

const Department *PlanData::departmentByName(const QString &name) const
{
    const QString n = name.trimmed();
    for (const Department &d : departments)
        if (d.name == n)
            return &d;
    return nullptr;
}

int PlanData::sectionDepth(Id sectionId) const
{
    int depth = 0;
    Id id = sectionId;
    while (id != 0 && depth < 10000) {
        ++depth;
        id = sections.value(id).parentId;
    }
    return depth;
}

int PlanData::sectionRow(Id sectionId) const
{
    const Id parent = sections.value(sectionId).parentId;
    return childSections.value(parent).indexOf(sectionId);
}

QList<Id> PlanData::sectionSubtree(Id sectionId) const
{
    QList<Id> out;
    QList<Id> stack{sectionId};
    while (!stack.isEmpty()) {
        const Id id = stack.takeLast();
        out.append(id);
        const QList<Id> kids = childSections.value(id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append(*it);
    }
    return out;
}

QList<Id> PlanData::sectionsInOrder() const
{
    QList<Id> out;
    for (Id top : childSections.value(0))
        out += sectionSubtree(top);
    return out;
}

QString baselineSourceKey(BaselineSource s)
{
    switch (s) {
    case BaselineSource::LastYearActual: return QStringLiteral("actual");
    case BaselineSource::LastYearTarget: return QStringLiteral("target");
    case BaselineSource::LastYearPeriod: return QStringLiteral("period");
    case BaselineSource::Given: break;
    }
    return QString(QLatin1String(""));
}

BaselineSource baselineSourceFromKey(QAnyStringView key)
{
    if (QAnyStringView::equal(key, QLatin1String("actual")))
        return BaselineSource::LastYearActual;
    if (QAnyStringView::equal(key, QLatin1String("target")))
        return BaselineSource::LastYearTarget;
    if (QAnyStringView::equal(key, QLatin1String("period")))
        return BaselineSource::LastYearPeriod;
    return BaselineSource::Given;
}

} // namespace ap
