#pragma once

#include "domain/plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

namespace ap {

class PlanDocument;
class TaskSearchModel;
class OptionalDateEdit;

// Find and filter across the whole plan: text, department, deadline range and two kinds of
// gaps. Choosing a result asks the window to show that task.
class FindPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindPanel(PlanDocument *doc, QWidget *parent = nullptr);
    void focusSearch();
    TaskSearchModel *model() const { return m_model; }
    QLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void taskActivated(ap::Id taskId);

private:
    void apply();
    void fillDepartments();

    PlanDocument *m_doc;
    TaskSearchModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_department;
    OptionalDateEdit *m_from;
    OptionalDateEdit *m_to;
    QCheckBox *m_withoutLead;
    QCheckBox *m_targetWithoutDeadline;
    QComboBox *m_standing;   // 逾期, 滞后, 未填报, 已完成·指标未达标, 临期 today
    QTableView *m_results;
    QLabel *m_count;
};

} // namespace ap
