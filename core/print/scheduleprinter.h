#pragma once

#include "document/plandocument.h"
#include "printeddocument.h"
#include "printfonts.h"
#include "status/monthlyschedule.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// The 月度工作安排表 through the print engine, as PDF and .docx: a landscape table, a row per task
// grouped by section or by lead department, its months from start to deadline shaded, and in each
// month what falls due then (a step's figure, 完成 for the deadline).
namespace ap {

class SchedulePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ap::SchedulePrinter)
public:
    SchedulePrinter(const PlanDocument &doc, MonthlySchedule::Grouping grouping = MonthlySchedule::Grouping::BySection,
                    const PrintFonts &fonts = PrintFonts::defaults());

    QString title() const;
    PrintedTable table() const;
    PrintedDocument content() const;
    int paint(QPagedPaintDevice *device) const;
    bool writePdf(const QString &path, QString *error) const;
    bool writeDocx(const QString &path, QString *error) const;

    // The shade of a month the task runs in.
    static QColor activeShade();

private:
    static QString text(const char *source);
    QString groupTitle(Id group) const;

    const PlanDocument &m_doc;
    MonthlySchedule::Grouping m_grouping;
    PrintFonts m_fonts;
};

} // namespace ap
