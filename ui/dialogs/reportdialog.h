#pragma once

#include "document/plandocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ap {
class EvidenceList;
}

// Reporting progress on one task for a period: status, percent complete, the actual of each
// target to date, 进展情况 / 存在问题 / 下步打算 and the reporting department. When the period
// already has a report the form starts from it and saving records a correction, which needs a
// reason. Given several tasks (a reporter's: its department's tasks only) the form starts with
// the task to report on. The caller pushes report() as a command, or adds it as a reporter's.
namespace ap {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const PlanDocument &doc, Id taskId, const QString &period, QWidget *parent = nullptr);
    // tasks: the ones that may be reported on; taskId (one of them) is shown first.
    ReportDialog(const PlanDocument &doc, const QList<Id> &tasks, Id taskId, const QString &period,
                  QWidget *parent = nullptr);

    ProgressReport report() const;
    QComboBox *taskBox() const { return m_task; }
    QComboBox *periodBox() const { return m_period; }
    QComboBox *statusBox() const { return m_status; }
    QDoubleSpinBox *percentBox() const { return m_percent; }
    QPlainTextEdit *progressEdit() const { return m_progress; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QList<QLineEdit *> actualEdits() const { return m_actuals; }
    EvidenceList *evidenceList() const { return m_evidence; }
    QComboBox *departmentBox() const { return m_department; }

protected:
    // Files dropped anywhere on the form are evidence (not their paths typed into a text field).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The rows of one task: its targets' actuals and the departments that may report.
    void showTask(Id taskId);
    void load();
    void validate();
    // What is due of a target by the period's end, for its field's placeholder: "due ≥3家 by 2026-06-30".
    QString dueHint(const Target &t, const Task &task, const QDate &periodEnd) const;

    const PlanDocument &m_doc;
    Id m_taskId;
    QComboBox *m_task;
    QComboBox *m_period;
    QComboBox *m_status;
    QDoubleSpinBox *m_percent;
    QList<QLineEdit *> m_actuals;
    QFormLayout *m_targetForm;
    QPlainTextEdit *m_progress;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_next;
    QComboBox *m_department;
    EvidenceList *m_evidence;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QLabel *m_note;
    QCheckBox *m_yearEnd;   // the figures are the year's final values (the year's last period only)
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    Id m_supersedes = 0;
};

} // namespace ap
