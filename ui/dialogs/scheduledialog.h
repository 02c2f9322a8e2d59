#pragma once

#include <QDialog>

class QComboBox;

namespace ap {

class PlanDocument;
class TimelineView;

// The year month by month in the window (Plan ▸ Monthly Schedule): the timeline of every task,
// grouped by section or by lead unit, zoomed by month or by quarter; a task opened from it (click,
// or Enter on the row the keyboard is on) closes it and shows that task. The 月度工作安排表 is
// previewed from here (printed, saved as PDF or Word) or saved as an Excel workbook.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(PlanDocument *doc, QWidget *parent = nullptr);

    TimelineView *timeline() const { return m_timeline; }
    // The task the clerk opened from the timeline (0: none).
    qint64 openedTask() const { return m_opened; }

private:
    void preview();
    void saveWorkbook();

    PlanDocument *m_doc;
    TimelineView *m_timeline;
    QComboBox *m_grouping;
    QComboBox *m_zoom;
    qint64 m_opened = 0;
};

} // namespace ap
