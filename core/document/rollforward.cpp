#include "rollforward.h"

#include "plandocument.h"

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

void propose(QList<YearReplacement> *out, YearReplacement::Field field, Id id, const QString &text,
             const YearFinder &finder)
{
    if (!text.contains(finder.year))
        return;
    auto it = finder.re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const int from = qMax(0, int(m.capturedStart()) - 8);
        out->append({field, id, int(m.capturedStart()), text.mid(from, 20), true});
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

} // namespace

PlanData RollForward::build(const PlanData &last, const RollForwardOptions &options, QList<YearReplacement> *proposals)
{
    return build(last, CheckInLog(), options, proposals);
}

QString RollForward::carriedNote(int oldYear)
{
    return tr("Carried over (延续): not finished in %1").arg(oldYear);
}

PlanData RollForward::build(const PlanData &last, const CheckInLog &log, const RollForwardOptions &options,
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
    const QHash<Id, QList<const CheckIn *>> current = log.currentByTask();

    // Completed one-off tasks (a dated deliverable reported done) may be left out.
    if (options.dropCompletedOneOff) {
        QList<Id> drop;
        for (const Task &t : last.tasks) {
            const QList<const CheckIn *> c = current.value(t.id);
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
        const QList<const CheckIn *> c = current.value(t.id);
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
            // Last year's latest recorded actual is the baseline; without one, last year's target.
            std::optional<double> actual;
            for (auto it = c.crbegin(); it != c.crend() && !actual; ++it)
                if ((*it)->actuals.contains(target.id))
                    actual = (*it)->actuals.value(target.id);
            if (actual) {
                target.baseline = actual;
                target.baselineYear = oldYear;
                target.baselineSource = BaselineSource::LastYearActual;
                ++st.baselinesFromActual;
            } else if (target.value) {
                // Only what was aimed at, not a result: printed and checked as such.
                target.baseline = target.value;
                target.baselineYear = oldYear;
                target.baselineSource = BaselineSource::LastYearTarget;
                ++st.baselinesFromTarget;
            }
            if (!options.keepTargetValues)
                target.value.reset();
            target.due = moveYears(target.due, years);
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
                propose(proposals, YearReplacement::TaskNotes, tid, t.notes, oldYear);
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
    PlanData next = build(last->plan(), last->checkins(), options, &proposals, &stats);
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
              "one year. Baselines: %7 from last year's recorded actuals, %8 from last year's targets. %9 unfinished "
              "tasks marked 延续; %10 completed one-off tasks left out. %11 of %12 mentions of %2 replaced by %1.")
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
        .arg(proposals.size());
}

} // namespace ap
