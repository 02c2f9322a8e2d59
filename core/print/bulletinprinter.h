#pragma once

#include "document/plandocument.h"
#include "planprinter.h"
#include "printeddocument.h"
#include "status/statusengine.h"

#include <QCoreApplication>
#include <QDate>
#include <QColor>
#include <QPagedPaintDevice>
#include <QSet>

// Progress reports through the print engine: the quarterly 进展通报 as a bureau issues it (the
// counts — done, on schedule, behind, overdue, not reported, with their shares — the departments
// that have not reported, the overdue and behind tasks by section with their lead and each
// indicator against the step due, then a landscape table of every task with its status colour,
// its indicators, 进展情况 and 存在问题) and the year-end 年度考核 summary (each target planned
// against actual, met or not). Every judgement is the status engine's, as of the report's date.
namespace ap {

class BulletinPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::BulletinPrinter)
public:
    enum class Kind { Progress, Annual };

    // period: "2026Q2" or "2026-05"; the report is as of its last day (or asOf when given).
    BulletinPrinter(const PlanDocument &doc, Kind kind, const QString &period, const QDate &asOf = QDate(),
                  const PrintFonts &fonts = PrintFonts::defaults());

    QString title() const;
    QDate asOf() const { return m_asOf; }
    // The opening paragraph: for the 通报, the counts a bureau reports with their shares; for the
    // year, counts by status and warning.
    QString summaryText() const;
    // The departments that lead a task without the period's report, in registry order.
    QStringList departmentsNotReported() const;
    // A task's indicators as the 通报 gives them: "完成改造的中心2家（应达6家，9月底）".
    QString indicatorsText(const TaskResult &r) const;
    // The report's words by role: title, summary, overdue work, and the annex table.
    PrintedDocument content() const;
    int paint(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;
    // The same report as a Word document (.docx) for WPS or Word, laid out as the print.
    bool writeDocx(const QString &path, QString *error) const;

private:
    // A printed text: Chinese whatever the window's language (doclang).
    static QString text(const char *source);
    // The task owes the period's report (for the year: any report) and has none.
    bool unreported(const TaskResult &r) const;
    // Its status as the report prints it: 未填报 where the report is missing.
    QString statusText(const TaskResult &r) const;
    // The cells of the report's tables.
    QStringList progressRow(const TaskResult &r, int number, QList<QColor> *colours) const;
    QList<QStringList> annualRows(QList<QList<QColor>> *colours) const;
    // The 通报's body after its counts: who has not reported, then overdue and behind work.
    void appendProgressBody(PrintedDocument &out) const;
    PrintedTable progressTable() const;

    const PlanDocument &m_doc;
    Kind m_kind;
    QString m_period;
    QDate m_asOf;
    PrintFonts m_fonts;
    std::shared_ptr<const PlanData> m_measured;   // the plan in force on the report's day
    QList<TaskResult> m_results;
};

} // namespace ap
