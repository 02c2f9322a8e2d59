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
    case Warning::Unreported: return QStringLiteral("unreported");
    case Warning::DoneUnmet: return QStringLiteral("done_unmet");
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
    case Warning::Unreported: return QT_TRANSLATE_NOOP("ap::StatusEngine", "Not reported");
    case Warning::DoneUnmet: return QT_TRANSLATE_NOOP("ap::StatusEngine", "Done, target not met");
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
    // Views, not copies: asked of every target at every evaluation of the plan.
    const QStringView unit = QStringView(t.unit).trimmed();
    if (unit.contains(QLatin1Char('%')) || unit.contains(QChar(0x2030)) || unit.contains(u"百分点")
        || unit.startsWith(QLatin1Char('/')))
        return false;
    static constexpr QStringView rateWords[] = {u"率", u"比", u"占比", u"指数", u"比例", u"水平", u"时间", u"天数", u"住院日"};
    const QStringView ind = QStringView(t.indicator).trimmed();
    if (ind.isEmpty() || !QStringView(u"率比数例平间日").contains(ind.back()))   // the words' last characters
        return true;
    for (const QStringView w : rateWords)
        if (ind.endsWith(w))
            return false;
    return true;
}

TargetMeasure StatusEngine::measureOf(const Target &t)
{
    if (t.measure != TargetMeasure::ByUnit)
        return t.measure;
    if (!isCumulative(t))
        return TargetMeasure::Level;
    return t.hasSteps() ? TargetMeasure::Cumulative : TargetMeasure::Steady;
}

std::optional<bool> StatusEngine::meets(const Target &t, const std::optional<double> &value, double actual)
{
    if (!value)
        return std::nullopt;
    const double v = *value;
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

std::optional<bool> StatusEngine::isMet(const Target &t, double actual)
{
    return meets(t, t.value, actual);
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

QDate StatusEngine::yearValueDue(const Target &t, const Task &task, int planYear)
{
    if (t.due.isValid())
        return t.due;
    return task.deadline.isValid() ? task.deadline : QDate(planYear, 12, 31);
}

std::optional<TargetStep> StatusEngine::stepFor(const Target &t, const Task &task, int planYear, const QDate &periodEnd)
{
    std::optional<TargetStep> due;
    for (const TargetStep &step : t.steps()) {
        const QDate date = step.due.isValid() ? step.due : yearValueDue(t, task, planYear);
        if (!due || date <= periodEnd)
            due = TargetStep{step.value, date};
        if (date >= periodEnd)
            break;
    }
    if (!due || !due->value)
        return std::nullopt;
    return due;
}

QString StatusEngine::periodDue(const PlanInfo &info, const QDate &asOf)
{
    if (!asOf.isValid() || info.year <= 0)
        return QString();
    // A period is due from its last day on: the 通报 as of a quarter's last day judges that quarter.
    QDate first;
    if (!period::parse(period::of(asOf.addDays(1), info.cadence), &first, nullptr))
        return QString();
    QDate lastEnded = first.addDays(-1);
    const QDate yearEnd(info.year, 12, 31);
    if (lastEnded > yearEnd)
        lastEnded = yearEnd;   // after the year: its last period
    if (lastEnded.year() < info.year)
        return QString();
    return period::of(lastEnded, info.cadence);
}

namespace {

// Reports dated after asOf are not known yet on that day. A period's report speaks for the
// period: one taken in after the period ended is known from the period's last day; one entered
// during it, from its report date.
QList<const ProgressReport *> knownOn(const QList<const ProgressReport *> &current, const QDate &asOf)
{
    QList<const ProgressReport *> known;
    for (const ProgressReport *c : current) {
        const QDate reported = c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
        if (reported.isValid() && reported <= asOf) {
            known.append(c);   // the common case, without reading the period
            continue;
        }
        QDate last;
        if (period::parse(c->period, nullptr, &last) && last <= asOf)
            known.append(c);
    }
    return known;
}

// Whether a known report speaks for the period due: one for that period, the year's final
// report, or one without a period dated from the period's start on.
bool reportsFor(const QList<const ProgressReport *> &known, const QString &periodDue, const QDate &first)
{
    if (!first.isValid())
        return true;
    for (const ProgressReport *c : known) {
        if (c->period == periodDue || c->yearEnd)
            return true;
        const QDate reported = c->reportDate.isValid() ? c->reportDate : c->enteredAt.date();
        if (c->period.isEmpty() && reported >= first)
            return true;
    }
    return false;
}

// A steady count's expected figure on asOf: on the line from nothing at the task's start
// through each step at its date.
std::optional<double> steadyLine(const QList<TargetStep> &steps, const QList<QDate> &dues, const QDate &start,
                                 const QDate &asOf)
{
    QDate fromDate = start;
    double fromValue = 0;
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).value)
            return std::nullopt;
        const QDate to = dues.at(i);
        if (asOf < to) {
            if (asOf < fromDate)
                return fromValue;
            const double span = double(fromDate.daysTo(to)) + 1;
            const double share = span > 0 ? double(fromDate.daysTo(asOf) + 1) / span : 1;
            return fromValue + (*steps.at(i).value - fromValue) * std::clamp(share, 0.0, 1.0);
        }
        fromDate = to.addDays(1);
        fromValue = *steps.at(i).value;
    }
    return fromValue;
}

} // namespace

TargetResult StatusEngine::evaluateTarget(const PlanInfo &info, const Task &task, const Target &t,
                                          const QList<const ProgressReport *> &known, const QDate &asOf)
{
    TargetResult tr;
    tr.targetId = t.id;
    tr.measure = measureOf(t);
    for (auto it = known.crbegin(); it != known.crend(); ++it)
        if ((*it)->actuals.contains(t.id)) {
            tr.actual = (*it)->actuals.value(t.id);
            tr.actualPeriod = (*it)->period;
            tr.yearEnd = (*it)->yearEnd;
            break;
        }
    if (tr.actual)
        tr.met = isMet(t, *tr.actual);

    const QList<TargetStep> steps = t.steps();
    QList<QDate> dues;
    for (const TargetStep &step : steps)
        dues << (step.due.isValid() ? step.due : yearValueDue(t, task, info.year));
    for (int i = 0; i < steps.size(); ++i)
        if (dues.at(i) <= asOf)
            tr.stepDue = TargetStep{steps.at(i).value, dues.at(i)};
    if (tr.stepDue && tr.actual)
        tr.stepMet = meets(t, tr.stepDue->value, *tr.actual);
    tr.overdue = tr.stepMet == false;

    if (tr.measure == TargetMeasure::Steady) {
        const QDate start = task.start.isValid() ? task.start : QDate(info.year, 1, 1);
        tr.expected = steadyLine(steps, dues, start, asOf);
        if (tr.expected && tr.actual && !tr.overdue)
            tr.behind = meets(t, tr.expected, *tr.actual) == false;
    } else if (tr.stepDue) {
        tr.expected = tr.stepDue->value;
    }
    return tr;
}

StatusEngine::Day StatusEngine::day(const PlanInfo &info, const QDate &asOf)
{
    Day d;
    d.asOf = asOf;
    d.periodDue = periodDue(info, asOf);
    period::parse(d.periodDue, &d.dueFirst, &d.dueLast);
    return d;
}

TaskResult StatusEngine::evaluate(const PlanInfo &info, const Task &task, const QList<const ProgressReport *> &current,
                                  const QDate &asOf)
{
    return evaluate(info, task, current, day(info, asOf));
}

TaskResult StatusEngine::evaluate(const PlanInfo &info, const Task &task, const QList<const ProgressReport *> &current,
                                  const Day &day)
{
    const QDate &asOf = day.asOf;
    TaskResult r;
    r.taskId = task.id;
    const QList<const ProgressReport *> known = knownOn(current, asOf);
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
    r.periodDue = day.periodDue;
    // A task that starts after the period due owes it no report.
    const bool owesReport = day.dueLast.isValid() && (!task.start.isValid() || task.start <= day.dueLast);
    r.reportedForPeriodDue = reportsFor(known, r.periodDue, day.dueFirst);

    bool overdue = false, behind = false, unmet = false;
    for (const Target &t : task.targets) {
        const TargetResult tr = evaluateTarget(info, task, t, known, asOf);
        overdue = overdue || tr.overdue;
        behind = behind || tr.behind;
        unmet = unmet || tr.met == false;
        r.targets.append(tr);
    }

    if (r.status == TaskStatus::Cancelled) {
        r.warning = Warning::None;
    } else if (r.status == TaskStatus::Done) {
        r.warning = unmet ? Warning::DoneUnmet : Warning::None;
    } else if (owesReport && !r.reportedForPeriodDue) {
        r.warning = Warning::Unreported;
    } else if ((r.daysLeft && *r.daysLeft < 0) || overdue) {
        r.warning = Warning::Red;
    } else if (r.actual.value_or(0) < r.expected - info.behindPoints || r.status == TaskStatus::Behind || behind) {
        r.warning = Warning::Yellow;
    } else if (r.daysLeft && *r.daysLeft <= info.warnDays) {
        r.warning = Warning::Blue;
    }
    return r;
}

QList<TaskResult> StatusEngine::evaluateAll(const PlanData &plan, const ReportLog &log, const QDate &asOf)
{
    const QHash<Id, QList<const ProgressReport *>> current = log.currentByTask();
    const Day when = day(plan.info, asOf);   // the period due, worked out once for every task
    QList<TaskResult> out;
    out.reserve(plan.tasks.size());
    for (Id sid : plan.sectionsInOrder())
        for (Id tid : plan.sectionTasks.value(sid))
            out.append(evaluate(plan.info, *plan.tasks.constFind(tid), current.value(tid), when));
    return out;
}

} // namespace ap
