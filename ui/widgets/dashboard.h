#pragma once

#include "widgets/optionaldateedit.h"

#include "document/plandocument.h"

#include <QWidget>

class QChartView;

namespace ap {
class IndicatorChart;
}
class QComboBox;
class QLabel;
class QTableView;

// The monitoring page: counts by status and warning colour, a bar chart of warnings per lead
// department, the overdue / behind / due-soon list (a click opens the task), the trend of the
// selected task's first target across periods, what changed since the plan was last open, and
// a department view (what one department leads and supports, with status and latest progress).
namespace ap {

class StatusTableModel;
struct TaskResult;

class Dashboard : public QWidget
{
    Q_OBJECT
public:
    explicit Dashboard(PlanDocument *doc, const QDateTime &lastOpened, QWidget *parent = nullptr);

    StatusTableModel *alertModel() const { return m_alerts; }
    StatusTableModel *departmentModel() const { return m_byDepartment; }
    QComboBox *departmentBox() const { return m_department; }
    OptionalDateEdit *dateEdit() const { return m_date; }
    QLabel *countsLabel() const { return m_counts; }
    // The year's scores, shown once the plan's year is past.
    QLabel *scoresLabel() const { return m_scores; }
    QLabel *dueLabel() const { return m_due; }
    QComboBox *trendTargetBox() const { return m_trendTarget; }

Q_SIGNALS:
    void taskActivated(ap::Id taskId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Everything shown again from the plan: the counts, what came in, the departments, the chart.
    void refresh();
    // The lists' columns as wide as their words, measured on a sample (when refreshed, shown).
    void fitColumns();
    void showCounts(const QList<TaskResult> &results);
    void showNewReports();
    void showScores();
    void showDepartments();
    void showDepartmentChart(const QList<TaskResult> &results);
    void showTrend(Id taskId);
    void showDue();
    void drawTrend();

    PlanDocument *m_doc;
    QDateTime m_lastOpened;
    OptionalDateEdit *m_date;
    QLabel *m_counts;
    QLabel *m_changes;
    QLabel *m_scores;
    QLabel *m_due;   // 本月到期 / 下月到期, each task a link that opens it
    StatusTableModel *m_all;
    StatusTableModel *m_alerts;
    StatusTableModel *m_byDepartment;
    QTableView *m_alertView;
    QTableView *m_departmentView;
    QComboBox *m_department;
    QChartView *m_departmentChart;
    IndicatorChart *m_trendChart;
    QComboBox *m_trendTarget;
    Id m_trendTask = 0;
    bool m_refreshDue = false;   // changed while hidden: computed when shown
};

} // namespace ap
