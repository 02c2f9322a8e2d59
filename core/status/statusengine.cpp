#include "statusengine.h"

#include "domain/documentlanguage.h"

#include <cmath>

namespace ap {

QString warningKey(Warning w)
{
    switch (w) {
    case Warning::None: return QStringLiteral("none");
    case Warning::Blue: return QStringLiteral("blue");
    case Warning::Yellow: return QStringLiteral("yellow");
    case Warning::Red: return QStringLiteral("red");
    }
    return QString();
}

namespace {
const char *warningSource(Warning w)
{
    switch (w) {
    case Warning::None: return QT_TRANSLATE_NOOP("ap::StatusEngine", "On track");
    case Warning::Blue: return QT_TRANSLATE_NOOP("ap::StatusEngine", "Due soon");
    case Warning::Yellow: return QT_TRANSLATE_NOOP("ap::StatusEngine", "Behind");
    case Warning::Red: return QT_TRANSLATE_NOOP("ap::StatusEngine", "Overdue");
    }
    return "";
}
} // namespace

QString warningDisplay(Warning w)
{
    return QCoreApplication::translate("ap::StatusEngine", warningSource(w));
}

QString warningDocumentText(Warning w)
{
    return doclang::text("ap::StatusEngine", warningSource(w));
}

bool StatusEngine::isCumulative(const Target &t)
{
    const QString unit = t.unit.trimmed();
    if (unit.contains(QLatin1Char('%')) || unit.contains(QChar(0x2030)) || unit.contains(QStringLiteral("百分点"))
        || unit.startsWith(QLatin1Char('/')))
        return false;
    static const QStringList rateWords = {QStringLiteral("率"), QStringLiteral("比"), QStringLiteral("占比"),
                                          QStringLiteral("指数"), QStringLiteral("比例"), QStringLiteral("水平"),
                                          QStringLiteral("时间"), QStringLiteral("天数"), QStringLiteral("住院日")};
    const QString ind = t.indicator.trimmed();
    for (const QString &w : rateWords)
        if (ind.endsWith(w))
            return false;
    return true;
}

std::optional<bool> StatusEngine::isMet(const Target &t, double actual)
{
    if (!t.value)
        return std::nullopt;
    const double v = *t.value;
    constexpr double eps = 1e-9;
    switch (t.op) {
    case TargetOp::AtLeast: return actual >= v - eps;
    case TargetOp::AtMost: return actual <= v + eps;
    case TargetOp::Equal: return std::abs(actual - v) <= eps;
    case TargetOp::Above: return actual > v + eps;
    case TargetOp::Below: return actual < v - eps;
    }
    return std::nullopt;
}

double StatusEngine::expectedProgress(const Task &task, int planYear, const QDate &asOf)
{
    const QDate end = task.deadline.isValid() ? task.deadline : QDate(planYear, 12, 31);
    QDate start = task.start.isValid() ? task.start : QDate(planYear, 1, 1);
    if (!end.isValid() || !asOf.isValid())
        return 0;
    if (!start.isValid() || start > end)
        start = end.addYears(-1).addDays(1);   // a deadline before the plan year: a year's run-up
    if (asOf < start)
        return 0;
    if (asOf >= end)
        return 100;
    const double total = double(start.daysTo(end)) + 1;
    return std::clamp(100.0 * double(start.daysTo(asOf) + 1) / total, 0.0, 100.0);
}

TaskResult StatusEngine::evaluate(const PlanInfo &info, const Task &task, const QList<const CheckIn *> &current,
                                  const QDate &asOf)
{
    TaskResult r;
    r.taskId = task.id;
    // Reports dated after asOf are not known yet on that day.
    QList<const CheckIn *> known;
    for (const CheckIn *c : current) {
        // A period's report speaks for the period: one taken in after the period ended is
        // known from the period's last day; one entered during it, from its report date.
        const QDate reported = c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
        if (reported.isValid() && reported <= asOf) {
            known.append(c);   // the common case, without reading the period
            continue;
        }
        QDate last;
        if (period::parse(c->period, nullptr, &last) && last <= asOf)
            known.append(c);
    }
    r.latest = known.isEmpty() ? nullptr : known.last();
    if (r.latest) {
        r.status = r.latest->status;
        r.actual = r.latest->percent;
        if (!r.actual && r.status == TaskStatus::Done)
            r.actual = 100;
    }
    r.expected = expectedProgress(task, info.year, asOf);
    if (task.deadline.isValid())
        r.daysLeft = int(asOf.daysTo(task.deadline));

    for (const Target &t : task.targets) {
        TargetResult tr;
        tr.targetId = t.id;
        tr.cumulative = isCumulative(t);
        for (auto it = known.crbegin(); it != known.crend(); ++it)
            if ((*it)->actuals.contains(t.id)) {
                tr.actual = (*it)->actuals.value(t.id);
                break;
            }
        if (tr.actual)
            tr.met = isMet(t, *tr.actual);
        if (tr.cumulative && t.value)
            tr.expected = *t.value * r.expected / 100.0;
        r.targets.append(tr);
    }

    if (r.status == TaskStatus::Done || r.status == TaskStatus::Cancelled) {
        r.warning = Warning::None;
    } else if (r.daysLeft && *r.daysLeft < 0) {
        r.warning = Warning::Red;
    } else if (r.actual.value_or(0) < r.expected - info.behindPoints || r.status == TaskStatus::Behind) {
        r.warning = Warning::Yellow;
    } else if (r.daysLeft && *r.daysLeft <= info.warnDays) {
        r.warning = Warning::Blue;
    }
    return r;
}

QList<TaskResult> StatusEngine::evaluateAll(const PlanData &plan, const CheckInLog &log, const QDate &asOf)
{
    const QHash<Id, QList<const CheckIn *>> current = log.currentByTask();
    QList<TaskResult> out;
    out.reserve(plan.tasks.size());
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid))
            out.append(evaluate(plan.info, *plan.tasks.constFind(tid), current.value(tid), asOf));
    return out;
}

} // namespace ap
