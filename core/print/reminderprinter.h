#pragma once

#include "document/plandocument.h"
#include "planprinter.h"
#include "printeddocument.h"

#include <QCoreApplication>
#include <QDate>

// 催报: for one reporting period, each department that leads a task without the period's report
// (the status engine's 未填报, judged as of the period's last day: a report for the period that came
// in later counts), and the short notice a bureau sends it (催报通知), in 公文 style and in Chinese
// whatever the window's language: title, 主送 the department, the tasks, a date to report by, the
// issuing organisation and the date.
namespace ap {

struct Reminder
{
    Id departmentId = 0;
    QString department;
    QList<Id> tasks;   // in outline order
};

class ReminderPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::ReminderPrinter)
public:
    // issued: the notice's date (today unless given); replyBy: the day to report by (none: "尽快").
    ReminderPrinter(const PlanDocument &doc, const QString &period, const QDate &issued = QDate(),
                    const QDate &replyBy = QDate(), const PrintFonts &fonts = PrintFonts::defaults());

    // The departments to remind, in registry order; a task without a lead is under department 0.
    QList<Reminder> reminders() const { return m_reminders; }
    QString title() const;
    // The notice to one department as paragraphs, and as plain text to paste into a message.
    PrintedDocument content(const Reminder &reminder) const;
    QString plainText(const Reminder &reminder) const;
    bool writePdf(const Reminder &reminder, const QString &path, QString *error) const;
    bool writeDocx(const Reminder &reminder, const QString &path, QString *error) const;

private:
    static QString text(const char *source);
    QString bodyText(const Reminder &reminder) const;

    const PlanDocument &m_doc;
    QString m_period;
    QDate m_issued, m_replyBy;
    PrintFonts m_fonts;
    QList<Reminder> m_reminders;
};

} // namespace ap
