#pragma once

#include "status/monthlyschedule.h"
#include "status/statusengine.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>

namespace ap {

class PlanDocument;

// The plan's year month by month (月度安排): a row per task under its group's heading, a bar from
// its start to its deadline in its warning colour, a diamond for each step and a square for the
// deadline, today's line. Zoomed by month (the months wide, scrolled) or by quarter (the year on
// one screen). Up and Down go from task to task, Enter or a click opens it (taskActivated), + and
// - zoom. Only the rows in view are painted, so a plan of any size scrolls at the same speed.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Zoom { Month, Quarter };

    explicit TimelineView(PlanDocument *doc, QWidget *parent = nullptr);

    void setGrouping(MonthlySchedule::Grouping grouping);
    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    // The day the line is drawn on and the colours are judged on (default today).
    void setToday(const QDate &day);
    // The task the keyboard is on (0: none) and the rows shown (group headings included).
    Id currentTask() const;
    void setCurrentTask(Id task);
    int rowCount() const { return int(m_lines.size()); }
    // The bar of a task as drawn, in the viewport's coordinates (empty when it is not in view).
    QRect barRect(Id task) const;

Q_SIGNALS:
    void taskActivated(ap::Id task);
    // The zoom changed (+ or − typed on the timeline, or setZoom).
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Line
    {
        Id group = 0;
        int row = -1;   // into m_rows; -1 for a group's heading
        QString text;
    };
    void rebuild();
    void updateScrollBars();
    double dayWidth() const;
    int labelWidth() const;
    int lineHeight() const;
    double xOf(const QDate &day) const;
    int lineAt(const QPoint &viewportPos) const;
    void ensureVisible(int line);

    PlanDocument *m_doc;
    MonthlySchedule::Grouping m_grouping = MonthlySchedule::Grouping::BySection;
    Zoom m_zoom = Zoom::Quarter;
    QDate m_today = QDate::currentDate();
    QList<ScheduleRow> m_rows;
    QHash<Id, Warning> m_warnings;
    QList<Line> m_lines;
    int m_current = -1;   // into m_lines
};

} // namespace ap
