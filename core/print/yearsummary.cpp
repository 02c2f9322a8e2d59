#include "yearsummary.h"

#include "documentpainter.h"
#include "docxwriter.h"
#include "domain/documentlanguage.h"
#include "domain/numbering.h"
#include "domain/targettext.h"
#include "pdfoutput.h"
#include "planprinter.h"

namespace ap {

namespace {

QString share(int part, int whole)
{
    return whole > 0 ? formatNumber(std::round(part * 1000.0 / whole) / 10) + QLatin1Char('%') : QStringLiteral("0%");
}

QString sentence(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral("。；;，,.").contains(s.back()))
        s.chop(1);
    return s.isEmpty() ? s : s + QStringLiteral("。");
}

} // namespace

YearSummary::YearSummary(const PlanDocument &doc, const QDate &issued, const PrintFonts &fonts)
    : m_doc(doc)
    , m_issued(issued.isValid() ? issued : QDate::currentDate())
    , m_fonts(fonts)
    , m_asOf(QDate(doc.plan().info.year, 12, 31))
    , m_measured(doc.planInForce(m_asOf))
    , m_results(StatusEngine::evaluateAll(*m_measured, doc.reports(), m_asOf))
{
    for (int i = 0; i < m_results.size(); ++i)
        m_byTask.insert(m_results.at(i).taskId, i);
}

QString YearSummary::text(const char *source)
{
    return doclang::text("ap::YearSummary", source);
}

const TaskResult *YearSummary::resultOf(Id task) const
{
    const auto it = m_byTask.constFind(task);
    return it == m_byTask.cend() ? nullptr : &m_results.at(*it);
}

bool YearSummary::done(const TaskResult &r) const
{
    return r.latest && r.latest->status == TaskStatus::Done;
}

QString YearSummary::title() const
{
    QString t = m_measured->info.title.trimmed();
    for (const QString &plan : {QStringLiteral("工作计划"), QStringLiteral("工作要点"), QStringLiteral("计划"), QStringLiteral("要点")})
        if (t.endsWith(plan)) {
            t.chop(plan.size());
            return t + (plan.startsWith(QStringLiteral("工作")) ? QStringLiteral("工作总结") : QStringLiteral("总结"));
        }
    return text(QT_TR_NOOP("%1: work summary")).arg(t);
}

QString YearSummary::countsText() const
{
    // At the year's end a task is done, not done, cancelled, or was never reported on: "behind" and
    // "overdue" say the same of every unfinished task by then.
    int doneCount = 0, notDone = 0, unreported = 0, cancelled = 0;
    int targets = 0, met = 0, unmet = 0, missing = 0;
    for (const TaskResult &r : m_results) {
        if (!r.latest)
            ++unreported;
        else if (r.latest->status == TaskStatus::Done)
            ++doneCount;
        else if (r.latest->status == TaskStatus::Cancelled)
            ++cancelled;
        else
            ++notDone;
        for (const TargetResult &t : r.targets) {
            ++targets;
            if (!t.actual)
                ++missing;
            else if (t.met)   // (a figure without a value to meet is neither)
                ++(*t.met ? met : unmet);
        }
    }
    const int tasks = int(m_results.size());
    QString out = text(QT_TR_NOOP("The plan set %1 tasks with %2 quantified targets. By %3, %4 tasks were done (%5) and %6 "
                                  "were not"))
                      .arg(tasks)
                      .arg(targets)
                      .arg(PlanPrinter::yearMonthDay(m_asOf))
                      .arg(doneCount)
                      .arg(share(doneCount, tasks))
                      .arg(notDone);
    if (cancelled > 0)
        out += text(QT_TR_NOOP(", %1 were cancelled")).arg(cancelled);
    if (unreported > 0)
        out += text(QT_TR_NOOP(", %1 had no report")).arg(unreported);
    out += text(QT_TR_NOOP(". Of the targets, %1 were met (%2) and %3 were not")).arg(met).arg(share(met, targets)).arg(unmet);
    if (missing > 0)
        out += text(QT_TR_NOOP("; %1 have no figure yet")).arg(missing);
    return out + QStringLiteral("。");
}

QString YearSummary::targetText(const Task &task, const TargetResult &r) const
{
    const Target *target = nullptr;
    for (const Target &t : task.targets)
        if (t.id == r.targetId)
            target = &t;
    if (!target)
        return QString();
    const QString name = target->indicator.trimmed();
    const QString unit = target->unit.trimmed();
    if (!r.actual)
        return text(QT_TR_NOOP("%1 has no figure yet")).arg(name);
    const QString actual = formatNumber(*r.actual) + unit;
    QString when;
    if (!r.yearEnd && !r.actualPeriod.isEmpty())
        when = text(QT_TR_NOOP(" (figure of %1)")).arg(period::documentText(r.actualPeriod));
    if (!target->value)
        return text(QT_TR_NOOP("%1 reached %2%3")).arg(name, actual, when);
    const QString goal = formatNumber(*target->value) + unit;
    const bool met = r.met.value_or(false);
    const bool atMost = target->op == TargetOp::AtMost || target->op == TargetOp::Below;
    if (met && atMost)
        return text(QT_TR_NOOP("%1 was %2%3, within the target of %4")).arg(name, actual, when, goal);
    if (met && std::abs(*r.actual - *target->value) > 1e-9 && target->op != TargetOp::Equal)
        return text(QT_TR_NOOP("%1 reached %2%3, beyond the target of %4")).arg(name, actual, when, goal);
    if (met)
        return text(QT_TR_NOOP("%1 reached %2%3, meeting the target of %4")).arg(name, actual, when, goal);
    return atMost ? text(QT_TR_NOOP("%1 was %2%3, above the target of %4")).arg(name, actual, when, goal)
                  : text(QT_TR_NOOP("%1 was %2%3, short of the target of %4")).arg(name, actual, when, goal);
}

QStringList YearSummary::achievements(Id topSection) const
{
    const PlanData &plan = *m_measured;
    QStringList out;
    for (Id sid : plan.sectionSubtree(topSection))
        for (Id tid : plan.sectionTasks.value(sid)) {
            const TaskResult *r = resultOf(tid);
            const Task &task = *plan.tasks.constFind(tid);
            if (!r)
                continue;
            QStringList reached;
            for (const TargetResult &t : r->targets)
                if (t.actual && t.met.value_or(true))   // met, or a figure without a value to meet
                    reached << targetText(task, t);
            if (!reached.isEmpty())
                out << sentence(task.title.trimmed() + QStringLiteral("，") + reached.join(QStringLiteral("；")));
            else if (done(*r))
                out << (r->latest->progress.trimmed().isEmpty()
                            ? sentence(text(QT_TR_NOOP("%1: done")).arg(task.title.trimmed()))
                            : sentence(task.title.trimmed() + QStringLiteral("：") + r->latest->progress.trimmed()));
        }
    return out;
}

QStringList YearSummary::problems() const
{
    const PlanData &plan = *m_measured;
    QStringList out;
    for (const TaskResult &r : m_results) {
        const Task &task = *plan.tasks.constFind(r.taskId);
        if (r.latest && r.latest->status == TaskStatus::Cancelled)
            continue;
        QStringList missed;
        for (const TargetResult &t : r.targets)
            if (!t.met.value_or(true) || !t.actual)
                missed << targetText(task, t);
        if (done(r) && missed.isEmpty())
            continue;
        QString line = task.title.trimmed();
        if (!done(r))
            line += r.latest ? (r.latest->percent ? text(QT_TR_NOOP(" is not done (%1% reported)")).arg(formatNumber(*r.latest->percent))
                                                  : text(QT_TR_NOOP(" is not done")))
                             : text(QT_TR_NOOP(" has no report"));
        if (!missed.isEmpty())
            line += QStringLiteral("，") + missed.join(QStringLiteral("；"));
        const QString why = r.latest ? r.latest->problems.trimmed() : QString();
        line += why.isEmpty() ? text(QT_TR_NOOP("; the reports give no reason")) : QStringLiteral("。") + text(QT_TR_NOOP("Reason given: %1")).arg(why);
        out << sentence(line);
    }
    return out;
}

QStringList YearSummary::nextSteps() const
{
    // A title that opens with its own verb (推进…, 完善…) carries on as it is: "继续完善…"; any
    // other (癌症早筛早诊早治) is carried on: "继续推进…".
    static const QStringList verbs = {
        QStringLiteral("推进"), QStringLiteral("完善"), QStringLiteral("提升"), QStringLiteral("扩大"), QStringLiteral("加强"),
        QStringLiteral("建设"), QStringLiteral("落实"), QStringLiteral("开展"), QStringLiteral("推行"), QStringLiteral("深化"),
        QStringLiteral("健全"), QStringLiteral("强化"), QStringLiteral("实施"), QStringLiteral("推广"), QStringLiteral("提高"),
        QStringLiteral("促进"), QStringLiteral("做好"), QStringLiteral("抓好"), QStringLiteral("改进"), QStringLiteral("加快"),
        QStringLiteral("优化"), QStringLiteral("规范"), QStringLiteral("巩固"), QStringLiteral("扎实"), QStringLiteral("全面")};
    QStringList out;
    for (const TaskResult &r : m_results) {
        if (done(r) || (r.latest && r.latest->status == TaskStatus::Cancelled))
            continue;
        const Task &task = *m_measured->tasks.constFind(r.taskId);
        const QString next = r.latest ? r.latest->nextSteps.trimmed() : QString();
        const QString title = task.title.trimmed();
        const bool verb = std::any_of(verbs.cbegin(), verbs.cend(), [&title](const QString &v) { return title.startsWith(v); });
        out << sentence(chineseNumeral(int(out.size()) + 1) + QStringLiteral("是")
                        + (verb ? text(QT_TR_NOOP("carry on: %1")) : text(QT_TR_NOOP("carry on with %1"))).arg(title)
                        + (next.isEmpty() ? QString() : QStringLiteral("：") + next));
    }
    if (out.isEmpty())
        out << text(QT_TR_NOOP("Every task of the year is done; next year's plan builds on what was achieved."));
    return out;
}

PrintedDocument YearSummary::content() const
{
    using Role = PrintedParagraph::Role;
    const PlanData &plan = *m_measured;
    PrintedDocument out;
    out.title = title();
    out.body.append({Role::Title, title()});
    const QString organisation = plan.info.organisation.trimmed();
    out.body.append({Role::Body, text(QT_TR_NOOP("In %1, %2 carried out the targets and tasks of “%3”. The year's work is "
                                                 "summed up as follows."))
                                     .arg(plan.info.year)
                                     .arg(organisation.isEmpty() ? text(QT_TR_NOOP("we")) : organisation, plan.info.title.trimmed())});
    out.body.append({Role::Heading1, text(QT_TR_NOOP("I. The year's work"))});
    out.body.append({Role::Body, countsText()});
    int n = 0;
    for (Id top : plan.childSections.value(0)) {
        const QStringList done = achievements(top);
        if (done.isEmpty())
            continue;
        out.body.append({Role::Heading2, outlineLabel(2, ++n) + plan.sections.value(top).title.trimmed()});
        for (const QString &p : done)
            out.body.append({Role::Body, p});
    }
    out.body.append({Role::Heading1, text(QT_TR_NOOP("II. Problems"))});
    const QStringList problems = this->problems();
    if (problems.isEmpty())
        out.body.append({Role::Body, text(QT_TR_NOOP("Every task was done and every target met."))});
    for (const QString &p : problems)
        out.body.append({Role::Body, p});
    out.body.append({Role::Heading1, text(QT_TR_NOOP("III. Next steps"))});
    for (const QString &p : nextSteps())
        out.body.append({Role::Body, p});
    if (!organisation.isEmpty())
        out.body.append({Role::Signature, organisation});
    out.body.append({Role::Date, PlanPrinter::yearMonthDay(m_issued)});
    return out;
}

int YearSummary::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool YearSummary::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool YearSummary::writePdf(const QString &path, QString *error) const
{
    return DocumentPainter::writePdf(content(), m_fonts, path, error);
}

} // namespace ap
