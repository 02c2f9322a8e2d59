#pragma once

#include "document/plandocument.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Reporting progress on one task for a period: status, percent complete, the actual of each
// target to date, 进展情况 / 存在问题 / 下步打算 and the reporting department. When the period
// already has a report the form starts from it and saving records a correction, which needs a
// reason. The caller pushes checkIn() as a command.
namespace ap {

class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    CheckInDialog(const PlanDocument &doc, Id taskId, const QString &period, QWidget *parent = nullptr);

    CheckIn checkIn() const;
    QComboBox *periodBox() const { return m_period; }
    QComboBox *statusBox() const { return m_status; }
    QDoubleSpinBox *percentBox() const { return m_percent; }
    QPlainTextEdit *progressEdit() const { return m_progress; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QList<QLineEdit *> actualEdits() const { return m_actuals; }

private:
    void load();
    void validate();

    const PlanDocument &m_doc;
    Id m_taskId;
    QComboBox *m_period;
    QComboBox *m_status;
    QDoubleSpinBox *m_percent;
    QList<QLineEdit *> m_actuals;
    QPlainTextEdit *m_progress;
    QPlainTextEdit *m_problems;
    QPlainTextEdit *m_next;
    QComboBox *m_department;
    QLineEdit *m_reason;
    QLabel *m_reasonLabel;
    QLabel *m_note;
    QPushButton *m_ok = nullptr;
    Id m_supersedes = 0;
};

} // namespace ap
