#include "bulletinprinter.h"

#include "domain/documentlanguage.h"
#include "domain/numbering.h"
#include "domain/targettext.h"
#include "documentpainter.h"
#include "docxwriter.h"
#include "pdfoutput.h"

#include <QHash>
#include <QSet>

namespace ap {

namespace {

QColor warningColour(Warning w)
{
    switch (w) {
    case Warning::Red: return QColor(0xf4, 0xb4, 0xb4);
    case Warning::Yellow: return QColor(0xfa, 0xe7, 0x9a);
    case Warning::Blue: return QColor(0xb9, 0xd5, 0xf5);
    case Warning::Unreported: return QColor(0xe0, 0xe0, 0xe0);
    case Warning::DoneUnmet: return QColor(0xe1, 0xbe, 0xe7);
    case Warning::None: break;
    }
    return QColor();
}

QString percentText(const std::optional<double> &v)
{
    return v ? QStringLiteral("%1%").arg(qRound(*v)) : QStringLiteral("—");
}

} // namespace

BulletinPrinter::BulletinPrinter(const PlanDocument &doc, Kind kind, const QString &period, const QDate &asOf,
                             const PrintFonts &fonts)
    : m_doc(doc), m_kind(kind), m_period(period), m_fonts(fonts)
{
    QDate last;
    if (asOf.isValid())
        m_asOf = asOf;
    else if (period::parse(period, nullptr, &last))
        m_asOf = last;
    else
        m_asOf = QDate(doc.plan().info.year, 12, 31);
    m_measured = doc.planInForce(m_asOf);
    m_results = StatusEngine::evaluateAll(*m_measured, doc.reports(), m_asOf);
}

QString BulletinPrinter::text(const char *source)
{
    return doclang::text("ap::BulletinPrinter", source);
}

QString BulletinPrinter::title() const
{
    const QString base = m_measured->info.title;
    if (m_kind == Kind::Annual)
        return text(QT_TR_NOOP("%1: Year-End Assessment")).arg(base);
    return text(QT_TR_NOOP("%1: Progress Report for %2")).arg(base, period::documentText(m_period));
}

namespace {

// How many tasks stand where on the report's day: one place each, so the parts add up.
struct Counts
{
    int total = 0, done = 0, doneUnmet = 0, onSchedule = 0, behind = 0, overdue = 0, unreported = 0, cancelled = 0;
};

Counts countsOf(const QList<TaskResult> &results)
{
    Counts c;
    for (const TaskResult &r : results) {
        ++c.total;
        if (r.status == TaskStatus::Cancelled)
            ++c.cancelled;
        else if (r.status == TaskStatus::Done)
            ++c.done, c.doneUnmet += r.warning == Warning::DoneUnmet;
        else if (r.warning == Warning::Unreported)
            ++c.unreported;
        else if (r.warning == Warning::Red)
            ++c.overdue;
        else if (r.warning == Warning::Yellow)
            ++c.behind;
        else
            ++c.onSchedule;
    }
    return c;
}

QString share(int part, int total)
{
    return total > 0 ? QString::number(100.0 * part / total, 'f', 1) + QLatin1Char('%') : QStringLiteral("0%");
}

QString dayText(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace

QString BulletinPrinter::summaryText() const
{
    if (m_kind == Kind::Progress) {
        const Counts c = countsOf(m_results);
        QString s = text(QT_TR_NOOP("As of %1 the plan has %2 tasks: %3 done (%4), %5 on schedule (%6), %7 behind (%8), "
                                    "%9 overdue (%10) and %11 not reported (%12)."))
                        .arg(dayText(m_asOf))
                        .arg(c.total)
                        .arg(c.done)
                        .arg(share(c.done, c.total))
                        .arg(c.onSchedule)
                        .arg(share(c.onSchedule, c.total))
                        .arg(c.behind)
                        .arg(share(c.behind, c.total))
                        .arg(c.overdue)
                        .arg(share(c.overdue, c.total))
                        .arg(c.unreported)
                        .arg(share(c.unreported, c.total));
        if (c.cancelled > 0)
            s += text(QT_TR_NOOP(" %1 tasks were cancelled.")).arg(c.cancelled);
        if (c.doneUnmet > 0)
            s += text(QT_TR_NOOP(" Of the tasks reported done, %1 have a target not met.")).arg(c.doneUnmet);
        return s + m_doc.versions().measuredWords(m_asOf);
    }
    // A task without its report for the period is counted as such, not as not started.
    QHash<TaskStatus, int> byStatus;
    QHash<Warning, int> byWarning;
    int missing = 0;
    for (const TaskResult &r : m_results) {
        if (unreported(r))
            ++missing;
        else
            ++byStatus[r.status];
        ++byWarning[r.warning];
    }
    return text(QT_TR_NOOP("As of %1 the plan has %2 tasks: %3 done, %4 in progress, %5 not started, %6 reported behind, %7 "
                           "cancelled and %12 without a report. %8 are overdue, %9 are behind the expected progress and "
                           "%10 are due within %11 days."))
        .arg(dayText(m_asOf))
        .arg(m_results.size())
        .arg(byStatus.value(TaskStatus::Done))
        .arg(byStatus.value(TaskStatus::InProgress))
        .arg(byStatus.value(TaskStatus::NotStarted))
        .arg(byStatus.value(TaskStatus::Behind))
        .arg(byStatus.value(TaskStatus::Cancelled))
        .arg(byWarning.value(Warning::Red))
        .arg(byWarning.value(Warning::Yellow))
        .arg(byWarning.value(Warning::Blue))
        .arg(m_measured->info.warnDays)
        .arg(missing)
        + m_doc.versions().measuredWords(m_asOf);
}

QStringList BulletinPrinter::departmentsNotReported() const
{
    QSet<Id> missing;
    for (const TaskResult &r : m_results)
        if (r.warning == Warning::Unreported)
            for (Id d : m_measured->tasks.value(r.taskId).departmentIds(DepartmentRole::Lead))
                missing.insert(d);
    QStringList out;
    for (const Department &d : m_measured->departments)
        if (missing.contains(d.id))
            out << d.name;
    return out;
}

QString BulletinPrinter::indicatorsText(const TaskResult &r) const
{
    const Task &t = *m_measured->tasks.constFind(r.taskId);
    QStringList parts;
    for (int i = 0; i < t.targets.size() && i < r.targets.size(); ++i) {
        const Target &target = t.targets.at(i);
        const TargetResult &res = r.targets.at(i);
        if (!target.value && !target.hasSteps())
            continue;
        QString part = target.indicator + (res.actual ? formatNumber(*res.actual) + target.unit : text(QT_TR_NOOP(" not given")));
        if (res.stepDue && res.stepDue->value)
            part += text(QT_TR_NOOP(" (due %1 by %2)"))
                        .arg(opDisplay(target.op) + formatNumber(*res.stepDue->value) + target.unit,
                             QStringLiteral("%1月%2日").arg(res.stepDue->due.month()).arg(res.stepDue->due.day()));
        else if (target.value)
            part += text(QT_TR_NOOP(" (year's target %1)")).arg(opDisplay(target.op) + formatNumber(*target.value) + target.unit);
        parts << part;
    }
    return parts.join(QStringLiteral("；"));
}

void BulletinPrinter::appendProgressBody(PrintedDocument &out) const
{
    using Role = PrintedParagraph::Role;
    const PlanData &plan = *m_measured;
    // 一、Who has not reported.
    out.body.append({Role::Heading1, outlineLabel(1, 1) + text(QT_TR_NOOP("Reports not received"))});
    const QStringList missing = departmentsNotReported();
    out.body.append({Role::Body, missing.isEmpty()
                                     ? text(QT_TR_NOOP("Every department has reported for %1.")).arg(period::documentText(m_period))
                                     : text(QT_TR_NOOP("For %1, %2 departments have not reported: %3."))
                                           .arg(period::documentText(m_period))
                                           .arg(missing.size())
                                           .arg(missing.join(QStringLiteral("、")))});
    // 二、Overdue and behind work, by the top-level section it belongs to, with its lead.
    out.body.append({Role::Heading1, outlineLabel(1, 2) + text(QT_TR_NOOP("Overdue and behind tasks"))});
    QHash<Id, const TaskResult *> byTask;
    for (const TaskResult &r : m_results)
        byTask.insert(r.taskId, &r);
    int sections = 0;
    for (Id top : plan.childSections.value(0)) {
        QStringList lines;
        for (Id sid : plan.sectionSubtree(top))
            for (Id tid : plan.sectionTasks.value(sid)) {
                const TaskResult &r = *byTask.value(tid);
                if (r.warning != Warning::Red && r.warning != Warning::Yellow)
                    continue;
                const Task &t = plan.tasks.value(tid);
                const QString lead = m_doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、"));
                QString line = QStringLiteral("%1%2（%3%4）")
                                   .arg(outlineLabel(3, int(lines.size()) + 1), t.title, warningDocumentText(r.warning),
                                        lead.isEmpty() ? QString() : text(QT_TR_NOOP(", led by %1")).arg(lead));
                const QString indicators = indicatorsText(r);
                line += indicators.isEmpty() ? QStringLiteral("。") : QStringLiteral("：") + indicators + QStringLiteral("。");
                lines << line;
            }
        if (lines.isEmpty())
            continue;
        out.body.append({Role::Heading2, outlineLabel(2, ++sections) + plan.sections.value(top).title});
        for (const QString &line : std::as_const(lines))
            out.body.append({Role::Body, line});
    }
    if (sections == 0)
        out.body.append({Role::Body, text(QT_TR_NOOP("No task is overdue or behind."))});
}

PrintedTable BulletinPrinter::progressTable() const
{
    const PlanData &plan = *m_measured;
    PrintedTable table;
    table.label = text(QT_TR_NOOP("Annex"));
    // Widths in the Chinese print's characters: a task title of seven on one line, 未填报 and 推进中
    // whole, a lead department of nine on two lines at most (three made the table twice as long).
    table.columns = {{text(QT_TR_NOOP("No.")), 0.7}, {text(QT_TR_NOOP("Task")), 3.1}, {text(QT_TR_NOOP("Lead")), 2.4},
                     {text(QT_TR_NOOP("Status")), 1.5}, {text(QT_TR_NOOP("Warning")), 1.5}, {text(QT_TR_NOOP("Expected")), 1.0},
                     {text(QT_TR_NOOP("Actual")), 1.0}, {text(QT_TR_NOOP("Indicators against the step due")), 3.0},
                     {text(QT_TR_NOOP("Progress")), 2.6}, {text(QT_TR_NOOP("Problems")), 2.7}};
    table.title = text(QT_TR_NOOP("Progress of the tasks, %1")).arg(period::documentText(m_period));
    QHash<Id, const TaskResult *> byTask;
    for (const TaskResult &r : m_results)
        byTask.insert(r.taskId, &r);
    int n = 0;
    // A section with tasks under its heading, and over it the headings it sits under (一、 over
    // （一）), each once.
    QSet<Id> headed;
    for (Id sid : plan.sectionsInOrder()) {
        if (plan.sectionTasks.value(sid).isEmpty())
            continue;
        QList<Id> chain;
        for (Id s = sid; s != 0 && !headed.contains(s); s = plan.sections.value(s).parentId)
            chain.prepend(s);
        for (Id s : chain) {
            headed.insert(s);
            table.rows.append({{m_doc.sectionLabel(s) + plan.sections.value(s).title}, true, {}});
        }
        for (Id tid : plan.sectionTasks.value(sid)) {
            PrintedTable::Row row;
            row.cells = progressRow(*byTask.value(tid), ++n, &row.backgrounds);
            table.rows.append(row);
        }
    }
    return table;
}

PrintedDocument BulletinPrinter::content() const
{
    using Role = PrintedParagraph::Role;
    const PlanData &plan = *m_measured;
    PrintedDocument out;
    out.title = title();
    out.body.append({Role::Title, title()});
    out.body.append({Role::Body, summaryText()});
    PrintedTable table;
    table.label = text(QT_TR_NOOP("Annex"));
    if (m_kind == Kind::Progress) {
        appendProgressBody(out);
        table = progressTable();
    } else {
        table.columns = {{text(QT_TR_NOOP("No.")), 0.8}, {text(QT_TR_NOOP("Task")), 3.0}, {text(QT_TR_NOOP("Indicator")), 3.0}, {text(QT_TR_NOOP("Planned")), 1.8},
                         {text(QT_TR_NOOP("Actual")), 1.4}, {text(QT_TR_NOOP("Met")), 1.0}, {text(QT_TR_NOOP("Lead")), 1.8}};
        table.title = text(QT_TR_NOOP("Targets planned and achieved, %1")).arg(plan.info.year);
        QList<QList<QColor>> colours;
        const QList<QStringList> rows = annualRows(&colours);
        for (int i = 0; i < rows.size(); ++i)
            table.rows.append({rows.at(i), false, colours.at(i)});
    }
    out.annexes.append(table);
    out.body.append(PrintedDocument::attachmentNote(out.annexes));
    return out;
}

int BulletinPrinter::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool BulletinPrinter::unreported(const TaskResult &r) const
{
    // The 通报 takes the engine's word; the year asks for any report of work not done or cancelled.
    if (m_kind == Kind::Progress)
        return r.warning == Warning::Unreported;
    return r.status != TaskStatus::Done && r.status != TaskStatus::Cancelled && r.latest == nullptr;
}

QString BulletinPrinter::statusText(const TaskResult &r) const
{
    return unreported(r) ? text(QT_TR_NOOP("No report")) : statusDocumentText(r.status);
}

QStringList BulletinPrinter::progressRow(const TaskResult &r, int number, QList<QColor> *colours) const
{
    const Task &t = *m_measured->tasks.constFind(r.taskId);
    *colours = QList<QColor>(10);
    (*colours)[4] = warningColour(r.warning);
    return {QString::number(number), t.title, m_doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")),
            statusText(r), warningDocumentText(r.warning), percentText(r.expected), percentText(r.actual),
            indicatorsText(r), r.latest ? r.latest->progress : QString(), r.latest ? r.latest->problems : QString()};
}

QList<QStringList> BulletinPrinter::annualRows(QList<QList<QColor>> *colours) const
{
    QList<QStringList> rows;
    int n = 0;
    for (const TaskResult &r : m_results) {
        const Task &t = *m_measured->tasks.constFind(r.taskId);
        for (int i = 0; i < t.targets.size() && i < r.targets.size(); ++i) {
            const Target &target = t.targets.at(i);
            const TargetResult &res = r.targets.at(i);
            QStringList row{QString::number(++n), t.title, target.indicator,
                            target.value ? opDisplay(target.op) + formatNumber(*target.value) + target.unit : QString(),
                            res.actual ? formatNumber(*res.actual) + target.unit : QStringLiteral("—"),
                            !res.met ? QStringLiteral("—") : *res.met ? text(QT_TR_NOOP("Met")) : text(QT_TR_NOOP("Not met"))};
            row.append(m_doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")));
            QList<QColor> line(row.size());
            if (res.met)
                line[5] = *res.met ? QColor(0xc8, 0xe6, 0xc9) : QColor(0xf4, 0xb4, 0xb4);
            rows.append(row);
            colours->append(line);
        }
    }
    return rows;
}

bool BulletinPrinter::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool BulletinPrinter::writePdf(const QString &path, QString *error) const
{
    return DocumentPainter::writePdf(content(), m_fonts, path, error);
}

} // namespace ap
