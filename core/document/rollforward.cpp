#include "rollforward.h"

#include "plandocument.h"

#include "domain/targettext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QRegularExpression>

namespace ap {

QDate RollForward::nextYear(const QDate &d)
{
    return moveYears(d, 1);
}

QDate RollForward::moveYears(const QDate &d, int years)
{
    if (!d.isValid())
        return d;
    const QDate moved = d.addYears(years);
    if (d.day() == d.daysInMonth())
        return QDate(moved.year(), moved.month(), moved.daysInMonth());
    return moved;
}

namespace {

// Finds "2025年" as a year of the plan: not preceded by another digit. Compiled once per
// roll forward, not once per text: a 10,000-task plan has 30,000 texts.
struct YearFinder
{
    explicit YearFinder(int oldYear)
        : year(QString::number(oldYear))
        , re(QStringLiteral("(?<!\\d)%1(?=年)").arg(oldYear))
    {
    }
    QString year;
    QRegularExpression re;
};

// Every mention of the old year in text from position `from` on (a carried-over note before it
// names last year on purpose and is left out).
void propose(QList<YearReplacement> *out, YearReplacement::Field field, Id id, const QString &text,
             const YearFinder &finder, int from = 0)
{
    if (!text.contains(finder.year))
        return;
    auto it = finder.re.globalMatch(text, from);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = qMax(0, int(m.capturedStart()) - 8);
        out->append({field, id, int(m.capturedStart()), text.mid(start, 20), true});
    }
}

QString replaceAt(QString text, const QList<int> &positions, int oldYear, int newYear)
{
    QList<int> sorted = positions;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    const QString from = QString::number(oldYear), to = QString::number(newYear);
    for (int p : sorted)
        if (text.mid(p, from.size()) == from)
            text.replace(p, from.size(), to);
    return text;
}

// The latest figure of a target in reports (latest first), and the period or day it is from;
// final: only a report marked year-end.
std::optional<double> figureOf(const QList<const ProgressReport *> &reports, Id target, bool final, QString *from)
{
    for (auto it = reports.crbegin(); it != reports.crend(); ++it)
        if ((!final || (*it)->yearEnd) && (*it)->actuals.contains(target)) {
            if (from)
                *from = !(*it)->period.isEmpty() ? (*it)->period
                      : (*it)->reportDate.isValid() ? (*it)->reportDate.toString(Qt::ISODate)
                                                   : (*it)->enteredAt.date().toString(Qt::ISODate);
            return (*it)->actuals.value(target);
        }
    return std::nullopt;
}

// A target's baseline from last year: its final value; else, reported in periods only, what
// the clerk chose (the latest figure with its period named by default); else last year's target.
void setBaseline(Target &target, const QList<const ProgressReport *> &reports, int oldYear, const RollForwardOptions &options,
                 RollForwardStats &st)
{
    target.baselinePeriod.clear();
    target.baselineYear = oldYear;
    if (const std::optional<double> final = figureOf(reports, target.id, true, nullptr)) {
        target.baseline = final;
        target.baselineSource = BaselineSource::LastYearActual;
        ++st.baselinesFromActual;
        return;
    }
    QString period;
    const std::optional<double> figure = figureOf(reports, target.id, false, &period);
    const BaselineChoice choice = options.baselineChoices.value(target.id, BaselineChoice::PeriodFigure);
    if (figure && choice == BaselineChoice::PeriodFigure) {
        target.baseline = figure;
        target.baselineSource = BaselineSource::LastYearPeriod;
        target.baselinePeriod = period;
        ++st.baselinesFromPeriod;
    } else if (target.value && (!figure || choice == BaselineChoice::LastYearTarget)) {
        // Only what was aimed at, not a result: printed and checked as such.
        target.baseline = target.value;
        target.baselineSource = BaselineSource::LastYearTarget;
        ++st.baselinesFromTarget;
    } else {
        target.baseline.reset();
        target.baselineYear.reset();
        target.baselineSource = BaselineSource::Given;
        st.baselinesLeftOut += figure ? 1 : 0;
    }
}

} // namespace

QString baselineChoiceKey(BaselineChoice c)
{
    switch (c) {
    case BaselineChoice::PeriodFigure: return QStringLiteral("period");
    case BaselineChoice::LastYearTarget: return QStringLiteral("target");
    case BaselineChoice::NoBaseline: return QStringLiteral("none");
    }
    return QString();
}

std::optional<BaselineChoice> baselineChoiceFromKey(const QString &key)
{
    for (BaselineChoice c : {BaselineChoice::PeriodFigure, BaselineChoice::LastYearTarget, BaselineChoice::NoBaseline})
        if (key == baselineChoiceKey(c))
            return c;
    return std::nullopt;
}

QList<BaselineReview> RollForward::review(const PlanData &last, const ReportLog &log, const RollForwardOptions &options)
{
    QList<BaselineReview> out;
    const QHash<Id, QList<const ProgressReport *>> current = log.currentByTask();
    for (Id sid : last.sectionsInOrder())
        for (Id tid : last.sectionTasks.value(sid)) {
            const Task &task = *last.tasks.constFind(tid);
            const QList<const ProgressReport *> reports = current.value(tid);
            for (const Target &target : task.targets) {
                BaselineReview r;
                const std::optional<double> figure = figureOf(reports, target.id, false, &r.period);
                if (!figure || figureOf(reports, target.id, true, nullptr))
                    continue;
                r.taskId = tid;
                r.targetId = target.id;
                r.task = task.title;
                r.indicator = target.indicator;
                r.unit = target.unit;
                r.figure = *figure;
                r.lastTarget = target.value;
                r.choice = options.baselineChoices.value(target.id, BaselineChoice::PeriodFigure);
                out.append(r);
            }
        }
    return out;
}

QString RollForward::choiceWords(const BaselineReview &r, BaselineChoice choice, int oldYear)
{
    switch (choice) {
    case BaselineChoice::PeriodFigure:
        return QStringLiteral("（%1为%2）").arg(periodBaselineWords(r.period), formatNumber(r.figure) + r.unit);
    case BaselineChoice::LastYearTarget:
        return r.lastTarget ? QStringLiteral("（%1年目标为%2）").arg(oldYear).arg(formatNumber(*r.lastTarget) + r.unit) : QString();
    case BaselineChoice::NoBaseline: break;
    }
    return QString();
}

QByteArray RollForward::reviewJson(const QList<BaselineReview> &reviews, int oldYear)
{
    QJsonArray out;
    for (const BaselineReview &r : reviews) {
        QJsonObject words;
        for (BaselineChoice c : {BaselineChoice::PeriodFigure, BaselineChoice::LastYearTarget, BaselineChoice::NoBaseline})
            words.insert(baselineChoiceKey(c), choiceWords(r, c, oldYear));
        out.append(QJsonObject{{QStringLiteral("target_id"), r.targetId},
                               {QStringLiteral("task"), r.task},
                               {QStringLiteral("indicator"), r.indicator},
                               {QStringLiteral("figure"), r.figure},
                               {QStringLiteral("unit"), r.unit},
                               {QStringLiteral("period"), r.period},
                               {QStringLiteral("last_target"), r.lastTarget ? QJsonValue(*r.lastTarget) : QJsonValue()},
                               {QStringLiteral("printed"), words},
                               {QStringLiteral("choice"), baselineChoiceKey(r.choice)}});
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

bool RollForward::readChoices(const QByteArray &json, QHash<Id, BaselineChoice> *choices, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (!doc.isArray()) {
        if (error)
            *error = tr("The choices are not the JSON list rollforward --review prints: %1").arg(parse.errorString());
        return false;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const std::optional<BaselineChoice> c = baselineChoiceFromKey(o.value(QStringLiteral("choice")).toString());
        if (!o.value(QStringLiteral("target_id")).isDouble() || !c) {
            if (error)
                *error = tr("Each choice names a target_id and a choice of period, target or none; “%1” does not.")
                             .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            return false;
        }
        choices->insert(Id(o.value(QStringLiteral("target_id")).toInteger()), *c);
    }
    return true;
}

PlanData RollForward::build(const PlanData &last, const RollForwardOptions &options, QList<YearReplacement> *proposals)
{
    return build(last, ReportLog(), options, proposals);
}

QString RollForward::carriedNote(int oldYear)
{
    return tr("Carried over (延续): not finished in %1").arg(oldYear);
}

PlanData RollForward::build(const PlanData &last, const ReportLog &log, const RollForwardOptions &options,
                            QList<YearReplacement> *proposals, RollForwardStats *stats)
{
    RollForwardStats st;
    PlanData next = last;
    const int oldYear = last.info.year;
    next.info.year = options.year > 0 ? options.year : oldYear + 1;
    // Dates move by as many years as the plan does (a plan two years on gets dates two years on).
    const int years = next.info.year - oldYear;
    next.info.documentDate = QDate();
    // The notice's senders and receivers stay; its number, date and words were last year's.
    next.info.notice.number.clear();
    next.info.notice.text.clear();
    next.info.notice.printDate = QDate();
    // The assessment's scheme and the tasks' points carry on; its publication was last year's.
    next.assessment.published = false;
    const QHash<Id, QList<const ProgressReport *>> current = log.currentByTask();

    // Completed one-off tasks (a dated deliverable reported done) may be left out.
    if (options.dropCompletedOneOff) {
        QList<Id> drop;
        for (const Task &t : last.tasks) {
            const QList<const ProgressReport *> c = current.value(t.id);
            if (t.deadline.isValid() && !c.isEmpty() && c.last()->status == TaskStatus::Done)
                drop.append(t.id);
        }
        for (Id id : drop) {
            const Id section = next.taskSection.take(id);
            next.sectionTasks[section].removeOne(id);
            next.tasks.remove(id);
        }
        st.dropped = int(drop.size());
    }

    for (Task &t : next.tasks) {
        const QList<const ProgressReport *> c = current.value(t.id);
        const bool finished = !c.isEmpty()
            && (c.last()->status == TaskStatus::Done || c.last()->status == TaskStatus::Cancelled);
        if (options.markUnfinished && !c.isEmpty() && !finished) {
            const QString note = carriedNote(oldYear);
            t.notes = t.notes.isEmpty() ? note : note + QLatin1Char('\n') + t.notes;
            ++st.carried;
        }
        t.start = moveYears(t.start, years);
        t.deadline = moveYears(t.deadline, years);
        for (Target &target : t.targets) {
            setBaseline(target, c, oldYear, options, st);
            if (!options.keepTargetValues) {
                target.value.reset();
                for (TargetStep &step : target.milestones)
                    step.value.reset();
            }
            target.due = moveYears(target.due, years);
            for (TargetStep &step : target.milestones)
                step.due = moveYears(step.due, years);
            target.id = 0;
        }
    }
    if (stats)
        *stats = st;
    if (proposals) {
        proposals->clear();
        const YearFinder oldYear(last.info.year);
        propose(proposals, YearReplacement::PlanTitle, 0, next.info.title, oldYear);
        for (Id sid : next.sectionsInOrder())
            propose(proposals, YearReplacement::SectionTitle, sid, next.sections.value(sid).title, oldYear);
        for (Id sid : next.sectionsInOrder())
            for (Id tid : next.sectionTasks.value(sid)) {
                const Task &t = *next.tasks.constFind(tid);
                propose(proposals, YearReplacement::TaskTitle, tid, t.title, oldYear);
                propose(proposals, YearReplacement::TaskDescription, tid, t.description, oldYear);
                const QString carried = carriedNote(last.info.year);
                propose(proposals, YearReplacement::TaskNotes, tid, t.notes, oldYear,
                        t.notes.startsWith(carried) ? int(carried.size()) : 0);
            }
    }
    return next;
}

void RollForward::applyReplacements(PlanData *plan, int oldYear, const QList<YearReplacement> &replacements)
{
    QHash<QPair<int, Id>, QList<int>> byField;
    for (const YearReplacement &r : replacements)
        if (r.accepted)
            byField[{int(r.field), r.id}].append(r.position);
    const int newYear = plan->info.year;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const auto field = YearReplacement::Field(it.key().first);
        const Id id = it.key().second;
        switch (field) {
        case YearReplacement::PlanTitle:
            plan->info.title = replaceAt(plan->info.title, *it, oldYear, newYear);
            break;
        case YearReplacement::SectionTitle:
            plan->sections[id].title = replaceAt(plan->sections[id].title, *it, oldYear, newYear);
            break;
        case YearReplacement::TaskTitle:
            plan->tasks[id].title = replaceAt(plan->tasks[id].title, *it, oldYear, newYear);
            break;
        case YearReplacement::TaskDescription:
            plan->tasks[id].description = replaceAt(plan->tasks[id].description, *it, oldYear, newYear);
            break;
        case YearReplacement::TaskNotes:
            plan->tasks[id].notes = replaceAt(plan->tasks[id].notes, *it, oldYear, newYear);
            break;
        }
    }
}

bool RollForward::run(const PlanLocation &lastPlan, const QString &newPath, const RollForwardOptions &options,
                      bool acceptReplacements, QString *summaryText, QString *error)
{
    auto last = PlanDocument::open(lastPlan, PlanDocument::Mode::ReadOnly, error);
    if (!last)
        return false;
    if (options.year != 0 && options.year <= last->plan().info.year) {
        if (error)
            *error = tr("The new plan's year must come after %1, the year of the plan it starts from.")
                         .arg(last->plan().info.year);
        return false;
    }
    QList<YearReplacement> proposals;
    RollForwardStats stats;
    PlanData next = build(last->plan(), last->reports(), options, &proposals, &stats);
    if (!acceptReplacements)
        for (YearReplacement &r : proposals)
            r.accepted = false;
    applyReplacements(&next, last->plan().info.year, proposals);
    if (!PlanDocument::create(newPath, next, error))
        return false;
    if (summaryText)
        *summaryText = summary(next, last->plan().info.year, stats, proposals);
    return true;
}

QString RollForward::summary(const PlanData &next, int oldYear, const RollForwardStats &stats,
                             const QList<YearReplacement> &proposals)
{
    int targets = 0;
    for (const Task &t : next.tasks)
        targets += int(t.targets.size());
    int accepted = 0;
    for (const YearReplacement &r : proposals)
        accepted += r.accepted ? 1 : 0;
    return tr("%1 plan started from the %2 plan: %3 sections, %4 tasks, %5 targets, %6 departments; dates moved on "
              "one year. Baselines: %7 from last year's final values, %8 from last year's targets, %13 from a period's "
              "figure with the period named, %14 left out. %9 unfinished tasks marked 延续; %10 completed one-off tasks "
              "left out. %11 of %12 mentions of %2 replaced by %1.")
        .arg(next.info.year)
        .arg(oldYear)
        .arg(next.sections.size())
        .arg(next.tasks.size())
        .arg(targets)
        .arg(next.departments.size())
        .arg(stats.baselinesFromActual)
        .arg(stats.baselinesFromTarget)
        .arg(stats.carried)
        .arg(stats.dropped)
        .arg(accepted)
        .arg(proposals.size())
        .arg(stats.baselinesFromPeriod)
        .arg(stats.baselinesLeftOut);
}

} // namespace ap
