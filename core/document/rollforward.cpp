#include "rollforward.h"

#include "plandocument.h"

#include <QRegularExpression>

namespace ap {

QDate RollForward::nextYear(const QDate &d)
{
    if (!d.isValid())
        return d;
    const QDate moved = d.addYears(1);
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
    PlanData next = last;
    const int oldYear = last.info.year;
    next.info.year = options.year > 0 ? options.year : oldYear + 1;
    next.info.documentDate = QDate();
    for (Task &t : next.tasks) {
        t.start = nextYear(t.start);
        t.deadline = nextYear(t.deadline);
        for (Target &target : t.targets) {
            // Last year's target becomes this year's baseline (its recorded actual, once
            // progress check-ins exist, will take precedence).
            if (target.value) {
                target.baseline = target.value;
                target.baselineYear = oldYear;
            }
            if (!options.keepTargetValues)
                target.value.reset();
            target.due = nextYear(target.due);
            target.id = 0;
        }
    }
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

bool RollForward::run(const QString &lastPath, const QString &newPath, const RollForwardOptions &options,
                      bool acceptReplacements, QString *summary, QString *error)
{
    auto last = PlanDocument::open(lastPath, PlanStore::Mode::ReadOnly, error);
    if (!last)
        return false;
    QList<YearReplacement> proposals;
    PlanData next = build(last->plan(), options, &proposals);
    if (!acceptReplacements)
        for (YearReplacement &r : proposals)
            r.accepted = false;
    applyReplacements(&next, last->plan().info.year, proposals);
    if (!PlanStore::create(newPath, next.info, error, nullptr, &next))
        return false;
    if (summary) {
        int targets = 0, baselines = 0;
        for (const Task &t : next.tasks)
            for (const Target &target : t.targets) {
                ++targets;
                baselines += target.baselineYear == last->plan().info.year ? 1 : 0;
            }
        int accepted = 0;
        for (const YearReplacement &r : proposals)
            accepted += r.accepted ? 1 : 0;
        *summary = tr("%1 plan started from the %2 plan: %3 sections, %4 tasks, %5 targets (%6 with last year as "
                      "baseline), %7 departments; dates moved on one year; %8 of %9 mentions of %2 replaced by %1.")
                       .arg(next.info.year)
                       .arg(last->plan().info.year)
                       .arg(next.sections.size())
                       .arg(next.tasks.size())
                       .arg(targets)
                       .arg(baselines)
                       .arg(next.departments.size())
                       .arg(accepted)
                       .arg(proposals.size());
    }
    return true;
}

} // namespace ap
