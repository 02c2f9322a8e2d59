#pragma once

#include "domain/plan.h"
#include "widgets/optionaldateedit.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QLabel;
class QComboBox;

namespace ap {

class GridView;
class PlanDocument;
class TargetTableModel;
class ReportHistoryModel;
class IndicatorChart;

// Detail editor for the selected task. Each field commits when editing finishes, as one
// EditTaskCommand; it re-reads the task whenever the document reports a change (undo included).
class TaskEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TaskEditor(PlanDocument *doc, QWidget *parent = nullptr);
    ~TaskEditor() override;

    // Shows another task, first writing whatever the fields hold for the one shown now.
    void setTask(Id taskId);
    Id task() const { return m_task; }
    // Writes every field that differs from the plan, as leaving it would; nothing when none does.
    void commitPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTask(Id taskId);
    void refresh();
    void commitFields();
    void commitDepartments(DepartmentRole role);
    void addTarget();
    void removeTarget();
    // The task's reports and the chart of the indicator chosen beside them.
    void showHistory();
    // The evidence files of the report chosen in the history, opened with the desktop's viewer
    // (one at once; of several, the one chosen from a list).
    void openEvidence();

    PlanDocument *m_doc;
    Id m_task = 0;
    bool m_refreshing = false;
    QLabel *m_heading;
    QLabel *m_progress;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_deadline;
    QLineEdit *m_lead;
    QLineEdit *m_support;
    QPlainTextEdit *m_notes;
    TargetTableModel *m_targets;
    GridView *m_targetView;
    QPushButton *m_addTarget;
    QPushButton *m_removeTarget;
    QLabel *m_preview;
    ReportHistoryModel *m_history;
    QTableView *m_historyView;
    QPushButton *m_openEvidence = nullptr;
    QComboBox *m_chartIndicator;
    IndicatorChart *m_chart;
};

} // namespace ap
