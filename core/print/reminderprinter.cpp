#include "reminderprinter.h"

#include "documentpainter.h"
#include "docxwriter.h"
#include "domain/documentlanguage.h"
#include "domain/numbering.h"
#include "pdfoutput.h"
#include "status/statusengine.h"

namespace ap {

namespace {

QString dayText(const QDate &d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

} // namespace

ReminderPrinter::ReminderPrinter(const PlanDocument &doc, const QString &period, const QDate &issued,
                                 const QDate &replyBy, const PrintFonts &fonts)
    : m_doc(doc), m_period(period), m_issued(issued.isValid() ? issued : QDate::currentDate()), m_replyBy(replyBy)
    , m_fonts(fonts)
{
    const PlanData &plan = doc.plan();
    QDate last;
    if (!period::parse(period, nullptr, &last))
        return;
    // One engine: a task is to be reminded when it stands 未填报 on the period's last day.
    QHash<Id, QList<Id>> byDepartment;
    for (const TaskResult &r : StatusEngine::evaluateAll(plan, doc.reports(), last))
        if (r.warning == Warning::Unreported && r.periodDue == period) {
            const QList<Id> leads = plan.tasks.value(r.taskId).departmentIds(DepartmentRole::Lead);
            byDepartment[leads.isEmpty() ? 0 : leads.first()].append(r.taskId);
        }
    for (const Department &d : plan.departments)
        if (byDepartment.contains(d.id))
            m_reminders.append({d.id, d.name, byDepartment.value(d.id)});
    if (byDepartment.contains(0))
        m_reminders.append({0, QString(), byDepartment.value(0)});
}

QString ReminderPrinter::text(const char *source)
{
    return doclang::text("ap::ReminderPrinter", source);
}

QString ReminderPrinter::title() const
{
    return text(QT_TR_NOOP("Reminder to report the progress of %1")).arg(period::documentText(m_period));
}

QString ReminderPrinter::bodyText(const Reminder &r) const
{
    const PlanData &plan = m_doc.plan();
    QStringList tasks;
    for (int i = 0; i < r.tasks.size(); ++i)
        tasks << outlineLabel(3, i + 1) + plan.tasks.value(r.tasks.at(i)).title;
    const QString by = m_replyBy.isValid() ? text(QT_TR_NOOP("by %1")).arg(dayText(m_replyBy)) : text(QT_TR_NOOP("as soon as possible"));
    return text(QT_TR_NOOP("As of %1, the progress of %2 of the following %3 tasks of 《%4》 that your unit leads has not "
                           "been reported: %5. Please report it %6."))
        .arg(dayText(m_issued), period::documentText(m_period))
        .arg(r.tasks.size())
        .arg(plan.info.title, tasks.join(QStringLiteral("；")), by);
}

PrintedDocument ReminderPrinter::content(const Reminder &r) const
{
    using Role = PrintedParagraph::Role;
    PrintedDocument out;
    out.title = title();
    out.body.append({Role::Title, title()});
    if (!r.department.isEmpty())
        out.body.append({Role::Addressee, r.department + QStringLiteral("：")});
    out.body.append({Role::Body, bodyText(r)});
    if (!m_doc.plan().info.organisation.isEmpty())
        out.body.append({Role::Signature, m_doc.plan().info.organisation});
    out.body.append({Role::Date, dayText(m_issued)});
    return out;
}

QString ReminderPrinter::plainText(const Reminder &r) const
{
    QStringList lines = {title()};
    if (!r.department.isEmpty())
        lines << r.department + QStringLiteral("：");
    lines << QStringLiteral("    ") + bodyText(r);
    if (!m_doc.plan().info.organisation.isEmpty())
        lines << m_doc.plan().info.organisation;
    lines << dayText(m_issued);
    return lines.join(QLatin1Char('\n'));
}

bool ReminderPrinter::writePdf(const Reminder &r, const QString &path, QString *error) const
{
    const PrintedDocument doc = content(r);
    return printlayout::writePdfFile(path, title(), m_fonts.faces(), [&](QPagedPaintDevice *device) {
        DocumentPainter::paint(doc, m_fonts, device);
        return true;
    }, error);
}

bool ReminderPrinter::writeDocx(const Reminder &r, const QString &path, QString *error) const
{
    return DocxWriter::write(content(r), m_fonts, path, error);
}

} // namespace ap
