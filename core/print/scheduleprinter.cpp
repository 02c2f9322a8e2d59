#include "scheduleprinter.h"

#include "documentpainter.h"
#include "docxwriter.h"
#include "pdfoutput.h"

#include "domain/documentlanguage.h"

namespace ap {

SchedulePrinter::SchedulePrinter(const PlanDocument &doc, MonthlySchedule::Grouping grouping, const PrintFonts &fonts)
    : m_doc(doc)
    , m_grouping(grouping)
    , m_fonts(fonts)
{
}

QString SchedulePrinter::text(const char *source)
{
    return doclang::text("ap::SchedulePrinter", source);
}

QColor SchedulePrinter::activeShade()
{
    return QColor(0xE3, 0xEC, 0xF7);
}

QString SchedulePrinter::title() const
{
    return text(QT_TR_NOOP("Monthly work schedule of “%1”")).arg(m_doc.plan().info.title);
}

QString SchedulePrinter::groupTitle(Id group) const
{
    const PlanData &plan = m_doc.plan();
    if (m_grouping == MonthlySchedule::Grouping::BySection)
        return m_doc.sectionLabel(group) + plan.sections.value(group).title;
    const Department *d = plan.department(group);
    return d ? d->name : text(QT_TR_NOOP("No lead unit"));
}

PrintedTable SchedulePrinter::table() const
{
    const PlanData &plan = m_doc.plan();
    const int year = plan.info.year;
    PrintedTable t;
    t.title = title();
    t.columns = {{text(QT_TR_NOOP("No.")), 0.5}, {text(QT_TR_NOOP("Task")), 2.6}, {text(QT_TR_NOOP("Lead")), 1.3}};
    for (int m = 1; m <= 12; ++m)
        t.columns.append({text(QT_TR_NOOP("%1月")).arg(m), 0.62});
    Id group = -1;
    int n = 0;
    for (const ScheduleRow &r : MonthlySchedule::rows(plan, m_grouping)) {
        if (r.group != group) {
            group = r.group;
            t.rows.append({{groupTitle(group)}, true, {}});
        }
        const Task &task = *plan.tasks.constFind(r.taskId);
        PrintedTable::Row row;
        row.cells << QString::number(++n) << m_doc.taskPlace(r.taskId) + task.title
                  << m_doc.departmentNames(task, DepartmentRole::Lead, QStringLiteral("、"));
        row.backgrounds << QColor() << QColor() << QColor();
        for (int m = 1; m <= 12; ++m) {
            row.cells << MonthlySchedule::cellText(r, year, m);
            row.backgrounds << (r.activeIn(year, m) ? activeShade() : QColor());
        }
        t.rows.append(row);
    }
    return t;
}

PrintedDocument SchedulePrinter::content() const
{
    PrintedDocument out;
    out.title = title();
    out.annexes = {table()};
    return out;
}

int SchedulePrinter::paint(QPagedPaintDevice *device) const
{
    return DocumentPainter::paint(content(), m_fonts, device);
}

bool SchedulePrinter::writeDocx(const QString &path, QString *error) const
{
    return DocxWriter::write(content(), m_fonts, path, error);
}

bool SchedulePrinter::writePdf(const QString &path, QString *error) const
{
    return DocumentPainter::writePdf(content(), m_fonts, path, error);
}

} // namespace ap
