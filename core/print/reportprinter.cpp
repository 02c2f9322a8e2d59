#include "reportprinter.h"

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

ReportPrinter::ReportPrinter(const PlanDocument &doc, Kind kind, const QString &period, const QDate &asOf,
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
    m_results = StatusEngine::evaluateAll(doc.plan(), doc.checkins(), m_asOf);
    for (const CheckIn &c : doc.checkins().entries)
        if (c.period == period)
            m_reportedInPeriod.insert(c.taskId);
}

QString ReportPrinter::text(const char *source)
{
    return doclang::text("ap::ReportPrinter", source);
}

QString ReportPrinter::title() const
{
    const QString base = m_doc.plan().info.title;
    if (m_kind == Kind::Annual)
        return text(QT_TR_NOOP("%1: Year-End Assessment")).arg(base);
    return text(QT_TR_NOOP("%1: Progress Report for %2")).arg(base, period::documentText(m_period));
}

QString ReportPrinter::summaryText() const
{
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
        .arg(QStringLiteral("%1年%2月%3日").arg(m_asOf.year()).arg(m_asOf.month()).arg(m_asOf.day()))
        .arg(m_results.size())
        .arg(byStatus.value(TaskStatus::Done))
        .arg(byStatus.value(TaskStatus::InProgress))
        .arg(byStatus.value(TaskStatus::NotStarted))
        .arg(byStatus.value(TaskStatus::Behind))
        .arg(byStatus.value(TaskStatus::Cancelled))
        .arg(byWarning.value(Warning::Red))
        .arg(byWarning.value(Warning::Yellow))
        .arg(byWarning.value(Warning::Blue))
        .arg(m_doc.plan().info.warnDays)
        .arg(missing);
}

PrintedDocument ReportPrinter::content() const
{
    using Role = PrintedParagraph::Role;
    const PlanData &plan = m_doc.plan();
    PrintedDocument out;
    out.title = title();
    out.body.append({Role::Title, title()});
    out.body.append({Role::Body, summaryText()});
    PrintedTable table;
    table.label = text(QT_TR_NOOP("Annex"));
    if (m_kind == Kind::Progress) {
        // Overdue work by the department that leads it.
        out.body.append({Role::Heading1, outlineLabel(1, 1) + text(QT_TR_NOOP("Overdue tasks by lead department"))});
        QHash<Id, QStringList> overdue;
        for (const TaskResult &r : m_results)
            if (r.warning == Warning::Red) {
                const Task &t = *plan.tasks.constFind(r.taskId);
                const QList<Id> leads = t.departmentIds(DepartmentRole::Lead);
                overdue[leads.isEmpty() ? 0 : leads.first()].append(t.title);
            }
        if (overdue.isEmpty())
            out.body.append({Role::Body, text(QT_TR_NOOP("No task is overdue."))});
        for (const Department &d : plan.departments)
            if (overdue.contains(d.id))
                out.body.append({Role::Body, text(QT_TR_NOOP("%1: %2.")).arg(d.name, overdue.value(d.id).join(QStringLiteral("；")))});
        if (overdue.contains(0))
            out.body.append({Role::Body, text(QT_TR_NOOP("No lead department: %1.")).arg(overdue.value(0).join(QStringLiteral("；")))});

        // The lead department on one line where its name allows ("区卫健委基层卫生科"): a row of
        // three lines for a name of nine characters made the table twice as long.
        table.columns = {{text(QT_TR_NOOP("No.")), 0.8}, {text(QT_TR_NOOP("Task")), 3.4}, {text(QT_TR_NOOP("Lead")), 2.9}, {text(QT_TR_NOOP("Status")), 1.3}, {text(QT_TR_NOOP("Warning")), 1.0},
                         {text(QT_TR_NOOP("Expected")), 1.1}, {text(QT_TR_NOOP("Actual")), 1.1}, {text(QT_TR_NOOP("Progress")), 3.2}, {text(QT_TR_NOOP("Problems")), 2.3}};
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

int ReportPrinter::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool ReportPrinter::unreported(const TaskResult &r) const
{
    // Done or cancelled work owes no report; the rest owes one for the period (for the year, any).
    if (r.status == TaskStatus::Done || r.status == TaskStatus::Cancelled)
        return false;
    if (m_kind == Kind::Annual)
        return r.latest == nullptr;
    return !m_reportedInPeriod.contains(r.taskId);
}

QString ReportPrinter::statusText(const TaskResult &r) const
{
    return unreported(r) ? text(QT_TR_NOOP("No report")) : statusDocumentText(r.status);
}

QStringList ReportPrinter::progressRow(const TaskResult &r, int number, QList<QColor> *colours) const
{
    const Task &t = *m_doc.plan().tasks.constFind(r.taskId);
    *colours = QList<QColor>(9);
    (*colours)[4] = warningColour(r.warning);
    return {QString::number(number), t.title, m_doc.departmentNames(t, DepartmentRole::Lead, QStringLiteral("、")),
            statusText(r), warningDocumentText(r.warning), percentText(r.expected), percentText(r.actual),
            r.latest ? r.latest->progress : QString(), r.latest ? r.latest->problems : QString()};
}

QList<QStringList> ReportPrinter::annualRows(QList<QList<QColor>> *colours) const
{
    QList<QStringList> rows;
    int n = 0;
    for (const TaskResult &r : m_results) {
        const Task &t = *m_doc.plan().tasks.constFind(r.taskId);
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

bool ReportPrinter::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool ReportPrinter::writePdf(const QString &path, QString *error) const
{
    return printlayout::writePdfFile(path, title(), [this](QPagedPaintDevice *device) {
        paint(device);
        return true;
    }, error);
}

} // namespace ap
